# shellcheck shell=bash
# Cinder (block storage) for tests/cloud/local-cloud (sourced, not run):
# cinder-api (eventlet, 127.0.0.1:8776, catalog types volumev3 and
# block-storage), cinder-scheduler and cinder-volume from Debian's
# python3-cinder, on the cloud's MariaDB and RabbitMQ. Volumes are sparse files
# in the state dir (lib/cinder_file_driver.py says why not LVM: no
# device-mapper in these kernels).
#
# Needs from the caller: $HERE (tests/cloud) $STATE $ETC $DATA $RUN_DIR
# $LOG_DIR $BIN, lib/common.sh (start_service, stop_services, wait_service,
# ...) and lib/openstack.sh (ensure_secrets, db_url, authtoken_section);
# MariaDB, RabbitMQ and Keystone running. Entry points: cinder_start,
# cinder_stop, cinder_status.

CINDER_SERVICES=(cinder-api cinder-scheduler cinder-volume)
CINDER_URL=http://127.0.0.1:8776/
CINDER_HOST=minicloud
CINDER_PACKAGES=(python3-cinder qemu-utils)
# cinder_bootstrap.py and the volume driver cinder_file_driver.py; the Cinder
# processes find the driver through PYTHONPATH (cinder_python).
CINDER_LIB=$HERE/lib
add_api cinder-api "$CINDER_URL"

cinder_log() { log_file cinder-manage; }

# cinder_python CMD...: runs CMD (a function or command) with lib/ on
# PYTHONPATH, so the Cinder entry points import cinder_file_driver.
cinder_python() {
  PYTHONPATH=$CINDER_LIB "$@"
}

# cinder_run CMD...: a one-off command, output to log/cinder-manage.log.
cinder_run() {
  "$@" >>"$(cinder_log)" 2>&1 || fail "command failed: $(basename "$1") ${2:-}" "$(cinder_log)"
}

cinder_install() {
  local p missing=()
  for p in "${CINDER_PACKAGES[@]}"; do
    [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) == "install ok installed" ]] ||
      missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  log_phase "installing ${missing[*]}"
  { apt-get -o DPkg::Lock::Timeout=300 update &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y \
      --no-install-recommends -o Dpkg::Options::=--force-confdef \
      -o Dpkg::Options::=--force-confold "${missing[@]}"; } >>"$LOG_DIR/apt.log" 2>&1 ||
    fail "apt-get install ${missing[*]}" "$LOG_DIR/apt.log"
}

# Cinder's own passwords, generated once (etc/secrets.env has a fixed list).
cinder_secrets() {
  local f=$ETC/cinder/secrets.env name
  mkdir -p "$ETC/cinder"
  if [[ ! -s $f ]]; then
    (
      umask 077
      for name in DB_CINDER SVC_CINDER; do
        echo "PW_$name=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
      done >"$f"
    )
  fi
  set -a
  # shellcheck disable=SC1090
  source "$f"
  set +a
}

cinder_write_config() {
  mkdir -p "$ETC/cinder" "$DATA/cinder/volumes" "$DATA/cinder/tmp" "$DATA/cinder/conversion"
  cat >"$ETC/cinder/cinder.conf" <<EOF
[DEFAULT]
host = $CINDER_HOST
my_ip = 127.0.0.1
state_path = $DATA/cinder
transport_url = rabbit://openstack:$PW_RABBIT@127.0.0.1:5672/
auth_strategy = keystone
osapi_volume_listen = 127.0.0.1
osapi_volume_listen_port = 8776
osapi_volume_workers = 1
api_paste_config = $ETC/cinder/api-paste.ini
glance_api_servers = http://127.0.0.1:9292
image_conversion_dir = $DATA/cinder/conversion
resource_query_filters_file = $ETC/cinder/resource_filters.json
enabled_backends = file
# Nova asks for a volume in the server's zone; "qemu" exists only in Nova.
storage_availability_zone = nova
allow_availability_zone_fallback = true
debug = false

[database]
connection = $(db_url cinder "$PW_DB_CINDER" cinder)

$(authtoken_section cinder "$PW_SVC_CINDER")

[service_user]
send_service_user_token = true
$(service_auth cinder "$PW_SVC_CINDER")

[nova]
# Cinder's calls to Nova (volume events, the attachment check of bug 2004555).
interface = public
$(service_auth cinder "$PW_SVC_CINDER")

[oslo_concurrency]
lock_path = $DATA/cinder/tmp

[oslo_messaging_notifications]
driver = noop

[coordination]
backend_url = file://$DATA/cinder/tmp

[file]
volume_driver = cinder_file_driver.FileVolumeDriver
volume_backend_name = file
file_volume_dir = $DATA/cinder/volumes
image_volume_cache_enabled = false
EOF
  # Cinder's etc/cinder/resource_filters.json: the filters users may use in lists.
  cat >"$ETC/cinder/resource_filters.json" <<'EOF'
{
  "volume": ["name", "status", "metadata", "bootable", "migration_status",
             "availability_zone", "group_id", "size", "created_at", "updated_at"],
  "backup": ["name", "status", "volume_id"],
  "snapshot": ["name", "status", "volume_id", "metadata", "availability_zone"],
  "group": [],
  "group_snapshot": ["status", "group_id"],
  "attachment": ["volume_id", "status", "instance_id", "attach_status"],
  "message": ["resource_uuid", "resource_type", "event_id", "request_id", "message_level"],
  "pool": ["name", "volume_type"],
  "volume_type": [],
  "transfer": []
}
EOF
  # Trimmed from Cinder's etc/cinder/api-paste.ini: the v3 API with keystone auth.
  cat >"$ETC/cinder/api-paste.ini" <<'EOF'
[composite:osapi_volume]
use = call:cinder.api:root_app_factory
/: apiversions
/v3: openstack_volume_api_v3

[composite:openstack_volume_api_v3]
use = call:cinder.api.middleware.auth:pipeline_factory
keystone = cors http_proxy_to_wsgi request_id faultwrap sizelimit authtoken keystonecontext apiv3

[filter:request_id]
paste.filter_factory = oslo_middleware.request_id:RequestId.factory

[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory

[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = cinder

[filter:faultwrap]
paste.filter_factory = cinder.api.middleware.fault:FaultWrapper.factory

[filter:sizelimit]
paste.filter_factory = oslo_middleware.sizelimit:RequestBodySizeLimiter.factory

[app:apiv3]
paste.app_factory = cinder.api.v3.router:APIRouter.factory

[pipeline:apiversions]
pipeline = cors http_proxy_to_wsgi faultwrap osvolumeversionapp

[app:osvolumeversionapp]
paste.app_factory = cinder.api.versions:Versions.factory

[filter:keystonecontext]
paste.filter_factory = cinder.api.middleware.auth:CinderKeystoneContext.factory

[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
EOF
  local spec name module
  for spec in cinder-manage=cinder.cmd.manage cinder-api=cinder.cmd.api \
    cinder-scheduler=cinder.cmd.scheduler cinder-volume=cinder.cmd.volume; do
    name=${spec%%=*}
    module=${spec#*=}
    cat >"$BIN/$name" <<EOF
#!/usr/bin/python3
# Generated by tests/cloud/lib/services/cinder.sh; run with PYTHONPATH=$CINDER_LIB
# (cinder_file_driver).
import sys
# No __pycache__ in lib/: local-cloud checksums lib/ (scripts_sum).
sys.dont_write_bytecode = True
from $module import main
sys.exit(main())
EOF
    chmod +x "$BIN/$name"
  done
}

cinder_database() {
  local q="CREATE DATABASE IF NOT EXISTS cinder CHARACTER SET utf8 COLLATE utf8_general_ci;" host
  for host in 127.0.0.1 localhost; do
    q+="CREATE USER IF NOT EXISTS 'cinder'@'$host' IDENTIFIED BY '$PW_DB_CINDER';"
    q+="ALTER USER 'cinder'@'$host' IDENTIFIED BY '$PW_DB_CINDER';"
    q+="GRANT ALL PRIVILEGES ON cinder.* TO 'cinder'@'$host';"
  done
  cinder_run mariadb --defaults-file="$ETC/mariadb/my.cnf" -N -B -e "$q"
  service_running cinder-api || cinder_python cinder_run "$BIN/cinder-manage" \
    --config-file "$ETC/cinder/cinder.conf" db sync
}

# The cinder-scheduler and cinder-volume have reported to the database since T.
cinder_service_reported() { # BINARY T
  local n
  n=$(mariadb --defaults-file="$ETC/mariadb/my.cnf" -N -B -e "SELECT COUNT(*) FROM cinder.services
        WHERE deleted = 0 AND \`binary\` = '$1' AND COALESCE(updated_at, created_at) >= '$2'")
  [[ $n -ge 1 ]]
}

# cinder_start_service NAME: starts NAME unless it runs; a running one whose
# config or entry point changed is restarted (Cinder keeps no state in memory).
cinder_start_service() {
  local name=$1 sum_file=$RUN_DIR/$1.config-sum sum
  sum=$(cat "$BIN/$name" "$ETC/cinder/cinder.conf" "$ETC/cinder/api-paste.ini" \
    "$CINDER_LIB/cinder_file_driver.py" | sha256sum | cut -c1-16)
  if service_running "$name" && [[ $(cat "$sum_file" 2>/dev/null) != "$sum" ]]; then
    log_phase "restarting $name: its config changed"
    stop_services 30 "$name"
  fi
  service_running "$name" && return 0
  echo "$sum" >"$sum_file"
  cinder_python start_service "$name" "$BIN/$name" --config-file "$ETC/cinder/cinder.conf"
}

# Everything, idempotent: packages, config, database, Keystone entries, the
# three services, the member's volume quota.
cinder_start() {
  cinder_install
  ensure_secrets
  export PW_ADMIN PW_RABBIT
  cinder_secrets
  cinder_write_config
  cinder_database
  log_phase "cinder: config and database ready"
  /usr/bin/python3 "$CINDER_LIB/cinder_bootstrap.py" identity >>"$(log_file bootstrap)" 2>&1 ||
    fail "cinder identity bootstrap" "$(log_file bootstrap)"
  local t svc
  t=$(date -u '+%F %T')
  for svc in "${CINDER_SERVICES[@]}"; do
    cinder_start_service "$svc"
  done
  wait_service cinder-api 120 http_up "$CINDER_URL"
  wait_service cinder-scheduler 120 cinder_service_reported cinder-scheduler "$t"
  wait_service cinder-volume 120 cinder_service_reported cinder-volume "$t"
  /usr/bin/python3 "$CINDER_LIB/cinder_bootstrap.py" quota >>"$(log_file bootstrap)" 2>&1 ||
    fail "cinder quota bootstrap" "$(log_file bootstrap)"
  log_phase "cinder-api, -scheduler, -volume up; $(tail -n 1 "$(log_file bootstrap)")"
}

# Stops the services; volume files stay with the state (like the databases).
cinder_stop() {
  stop_services 30 "${CINDER_SERVICES[@]}"
}

cinder_status() {
  local name pid all=0
  for name in "${CINDER_SERVICES[@]}"; do
    if pid=$(service_pid "$name"); then
      printf '%-17s %-8s up\n' "$name" "$pid"
    else
      printf '%-17s %-8s down\n' "$name" "-"
      all=3
    fi
  done
  return $all
}
