#!/bin/busybox sh
# shellcheck shell=dash disable=SC2013,SC2086
# /init of the two guest images that tests/cloud/lib/images.sh builds (one
# initramfs, the mode comes from the kernel command line):
#
#   stackrescue=boot    (image stackrescue-boot)   The server's own system: writes
#       its server ID (the SMBIOS system UUID, which Nova's libvirt driver sets to
#       the instance UUID) into SERVERID.TXT on its own disk (FAT, label STKBOOT)
#       and prints "STACKRESCUE-BOOT-UP <id>". If that disk holds a file BROKEN,
#       it refuses to come up: "STACKRESCUE-BOOT-FAILED <id>", no shell.
#   stackrescue=rescue  (image stackrescue-rescue) The rescue system: finds the
#       rescued server's disk (any disk not labelled STKRESCUE), checks it with
#       `fsck.vfat -n`, mounts it read-only and prints "STACKRESCUE-RESCUE-UP <id>"
#       with the ID read from that disk (never from SMBIOS: the line proves the
#       disk is reachable).
#
# Booted with the server's own image as the rescue image (use_base_image), the
# boot image sees two disks: the fresh copy it booted from and the server's
# disk that has SERVERID.TXT; it then acts as the rescue system.
# stackrescue=probe (local-cloud's KVM probe boot) prints a line and powers off.
# Both end with a root shell on the serial console (ttyS0) and on the screen (tty1, VNC).

/bin/busybox --install -s /bin
mkdir -p /proc /sys /dev /mnt /tmp
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
for m in $(cat /etc/modules.order); do insmod "/lib/modules/$m.ko" 2>/dev/null; done

# Lines go to the serial console (Nova's console log) and the VNC screen.
say() {
  echo "$*" >/dev/ttyS0
  echo "$*" >/dev/tty0 2>/dev/null
}

root_shell() {
  say "root shell on the serial console"
  # A shell on each console; respawned when it exits. Not cttyhack for the screen: it follows
  # the active console (ttyS0), so two shells would read the serial input and mangle typed
  # lines. tty1, not tty0: /dev/tty0 never becomes a controlling terminal. The two loops are
  # one foreground pipeline, not a loop started with &: a shell without job control starts an
  # asynchronous list with SIGINT ignored, inherited by every shell and command below it, and
  # Ctrl-C typed on the screen (rescue_command over VNC after a timeout) would stop nothing.
  # Neither loop reads or writes the pipe: each shell has its console as stdin and stdout.
  respawn_shell_on /dev/tty1 | respawn_shell_on /dev/ttyS0
}

respawn_shell_on() { # DEVICE
  while :; do
    setsid sh -c "exec sh -i <$1 >$1 2>&1"
    sleep 1
  done
}

mode=boot
for arg in $(cat /proc/cmdline); do
  case $arg in stackrescue=*) mode=${arg#stackrescue=} ;; esac
done

# local-cloud's KVM probe: proves the kernel and initramfs ran, then powers off.
if [ "$mode" = probe ]; then
  say "STACKRESCUE-PROBE-UP"
  poweroff -f
fi

# Virtio disks appear a moment after the driver loads.
i=0
while [ ! -e /dev/vda ] && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
disks=$(ls /dev/vd? 2>/dev/null)
# The FAT label sits in the boot sector (busybox-static has no blkid).
is_rescue_disk() { dd if="$1" bs=512 count=1 2>/dev/null | grep -q STKRESCUE; }
smbios_id=$(tr 'A-F' 'a-f' </sys/class/dmi/id/product_uuid 2>/dev/null)

# rescue TARGETS...: fsck -n, read-only mount and ID of the first target disk.
rescue() {
  if [ $# -eq 0 ]; then
    say "STACKRESCUE-RESCUE-NODISK (disks: $disks)"
    root_shell
  fi
  target=$1
  fsck.vfat -n "$target" >/tmp/fsck.log 2>&1
  say "fsck.vfat -n $target: exit $? ($(tail -n 1 /tmp/fsck.log))"
  if mount -t vfat -o ro "$target" /mnt; then
    say "mounted $target read-only on /mnt"
    say "STACKRESCUE-RESCUE-UP $(cat /mnt/SERVERID.TXT 2>/dev/null || echo no-id-on-disk)"
  else
    say "STACKRESCUE-RESCUE-NOMOUNT $target"
  fi
  root_shell
}

if [ "$mode" = rescue ]; then
  targets=""
  for d in $disks; do
    is_rescue_disk "$d" || targets="$targets $d"
  done
  rescue $targets
fi

set -- $disks
if [ $# -gt 1 ]; then
  targets=""
  for d in $disks; do
    if mount -t vfat -o ro "$d" /mnt 2>/dev/null; then
      [ -s /mnt/SERVERID.TXT ] && targets="$targets $d"
      umount /mnt
    fi
  done
  say "two disks: booted as a rescue system from the server's own image"
  rescue $targets
fi

if ! mount -t vfat "$1" /mnt; then
  say "STACKRESCUE-BOOT-FAILED $smbios_id (cannot mount $1)"
  exec sleep 2147483647
fi
if [ -e /mnt/BROKEN ]; then
  umount /mnt
  say "STACKRESCUE-BOOT-FAILED $smbios_id (BROKEN on $1)"
  exec sleep 2147483647
fi
echo "$smbios_id" >/mnt/SERVERID.TXT
sync
umount /mnt
say "STACKRESCUE-BOOT-UP $smbios_id"
root_shell
