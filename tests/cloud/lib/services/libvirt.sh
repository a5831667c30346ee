# shellcheck shell=bash
# libvirtd and virtlogd of tests/cloud/local-cloud (sourced, not run), the
# hypervisor of the libvirt compute host (lib/services/nova-compute-qemu.sh):
# their config, started by hand (no systemd), the KVM probe that picks
# virt_type, and the guest clean-up that lets `stop` leave no guest behind.

# libvirtd and virtlogd run as root (the qemu driver's dirs /run/libvirt,
# /var/lib/libvirt and /etc/libvirt/qemu.conf are fixed for a privileged
# daemon); their own config and logs live in the state dir.
write_libvirt_config() {
  mkdir -p "$ETC/libvirt"
  cat >"$ETC/libvirt/libvirtd.conf" <<EOT
unix_sock_group = "root"
unix_sock_rw_perms = "0700"
auth_unix_rw = "none"
auth_unix_ro = "none"
log_outputs = "3:stderr"
EOT
  cat >"$ETC/libvirt/virtlogd.conf" <<EOT
log_outputs = "3:stderr"
EOT
}

# True when libvirtd answers on its socket.
libvirt_up() {
  /usr/bin/python3 -c 'import libvirt; libvirt.open("qemu:///system").close()'
}

start_libvirt() {
  service_running virtlogd ||
    start_service virtlogd /usr/sbin/virtlogd -f "$ETC/libvirt/virtlogd.conf"
  if ! service_running libvirtd; then
    # Guests did not survive the previous libvirtd: servers of the libvirt
    # host created before now are stale (deleted in phase_bootstrap).
    date -u +%FT%TZ >"$RUN_DIR/libvirtd.started"
    # shellcheck disable=SC2034 # read by local-cloud (phase_bootstrap)
    LIBVIRTD_RESTARTED=1
    start_service libvirtd /usr/sbin/libvirtd -f "$ETC/libvirt/libvirtd.conf"
  fi
}

wait_libvirt() {
  wait_service libvirtd 60 libvirt_up
}

# Destroys and undefines every guest of our libvirtd (all of them are Nova's
# instances of the libvirt host), so no QEMU process, VNC or serial port is
# left; nova-compute-qemu must be stopped first.
destroy_guests() {
  service_running libvirtd || return 0
  /usr/bin/python3 - <<'EOF' || log_phase "could not list/destroy libvirt guests"
import libvirt
conn = libvirt.open("qemu:///system")
for dom in conn.listAllDomains():
    if dom.isActive():
        dom.destroy()
    dom.undefineFlags(libvirt.VIR_DOMAIN_UNDEFINE_NVRAM | libvirt.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE)
    print("destroyed guest", dom.name())
EOF
}

# Prints the virt_type for Nova: "kvm" only when a probe boot under KVM
# reaches the initramfs's first line within 20 s ("/dev/kvm opens" is not
# enough: on nested machines a KVM guest hangs in early boot), else "qemu".
# The answer is kept in data/virt_type.
probe_virt_type() { # IMAGE_DIR
  local cache=$DATA/virt_type
  if [[ ! -s $cache ]]; then
    local t=qemu tmp
    if [[ -r /dev/kvm ]]; then
      tmp=$(mktemp -d)
      mcopy -i "$1/stackrescue-boot.raw" ::/vmlinuz ::/initrd.img "$tmp/" &&
        timeout 20 qemu-system-x86_64 -accel kvm -m 256 -display none -monitor none \
          -no-reboot -nodefaults -serial "file:$tmp/serial.log" -kernel "$tmp/vmlinuz" \
          -initrd "$tmp/initrd.img" -append "console=ttyS0 stackrescue=probe" \
          >"$tmp/qemu.log" 2>&1
      grep -q STACKRESCUE-PROBE-UP "$tmp/serial.log" 2>/dev/null && t=kvm
      rm -rf "$tmp"
    fi
    echo "$t" >"$cache"
  fi
  cat "$cache"
}
