#!/bin/bash
# Reproduces the figures in tests/cloud/README.md on this machine:
#   start from an empty state dir, a second start (<= 10 s, nothing changed),
#   RSS of the services, the smoke test, stop (no pid left, no port listening),
#   and a restart with the state kept (the cloud is left running).
#
#   tests/cloud/figures.sh --from-empty   # WIPES the state dir first
#   tests/cloud/figures.sh                # keeps the state dir
#
# It stops a running cloud first (ports are fixed: only one cloud at a time).
set -euo pipefail
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
HERE=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")") # works through a symlink too
STATE=${STACKRESCUE_CLOUD_DIR:-/var/tmp/stackrescue-cloud}
CLOUD=$HERE/local-cloud
PORTS=(5000 8774 9292 8778 9696 5672 3306 6080 6083)

section() { printf '\n=== %s (load average: %s)\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

# Runs CMD, prints its output and the wall-clock seconds it took.
timed() {
  local t0 t1 rc=0
  t0=$(date +%s.%N)
  "$@" || rc=$?
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" -v rc="$rc" 'BEGIN { printf "--> %.1f s (exit %d)\n", b - a, rc }'
  return "$rc"
}

rss_total() {
  "$CLOUD" pids | xargs -r ps -o rss= -p | awk '{ s += $1; n++ }
    END { printf "%d processes, RSS sum %.0f MiB\n", n, s / 1024 }'
}

section "stop whatever runs"
timed "$CLOUD" stop
if [[ ${1:-} == --from-empty ]]; then
  rm -rf "$STATE"
  echo "removed $STATE"
fi

section "start"
timed "$CLOUD" start

section "second start while everything runs"
marker=$(mktemp)
sleep 1
timed "$CLOUD" start
changed=$(find "$STATE/etc" "$STATE/bin" "$STATE/run" "$STATE/clouds.yaml" -newer "$marker" -type f)
rm -f "$marker"
echo "files under etc/ bin/ run/ and clouds.yaml changed by it: ${changed:-none}"

section "memory after start"
"$CLOUD" status
rss_total

section "smoke test"
OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml timed /usr/bin/python3 "$HERE/smoke_test.py" || true
rss_total

section "memory with a running guest (zone qemu, m1.guest)"
export OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml
guest=$(IT_FLAVOR=m1.guest IT_ZONE=qemu PYTHONPATH="$HERE/../support/python" /usr/bin/python3 -m stackrescue_testing.cloud create \
  "figures-guest-$$")
sleep 20 # the guest boots (TCG)
rss_total
qemu_rss() {
  { ps -C qemu-system-x86_64 -o rss= || true; } | awk '{ s += $1; n++ } END { printf "%d QEMU processes, RSS %.0f MiB\n", n, s / 1024 }'
}
qemu_rss
"$CLOUD" status | grep '^host'

section "stop (the guest still runs)"
pids=$("$CLOUD" pids)
timed "$CLOUD" stop
left=0
for pid in $pids; do
  if [[ -d /proc/$pid ]] && [[ $(ps -o stat= -p "$pid") != Z* ]]; then
    echo "still alive: $(ps -o pid=,comm= -p "$pid")"
    left=$((left + 1))
  fi
done
echo "$(wc -w <<<"$pids") pids before stop, $left alive after"
for f in "$STATE"/run/*.pid; do
  [[ -e $f ]] && echo "pid file left: $f"
done
qemu_rss
for port in "${PORTS[@]}" 5900 10000; do
  if [[ -n $(ss -Hltn "sport = :$port") ]]; then echo "port $port: LISTENING"; else echo "port $port: free"; fi
done

section "restart with the state kept (left running)"
timed "$CLOUD" start
PYTHONPATH="$HERE/../support/python" /usr/bin/python3 -m stackrescue_testing.cloud delete "$guest" # deleted by start already
