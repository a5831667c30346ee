#!/bin/sh
# fstab_gone_disk.sh: breaks a stackrescue-debian server's boot with an /etc/fstab line for
# a file system whose disk is gone (a detached volume, a replaced disk).
#
# Run as root in the rescue system (POSIX sh). Env:
#   MP    where the server's root is mounted read-write (default /mnt); when nothing is
#         mounted there the script mounts DEV itself, and unmounts it again at the end
#   DEV   the server's root (default /dev/vda1)
#
# How: appends to MP/etc/fstab
#   UUID=<a random UUID> /srv/archive ext4 defaults,x-systemd.device-timeout=10s 0 2
# No disk carries that UUID, so systemd waits for the device, gives up and drops to
# emergency mode. x-systemd.device-timeout=10s: systemd's default wait is 90 s; 10 s keeps
# the CI boot short and changes nothing else. A re-run adds no second line while an active
# /srv/archive line is there.
#
# Next boot, the server's console shows (QEMU TCG, observed; see ../README.md):
#   [ TIME ] Timed out waiting for device dev-disk-by\x…<uuid's end>.
#   [DEPEND] Dependency failed for syst…<uuid's end>.       (its systemd-fsck@ unit)
#   [DEPEND] Dependency failed for srv-archive.mount - /srv/archive.
#   [DEPEND] Dependency failed for loca…s.target - Local File Systems.
#   [  OK  ] Started emergency.service - Emergency Shell.
#   [  OK  ] Reached target emergency.target - Emergency Mode.
#   You are in emergency mode. After logging in, type "journalctl -xb" to view
#   system logs, "systemctl reboot" to reboot, "systemctl default" or "exit"
#   to boot into default mode.
#   Give root password for maintenance
#   (or press Control-D to continue):
# Repair: tasks/fstab.yml with repair_fstab_mountpoints: [/srv/archive] (comments the line out).
#
# Prints "broken: <what>" last on success; exits non-zero with a message otherwise.
MP=${MP:-/mnt}
DEV=${DEV:-/dev/vda1}
fail() { echo "fstab_gone_disk: $*" >&2; exit 1; }

mounted_here=
cur=$(awk -v mp="$MP" '$2 == mp { d = $1; o = $4 } END { if (d != "") print d, o }' /proc/mounts)
if [ -z "$cur" ]; then
  mkdir -p "$MP" && mount "$DEV" "$MP" || fail "cannot mount $DEV on $MP"
  mounted_here=yes
else
  case ",${cur#* }," in
    *,ro,*) fail "$MP is mounted read-only (${cur%% *}): remount it read-write first" ;;
  esac
fi
f=$MP/etc/fstab
[ -f "$f" ] || fail "$f: no such file (is $MP the server's root?)"

if awk '$1 !~ /^#/ && $2 == "/srv/archive" { found = 1 } END { exit !found }' "$f"; then
  echo "an active /srv/archive line is already in $f: not adding another"
else
  uuid=$(cat /proc/sys/kernel/random/uuid) && [ -n "$uuid" ] || fail "no random UUID from the kernel"
  printf 'UUID=%s /srv/archive ext4 defaults,x-systemd.device-timeout=10s 0 2\n' "$uuid" >>"$f" ||
    fail "cannot write $f"
fi
line=$(awk '$1 !~ /^#/ && $2 == "/srv/archive" { print; exit }' "$f")
sync
[ -z "$mounted_here" ] || umount "$MP" || fail "cannot unmount $MP"
echo "broken: fstab line for a disk that is gone: $line"
