#!/bin/sh
# Ansible treats a module file as binary (runs it itself, passes its arguments as a JSON
# file) when its first 1024 bytes hold a byte that is no text; this comment ends in one: @DEL@
# stackrescue-modules: the stackrescue.openstack modules for every architecture the collection
# carries, in one file (tools/pack-modules appends the binaries after this header at the
# offsets below). Ansible copies a module file alone to the machine that runs the task and
# runs it there with the arguments file, so the choice can only happen there: this header
# picks the binary built for `uname -m`, unpacks it under the name it was started as (the
# multi-call binary picks its module from that name or from _ansible_module_name) and runs it
# with the same arguments and stdin. An architecture it does not carry gets one JSON error.
name=${0##*/}
fail() {
  printf '{"failed": true, "msg": "%s: %s"}\n' "$name" "$1"
  exit 1
}
arch=$(uname -m 2>/dev/null)
case $arch in
@CASES@
  *)
    # Only what can sit in a JSON string unescaped: uname -m is ours to quote.
    arch=$(printf %s "$arch" | tr -cd 'A-Za-z0-9_.+-')
    fail "this collection carries its modules for @ARCHES@; this machine is ${arch:-of unknown architecture} (uname -m): run the task on a machine of a carried architecture (e.g. delegate_to: localhost)" ;;
esac
# Under Ansible the file is AnsiballZ_<module> in its per-task folder, which Ansible can run
# files from and removes afterwards: unpack there (a noexec /tmp cannot break it), unless
# that folder is not ours to write (become to another unprivileged user). Run directly
# (tests, pipelines) from the installed collection, unpack in TMPDIR instead of inside the
# collection, where ansible-doc would see the folder.
dir=
case $name in
  AnsiballZ_*) dir=$(mktemp -d "${0%/*}/.stackrescue.XXXXXX" 2>/dev/null) ;;
esac
[ -n "$dir" ] || dir=$(mktemp -d "${TMPDIR:-/tmp}/stackrescue.XXXXXX") ||
  fail "cannot create a folder to unpack the $arch binary into"
trap 'rm -rf "$dir"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
{ tail -c +$((offset + 1)) "$0" | head -c "$length" >"$dir/$name" && chmod 0700 "$dir/$name"; } ||
  fail "cannot unpack the $arch binary into $dir"
# exec, not a child: a signal to this process (a task's timeout, a cancelled AWX job) must
# reach the module, not a shell that would wait for it. The module removes its unpacked
# copy and the folder itself as it starts (STACKRESCUE_UNPACKED_DIR, src/ansible/unpacked.hpp);
# an exec that fails ends this shell, and the EXIT trap removes the folder.
STACKRESCUE_UNPACKED_DIR=$dir exec "$dir/$name" "$@"
