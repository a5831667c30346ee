# shellcheck shell=bash
# Shared helpers for tests/cloud/local-cloud and lib/services/*.sh (sourced,
# not run): progress output, failure reporting, the pid-file based process
# control that lets `stop` end exactly what `start` started, one-off commands
# and SQL.

T_START=$(date +%s.%N)

# Seconds since the script started, one decimal.
elapsed() {
  awk -v a="$T_START" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}

log_phase() {
  printf '[%6ss] %s\n' "$(elapsed)" "$*"
}

# fail MESSAGE [LOGFILE...]: prints the message and the tail of each log, exits 1.
fail() {
  local msg=$1 f
  shift
  printf '[%6ss] FAILED: %s\n' "$(elapsed)" "$msg" >&2
  for f in "$@"; do
    [[ -f $f ]] || continue
    printf -- '----- last 40 lines of %s -----\n' "$f" >&2
    tail -n 40 "$f" >&2
  done
  exit 1
}

pid_file() { echo "$RUN_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }

# Prints the pid of service NAME if its pid file names a live process that we
# started. "We started it" is proven by the marker variables that
# start_service puts into the process environment, so a recycled pid of some
# unrelated process is never reported (and never signalled by `stop`).
service_pid() {
  local name=$1 pf pid
  pf=$(pid_file "$name")
  [[ -s $pf ]] || return 1
  pid=$(<"$pf")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/environ ]] || return 1
  grep -qzxF "STACKRESCUE_CLOUD_SERVICE=$name@$STATE" "/proc/$pid/environ" 2>/dev/null || return 1
  echo "$pid"
}

service_running() { service_pid "$1" >/dev/null; }

# start_service NAME CMD ARGS...: runs CMD in a new session (so it is the
# leader of its own process group, pgid == pid) with stdin from /dev/null and
# stdout+stderr appended to log/NAME.log. The pid is written by the child
# itself right before exec, so the pid file holds the service's real pid.
start_service() {
  local name=$1
  shift
  local pf log
  pf=$(pid_file "$name")
  log=$(log_file "$name")
  rm -f "$pf"
  printf '\n==== %s start %s ====\n' "$(date -u +%FT%TZ)" "$name" >>"$log"
  # shellcheck disable=SC2016 # $$ and $@ are for the inner bash
  STACKRESCUE_CLOUD_SERVICE="$name@$STATE" \
    setsid /bin/bash -c 'echo $$ >"$0"; exec "$@"' "$pf" "$@" \
    </dev/null >>"$log" 2>&1 9>&- &
  # Wait (briefly) for the pid file so callers can rely on it.
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s $pf ]] && return 0
    sleep 0.1
  done
  fail "$name did not write its pid file" "$log"
}

# stop_services TIMEOUT NAME...: sends SIGTERM to the process group of each
# running service NAME at once, waits until every member of those groups is
# gone, and sends SIGKILL to groups still alive after TIMEOUT seconds.
stop_services() {
  local timeout=$1 name pid i
  shift
  local -A groups=()
  for name in "$@"; do
    if pid=$(service_pid "$name"); then
      groups[$name]=$pid
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    fi
    rm -f "$(pid_file "$name")"
  done
  for ((i = 0; i < timeout * 10; i++)); do
    for name in "${!groups[@]}"; do
      group_alive "${groups[$name]}" || { log_phase "stopped $name"; unset "groups[$name]"; }
    done
    ((${#groups[@]})) || return 0
    sleep 0.1
  done
  for name in "${!groups[@]}"; do
    log_phase "$name (pgid ${groups[$name]}) did not stop within ${timeout}s: SIGKILL"
    kill -KILL -- "-${groups[$name]}" 2>/dev/null || true
  done
  sleep 0.5
}

# True while any live (non-zombie) process of process group PGID exists.
# Zombies are dead already; our init (not systemd) may reap them late.
group_alive() {
  # shellcheck disable=SC2009,SC2143 # grep -q would SIGPIPE ps under pipefail
  [[ -n $(ps -o stat= -g "$1" 2>/dev/null | grep -v '^Z') ]]
}

# All pids of the process groups of our running services (leaders and
# workers such as uwsgi's), one per line.
all_service_pids() {
  local name pid
  for name in "${SERVICES[@]}"; do
    pid=$(service_pid "$name") || continue
    ps -o pid= -g "$pid" 2>/dev/null | tr -d ' '
  done
}

# wait_service NAME TIMEOUT CMD...: polls CMD every 0.5 s; fails at once (with
# the service's log) when the service's process has exited meanwhile, e.g.
# because its port was taken.
wait_service() {
  local name=$1 timeout=$2
  shift 2
  local log deadline=$((SECONDS + timeout))
  log=$(log_file "$name")
  while true; do
    service_running "$name" || fail "$name exited during start" "$log"
    "$@" >/dev/null 2>&1 && return 0
    if ((SECONDS >= deadline)); then
      fail "timed out after ${timeout}s waiting for $name" "$log"
    fi
    sleep 0.5
  done
}

# True when URL answers with an HTTP status below 500 (401 counts: the
# service is up and merely wants a token).
http_up() {
  local code
  code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$1") || return 1
  [[ $code =~ ^[1-4][0-9][0-9]$ ]]
}

# True when something listens on 127.0.0.1:PORT.
port_listening() {
  [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
}

# Prints TEXT with every password of etc/secrets.env (PW_*) replaced by ***.
mask() {
  local text=$1 var
  for var in "${!PW_@}"; do
    text=${text//"${!var}"/***}
  done
  printf '%s\n' "$text"
}

# run_logged LOGNAME CMD...: runs a one-off command (db sync, bootstrap...),
# output appended to log/LOGNAME.log; on failure prints its tail and exits.
# The command line is logged with the passwords masked.
run_logged() {
  local log
  log=$(log_file "$1")
  shift
  mask "== $(date -u +%FT%TZ) $*" >>"$log"
  "$@" >>"$log" 2>&1 || fail "$(mask "command failed: $(basename "$1") ${*:2}")" "$log"
}

# One SQL statement on our MariaDB as root (unix socket), output without headers.
sql() { mariadb --defaults-file="$ETC/mariadb/my.cnf" -N -B -e "$1"; }
