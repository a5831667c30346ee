#!/bin/bash
# check_break_qemu.sh [WORKDIR]: proves in plain QEMU (TCG, no cloud) that each script of
# break/ breaks a stackrescue-debian disk the way its header says, and that the repair
# library's own script (rendered from playbooks-examples/repair/tasks by render_repair.py)
# repairs it. Eight boots, one VM at a time:
#   1. rescue (stackrescue-sysrescue, like Nova's rescue: the server disks first) with three
#      copy-on-write overlays of the debian image as vda, vdb, vdc: fstab_gone_disk.sh on
#      vda, ext4_root.sh on vdb, kernel_broken.sh on vdc (an autorun payload disk runs them)
#   2-4. each broken disk alone: the console's failure
#   5. rescue again: tasks/fstab.yml on vda, tasks/fsck.yml on vdb, tasks/kernel.yml (list,
#      remove) on vdc, then update-grub in a chroot of vdc and a check of its grub.cfg
#   6-8. each repaired disk alone: "<hostname> login:"
# The cached images are never written (overlays in WORKDIR, default a new temp dir, kept
# with the serial logs *.log). Needs the images built (tests/cloud/lib/distro_images.sh).
# The rescue system runs the scripts from its autorun (stackrescue-sysrescue's unit for a
# disk labelled STKAUTORUN) rather than typed into the console: same shell, same root.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# The tools import stackrescue_testing (tests/support/python).
export PYTHONPATH=$HERE/../../support/python${PYTHONPATH:+:$PYTHONPATH}
ROOT=$(cd "$HERE/../../.." && pwd)
# shellcheck source=../../cloud/lib/distro_images.sh
source "$ROOT/tests/cloud/lib/distro_images.sh"
DEBIAN_RAW=$(distro_image_dir stackrescue-debian)/stackrescue-debian.raw
RESCUE_RAW=$(distro_image_dir stackrescue-sysrescue)/stackrescue-sysrescue.raw
[[ -s $DEBIAN_RAW && -s $RESCUE_RAW ]] || { echo "images not built: $DEBIAN_RAW $RESCUE_RAW" >&2; exit 1; }
W=${1:-$(mktemp -d /var/tmp/stackrescue-break.XXXXXX)}
mkdir -p "$W"
echo "work dir: $W"
KV=6.99.0-stackrescue-broken
TIMEOUT=${TIMEOUT:-600}   # seconds for each awaited console text (TCG on a busy machine)
FROM=${FROM:-}            # resume at this boot (e.g. fail-ext4) with WORKDIR's disks
PASSWORD_FILE=$(distro_image_dir stackrescue-debian)/root-password

qemu_pid=
stop_qemu() { [[ -z $qemu_pid ]] || { kill "$qemu_pid" 2>/dev/null; wait "$qemu_pid" 2>/dev/null || true; qemu_pid=; }; }
trap stop_qemu EXIT

# boot NAME DISK... -- PATTERN...: boots the disks (a disk "rescue:<file>" boots first, after
# the others on the bus), watches the console for the patterns, then stops the VM.
boot() {
  local name=$1 sock=$W/$1.sock disk args=() i=0 rc=0
  shift
  if [[ -n $FROM ]]; then
    [[ $name == "$FROM" ]] || { echo "== boot $name: skipped (FROM=$FROM)"; return 0; }
    FROM=
  fi
  while [[ $1 != -- ]]; do
    disk=$1 && shift
    if [[ $disk == rescue:* ]]; then
      args+=(-drive "file=${disk#rescue:},if=none,id=d$i" -device "virtio-blk-pci,drive=d$i,bootindex=0")
    else
      [[ $disk == *.img ]] && disk=$disk,format=raw
      args+=(-drive "file=$disk,if=none,id=d$i" -device "virtio-blk-pci,drive=d$i")
    fi
    i=$((i + 1))
  done
  shift
  rm -f "$sock"
  qemu-system-x86_64 -accel tcg -m 1024 -smp 1 -display none -monitor none -no-reboot \
    "${args[@]}" -chardev "socket,id=s0,path=$sock,server=on,wait=on" -serial chardev:s0 &
  qemu_pid=$!
  echo "== boot $name ($(date -u +%H:%M:%S))"
  /usr/bin/python3 "$HERE/console_watch.py" "$sock" "$W/$name.log" "$TIMEOUT" "$@" || rc=$?
  stop_qemu
  return $rc
}

overlay() { qemu-img create -q -f qcow2 -F raw -b "$1" "$2"; }
# payload NAME DIR: an ext4 disk labelled STKAUTORUN with DIR's files (DIR/autorun runs).
payload() { rm -f "$W/$1.img"; truncate -s 64M "$W/$1.img"; mkfs.ext4 -q -L STKAUTORUN -d "$2" "$W/$1.img"; }

if [[ -z $FROM ]]; then
  for d in fstab ext4 kernel; do overlay "$DEBIAN_RAW" "$W/$d.qcow2"; done
  overlay "$RESCUE_RAW" "$W/rescue.qcow2"
fi

# 1. break
rm -rf "$W/p-break" && mkdir -p "$W/p-break" && cp -r "$HERE/break" "$W/p-break/"
cat >"$W/p-break/autorun" <<'AUTORUN'
P=/run/autorun/break
rc=0
echo "== fstab_gone_disk.sh on vda"; MP=/mnt/a DEV=/dev/vda1 sh $P/fstab_gone_disk.sh || rc=1
echo "== ext4_root.sh on vdb"; DEV=/dev/vdb1 sh $P/ext4_root.sh || rc=1
echo "== kernel_broken.sh on vdc"; start=$(date +%s)
MP=/mnt/c DEV=/dev/vdc1 sh $P/kernel_broken.sh || rc=1
echo "(kernel_broken.sh: $(($(date +%s) - start)) s)"
exit $rc
AUTORUN
payload p-break "$W/p-break"
boot rescue-break "$W/fstab.qcow2" "$W/ext4.qcow2" "$W/kernel.qcow2" "$W/p-break.img" "rescue:$W/rescue.qcow2" -- \
  '!STKAUTORUN-FAILED' 'broken: fstab line[^\r\n]*\r?\n' 'broken: ext4[^\r\n]*\r?\n' "broken: kernel $KV" 'STKAUTORUN-OK'

# 2-4. the failures
boot fail-fstab "$W/fstab.qcow2" -- 'You are in emergency mode' 'Give root password for maintenance'
# The image's initramfs has no fsck ("Warning: fsck not present, so skipping root file
# system"): the root's boot-time check is systemd-fsck-root.service (fsck -a, preen too),
# whose e2fsck output goes to the journal; the emergency shell shows it.
boot fail-ext4 "$W/ext4.qcow2" -- 'Failed to start systemd-fs[^\r\n]*File System Check on Root Device' \
  'Give root password for maintenance\s+\(or press Control-D to continue\): ' ">@$PASSWORD_FILE" 'root@stackrescue-debian:~# ' \
  '>journalctl -b -o cat --no-pager -u systemd-fsck-root.service' 'UNEXPECTED INCONSISTENCY[^\r\n]*\r?\n' \
  'root@stackrescue-debian:~# '
boot fail-kernel "$W/kernel.qcow2" -- 'Linux version [^ ]+ \(' 'Gave up waiting for root file system device' \
  'Dropping to a shell!' '\(initramfs\) '

# 5. repair, with the library's own scripts
R=$W/p-repair/repair
rm -rf "$W/p-repair" && mkdir -p "$R"
render() { local out=$1; shift; /usr/bin/python3 "$HERE/render_repair.py" "$@" >"$R/$out"; }
render fstab.sh fstab.yml "Comment out the fstab lines that block the boot (a copy of the file is kept)" \
  repair_device='"/dev/vda1"' repair_mountpoint='"/mnt/a"' repair_fstab_mountpoints='["/srv/archive"]' \
  repair_fstab_pattern='""'
render fsck.sh fsck.yml "Check the server's root file system (read-only first)" \
  repair_device='"/dev/vdb1"' repair_fstype='"ext4"' repair_fsck_fix=true
render kernels.sh kernel.yml "List the kernels on the server's root file system" \
  repair_device='"/dev/vdc1"' repair_mountpoint='"/mnt/c"'
render kernel-remove.sh kernel.yml "Remove kernel {{ repair_kernel_remove }}" \
  repair_device='"/dev/vdc1"' repair_mountpoint='"/mnt/c"' repair_kernel_remove="\"$KV\""
cat >"$W/p-repair/autorun" <<AUTORUN
P=/run/autorun/repair
KV=$KV
AUTORUN
cat >>"$W/p-repair/autorun" <<'AUTORUN'
rc=0
check() { if eval "$2"; then echo "CHECK OK: $1"; else echo "CHECK FAILED: $1"; rc=1; fi; }
echo "== tasks/fstab.yml on vda"; sh $P/fstab.sh; echo "(exit $?)"
grep -n 'srv/archive' /mnt/a/etc/fstab
check "no active /srv/archive line" "! grep -q '^UUID=.*/srv/archive' /mnt/a/etc/fstab"
umount /mnt/a

echo "== tasks/fsck.yml on vdb"; start=$(date +%s); sh $P/fsck.sh; echo "(exit $?, $(($(date +%s) - start)) s)"
for f in a b; do echo "$f: $(debugfs -R "cat /root/stackrescue-fsck/$f" /dev/vdb1 2>/dev/null)"; done
check "e2fsck -fn clean" "e2fsck -fn /dev/vdb1 >/dev/null 2>&1"

echo "== tasks/kernel.yml on vdc"; sh $P/kernels.sh; echo "(exit $?)"
start=$(date +%s); sh $P/kernel-remove.sh; echo "(exit $?, $(($(date +%s) - start)) s)"
mount /dev/vdc1 /mnt/c 2>/dev/null
for d in dev proc sys; do mount --bind /$d /mnt/c/$d; done
start=$(date +%s); chroot /mnt/c update-grub; echo "(update-grub: exit $?, $(($(date +%s) - start)) s)"
for d in sys proc dev; do umount /mnt/c/$d; done
g=/mnt/c/boot/grub/grub.cfg
grep -n -E '^[[:space:]]*(menuentry|linux|initrd|search)[[:space:]]' $g | head -n 12
check "grub.cfg boots the good kernel first" \
  "sed -n 's/^[[:space:]]*linux[[:space:]]*//p' $g | head -n 1 | grep -q '^/boot/vmlinuz-6\.1\.'"
check "grub.cfg names no $KV" "! grep -q '$KV' $g"
check "grub.cfg: root=UUID= and console=ttyS0" "grep -E '^[[:space:]]*linux[[:space:]].*root=UUID=.*console=ttyS0' $g >/dev/null"
check "no $KV files left" "! ls -d /mnt/c/boot/*$KV /mnt/c/lib/modules/$KV 2>/dev/null"
check "package purged" "! chroot /mnt/c dpkg -s linux-image-$KV >/dev/null 2>&1"
umount /mnt/c
exit $rc
AUTORUN
payload p-repair "$W/p-repair"
boot rescue-repair "$W/fstab.qcow2" "$W/ext4.qcow2" "$W/kernel.qcow2" "$W/p-repair.img" "rescue:$W/rescue.qcow2" -- \
  '!STKAUTORUN-FAILED' '!CHECK FAILED[^\r\n]*\r?\n' 'changed: commented out[^\r\n]*\r?\n' 'changed: repaired[^\r\n]*\r?\n' \
  "changed: removed kernel $KV[^\r\n]*\r?\n" 'CHECK OK: package purged' 'STKAUTORUN-OK'

# 6-8. the repaired disks boot
for d in fstab ext4 kernel; do boot "good-$d" "$W/$d.qcow2" -- 'stackrescue-debian login: '; done
echo "all eight boots as expected; logs in $W"
