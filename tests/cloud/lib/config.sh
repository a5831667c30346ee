# shellcheck shell=bash
# Configuration writers for tests/cloud/local-cloud (sourced, not run).
# Every file lives under $STATE; nothing in /etc is read or written, so the
# cloud never collides with a system install.

KEYSTONE_URL=http://127.0.0.1:5000/v3
DB_HOST=127.0.0.1:3306
NOVA_HOST=minicloud
# The second compute host: Nova's libvirt driver with QEMU, availability zone
# "qemu"; servers booted without a zone stay on the fake host (zone "nova").
NOVA_QEMU_HOST=minicloud-qemu
QEMU_ZONE=qemu
NOVNC_PORT=6080
SERIALPROXY_PORT=6083

# Generated once and kept, so a restart with the state kept still matches
# the users stored in the databases.
ensure_secrets() {
  local f=$ETC/secrets.env name
  if [[ ! -s $f ]]; then
    umask 077
    {
      for name in ADMIN MEMBER DB_KEYSTONE DB_GLANCE DB_PLACEMENT DB_NOVA \
        SVC_GLANCE SVC_PLACEMENT SVC_NOVA RABBIT; do
        echo "PW_$name=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
      done
    } >"$f"
    umask 022
  fi
  # shellcheck disable=SC1090
  source "$f"
}

db_url() { # USER PASSWORD DB  (passwords are hex: no URL quoting needed)
  echo "mysql+pymysql://$1:$2@$DB_HOST/$3?charset=utf8"
}

write_mariadb_config() {
  mkdir -p "$ETC/mariadb" "$DATA/mariadb" "$DATA/mariadb-tmp"
  cat >"$ETC/mariadb/my.cnf" <<EOF
# Passed as --defaults-file (first option) to every mariadb program, so
# nothing from /etc/mysql is read.
[client]
socket = $RUN_DIR/mariadb.sock

[mysqld]
user = root
datadir = $DATA/mariadb
socket = $RUN_DIR/mariadb.sock
pid-file = $RUN_DIR/mariadb-server.pid
tmpdir = $DATA/mariadb-tmp
bind-address = 127.0.0.1
port = 3306
skip-name-resolve
character-set-server = utf8
collation-server = utf8_general_ci
default-storage-engine = InnoDB
innodb_file_per_table = 1
# The default 151 is too low: every oslo.db engine may open 5 + 50 overflow
# connections, and 100 parallel boots used 158.
max_connections = 1024
innodb_log_file_size = 48M
performance_schema = OFF
EOF
}

write_rabbitmq_config() {
  mkdir -p "$ETC/rabbitmq" "$DATA/rabbitmq/home" "$DATA/rabbitmq/mnesia" "$LOG_DIR/rabbitmq"
  cat >"$ETC/rabbitmq/rabbitmq.conf" <<EOF
listeners.tcp.1 = 127.0.0.1:5672
distribution.listener.interface = 127.0.0.1
loopback_users = none
log.file = false
log.console = true
log.console.level = warning
EOF
  : >"$ETC/rabbitmq/enabled_plugins.tmp"
  echo "[]." >"$ETC/rabbitmq/enabled_plugins"
  # Our own (empty) env file, so /etc/rabbitmq/rabbitmq-env.conf is not read.
  : >"$ETC/rabbitmq/rabbitmq-env.conf"
  rm -f "$ETC/rabbitmq/enabled_plugins.tmp"
}

# Environment for the rabbitmq server and rabbitmqctl: everything points into
# the state dir (the /usr/sbin wrappers would switch to the rabbitmq user and
# the system dirs, so the internal scripts are used instead).
rabbit_env() {
  export HOME=$DATA/rabbitmq/home
  export RABBITMQ_NODENAME=rabbit@localhost
  export RABBITMQ_USE_LONGNAME=false
  export RABBITMQ_CONF_ENV_FILE=$ETC/rabbitmq/rabbitmq-env.conf
  export RABBITMQ_CONFIG_FILE=$ETC/rabbitmq/rabbitmq.conf
  export RABBITMQ_ENABLED_PLUGINS_FILE=$ETC/rabbitmq/enabled_plugins
  export RABBITMQ_MNESIA_BASE=$DATA/rabbitmq/mnesia
  export RABBITMQ_LOG_BASE=$LOG_DIR/rabbitmq
  export RABBITMQ_PID_FILE=$RUN_DIR/rabbitmq-server.pid
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT=5672
  export RABBITMQ_DIST_PORT=25672
  export ERL_EPMD_ADDRESS=127.0.0.1
  export ERL_EPMD_PORT=4369
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

# keystone_authtoken-style credentials of a service user (for [keystone_authtoken],
# [placement], [neutron] ...).
service_auth() { # USER PASSWORD
  cat <<EOF
auth_url = $KEYSTONE_URL
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $2
region_name = RegionOne
EOF
}

authtoken_section() { # USER PASSWORD
  echo "[keystone_authtoken]"
  echo "www_authenticate_uri = $KEYSTONE_URL"
  service_auth "$1" "$2"
  echo "memcached_servers ="
}

write_keystone_config() {
  mkdir -p "$ETC/keystone/fernet-keys" "$ETC/keystone/credential-keys"
  cat >"$ETC/keystone/keystone.conf" <<EOF
[DEFAULT]
debug = false

[database]
connection = $(db_url keystone "$PW_DB_KEYSTONE" keystone)

[token]
provider = fernet

[fernet_tokens]
key_repository = $ETC/keystone/fernet-keys

[fernet_receipts]
# Same repository as the tokens (keystone's default shares it too); without
# this keystone-manage fernet_setup would also create /etc/keystone/fernet-keys.
key_repository = $ETC/keystone/fernet-keys

[credential]
key_repository = $ETC/keystone/credential-keys
EOF
  cat >"$BIN/keystone-wsgi-public.py" <<'EOF'
# uwsgi entry point (the Debian "keystone" package would ship one).
from keystone.server.wsgi import initialize_public_application
application = initialize_public_application()
EOF
}

write_glance_config() {
  mkdir -p "$ETC/glance" "$DATA/glance/images" "$DATA/glance/tmp"
  cat >"$ETC/glance/glance-api.conf" <<EOF
[DEFAULT]
bind_host = 127.0.0.1
bind_port = 9292
workers = 1
debug = false

[database]
connection = $(db_url glance "$PW_DB_GLANCE" glance)

$(authtoken_section glance "$PW_SVC_GLANCE")

[paste_deploy]
flavor = keystone
config_file = $ETC/glance/glance-api-paste.ini

[glance_store]
stores = file,http
default_store = file
filesystem_store_datadir = $DATA/glance/images

[oslo_concurrency]
lock_path = $DATA/glance/tmp

[oslo_policy]
enforce_new_defaults = false
EOF
  # Trimmed from the glance-api-paste.ini that Debian's glance-api ships:
  # only the keystone pipeline is used ([paste_deploy] flavor = keystone).
  cat >"$ETC/glance/glance-api-paste.ini" <<'EOF'
[pipeline:glance-api-keystone]
pipeline = cors healthcheck http_proxy_to_wsgi versionnegotiation authtoken context rootapp

[composite:rootapp]
paste.composite_factory = glance.api:root_app_factory
/: apiversions
/v2: apiv2app

[app:apiversions]
paste.app_factory = glance.api.versions:create_resource

[app:apiv2app]
paste.app_factory = glance.api.v2.router:API.factory

[filter:healthcheck]
paste.filter_factory = oslo_middleware:Healthcheck.factory
backends = disable_by_file
disable_by_file_path = /nonexistent/glance-healthcheck-disable

[filter:versionnegotiation]
paste.filter_factory = glance.api.middleware.version_negotiation:VersionNegotiationFilter.factory

[filter:context]
paste.filter_factory = glance.api.middleware.context:ContextMiddleware.factory

[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true

[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = glance
oslo_config_program = glance-api

[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware:HTTPProxyToWSGI.factory
EOF
}

write_placement_config() {
  mkdir -p "$ETC/placement"
  cat >"$ETC/placement/placement.conf" <<EOF
[DEFAULT]
debug = false

[placement_database]
connection = $(db_url placement "$PW_DB_PLACEMENT" placement)

[api]
auth_strategy = keystone

$(authtoken_section placement "$PW_SVC_PLACEMENT")
EOF
  cat >"$BIN/placement-wsgi.py" <<'EOF'
# uwsgi entry point (the Debian "placement-api" package would ship one).
from placement.wsgi import init_application
application = init_application()
EOF
}

write_nova_config() {
  mkdir -p "$ETC/nova" "$DATA/nova/instances" "$DATA/nova/tmp"
  # nova.conf is shared by every Nova service; only the control services
  # (api, conductor, scheduler, nova-manage) also read nova-db.conf: with DB
  # settings nova-compute logs "No DB access allowed in nova-compute".
  cat >"$ETC/nova/nova.conf" <<EOF
[DEFAULT]
host = $NOVA_HOST
my_ip = 127.0.0.1
state_path = $DATA/nova
instances_path = $DATA/nova/instances
# The fake driver keeps instances in memory and reports plenty of capacity.
compute_driver = fake.FakeDriver
transport_url = rabbit://openstack:$PW_RABBIT@127.0.0.1:5672/
enabled_apis = osapi_compute
osapi_compute_listen = 127.0.0.1
osapi_compute_listen_port = 8774
osapi_compute_workers = 1
debug = false
# Servers booted without a zone land in zone "nova" = the fake host (which is
# in no zone aggregate); only an explicit "qemu" reaches the libvirt host.
default_schedule_zone = nova
# nova-novncproxy serves Debian's noVNC.
web = /usr/share/novnc

[api]
auth_strategy = keystone

[wsgi]
api_paste_config = $ETC/nova/api-paste.ini

[conductor]
workers = 1

[scheduler]
workers = 1
# local-cloud maps the host itself (nova-manage cell_v2 discover_hosts).
discover_hosts_in_cells_interval = -1

[filter_scheduler]
# Zed's defaults plus AvailabilityZoneFilter: placement's zone pre-filter only
# acts on zones that have an aggregate, and zone "nova" (the fake host) has none.
enabled_filters = AvailabilityZoneFilter, ComputeFilter, ComputeCapabilitiesFilter, ImagePropertiesFilter, ServerGroupAntiAffinityFilter, ServerGroupAffinityFilter

$(authtoken_section nova "$PW_SVC_NOVA")

[service_user]
# Cinder lets only a service delete an in-use volume attachment (bug 2004555):
# Nova sends this token with the user's (lib/cinder_bootstrap.py gives the
# nova user the "service" role).
send_service_user_token = true
$(service_auth nova "$PW_SVC_NOVA")

[placement]
$(service_auth nova "$PW_SVC_NOVA")

[neutron]
# Answered by tests/cloud/lib/neutron_stub.py, found in the catalog as "network".
$(service_auth nova "$PW_SVC_NOVA")

[glance]
region_name = RegionOne

[vnc]
# nova-novncproxy serves these URLs (guests of the libvirt host listen on
# 127.0.0.1:5900+).
enabled = true
server_listen = 127.0.0.1
server_proxyclient_address = 127.0.0.1
novncproxy_host = 127.0.0.1
novncproxy_port = $NOVNC_PORT
# vnc_lite.html connects by itself (Debian's vnc_auto.html is the full UI, which waits
# for a click on Connect), as Nova's docs advise for noVNC 1.x.
novncproxy_base_url = http://127.0.0.1:$NOVNC_PORT/vnc_lite.html

[serial_console]
# Serial consoles over websocket (nova-serialproxy); the libvirt host's guests
# get TCP serial ports in port_range, and their console log through virtlogd.
enabled = true
base_url = ws://127.0.0.1:$SERIALPROXY_PORT/
serialproxy_host = 127.0.0.1
serialproxy_port = $SERIALPROXY_PORT
proxyclient_address = 127.0.0.1
port_range = 10000:10099

[oslo_concurrency]
lock_path = $DATA/nova/tmp

[oslo_messaging_notifications]
driver = noop
EOF
  cat >"$ETC/nova/nova-db.conf" <<EOF
[api_database]
connection = $(db_url nova "$PW_DB_NOVA" nova_api)

[database]
connection = $(db_url nova "$PW_DB_NOVA" nova)
EOF
  # Trimmed from the api-paste.ini that Debian's nova-common ships: only the
  # compute API with keystone auth.
  cat >"$ETC/nova/api-paste.ini" <<'EOF'
[composite:osapi_compute]
use = call:nova.api.openstack.urlmap:urlmap_factory
/: oscomputeversions
/v2.1: oscomputeversion_v2
/v2.1/+: openstack_compute_api_v21

[composite:openstack_compute_api_v21]
use = call:nova.api.auth:pipeline_factory_v21
keystone = cors http_proxy_to_wsgi compute_req_id faultwrap request_log sizelimit authtoken keystonecontext osapi_compute_app_v21

[filter:request_log]
paste.filter_factory = nova.api.openstack.requestlog:RequestLog.factory

[filter:compute_req_id]
paste.filter_factory = nova.api.compute_req_id:ComputeReqIdMiddleware.factory

[filter:faultwrap]
paste.filter_factory = nova.api.openstack:FaultWrapper.factory

[filter:sizelimit]
paste.filter_factory = oslo_middleware:RequestBodySizeLimiter.factory

[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory

[app:osapi_compute_app_v21]
paste.app_factory = nova.api.openstack.compute:APIRouterV21.factory

[pipeline:oscomputeversions]
pipeline = cors faultwrap request_log http_proxy_to_wsgi oscomputeversionapp

[pipeline:oscomputeversion_v2]
pipeline = cors compute_req_id faultwrap request_log http_proxy_to_wsgi oscomputeversionapp_v2

[app:oscomputeversionapp]
paste.app_factory = nova.api.openstack.compute.versions:Versions.factory

[app:oscomputeversionapp_v2]
paste.app_factory = nova.api.openstack.compute.versions:VersionsV2.factory

[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = nova

[filter:keystonecontext]
paste.filter_factory = nova.api.auth:NovaKeystoneContext.factory

[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
EOF
}

# nova-compute of the libvirt host, with one workaround of Nova 26 (Zed):
# with [serial_console] enabled, the rescue domain is built while the
# server's own domain is still defined, _serial_ports_already_defined() finds
# that domain's ports and the rescue domain gets no serial port and no
# console at all (no console log, no serial console while rescued). Here a
# rescue always gets its own ports; everything else is stock Nova.
write_nova_compute_qemu_entry_point() {
  cat >"$BIN/nova-compute-qemu" <<'EOF'
#!/usr/bin/python3
# Generated by tests/cloud/local-cloud (see write_nova_compute_qemu_entry_point).
import sys

from nova.cmd.compute import main  # first: nova.cmd monkey-patches eventlet
from nova.compute import task_states
from nova.virt.libvirt import driver

_stock = driver.LibvirtDriver._serial_ports_already_defined


def _serial_ports_already_defined(self, instance):
    if instance.task_state == task_states.RESCUING:
        return False
    return _stock(self, instance)


driver.LibvirtDriver._serial_ports_already_defined = _serial_ports_already_defined
sys.exit(main())
EOF
  chmod +x "$BIN/nova-compute-qemu"
}

# Overrides for the libvirt compute host (read after nova.conf).
write_nova_qemu_config() {
  mkdir -p "$DATA/nova-qemu/instances" "$DATA/nova-qemu/tmp"
  cat >"$ETC/nova/nova-qemu.conf" <<EOF
[DEFAULT]
host = $NOVA_QEMU_HOST
state_path = $DATA/nova-qemu
instances_path = $DATA/nova-qemu/instances
compute_driver = libvirt.LibvirtDriver

[libvirt]
# "qemu" (TCG) unless a probe boot showed that KVM really works here.
virt_type = $VIRT_TYPE
connection_uri = qemu:///system
cpu_mode = none
# Nothing is injected into the guest images.
inject_partition = -2

[oslo_concurrency]
lock_path = $DATA/nova-qemu/tmp

[nova_sys_admin]
# As root, without nova-rootwrap (a Debian service package we do not install).
helper_command = /usr/bin/privsep-helper --config-file $ETC/nova/nova.conf --config-file $ETC/nova/nova-qemu.conf

[privsep_osbrick]
# os-brick (volume connectors, lib/cinder.sh) has its own privsep context; the default
# helper (sudo + rootwrap) fails here.
helper_command = /usr/bin/privsep-helper --config-file $ETC/nova/nova.conf --config-file $ETC/nova/nova-qemu.conf
EOF
}

# libvirtd and virtlogd run as root (the qemu driver's dirs /run/libvirt,
# /var/lib/libvirt and /etc/libvirt/qemu.conf are fixed for a privileged
# daemon); their own config and logs live in the state dir.
write_libvirt_config() {
  mkdir -p "$ETC/libvirt"
  cat >"$ETC/libvirt/libvirtd.conf" <<EOF
unix_sock_group = "root"
unix_sock_rw_perms = "0700"
auth_unix_rw = "none"
auth_unix_ro = "none"
log_outputs = "3:stderr"
EOF
  cat >"$ETC/libvirt/virtlogd.conf" <<EOF
log_outputs = "3:stderr"
EOF
}

# Entry points the Debian service packages would install: bin/NAME runs
# MODULE.main() under Debian's python.
write_entry_points() {
  local spec name module
  for spec in \
    keystone-manage=keystone.cmd.manage \
    glance-manage=glance.cmd.manage glance-api=glance.cmd.api \
    placement-manage=placement.cmd.manage \
    nova-manage=nova.cmd.manage nova-api=nova.cmd.api \
    nova-conductor=nova.cmd.conductor nova-scheduler=nova.cmd.scheduler \
    nova-compute=nova.cmd.compute \
    nova-novncproxy=nova.cmd.novncproxy nova-serialproxy=nova.cmd.serialproxy; do
    name=${spec%%=*}
    module=${spec#*=}
    cat >"$BIN/$name" <<EOF
#!/usr/bin/python3
# Generated by tests/cloud/local-cloud.
import sys
from $module import main
sys.exit(main())
EOF
    chmod +x "$BIN/$name"
  done
}

write_clouds_yaml() {
  local f=$STATE/clouds.yaml
  umask 077
  cat >"$f.tmp" <<EOF
# Written by tests/cloud/local-cloud. Use: export OS_CLIENT_CONFIG_FILE=$f
clouds:
  admin:
    auth:
      auth_url: $KEYSTONE_URL
      username: admin
      password: $PW_ADMIN
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    identity_api_version: 3
    interface: public
  member:
    auth:
      auth_url: $KEYSTONE_URL
      username: stackrescue-member
      password: $PW_MEMBER
      project_name: stackrescue
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    identity_api_version: 3
    interface: public
EOF
  umask 022
  mv "$f.tmp" "$f"
}
