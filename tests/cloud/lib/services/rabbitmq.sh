# shellcheck shell=bash
# RabbitMQ of tests/cloud/local-cloud (sourced, not run): its config, our own
# epmd, the server run from the state dir as root, and the "openstack" user.

write_rabbitmq_config() {
  mkdir -p "$ETC/rabbitmq" "$DATA/rabbitmq/home" "$DATA/rabbitmq/mnesia" "$LOG_DIR/rabbitmq"
  cat >"$ETC/rabbitmq/rabbitmq.conf" <<EOT
listeners.tcp.1 = 127.0.0.1:5672
distribution.listener.interface = 127.0.0.1
loopback_users = none
log.file = false
log.console = true
log.console.level = warning
EOT
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

rabbitctl() (
  rabbit_env
  /usr/lib/rabbitmq/bin/rabbitmqctl "$@"
)

start_rabbitmq() {
  # Our own epmd (foreground, own pid file) so `stop` can end it; otherwise
  # erl would daemonise one that nobody owns.
  service_running epmd || start_service epmd /usr/bin/epmd -address 127.0.0.1 -port 4369
  service_running rabbitmq || (
    rabbit_env
    start_service rabbitmq /usr/lib/rabbitmq/bin/rabbitmq-server
  ) || exit 1
}

wait_rabbitmq() {
  wait_service rabbitmq 120 port_listening 5672
  if ! rabbitctl -q authenticate_user openstack "$PW_RABBIT" >/dev/null 2>&1; then
    rabbitctl -q add_user openstack "$PW_RABBIT" >>"$(log_file rabbitmq)" 2>&1 ||
      run_logged rabbitmq rabbitctl -q change_password openstack "$PW_RABBIT"
    run_logged rabbitmq rabbitctl -q set_permissions -p / openstack ".*" ".*" ".*"
  fi
}
