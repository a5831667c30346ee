#!/bin/bash
# shellcheck shell=bash
# Real-distribution guest images of tests/cloud/local-cloud (it sources this
# file and uploads them as qcow2, see ensure_distro_qcow2). Sourceable (the
# functions) or run:
#
#   tests/cloud/lib/distro_images.sh build [IMAGE...]   # prints each image's dir
#   tests/cloud/lib/distro_images.sh check [IMAGE...]   # build, boot under QEMU TCG, log in
#
# IMAGE: stackrescue-debian (default), stackrescue-sysrescue, stackrescue-el,
# stackrescue-debian-noserial.
#
# stackrescue-debian: a Debian 12 cloud-style guest. Raw disk, MBR, p1 ext4 /
# (2 GiB), p2 ext4 /data (64 MiB), both in fstab by UUID, GRUB for BIOS,
# systemd, getty on tty1 and ttyS0 (console=tty0 console=ttyS0), root login
# with the password in root-password (mode 600) next to the image, hostname
# from a config drive (label config-2) if one is attached, else the fallback
# "stackrescue-debian".
#
# stackrescue-sysrescue: SystemRescue-like: one ext4 partition, autologin root
# bash on tty1 and ttyS0 with the repair tools, hostname sysrescue, a banner
# and SystemRescue's prompt ([root@sysrescue ~]#). Also the builder appliance
# of stackrescue-el (its autorun unit, see configure_sysrescue).
#
# stackrescue-el: the EL-family layout on Debian packages: p1 ext4 /boot
# (256 MiB, fstab by UUID), p2 an LVM PV with VG "el": LV root (XFS) and LV
# swap, fstab by /dev/mapper/el-root and el-swap; otherwise like
# stackrescue-debian (login, password, config drive hostname, fallback
# "stackrescue-el").
#
# stackrescue-debian-noserial: stackrescue-debian with nothing on its serial port,
# as many cloud images are: GRUB on the screen only, the kernel without
# console=ttyS0 (so no serial getty either). Its console log stays empty and
# everything is on the (VNC) screen (issue 21). Made from stackrescue-debian's
# disk: only its grub.cfg and /etc/default/grub differ, written with debugfs.
#
# Built without mounts, loop devices or device-mapper (the host has none that
# work): mmdebstrap makes the root as a directory, `mkfs.ext4 -d` turns a
# directory into a file system image, dd puts the file systems at their
# partition offsets, and GRUB is installed the way grub-install does it for an
# MBR disk, by hand: grub-mkimage (run in the image's own root, so core.img and
# /boot/grub/i386-pc/*.mod are the same GRUB build) makes core.img, boot.img
# goes in the first 440 bytes of sector 0, core.img from sector 1 (the gap
# before the first partition). No host package beyond mmdebstrap, e2fsprogs
# and (for check) qemu-system-x86: sfdisk and grub come from the image root.
#
# Cached in $DISTRO_CACHE/<key>/<image>.raw; the key hashes the build's
# functions and settings, the image's package list, mmdebstrap's version and the candidate versions of the
# kernel, systemd and grub packages (apt-cache, like lib/images.sh), so a warm
# build costs a few apt-cache calls.

DISTRO_CACHE=${STACKRESCUE_DISTRO_CACHE:-/var/tmp/stackrescue-distro-images}
DISTRO_SUITE=bookworm
DISTRO_MIRRORS=("deb http://deb.debian.org/debian $DISTRO_SUITE main"
  "deb http://deb.debian.org/debian $DISTRO_SUITE-updates main"
  "deb http://deb.debian.org/debian-security $DISTRO_SUITE-security main")
DISTRO_SELF=$(readlink -f "${BASH_SOURCE[0]}")
# The kernel line both images boot with (and that update-grub will write).
DISTRO_CMDLINE="console=tty0 console=ttyS0,115200"

# Packages on top of mmdebstrap's minbase. fdisk: sfdisk for the build (and
# the guest). grub-pc: the kernel package hooks regenerate grub.cfg (issue 19
# scenario 4). initramfs-tools: Debian's initrd, root found by UUID.
BASE_PACKAGES=systemd-sysv,udev,linux-image-amd64,initramfs-tools,grub-pc,e2fsprogs,fdisk,kmod,procps,iproute2,less
# dbus: systemd-logind needs it, and logind turns the ACPI power button (Nova's clean
# shutdown before a rescue or a stop) into a poweroff; without it Nova waits
# os_shutdown_timeout and pulls the plug, as on a cloud image that ignores ACPI.
DEBIAN_PACKAGES=$BASE_PACKAGES,dbus
EL_PACKAGES=$DEBIAN_PACKAGES,lvm2,xfsprogs
SYSRESCUE_PACKAGES=$BASE_PACKAGES,bash,xfsprogs,btrfs-progs,lvm2,dosfstools,util-linux,coreutils,gdisk,parted,file,vim-tiny,psmisc

distro_packages() { # IMAGE
  case $1 in
    stackrescue-debian | stackrescue-debian-noserial) echo "$DEBIAN_PACKAGES" ;;
    stackrescue-sysrescue) echo "$SYSRESCUE_PACKAGES" ;;
    stackrescue-el) echo "$EL_PACKAGES" ;;
    *) echo "unknown image $1" >&2; return 1 ;;
  esac
}

distro_candidate() { apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p'; }

distro_cache_key() { # IMAGE
  {
    echo "$1 $(distro_packages "$1")"
    dpkg-query -W -f='${Package} ${Version}\n' mmdebstrap e2fsprogs
    local p
    for p in linux-image-amd64 systemd grub-pc; do echo "$p $(distro_candidate "$p")"; done
    # The build's code without comments (declare -f), not the whole file: an
    # edit of the check or the comments keeps the images.
    declare -p DISTRO_SUITE DISTRO_MIRRORS DISTRO_CMDLINE
    declare -f configure_common set_root_password install_grub new_disk put_ext4 build_distro_image
    case $1 in
      stackrescue-sysrescue) declare -f configure_sysrescue ;;
      stackrescue-debian) declare -f configure_hostname_unit ;;
      # stackrescue-el is made by stackrescue-sysrescue
      stackrescue-el) declare -f configure_hostname_unit build_el_in_appliance
        distro_cache_key stackrescue-sysrescue ;;
      stackrescue-debian-noserial) declare -p NOSERIAL_CMDLINE; declare -f build_noserial_image
        distro_cache_key stackrescue-debian ;;
    esac
  } | sha256sum | cut -c1-16
}

distro_image_dir() { echo "$DISTRO_CACHE/$(distro_cache_key "$1")"; }

# ensure_distro_image IMAGE: builds unless cached; prints the directory.
ensure_distro_image() {
  local image=$1 dir
  dir=$(distro_image_dir "$image") || return 1
  if [[ ! -s $dir/$image.raw ]]; then
    mkdir -p "$DISTRO_CACHE"
    # The variant is made from stackrescue-debian's disk, not built (and build_distro_image,
    # part of every image's cache key, stays as it was).
    local build=build_distro_image
    [[ $image == stackrescue-debian-noserial ]] && build=build_noserial_image
    "$build" "$image" "$dir" >>"$DISTRO_CACHE/build.log" 2>&1 ||
      { echo "building $image failed, see $DISTRO_CACHE/build.log" >&2; return 1; }
  fi
  echo "$dir"
}

# The common file changes of both images, on the root directory R.
configure_common() { # R HOSTNAME
  local r=$1 name=$2
  echo "$name" >"$r/etc/hostname"
  printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n' "$name" >"$r/etc/hosts"
  # What update-grub writes later (in a rescue chroot) must boot the same way.
  cat >"$r/etc/default/grub" <<EOF
GRUB_DEFAULT=0
GRUB_TIMEOUT=1
GRUB_DISTRIBUTOR=\`lsb_release -i -s 2> /dev/null || echo Debian\`
GRUB_CMDLINE_LINUX_DEFAULT=""
GRUB_CMDLINE_LINUX="$DISTRO_CMDLINE"
GRUB_TERMINAL="console serial"
GRUB_SERIAL_COMMAND="serial --unit=0 --speed=115200"
EOF
}

# Nova's config drive (iso9660 or vfat, label config-2, a CD-ROM on the libvirt
# host) carries openstack/latest/meta_data.json with the server's "hostname".
# cloud-init would read it too but costs a Python start on every TCG boot;
# this unit is a dozen lines. Without a config drive /etc/hostname stays.
configure_hostname_unit() { # R
  local r=$1
  cat >"$r/usr/local/sbin/stackrescue-hostname" <<'EOF'
#!/bin/sh
# Sets the hostname from the config drive's meta_data.json (nova) if present.
udevadm settle --timeout=10
dev=/dev/disk/by-label/config-2
[ -e "$dev" ] || exit 0
dir=/run/stackrescue-config-drive  # not /tmp: systemd-tmpfiles empties it meanwhile
mkdir -p "$dir"
mount -o ro "$dev" "$dir" || exit 0
h=$(grep -o '"hostname": *"[^"]*"' "$dir/openstack/latest/meta_data.json" 2>/dev/null |
  sed 's/.*: *"//; s/"$//; s/\..*//')
umount "$dir"; rmdir "$dir"
[ -n "$h" ] || exit 0
hostname "$h" && echo "$h" >/etc/hostname
EOF
  chmod 755 "$r/usr/local/sbin/stackrescue-hostname"
  cat >"$r/etc/systemd/system/stackrescue-hostname.service" <<'EOF'
[Unit]
Description=Hostname from the OpenStack config drive
After=local-fs.target systemd-udevd.service systemd-udev-trigger.service
Before=getty.target serial-getty@ttyS0.service getty@tty1.service
DefaultDependencies=no

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/stackrescue-hostname

[Install]
WantedBy=sysinit.target
EOF
  mkdir -p "$r/etc/systemd/system/sysinit.target.wants"
  ln -sf ../stackrescue-hostname.service "$r/etc/systemd/system/sysinit.target.wants/"
}

# SystemRescue-like: autologin root on tty1 and ttyS0, banner, prompt.
configure_sysrescue() { # R
  local r=$1 unit
  for unit in getty@tty1 serial-getty@ttyS0; do
    mkdir -p "$r/etc/systemd/system/$unit.service.d"
    cat >"$r/etc/systemd/system/$unit.service.d/autologin.conf" <<'EOF'
[Service]
ExecStart=
ExecStart=-/sbin/agetty --autologin root --noclear --keep-baud %I 115200,38400,9600 $TERM
EOF
  done
  cat >"$r/root/.bashrc" <<'EOF'
PS1='[\u@\h \W]\$ '
alias ll='ls -l'
EOF
  cat >"$r/root/.bash_profile" <<'EOF'
[ -f ~/.bashrc ] && . ~/.bashrc
cat /etc/stackrescue-banner
EOF
  cat >"$r/etc/stackrescue-banner" <<'EOF'

Welcome to SystemRescue (stackrescue-sysrescue, Debian 12 based)

* Disks:        lsblk -f ; blkid ; fdisk -l
* File systems: fsck.ext4 / e2fsck, xfs_repair, btrfs check, fsck.vfat
* LVM:          vgscan ; vgchange -ay ; lvs
* Boot loader:  grub-install, update-grub (in a chroot)
* Chroot:       mount /dev/vdXN /mnt && for d in dev proc sys run; do mount --rbind /$d /mnt/$d; done && chroot /mnt
  (under Nova stable rescue the server's disk keeps its name, vda; this system is the last disk)

EOF
  : >"$r/etc/motd"
  # Autorun (for image builds: stackrescue-el): a file system labelled
  # STKAUTORUN is mounted and its /autorun run before the consoles' shells,
  # output on ttyS0, then the machine powers off.
  cat >"$r/usr/local/sbin/stackrescue-autorun" <<'EOF'
#!/bin/sh
udevadm settle --timeout=20
dev=/dev/disk/by-label/STKAUTORUN
[ -e "$dev" ] || exit 0
exec >/dev/ttyS0 2>&1
mkdir -p /run/autorun && mount -o ro "$dev" /run/autorun || exit 0
sh /run/autorun/autorun
rc=$?
umount /run/autorun
[ $rc = 0 ] && echo STKAUTORUN-OK || echo "STKAUTORUN-FAILED $rc"
systemctl poweroff --no-block
EOF
  chmod 755 "$r/usr/local/sbin/stackrescue-autorun"
  cat >"$r/etc/systemd/system/stackrescue-autorun.service" <<'EOF'
[Unit]
Description=Autorun of a file system labelled STKAUTORUN (image builds)
After=local-fs.target systemd-udevd.service systemd-udev-trigger.service
Before=getty.target serial-getty@ttyS0.service getty@tty1.service

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/stackrescue-autorun

[Install]
WantedBy=multi-user.target
EOF
  mkdir -p "$r/etc/systemd/system/multi-user.target.wants"
  ln -sf ../stackrescue-autorun.service "$r/etc/systemd/system/multi-user.target.wants/"
}

# Root password: generated, written next to the image (mode 600), set in the
# root with chpasswd (run in the image root: no host passwd tools needed).
set_root_password() { # R OUTDIR
  local r=$1 out=$2 pw
  pw=$(head -c 12 /dev/urandom | base64 | tr -d '/+=' | cut -c1-12)
  (umask 077 && echo "$pw" >"$out/root-password")
  echo "root:$pw" | chroot "$r" chpasswd
}

# Installs GRUB for BIOS on DISK (MBR, first partition at sector 2048, the
# file system FS_UUID on it holding R's /boot) and writes a grub.cfg booting
# the newest kernel with root=ROOT. BOOT is the path of /boot inside that
# file system: "/boot" when it is the root file system, "" when /boot is its
# own. What grub-install + grub-setup do for this case, step by step.
install_grub() { # R DISK FS_UUID BOOT ROOT
  local r=$1 disk=$2 uuid=$3 boot=$4 root=$5 k i
  mkdir -p "$r/boot/grub/i386-pc"
  cp "$r"/usr/lib/grub/i386-pc/*.mod "$r"/usr/lib/grub/i386-pc/*.lst "$r/boot/grub/i386-pc/"
  # core.img finds its file system by UUID (like grub-install's embedded
  # config), so the disk's BIOS number does not matter.
  cat >"$r/tmp/early.cfg" <<EOF
search.fs_uuid $uuid root
set prefix=(\$root)$boot/grub
EOF
  chroot "$r" grub-mkimage -O i386-pc -o /tmp/core.img -c /tmp/early.cfg -p "$boot/grub" \
    biosdisk part_msdos ext2 search_fs_uuid || return 1
  [[ $(stat -c %s "$r/tmp/core.img") -lt $((2047 * 512)) ]] || return 1
  # boot.img: code only (440 bytes), the partition table stays. kernel_sector
  # (0x5c) is 1 and the blocklist in core.img's first sector starts at 2 by
  # default, which is where we put it; grub-setup NOPs the floppy check
  # (0x66) for a hard disk, so do we.
  dd if="$r/usr/lib/grub/i386-pc/boot.img" of="$disk" bs=440 count=1 conv=notrunc status=none
  printf '\x90\x90' | dd of="$disk" bs=1 seek=$((0x66)) conv=notrunc status=none
  dd if="$r/tmp/core.img" of="$disk" bs=512 seek=1 conv=notrunc status=none
  rm -f "$r/tmp/core.img" "$r/tmp/early.cfg"
  chroot "$r" grub-editenv /boot/grub/grubenv create
  # grub.cfg as update-grub would write it, trimmed: update-grub cannot run
  # here (grub-probe needs the mounted device); in a rescue chroot it can, and
  # /etc/default/grub makes it write the same kernel line.
  k=$(cd "$r/boot" && ls vmlinuz-* | sort -V | tail -n 1)
  i=initrd.img-${k#vmlinuz-}
  cat >"$r/boot/grub/grub.cfg" <<EOF
# Written by tests/cloud/lib/distro_images.sh; update-grub replaces it.
serial --unit=0 --speed=115200
terminal_input console serial
terminal_output console serial
set default=0
set timeout=1
insmod part_msdos
insmod ext2
search --no-floppy --fs-uuid --set=root $uuid
menuentry 'Debian GNU/Linux' {
	linux $boot/$k root=$root ro $DISTRO_CMDLINE
	initrd $boot/$i
}
EOF
}

# new_disk R FILE SFDISK_SCRIPT: a sparse raw disk with an MBR partition
# table, written by the root's own sfdisk (chroot) on a file inside the root,
# moved out before the root becomes a file system.
new_disk() {
  local r=$1 file=$2 table=$3 mb
  mb=$(echo "$table" | awk -F, '{ s = ($1 == "" ? s : $1) + $2 } END { print int(s / 2048) + 1 }')
  truncate -s "${mb}M" "$r/tmp/disk.raw"
  echo "$table" | chroot "$r" sfdisk --quiet --label dos /tmp/disk.raw || return 1
  mv "$r/tmp/disk.raw" "$file"
}

# put_ext4 DIR DISK OFFSET_MB SIZE_MB UUID LABEL: DIR's tree as an ext4 file
# system at OFFSET_MB of DISK (mkfs.ext4 -d: no mount).
put_ext4() {
  local src=$1 disk=$2 off=$3 size=$4 uuid=$5 label=$6 fs rc
  fs=$(mktemp "$DISTRO_CACHE/fs.XXXXXX")
  mkfs.ext4 -q -F -L "$label" -U "$uuid" -d "$src" "$fs" "${size}M" &&
    dd if="$fs" of="$disk" bs=1M seek="$off" conv=notrunc,sparse status=none
  rc=$?
  rm -f "$fs"
  return $rc
}

# The kernel line of stackrescue-debian-noserial: the screen only.
NOSERIAL_CMDLINE="console=tty0"

# build_noserial_image DIR: stackrescue-debian's disk with GRUB and the kernel off
# the serial port. Its two files are rewritten in the root file system (partition
# 1, from 1 MiB) by debugfs, which opens it in the disk file at that offset: no
# mount, no copy of the file system.
build_noserial_image() { # IMAGE DIR
  local dir=$2 src work fs raw f
  src=$(ensure_distro_image stackrescue-debian) || return 1
  work=$(mktemp -d "$DISTRO_CACHE/work.XXXXXX")
  mkdir -p "$work/out"
  raw=$work/out/stackrescue-debian-noserial.raw
  fs="$raw?offset=$((2048 * 512))"
  cp --sparse=always "$src/stackrescue-debian.raw" "$raw" && cp -p "$src/root-password" "$work/out/" || return 1
  for f in /boot/grub/grub.cfg /etc/default/grub; do
    debugfs -R "cat $f" "$fs" 2>/dev/null | sed -e '/^serial /d' -e '/^GRUB_SERIAL_COMMAND=/d' \
      -e 's/^terminal_\(input\|output\) .*/terminal_\1 console/' -e 's/^GRUB_TERMINAL=.*/GRUB_TERMINAL=console/' \
      -e "s|$DISTRO_CMDLINE|$NOSERIAL_CMDLINE|" >"$work/file" &&
      grep -q "$NOSERIAL_CMDLINE" "$work/file" && ! grep -q ttyS0 "$work/file" &&
      debugfs -w -R "rm $f" "$fs" >/dev/null 2>&1 && debugfs -w -R "write $work/file $f" "$fs" >/dev/null 2>&1 ||
      { echo "rewriting $f failed"; return 1; }
  done
  echo "stackrescue-debian-noserial: from $src, kernel line '$NOSERIAL_CMDLINE'" | tee "$work/out/build-info"
  rm -rf "$dir"
  mv "$work/out" "$dir"
  rm -rf "$work"
}

build_distro_image() { # IMAGE DIR
  local image=$1 dir=$2 work r t0 disk u1 u2 kernel
  t0=$(date +%s)
  echo "== $(date -u +%FT%TZ) building $image into $dir"
  work=$(mktemp -d "$DISTRO_CACHE/work.XXXXXX")
  r=$work/root
  mkdir -p "$work/out"
  disk=$work/out/$image.raw
  mmdebstrap --quiet --variant=minbase --include="$(distro_packages "$image")" \
    --format=directory "$DISTRO_SUITE" "$r" "${DISTRO_MIRRORS[@]}" || return 1
  echo "mmdebstrap: $(($(date +%s) - t0)) s, $(du -sm "$r" | cut -f1) MB"
  rm -f "$r"/boot/*.dpkg-bak "$r"/var/cache/apt/archives/*.deb "$r"/var/lib/apt/lists/*_Packages
  kernel=$(cd "$r/boot" && ls vmlinuz-*)
  configure_common "$r" "${image/stackrescue-sysrescue/sysrescue}"
  set_root_password "$r" "$work/out"
  u1=$(cat /proc/sys/kernel/random/uuid)
  u2=$(cat /proc/sys/kernel/random/uuid)
  case $image in
    stackrescue-debian) # p1 / 2 GiB, p2 /data 64 MiB
      configure_hostname_unit "$r"
      mkdir -p "$r/data" "$work/data"
      echo "the /data file system of stackrescue-debian" >"$work/data/README"
      printf 'UUID=%s\t/\text4\terrors=remount-ro\t0\t1\nUUID=%s\t/data\text4\tdefaults\t0\t2\n' \
        "$u1" "$u2" >"$r/etc/fstab"
      new_disk "$r" "$disk" "2048,$((2048 * 2048)),L,*"$'\n'",$((64 * 2048)),L" &&
        install_grub "$r" "$disk" "$u1" /boot "UUID=$u1" &&
        put_ext4 "$r" "$disk" 1 2048 "$u1" root &&
        put_ext4 "$work/data" "$disk" 2049 64 "$u2" data || return 1
      ;;
    stackrescue-sysrescue) # p1 / 2 GiB
      configure_sysrescue "$r"
      printf 'UUID=%s\t/\text4\terrors=remount-ro\t0\t1\n' "$u1" >"$r/etc/fstab"
      new_disk "$r" "$disk" "2048,$((2048 * 2048)),L,*" &&
        install_grub "$r" "$disk" "$u1" /boot "UUID=$u1" &&
        put_ext4 "$r" "$disk" 1 2048 "$u1" root || return 1
      ;;
    stackrescue-el) # p1 /boot 256 MiB ext4, p2 LVM PV 2 GiB: VG el, LVs root (XFS), swap
      configure_hostname_unit "$r"
      printf '/dev/mapper/el-root\t/\txfs\tdefaults\t0\t0\nUUID=%s\t/boot\text4\tdefaults\t0\t2\n/dev/mapper/el-swap\tnone\tswap\tdefaults\t0\t0\n' \
        "$u1" >"$r/etc/fstab"
      new_disk "$r" "$disk" "2048,$((256 * 2048)),L,*"$'\n'",$((2048 * 2048)),8e" &&
        install_grub "$r" "$disk" "$u1" "" /dev/mapper/el-root || return 1
      mv "$r/boot" "$work/boot" && mkdir "$r/boot" &&
        put_ext4 "$work/boot" "$disk" 1 256 "$u1" boot || return 1
      # LVM and XFS need device-mapper and a block device: the rest is done
      # by the SystemRescue-like image booted under QEMU with the disk.
      build_el_in_appliance "$r" "$disk" "$u1" "$work" || return 1
      ;;
  esac
  echo "$image: disk $(du -m --apparent-size "$disk" | cut -f1) MiB, UUIDs $u1 $u2, $kernel," \
    "built in $(($(date +%s) - t0)) s" | tee "$work/out/build-info"
  rm -rf "$dir"
  mv "$work/out" "$dir"
  rm -rf "$work"
}

# The EL layout's LVM part, in the stackrescue-sysrescue image booted under
# QEMU TCG (device-mapper is in its kernel, not in the host's). The root tree
# travels on a payload disk (ext4, label STKAUTORUN, made with mkfs.ext4 -d)
# together with the script `autorun`, which that image's autorun unit runs at
# boot (like SystemRescue's autorun) before it powers off.
build_el_in_appliance() { # R DISK BOOT_UUID WORK
  local r=$1 disk=$2 boot_uuid=$3 work=$4 sys mb t0
  sys=$(ensure_distro_image stackrescue-sysrescue) || return 1
  mkdir -p "$work/payload"
  mv "$r" "$work/payload/root"
  cat >"$work/payload/autorun" <<EOF
set -ex
# the target disk: the one whose first partition is the /boot built on the host
part=\$(blkid -U $boot_uuid); disk=\${part%1}
pvcreate -ff -y \${disk}2
vgcreate el \${disk}2
lvcreate -y -n swap -L 256M el
lvcreate -y -n root -l 100%FREE el
mkswap /dev/el/swap
mkfs.xfs -q /dev/el/root
mount /dev/el/root /mnt
cp -a /run/autorun/root/. /mnt/
umount /mnt
vgchange -an el
sync
EOF
  mb=$(($(du -sm "$work/payload" | cut -f1) * 5 / 4 + 64))
  mkfs.ext4 -q -F -L STKAUTORUN -d "$work/payload" "$work/payload.ext4" "${mb}M" || return 1
  t0=$(date +%s)
  timeout 1800 qemu-system-x86_64 -accel tcg -m 1024 -smp 1 -display none -monitor none -no-reboot \
    -drive "file=$sys/stackrescue-sysrescue.raw,format=raw,if=virtio,snapshot=on" \
    -drive "file=$disk,format=raw,if=virtio" \
    -drive "file=$work/payload.ext4,format=raw,if=virtio,readonly=on" \
    -serial "file:$work/out/appliance-serial.log" || return 1
  echo "appliance: $(($(date +%s) - t0)) s"
  mv "$work/payload/root" "$r"
  rm -f "$work/payload.ext4"
  grep -a STKAUTORUN-OK "$work/out/appliance-serial.log"
}

# ensure_distro_qcow2 IMAGE: ensure_distro_image, plus DIR/IMAGE.qcow2 (what
# local-cloud uploads: ~800 MB instead of the raw file's 2+ GiB, and Glance
# stores and serves it as it is) and its SHA-256 in DIR/IMAGE.qcow2.sha256,
# made once here: lib/bootstrap.py compares it with the uploaded image's on
# every start, and hashing the three files there cost ~5 s each time; prints
# the directory.
ensure_distro_qcow2() {
  local image=$1 dir
  dir=$(ensure_distro_image "$image") || return 1
  if [[ ! -s $dir/$image.qcow2 ]]; then
    qemu-img convert -O qcow2 "$dir/$image.raw" "$dir/$image.qcow2.tmp" &&
      mv "$dir/$image.qcow2.tmp" "$dir/$image.qcow2" ||
      { echo "converting $image to qcow2 failed" >&2; return 1; }
  fi
  if [[ ! -s $dir/$image.qcow2.sha256 || $dir/$image.qcow2.sha256 -ot $dir/$image.qcow2 ]]; then
    sha256sum "$dir/$image.qcow2" | cut -d' ' -f1 >"$dir/$image.qcow2.sha256.tmp" &&
      mv "$dir/$image.qcow2.sha256.tmp" "$dir/$image.qcow2.sha256" ||
      { echo "hashing $image.qcow2 failed" >&2; return 1; }
  fi
  echo "$dir"
}

# check_distro_image IMAGE DIR: boots the image (copy-on-write: -snapshot) under
# QEMU TCG with the serial port on a socket; lib/serial_login.py waits for the
# login prompt (or the autologin shell), logs in with root-password (a wrong
# password first: it must fail), runs a few commands and prints the timings.
# stackrescue-debian and -el get a config drive naming them stackrescue-check: nova's
# layout (openstack/latest/meta_data.json, label config-2) in nova's vfat
# format, as a virtio disk (the host has no genisoimage for the iso9660 one;
# the guest side mounts either). Serial log in DIR/check-serial.log.
check_distro_image() {
  local image=$1 dir=$2 tmp pid rc expect_host=sysrescue cd=()
  tmp=$(mktemp -d /tmp/stackrescue-check.XXXXXX)
  if [[ $image != stackrescue-sysrescue ]]; then
    expect_host=stackrescue-check
    mkdir -p "$tmp/cd/openstack/latest"
    printf '{"uuid": "00000000-0000-0000-0000-000000000019", "name": "%s", "hostname": "%s"}\n' \
      "$expect_host" "$expect_host" >"$tmp/cd/openstack/latest/meta_data.json"
    mkfs.vfat -n config-2 -C "$tmp/config-drive.img" 1024 >/dev/null &&
      mcopy -s -i "$tmp/config-drive.img" "$tmp/cd/openstack" :: || return 1
    cd=(-drive "file=$tmp/config-drive.img,format=raw,if=virtio,readonly=on")
  fi
  qemu-system-x86_64 -accel tcg -m 1024 -smp 1 -display none -monitor none -no-reboot \
    -snapshot -drive "file=$dir/$image.raw,format=raw,if=virtio" "${cd[@]}" \
    -chardev "socket,id=s0,path=$tmp/serial,server=on,wait=on" -serial chardev:s0 2>/dev/null &
  pid=$!
  PYTHONPATH="$(dirname "$DISTRO_SELF")/../../support/python" /usr/bin/python3 "$(dirname "$DISTRO_SELF")/serial_login.py" "$tmp/serial" "$image" \
    "$dir/root-password" "$dir/check-serial.log" "$expect_host"
  rc=$?
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rm -rf "$tmp"
  return $rc
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -uo pipefail
  export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH
  cmd=${1:-build}
  shift
  # The cloud's packages (lib/install.sh) have these; the command alone may run first.
  "$(dirname "$DISTRO_SELF")/../../tls/ensure-packages" mmdebstrap e2fsprogs qemu-system-x86 mtools dosfstools ||
    exit 1
  [[ $# -gt 0 ]] || set -- stackrescue-debian
  for image in "$@"; do
    t0=$(date +%s)
    d=$(ensure_distro_image "$image") || exit 1
    echo "$image: $d ($(($(date +%s) - t0)) s; $(du -m --apparent-size "$d/$image.raw" | cut -f1) MiB," \
      "$(du -m "$d/$image.raw" | cut -f1) MiB allocated)"
    if [[ $cmd == check ]]; then
      check_distro_image "$image" "$d" || exit 1
    fi
  done
fi
