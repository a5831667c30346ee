#!/bin/sh
# ext4_root.sh: damages a stackrescue-debian server's ext4 root so that the boot-time
# check of the root (fsck -a, i.e. e2fsck's preen mode) stops and the boot ends in
# systemd's emergency mode. (On stackrescue-debian that check is systemd-fsck-root.service:
# the image's initramfs has no fsck and says "Warning: fsck not present, so skipping root
# file system". An initramfs with fsck would run the same preen first and stop in its own
# shell instead, "(initramfs)": not observed here.)
#
# Run as root in the rescue system (POSIX sh), with debugfs and e2fsck (e2fsprogs). Env:
#   DEV   the server's root, unmounted (default /dev/vda1)
#
# How (debugfs -w, nothing the boot needs is touched): creates /root/stackrescue-fsck with
# two one-block files a and b, then points b's only extent (i_block[5], the extent's
# ee_start_lo, in the inode: a one-block file's extent tree lives in the inode) at a's data
# block, and marks the file system as having errors (what the kernel does when it notices
# damage; preen skips a file system marked clean). a's block is then claimed twice and b's
# own block is allocated but unused: preen refuses multiply-claimed blocks ("UNEXPECTED
# INCONSISTENCY"), e2fsck -y clones the block (b then holds a copy of a's text) and frees
# the other one. The script checks it with e2fsck -fn (read-only) before reporting.
# A second run refuses: the directory exists (repair first: e2fsck -y, then remove it).
#
# Next boot, the server's console shows (QEMU TCG, observed; see ../README.md):
#   [FAILED] Failed to start systemd-fs… File System Check on Root Device.
#   See 'systemctl status systemd-fsck-root.service' for details.
#   ...
#   You are in emergency mode. After logging in, type "journalctl -xb" to view
#   ...
#   Give root password for maintenance
#   (or press Control-D to continue):
# and `journalctl -b -u systemd-fsck-root.service` there shows e2fsck's preen output, the
# file system's label "root" for its name:
#   root contains a file system with errors, check forced.
#   root: Duplicate or bad block in use!
#   root: Multiply-claimed block(s) in inode <a>: <block>
#   ...
#   root: UNEXPECTED INCONSISTENCY; RUN fsck MANUALLY.
#   	(i.e., without -a or -p options)
#   fsck failed with exit status 4.
# Repair: tasks/fsck.yml (e2fsck -n finds it, e2fsck -y repairs, e2fsck -n is clean).
#
# Prints "broken: <what>" last on success; exits non-zero with a message otherwise.
DEV=${DEV:-/dev/vda1}
dir=/root/stackrescue-fsck
fail() { echo "ext4_root: $*" >&2; exit 1; }

[ -b "$DEV" ] || fail "$DEV is not a block device"
awk -v d="$DEV" '$1 == d { f = 1 } END { exit !f }' /proc/mounts && fail "$DEV is mounted: unmount it first"
command -v debugfs >/dev/null && command -v e2fsck >/dev/null || fail "debugfs and e2fsck are needed"
e2fsck -fn "$DEV" >/dev/null 2>&1 || fail "$DEV is not a clean ext4 file system to start from (e2fsck -fn)"
debugfs -R "stat $dir" "$DEV" 2>&1 | grep -q '^Inode:' &&
  fail "$dir exists on $DEV: broken before? (repair with e2fsck -y, then remove $dir)"

tmp=$(mktemp -d) || fail "mktemp"
trap 'rm -rf "$tmp"' EXIT
echo "stackrescue ext4_root test: file a" >"$tmp/a"
echo "stackrescue ext4_root test: file b" >"$tmp/b"
printf 'mkdir %s\nwrite %s %s/a\nwrite %s %s/b\n' "$dir" "$tmp/a" "$dir" "$tmp/b" "$dir" >"$tmp/cmds"
debugfs -w -f "$tmp/cmds" "$DEV" >"$tmp/out" 2>&1 || { cat "$tmp/out"; fail "debugfs could not create the files"; }

bmap() { debugfs -R "bmap $dir/$1 0" "$DEV" 2>/dev/null; }
ba=$(bmap a)
case $ba in '' | *[!0-9]*) fail "no data block for $dir/a (debugfs bmap: '$ba')" ;; esac
debugfs -w -R "set_inode_field $dir/b block[5] $ba" "$DEV" >/dev/null 2>&1 || fail "cannot change $dir/b's extent"
[ "$(bmap b)" = "$ba" ] || fail "$dir/b's block is $(bmap b), not $ba (not an extent inode?)"
debugfs -w -R "set_super_value state 2" "$DEV" >/dev/null 2>&1 || fail "cannot mark $DEV as having errors"

e2fsck -fn "$DEV" >"$tmp/check" 2>&1
rc=$?
grep -q 'Multiply-claimed' "$tmp/check" && [ $rc -eq 4 ] ||
  { cat "$tmp/check"; fail "e2fsck -fn does not report the multiply-claimed block (exit $rc)"; }
echo "broken: ext4 on $DEV: block $ba claimed by $dir/a and $dir/b, file system marked with errors"
