#!/bin/sh
# fstab_gone_lv.sh: makes the stackrescue-el server's boot wait for a logical volume that
# does not exist (one that was removed, or a VG that is not there any more): its etc/fstab
# gets a line for /dev/mapper/el-archive on /srv/archive. systemd waits for the device,
# gives up, and the boot ends in emergency mode (local-fs.target depends on the mount).
# The repair: tasks/fstab.yml with repair_fstab_mountpoints [/srv/archive].
#
#   MP    where the server's root is mounted read-write (default /mnt; / on the server
#         itself). When nothing is mounted there, DEV is mounted there and unmounted after
#   DEV   the server's root for that case (default /dev/mapper/el-root; its volume group
#         is activated, and deactivated again at the end)
#
# x-systemd.device-timeout=10s: systemd waits 90 s for a missing device by default; 10 s
# keeps a test boot short and changes nothing else in how the boot fails.
set -eu
MP=${MP:-/mnt}
DEV=${DEV:-/dev/mapper/el-root}
LINE='/dev/mapper/el-archive /srv/archive xfs defaults,x-systemd.device-timeout=10s 0 0'

mounted="" activated=""
if ! awk -v mp="$MP" '$2 == mp { f = 1 } END { exit !f }' /proc/mounts; then
  if [ ! -b "$DEV" ]; then
    vg=${DEV#/dev/mapper/}
    vg=${vg%%-*}
    vgchange -ay "$vg" >/dev/null
    activated=$vg
  fi
  mkdir -p "$MP"
  mount "$DEV" "$MP"
  mounted=yes
fi
[ -f "$MP/etc/fstab" ] || { echo "no etc/fstab in $MP" >&2; exit 2; }
grep -qxF "$LINE" "$MP/etc/fstab" || echo "$LINE" >>"$MP/etc/fstab"
mkdir -p "$MP/srv/archive"
sync
if [ -n "$mounted" ]; then
  umount "$MP"
  [ -z "$activated" ] || vgchange -an "$activated" >/dev/null
fi
echo "broken: $MP/etc/fstab mounts /dev/mapper/el-archive (no such logical volume) on /srv/archive"
