# shellcheck shell=bash
# Placement of tests/cloud/local-cloud (sourced, not run): placement.conf, the
# uwsgi entry point, its schema, uwsgi on 127.0.0.1:8778.

add_api placement http://127.0.0.1:8778/
add_database placement placement PW_DB_PLACEMENT

write_placement_config() {
  mkdir -p "$ETC/placement"
  cat >"$ETC/placement/placement.conf" <<EOT
[DEFAULT]
debug = false

[placement_database]
connection = $(db_url placement "$PW_DB_PLACEMENT" placement)

[api]
auth_strategy = keystone

$(authtoken_section placement "$PW_SVC_PLACEMENT")
EOT
  cat >"$BIN/placement-wsgi.py" <<'EOT'
# uwsgi entry point (the Debian "placement-api" package would ship one).
from placement.wsgi import init_application
application = init_application()
EOT
  write_entry_point placement-manage placement.cmd.manage
}

setup_placement_db() {
  run_logged placement "$BIN/placement-manage" --config-file "$ETC/placement/placement.conf" db sync
}

start_placement() {
  start_uwsgi placement 8778 "$BIN/placement-wsgi.py" "OS_PLACEMENT_CONFIG_DIR=$ETC/placement"
}
