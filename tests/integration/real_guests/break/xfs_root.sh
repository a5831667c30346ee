#!/bin/sh
# xfs_root.sh: breaks the XFS root of the stackrescue-el server so that it no longer boots
# and so that xfs_repair repairs it completely. Run as root in the rescue system, with the
# server's root file system NOT mounted.
#
#   DEV         the server's root (default /dev/mapper/el-root; its volume group is
#               activated here when the device is not there yet)
#   DIR         the directory whose hash index is destroyed (default /usr/lib/x86_64-linux-gnu)
#   DEACTIVATE  no: leave the volume group active at the end (default: deactivate it when
#               this script activated it)
#
# What: the first sector of DIR's directory hash index (the leaf or da-node block at the
# directory's logical offset 32 GiB, XFS_DIR2_LEAF_OFFSET) is zeroed, as a lost or torn
# write would. Why this one:
#  - the boot needs it: every dynamically linked program's loader and libraries are
#    looked up in /usr/lib/x86_64-linux-gnu, so the kernel cannot start /sbin/init
#    (systemd) after the initramfs has mounted the root: the lookup hits a block that
#    fails its verifier (EFSCORRUPTED, "Structure needs cleaning");
#  - nothing is lost: the hash index is derived data; xfs_repair (phase 6) rebuilds it
#    from the directory's data blocks, which keep every entry, so after the repair the
#    server boots as before (xfs_repair -n exits 1 before the repair, 0 after);
#  - the rescue can still find the root: the superblock, the root directory and etc/
#    are intact, so the file system mounts (read-only, as the locate step probes it) and
#    etc/fstab is there. Damaging the superblock instead would hide the root from that
#    probe and from blkid.
set -eu
DEV=${DEV:-/dev/mapper/el-root}
DIR=${DIR:-/usr/lib/x86_64-linux-gnu}
DEACTIVATE=${DEACTIVATE:-yes}

activated=
if [ ! -b "$DEV" ]; then
  vg=${DEV#/dev/mapper/}
  vg=${vg%%-*}
  vgchange -ay "$vg" >/dev/null
  activated=$vg
fi
if grep -q "^$DEV " /proc/mounts; then
  echo "$DEV is mounted: unmount it first" >&2
  exit 2
fi
[ "$(blkid -o value -s TYPE "$DEV")" = xfs ] || { echo "$DEV holds no XFS file system" >&2; exit 2; }

# the directory's inode number, from a read-only mount that replays nothing
probe=$(mktemp -d)
mount -o ro,norecovery "$DEV" "$probe"
ino=$(stat -c %i "$probe$DIR")
umount "$probe"
rmdir "$probe"

blocksize=$(xfs_db -r -c 'sb 0' -c 'print blocksize' "$DEV" | sed 's/.*= *//')
leaf=$((34359738368 / blocksize))   # XFS_DIR2_LEAF_OFFSET in file system blocks
# bmap lines: "data offset O startblock S (AG/AGBNO) count C flag F"
fsb=$(xfs_db -r -c "inode $ino" -c bmap "$DEV" | awk -v l="$leaf" '
  $1 == "data" && $3 <= l && l < $3 + $8 { print $5 + (l - $3); exit }')
if [ -z "$fsb" ]; then
  echo "$DIR (inode $ino) has no hash-index block: a single-block directory; choose another DIR" >&2
  exit 2
fi
# "convert" prints "0xdfcb0 (917680)": the decimal one, in parentheses, for dd
daddr=$(xfs_db -r -c "convert fsblock $fsb daddr" "$DEV" | sed -n 's/.*(\([0-9]*\)).*/\1/p')
dd if=/dev/zero of="$DEV" bs=512 seek="$daddr" count=1 conv=notrunc,fsync 2>/dev/null
sync

if [ -n "$activated" ] && [ "$DEACTIVATE" != no ]; then
  vgchange -an "$activated" >/dev/null
fi
echo "broken: $DEV: the hash index of $DIR (inode $ino, file system block $fsb, sector $daddr) zeroed"
