#!/bin/sh
# kernel_broken.sh: installs on a stackrescue-debian server a kernel package that GRUB boots
# by default and that cannot find the root file system: a kernel update gone wrong.
#
# Run as root in the rescue system (POSIX sh). Env:
#   MP    where the server's root is mounted read-write (default /mnt); when nothing is
#         mounted there the script mounts DEV itself, and unmounts it again at the end
#   DEV   the server's root (default /dev/vda1)
#
# How: builds INSIDE the server's root (chroot, /dev /proc /sys bound, unbound at the end)
# the package linux-image-6.99.0-stackrescue-broken with dpkg-deb and installs it with
# dpkg -i. It holds /boot/vmlinuz-6.99.0-stackrescue-broken (a copy of the newest good
# vmlinuz), its config-6.99.0-stackrescue-broken (the good one's) and an empty /lib/modules/6.99.0-stackrescue-broken/; its postinst and postrm
# run the kernel hooks the Debian way (run-parts --report --exit-on-error --arg=<v>
# --arg=/boot/vmlinuz-<v> /etc/kernel/postinst.d, postrm.d): initramfs-tools builds
# /boot/initrd.img-<v> from that empty module tree, and zz-update-grub runs update-grub,
# which puts 6.99.0 (the highest version) first: GRUB_DEFAULT=0 boots it.
# Why this failure: the kernel itself is good, so GRUB loads it and it starts; its
# initramfs has no modules, so no virtio_blk: the root disk never appears and the
# initramfs gives up after its root wait (30 s) and drops to its shell. That is what a
# kernel whose modules or initramfs do not match does on a real server, and the console
# says so plainly (a truncated vmlinuz would make GRUB print an error and loop in its menu).
#
# Next boot, the server's console shows (QEMU TCG, observed; see ../README.md): GRUB's menu
# ("Booting `Debian GNU/Linux'"), the kernel's
#   Command line: BOOT_IMAGE=/boot/vmlinuz-6.99.0-stackrescue-broken root=UUID=<root uuid> ro console=tty0 console=ttyS0,115200
# then the initramfs:
#   Begin: Waiting for root file system ... Begin: Running /scripts/local-block ... done.
#   (that line ~30 times)
#   Gave up waiting for root file system device.  Common problems:
#    - Boot args (cat /proc/cmdline)
#      - Check rootdelay= (did the system wait long enough?)
#    - Missing modules (cat /proc/modules; ls /dev)
#   ALERT!  UUID=<root uuid> does not exist.  Dropping to a shell!
#   (initramfs)
# Repair: tasks/kernel.yml with repair_kernel_remove: 6.99.0-stackrescue-broken (apt-get
# purge in the chroot; the postrm hooks remove the initrd and run update-grub).
#
# Prints "broken: kernel <version>" last on success; exits non-zero with a message otherwise.
MP=${MP:-/mnt}
DEV=${DEV:-/dev/vda1}
v=6.99.0-stackrescue-broken
pkg=linux-image-$v
build=/tmp/stackrescue-kernel-build   # inside the server's root
fail() { echo "kernel_broken: $*" >&2; exit 1; }

mounted_here=
bound=
cleanup() {
  ok=0
  rm -rf "$MP$build" "$MP$build.deb"
  for d in $bound; do umount "$MP/$d" || { echo "kernel_broken: cannot unmount $MP/$d" >&2; ok=1; }; done
  bound=
  if [ -n "$mounted_here" ]; then
    umount "$MP" || { echo "kernel_broken: cannot unmount $MP" >&2; ok=1; }
    mounted_here=
  fi
  return $ok
}
trap cleanup EXIT

cur=$(awk -v mp="$MP" '$2 == mp { d = $1; o = $4 } END { if (d != "") print d, o }' /proc/mounts)
if [ -z "$cur" ]; then
  mkdir -p "$MP" && mount "$DEV" "$MP" || fail "cannot mount $DEV on $MP"
  mounted_here=yes
else
  case ",${cur#* }," in
    *,ro,*) fail "$MP is mounted read-only (${cur%% *}): remount it read-write first" ;;
  esac
fi
[ -x "$MP/usr/bin/dpkg-deb" ] || fail "$MP has no usr/bin/dpkg-deb: not a Debian root"
good=$(ls "$MP"/boot/vmlinuz-* 2>/dev/null | grep -v -- "-$v\$" | sort -V | tail -n 1)
[ -f "$good" ] || fail "no good kernel in $MP/boot to copy"

for d in dev proc sys; do
  mount --bind "/$d" "$MP/$d" || fail "cannot bind /$d on $MP/$d"
  bound="$d $bound"   # unmounted in reverse order
done

rm -rf "$MP$build"
mkdir -p "$MP$build/DEBIAN" "$MP$build/boot" "$MP$build/lib/modules/$v" || fail "cannot write in $MP/tmp"
cp "$good" "$MP$build/boot/vmlinuz-$v" || fail "cannot copy $good"
# mkinitramfs reads the kernel's config (its compressors, CONFIG_RD_*), as in any linux-image
cp "$MP/boot/config-${good##*/vmlinuz-}" "$MP$build/boot/config-$v" || fail "no config for ${good#"$MP"}"
cat >"$MP$build/DEBIAN/control" <<CONTROL
Package: $pkg
Version: 6.99.0-1
Architecture: amd64
Section: kernel
Priority: optional
Maintainer: StackRescue tests <stackrescue@localhost>
Description: deliberately broken kernel (StackRescue repair tests)
 A copy of ${good#"$MP"} with an empty module tree: its initramfs has no disk driver.
CONTROL
# The hooks as Debian's linux-image packages run them (DEB_MAINT_PARAMS tells the hooks
# which maintainer-script action this is).
for script in postinst postrm; do
  cat >"$MP$build/DEBIAN/$script" <<HOOKS
#!/bin/sh
set -e
version=$v
image_path=/boot/vmlinuz-\$version
case $script:\$1 in
  postinst:configure | postrm:remove | postrm:purge)
    if [ -d /etc/kernel/$script.d ]; then
      DEB_MAINT_PARAMS="\$*" run-parts --report --exit-on-error --arg=\$version \\
        --arg=\$image_path /etc/kernel/$script.d
    fi ;;
esac
# depmod's files in the module tree belong to no package
if [ "$script:\$1" = postrm:purge ]; then
  rm -f /lib/modules/\$version/modules.*
  rmdir /lib/modules/\$version 2>/dev/null || true
fi
exit 0
HOOKS
  chmod 755 "$MP$build/DEBIAN/$script"
done

in_root() { chroot "$MP" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
in_root dpkg-deb --root-owner-group --build "$build" "$build.deb" || fail "dpkg-deb --build failed"
in_root dpkg -i "$build.deb" || fail "dpkg -i $pkg failed"

[ -f "$MP/boot/initrd.img-$v" ] || fail "the hooks made no /boot/initrd.img-$v"
first=$(sed -n 's/^[[:space:]]*linux[[:space:]]\{1,\}\([^[:space:]]*\).*/\1/p' "$MP/boot/grub/grub.cfg" | head -n 1)
case $first in
  */vmlinuz-$v) ;;
  *) fail "grub.cfg's first kernel is '$first', not vmlinuz-$v (did update-grub run?)" ;;
esac
echo "grub.cfg's first entry: $first; initramfs: /boot/initrd.img-$v ($(wc -c <"$MP/boot/initrd.img-$v") bytes)"
sync
trap - EXIT
cleanup || fail "the kernel is installed, but the clean-up failed (see above)"
echo "broken: kernel $v"
