# shellcheck shell=bash
# Guest images of tests/cloud/local-cloud (sourced, not run): stackrescue-boot
# and stackrescue-rescue, built here from Debian packages, no download of
# anything but .deb files through apt.
#
# Each image is a raw disk that is one FAT file system (label STKBOOT or
# STKRESCUE, no partition table) holding syslinux, Debian's kernel and one
# busybox initramfs whose /init is lib/guest-init.sh; only the kernel command
# line (stackrescue=boot|rescue) differs. Built without mount or root tricks:
# mkfs.vfat on a file, mcopy, `syslinux --install` (mtools).
#
# Cached in $IMAGE_CACHE/<key>/, the key hashing every input: the kernel,
# busybox, dosfstools and syslinux versions and this file and guest-init.sh.
# A warm start costs one apt-cache call.

IMAGE_CACHE=${STACKRESCUE_IMAGE_CACHE:-/var/tmp/stackrescue-images}
IMAGE_SIZE_MB=32
# Loaded in this order (dependencies first, resolved at build time).
GUEST_MODULES=(virtio_pci virtio_blk vfat nls_cp437 nls_ascii nls_utf8)

# The kernel package linux-image-amd64 points at (e.g. linux-image-6.1.0-57-amd64).
kernel_package() {
  apt-cache depends linux-image-amd64 2>/dev/null |
    sed -n 's/^ *Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -n 1
}

candidate_version() { # PACKAGE
  apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p'
}

image_cache_key() {
  local kpkg=$1 p
  {
    echo "$kpkg $(candidate_version "$kpkg")"
    for p in busybox-static dosfstools syslinux syslinux-common; do
      dpkg-query -W -f='${Package} ${Version}\n' "$p"
    done
    cat "$HERE/lib/images.sh" "$HERE/lib/guest-init.sh"
  } | sha256sum | cut -c1-16
}

# Prints the cache directory of the images for the current inputs (cheap:
# two apt-cache and one dpkg-query call).
guest_image_dir() {
  local kpkg
  kpkg=$(kernel_package)
  [[ -n $kpkg ]] || fail "apt-cache does not know linux-image-amd64 (apt-get update?)"
  echo "$IMAGE_CACHE/$(image_cache_key "$kpkg")"
}

# Builds the images into IMAGE_DIR (from guest_image_dir) unless they are there.
ensure_guest_images() {
  [[ -s $IMAGE_DIR/stackrescue-rescue.raw ]] && return 0
  build_guest_images "$(kernel_package)" "$IMAGE_DIR" >>"$(log_file images)" 2>&1 ||
    fail "building the guest images" "$(log_file images)"
}

# MODULE_DIR NAME: prints NAME's dependencies (recursively, dependencies
# first) and NAME itself, read from the .modinfo "depends=" field (the
# package ships no modules.dep; depmod is not needed).
module_with_deps() {
  local mdir=$1 name=$2 file dep
  file=$(find "$mdir" -name "$name.ko" | head -n 1)
  [[ -n $file ]] || { echo "module $name not in the kernel package" >&2; return 1; }
  for dep in $(grep -ao 'depends=[a-z0-9_,-]*' "$file" | head -n 1 | cut -d= -f2 | tr , ' '); do
    module_with_deps "$mdir" "$dep"
  done
  echo "${file#"$mdir"/}"
}

build_guest_images() { # KERNEL_PACKAGE DIR
  local kpkg=$1 dir=$2 work
  echo "== $(date -u +%FT%TZ) building guest images into $dir"
  work=$(mktemp -d "$IMAGE_CACHE.work.XXXXXX")
  mkdir -p "$IMAGE_CACHE/debs"
  (cd "$IMAGE_CACHE/debs" && ls "${kpkg}"_*.deb >/dev/null 2>&1 || apt-get download "$kpkg") || return 1
  dpkg-deb -x "$(ls -t "$IMAGE_CACHE/debs/${kpkg}"_*.deb | head -n 1)" "$work/kernel" || return 1
  local mdir m order=() seen=" "
  mdir=$(echo "$work"/kernel/lib/modules/*)
  for m in "${GUEST_MODULES[@]}"; do
    while read -r m; do
      [[ $seen == *" $m "* ]] && continue
      seen+="$m "
      order+=("$m")
    done < <(module_with_deps "$mdir" "$m")
  done

  local root=$work/initramfs rel
  mkdir -p "$root"/{bin,sbin,etc,lib/modules,lib64,lib/x86_64-linux-gnu}
  cp /bin/busybox "$root/bin/busybox"
  install -m 755 "$HERE/lib/guest-init.sh" "$root/init"
  for rel in "${order[@]}"; do
    mkdir -p "$root/lib/modules/$(dirname "$rel")"
    cp "$mdir/$rel" "$root/lib/modules/$rel"
  done
  printf '%s\n' "${order[@]%.ko}" >"$root/etc/modules.order"
  # fsck.vfat (dosfstools) with its libraries, (busybox-static has no fsck).
  cp /sbin/fsck.fat "$root/sbin/fsck.vfat"
  for rel in $(ldd /sbin/fsck.fat | grep -o '/[^ ]*'); do
    cp "$rel" "$root$rel"
  done
  (cd "$root" && find . | busybox cpio -o -H newc 2>/dev/null | gzip -9) >"$work/initrd.img" || return 1

  mkdir -p "$work/out"
  local mode label
  for mode in boot rescue; do
    label=$([[ $mode == boot ]] && echo STKBOOT || echo STKRESCUE)
    cat >"$work/syslinux.cfg" <<EOF
DEFAULT linux
TIMEOUT 0
PROMPT 0
LABEL linux
  KERNEL vmlinuz
  APPEND initrd=initrd.img console=tty0 console=ttyS0,115200 stackrescue=$mode quiet
EOF
    local img=$work/out/stackrescue-$mode.raw
    rm -f "$img"
    truncate -s "${IMAGE_SIZE_MB}M" "$img"
    mkfs.vfat -n "$label" "$img" >/dev/null &&
      mcopy -i "$img" "$work"/kernel/boot/vmlinuz-* ::/vmlinuz &&
      mcopy -i "$img" "$work/initrd.img" ::/initrd.img &&
      mcopy -i "$img" "$work/syslinux.cfg" ::/syslinux.cfg &&
      syslinux --install "$img" || return 1
  done
  echo "kernel $kpkg, modules: ${order[*]}"
  rm -rf "$dir"
  mkdir -p "$(dirname "$dir")"
  mv "$work/out" "$dir"
  rm -rf "$work"
  echo "== done: $(ls -l "$dir")"
}
