# shellcheck shell=bash
# Glance of tests/cloud/local-cloud (sourced, not run): glance-api.conf and
# its trimmed paste file, the entry points, its schema, glance-api (eventlet,
# 1 worker) on 127.0.0.1:9292 with a file store in the state dir.

add_api glance-api http://127.0.0.1:9292/
add_database glance glance PW_DB_GLANCE

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
  write_entry_point glance-manage glance.cmd.manage
  write_entry_point glance-api glance.cmd.api
}

setup_glance_db() {
  run_logged glance-api "$BIN/glance-manage" --config-file "$ETC/glance/glance-api.conf" db_sync
}

start_glance() {
  service_running glance-api ||
    start_service glance-api "$BIN/glance-api" --config-file "$ETC/glance/glance-api.conf"
}
