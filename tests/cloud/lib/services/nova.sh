# shellcheck shell=bash
# Nova of tests/cloud/local-cloud (sourced, not run), cells v2 on one
# machine: nova.conf (shared by every Nova service), nova-db.conf (the control
# services only), the trimmed paste file, the entry points, the databases
# (api, cell0, cell1), and the start and wait of nova-conductor,
# nova-scheduler, nova-api, the two compute hosts and the console proxies
# nova-novncproxy and nova-serialproxy. The libvirt host's own config is in
# lib/services/nova-compute-qemu.sh.

NOVA_HOST=minicloud
NOVNC_PORT=6080
SERIALPROXY_PORT=6083
NOVA_CONF=(--config-file "$ETC/nova/nova.conf")
NOVA_DB_CONF=("${NOVA_CONF[@]}" --config-file "$ETC/nova/nova-db.conf")

add_api nova-api http://127.0.0.1:8774/
add_database nova_api nova PW_DB_NOVA
add_database nova nova PW_DB_NOVA
add_database nova_cell0 nova PW_DB_NOVA

write_nova_config() {
  mkdir -p "$ETC/nova" "$DATA/nova/instances" "$DATA/nova/tmp"
  # nova.conf is shared by every Nova service; only the control services
  # (api, conductor, scheduler, nova-manage) also read nova-db.conf: with DB
  # settings nova-compute logs "No DB access allowed in nova-compute".
  cat >"$ETC/nova/nova.conf" <<EOT
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
# Two API processes, one per CPU here (Nova's own default is the number of CPUs): with one,
# every request of a fleet read (server_diagnose over 200 servers) queues in one Python
# process while the other CPU idles (bench/run --diagnose, docs/performance.md).
osapi_compute_workers = 2
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
EOT
  cat >"$ETC/nova/nova-db.conf" <<EOT
[api_database]
connection = $(db_url nova "$PW_DB_NOVA" nova_api)

[database]
connection = $(db_url nova "$PW_DB_NOVA" nova)
EOT
  # Trimmed from the api-paste.ini that Debian's nova-common ships: only the
  # compute API with keystone auth.
  cat >"$ETC/nova/api-paste.ini" <<'EOT'
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
EOT
  local spec
  for spec in nova-manage=nova.cmd.manage nova-api=nova.cmd.api \
    nova-conductor=nova.cmd.conductor nova-scheduler=nova.cmd.scheduler \
    nova-novncproxy=nova.cmd.novncproxy nova-serialproxy=nova.cmd.serialproxy; do
    write_entry_point "${spec%%=*}" "${spec#*=}"
  done
  write_nova_compute_fake_entry_point
  write_nova_compute_qemu_entry_point
}

# nova-compute of the fake host (zone "nova"), able to rescue volume-backed
# servers: Nova's API refuses that ("Host unable to rescue a volume-backed
# instance") unless the host's resource provider has the trait
# COMPUTE_RESCUE_BFV, which nova-compute derives from its driver's
# supports_bfv_rescue capability. FakeDriver lacks it; Nova's own
# fake.RescueBFVDriver has it but only 10 vCPUs and 8 GB, too small for the
# tests (Cinder's volume-backed servers, lib/services/cinder.sh). So:
# FakeDriver with that one capability. Takes effect when nova-compute next
# starts.
write_nova_compute_fake_entry_point() {
  cat >"$BIN/nova-compute" <<'EOT'
#!/usr/bin/python3
# Generated by tests/cloud/lib/services/nova.sh (write_nova_compute_fake_entry_point).
import sys

from nova.cmd.compute import main  # first: nova.cmd monkey-patches eventlet
from nova.virt import fake

fake.FakeDriver.capabilities = dict(fake.FakeDriver.capabilities, supports_bfv_rescue=True)
sys.exit(main())
EOT
  chmod +x "$BIN/nova-compute"
}

nova_manage() { run_logged nova-manage "$BIN/nova-manage" "${NOVA_DB_CONF[@]}" "$@"; }

# Cells v2: API DB, cell0, cell1 (= [database]), cell DB schema.
setup_nova_db() {
  nova_manage api_db sync
  nova_manage cell_v2 map_cell0 --database_connection "$(db_url nova "$PW_DB_NOVA" nova_cell0)"
  # Captured first: `| grep -q` would SIGPIPE nova-manage, and pipefail would
  # then report "no cell1" although it exists.
  local cells
  cells=$("$BIN/nova-manage" "${NOVA_DB_CONF[@]}" cell_v2 list_cells 2>>"$(log_file nova-manage)") ||
    fail "nova-manage cell_v2 list_cells" "$(log_file nova-manage)"
  if [[ $cells != *" cell1 "* ]]; then
    nova_manage cell_v2 create_cell --name cell1
  fi
  nova_manage db sync
}

nova_control_running() {
  service_running nova-conductor && service_running nova-scheduler && service_running nova-api
}

# The checksum of the config files among ARGS (a service's command line).
config_sum() {
  local a
  for a; do [[ -f $a ]] && cat "$a"; done | sha256sum | cut -c1-16
}

# start_nova_service NAME CONF_ARGS...: starts NAME unless it runs; a running
# stateless control service, proxy or the libvirt nova-compute whose entry
# point or config files changed since its
# start is restarted, so `start` applies a new config without a full stop.
# (nova-compute is never restarted for that: the fake driver would lose its
# servers.)
start_nova_service() {
  local name=$1 sum_file=$RUN_DIR/$1.config-sum sum
  shift
  sum=$(config_sum "$BIN/$name" "$@")
  if service_running "$name" && [[ $(cat "$sum_file" 2>/dev/null) != "$sum" ]]; then
    log_phase "restarting $name: its config changed"
    stop_services 30 "$name"
  fi
  service_running "$name" && return 0
  echo "$sum" >"$sum_file"
  start_service "$name" "$BIN/$name" "$@"
}

start_nova() {
  local svc
  for svc in nova-conductor nova-scheduler nova-api; do
    start_nova_service "$svc" "${NOVA_DB_CONF[@]}"
  done
  if ! service_running nova-compute; then
    # Servers created before this moment live in no driver's memory any more.
    date -u +%FT%TZ >"$RUN_DIR/nova-compute.started"
    # shellcheck disable=SC2034 # read by local-cloud (phase_bootstrap)
    NOVA_COMPUTE_RESTARTED=1
    start_service nova-compute "$BIN/nova-compute" "${NOVA_CONF[@]}"
  fi
  # Its guests live in libvirtd: restarting it on a config change loses nothing.
  start_nova_service nova-compute-qemu "${NOVA_QEMU_CONF[@]}"
  # The proxies check console tokens in the cell database.
  start_nova_service nova-novncproxy "${NOVA_DB_CONF[@]}"
  start_nova_service nova-serialproxy "${NOVA_DB_CONF[@]}"
}

# Conductor, scheduler and compute have no port: they are up once they have
# reported to the cell database since T (UTC).
nova_service_reported() { # HOST BINARY T
  local n
  n=$(sql "SELECT COUNT(*) FROM nova.services WHERE deleted = 0
             AND host = '$1' AND \`binary\` = '$2'
             AND GREATEST(created_at, COALESCE(updated_at, created_at)) >= '$3'")
  [[ $n -ge 1 ]]
}

host_mapped() { # HOST
  [[ $(sql "SELECT COUNT(*) FROM nova_api.host_mappings WHERE host = '$1'") == 1 ]]
}

compute_node_registered() { # HOST
  [[ $(sql "SELECT COUNT(*) FROM nova.compute_nodes WHERE deleted = 0 AND host = '$1'") -ge 1 ]]
}

# The scheduler's periodic discovery is off; map the host ourselves once
# its nova-compute (service SERVICE) has registered its compute node.
map_compute_host() { # HOST SERVICE
  host_mapped "$1" && return 0
  wait_service "$2" 180 compute_node_registered "$1"
  local i
  for ((i = 0; i < 10; i++)); do
    nova_manage cell_v2 discover_hosts
    host_mapped "$1" && return 0
    sleep 2
  done
  fail "host $1 was not mapped to cell1" "$(log_file nova-manage)" "$(log_file "$2")"
}

# After start_nova at T (UTC): nova-api answers, conductor, scheduler and both
# compute services have reported, the proxies listen, both hosts are mapped.
wait_nova() { # T
  local svc
  wait_api nova-api
  for svc in nova-conductor nova-scheduler nova-compute; do
    wait_service "$svc" 180 nova_service_reported "$NOVA_HOST" "$svc" "$1"
  done
  wait_service nova-compute-qemu 180 nova_service_reported "$NOVA_QEMU_HOST" nova-compute "$1"
  wait_service nova-novncproxy 60 port_listening "$NOVNC_PORT"
  wait_service nova-serialproxy 60 port_listening "$SERIALPROXY_PORT"
  map_compute_host "$NOVA_HOST" nova-compute
  map_compute_host "$NOVA_QEMU_HOST" nova-compute-qemu
}
