# shellcheck shell=bash
# Keystone of tests/cloud/local-cloud (sourced, not run): keystone.conf, the
# uwsgi entry point, its database (db_sync, fernet and credential keys,
# bootstrap), uwsgi on 127.0.0.1:5000, and the clouds.yaml for its users.

add_api keystone "$KEYSTONE_URL"
add_database keystone keystone PW_DB_KEYSTONE

write_keystone_config() {
  mkdir -p "$ETC/keystone/fernet-keys" "$ETC/keystone/credential-keys"
  cat >"$ETC/keystone/keystone.conf" <<EOT
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
EOT
  cat >"$BIN/keystone-wsgi-public.py" <<'EOT'
# uwsgi entry point (the Debian "keystone" package would ship one).
from keystone.server.wsgi import initialize_public_application
application = initialize_public_application()
EOT
  write_entry_point keystone-manage keystone.cmd.manage
}

setup_keystone_db() {
  local conf=(--config-file "$ETC/keystone/keystone.conf")
  run_logged keystone "$BIN/keystone-manage" "${conf[@]}" db_sync
  chmod 700 "$ETC/keystone/fernet-keys" "$ETC/keystone/credential-keys"
  [[ -e $ETC/keystone/fernet-keys/0 ]] ||
    run_logged keystone "$BIN/keystone-manage" "${conf[@]}" fernet_setup \
      --keystone-user root --keystone-group root
  [[ -e $ETC/keystone/credential-keys/0 ]] ||
    run_logged keystone "$BIN/keystone-manage" "${conf[@]}" credential_setup \
      --keystone-user root --keystone-group root
  # The password goes through the environment: run_logged logs the command line.
  OS_BOOTSTRAP_PASSWORD=$PW_ADMIN run_logged keystone "$BIN/keystone-manage" "${conf[@]}" bootstrap \
    --bootstrap-region-id RegionOne \
    --bootstrap-admin-url "$KEYSTONE_URL/" --bootstrap-internal-url "$KEYSTONE_URL/" \
    --bootstrap-public-url "$KEYSTONE_URL/"
}

start_keystone() {
  start_uwsgi keystone 5000 "$BIN/keystone-wsgi-public.py" \
    "OS_KEYSTONE_CONFIG_DIR=$ETC/keystone"
}

write_clouds_yaml() {
  local f=$STATE/clouds.yaml
  umask 077
  cat >"$f.tmp" <<EOT
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
EOT
  umask 022
  mv "$f.tmp" "$f"
}
