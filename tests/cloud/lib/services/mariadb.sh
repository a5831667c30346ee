# shellcheck shell=bash
# MariaDB of tests/cloud/local-cloud (sourced, not run): its config, the
# datadir (mariadb-install-db once), the server, and the databases and users
# of the services (the table DATABASES of lib/openstack.sh).

write_mariadb_config() {
  mkdir -p "$ETC/mariadb" "$DATA/mariadb" "$DATA/mariadb-tmp"
  cat >"$ETC/mariadb/my.cnf" <<EOT
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
EOT
}

start_mariadb() {
  if [[ ! -d $DATA/mariadb/mysql ]]; then
    # root@localhost with unix-socket auth, no anonymous users, no test db.
    run_logged mariadb mariadb-install-db --defaults-file="$ETC/mariadb/my.cnf" \
      --skip-test-db --auth-root-authentication-method=socket
  fi
  service_running mariadb ||
    start_service mariadb /usr/sbin/mariadbd --defaults-file="$ETC/mariadb/my.cnf"
}

wait_mariadb() {
  wait_service mariadb 60 sql "SELECT 1"
}

# Databases and users as in the OpenStack install guide; the ALTER follows a
# changed password.
create_databases() {
  local q="" spec db user pw host
  for spec in "${DATABASES[@]}"; do
    IFS=: read -r db user pw <<<"$spec"
    pw=${!pw}
    q+="CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8 COLLATE utf8_general_ci;"
    for host in 127.0.0.1 localhost; do
      q+="CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$pw';"
      q+="ALTER USER '$user'@'$host' IDENTIFIED BY '$pw';"
      q+="GRANT ALL PRIVILEGES ON $db.* TO '$user'@'$host';"
    done
  done
  sql "$q" >>"$(log_file mariadb)" 2>&1 || fail "creating databases" "$(log_file mariadb)"
}
