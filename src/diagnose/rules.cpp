#include "diagnose/rules.hpp"

namespace stackrescue::diagnose {

// Sources named below (versions: Debian 12 / EL 9 as shipped, unless said otherwise):
//   systemd      systemd/systemd src/core/job.c (job_done_messages: "Failed to start %s.",
//                "Dependency failed for %s.", "Timed out ..."), src/core/mount.c, device.c,
//                src/sulogin-shell/sulogin-shell.c (print_mode), src/core/selinux-setup.c
//   init-tools   initramfs-tools 0.142 scripts/local, scripts/functions
//   dracut       dracut 057 modules.d/98dracut-systemd/dracut-emergency.sh,
//                dracut-initqueue.sh, 99base/dracut-dev-lib.sh
//   e2fsprogs    e2fsck/unix.c (preen_insanity: "UNEXPECTED INCONSISTENCY; RUN fsck MANUALLY")
//   linux        init/do_mounts.c, kernel/panic.c, fs/ext4/super.c, fs/xfs/xfs_error.c,
//                fs/btrfs/messages.c, mm/oom_kill.c; strerror(EUCLEAN, ENOSPC)
//   grub         grub-core/kern/rescue_reader.c, grub-core/normal/main.c, grub-core/fs/*
//   cloud-init   cloudinit/cmd/main.py, systemd units' descriptions
//   util-linux   login-utils/sulogin.c 2.38 (older) / 2.41 (newer wording)
//   captured     seen on this project's real guests (tests/fixtures/diagnose/real/)

const std::vector<KindInfo>& kinds() {
  static const std::vector<KindInfo> table = {
      {"bootloader", true, {}, "the boot loader stopped: a GRUB prompt, or the kernel it should load is missing"},
      {"root_fs_not_found", true, {"kernel"},
       "the kernel's initramfs did not find the root file system (a kernel or initramfs without the disk's "
       "driver, or a root= that names a device that is gone)"},
      {"fsck_required", true, {"fsck"}, "a file system check stopped and asks for a manual fsck"},
      {"filesystem_errors", false, {"fsck"},
       "the kernel found a damaged file system (ext4/XFS/Btrfs errors, a read-only remount, 'Structure needs "
       "cleaning')"},
      {"fstab_mount_failed", false, {"fstab"},
       "a file system in /etc/fstab did not mount (its device is gone or it failed)"},
      {"selinux", true, {}, "SELinux stopped the boot (the policy did not load, or a relabel failed)"},
      {"disk_full", false, {}, "a program found no space left on a device"},
      {"out_of_memory", false, {}, "the kernel killed a process for lack of memory"},
      {"cloud_init_failed", false, {}, "cloud-init failed"},
      {"kernel_panic", true, {}, "the kernel panicked"},
      {"emergency_mode", true, {},
       "the boot stopped at a maintenance shell (systemd's emergency mode, dracut's or the initramfs' shell): "
       "a symptom; the findings before it say why"},
  };
  return table;
}

const KindInfo* kind_info(std::string_view name) {
  for (const auto& kind : kinds())
    if (kind.name == name) return &kind;
  return nullptr;
}

const std::vector<Rule>& rules() {
  // A systemd unit may be named "name.mount - Description" (StatusUnitFormat=combined, the
  // default since systemd 251) or by its description alone: (?:\S+ - )? takes both. On a
  // serial console systemd cuts long unit names in the middle ("systemd-fs… File System
  // Check"; Nova's log shows the ellipsis as U+FFFD), so the unit name is never relied on.
  static const std::vector<Rule> table = {
      // --- bootloader
      {"bootloader", "not found", R"(error: (?:\S+:\d+:)?file [`']([^']+)' not found)", {"file"},
       "grub (grub-core/fs: file `%s' not found; RHEL builds prefix file:line)"},
      {"bootloader", "' not found", R"(^`([^']+)' not found\.?$)", {"file"},
       "grub (the same, wrapped at 80 columns after 'file': a real CentOS Stream 9 console)"},
      {"bootloader", "grub rescue>", R"(^grub rescue>)", {}, "grub (kern/rescue_reader.c)"},
      {"bootloader", "Entering rescue mode", R"(^Entering rescue mode\.\.\.)", {}, "grub (kern/rescue_reader.c)"},
      {"bootloader", "load the kernel", R"(you need to load the kernel)", {}, "grub (loader/*)"},
      {"bootloader", "Minimal BASH-like line editing", R"(Minimal BASH-like line editing is supported)", {},
       "grub (normal/main.c: the grub> command line instead of a menu)"},
      {"bootloader", "error: no such device", R"(^error: no such device: ([^ .]+))", {"file"}, "grub (disk/*)"},
      // --- root_fs_not_found
      {"root_fs_not_found", "does not exist", R"(ALERT!\s+(\S+) does not exist\.\s+Dropping to a shell!)", {"device"},
       "init-tools (scripts/local: panic); captured on Debian 12"},
      {"root_fs_not_found", "Gave up waiting for root", R"(Gave up waiting for root (?:file system )?device)", {},
       "init-tools (scripts/local: local_device_setup); captured on Debian 12"},
      {"root_fs_not_found", "does not exist", R"(^(?:\[[ \d.]+\] )?(?:dracut\S*: )?Warning: (/dev/\S+) does not exist$)",
       {"device"}, "dracut (99base/dracut-dev-lib.sh: wait_for_dev)"},
      {"root_fs_not_found", "Could not boot", R"(Warning: Could not boot\.)", {}, "dracut (dracut-initqueue.sh)"},
      {"root_fs_not_found", "Cannot open root device", R"(VFS: Cannot open root device "?([^"\s]+))", {"device"},
       "linux (init/do_mounts.c)"},
      {"root_fs_not_found", "Unable to mount root fs", R"(VFS: Unable to mount root fs on (\S+))", {"device"},
       "linux (init/do_mounts.c)"},
      // --- fsck_required
      {"fsck_required", "UNEXPECTED INCONSISTENCY", R"((?:^|\s)(/dev/\S+|[^\s:]+): UNEXPECTED INCONSISTENCY; RUN fsck MANUALLY)",
       {"device"}, "e2fsprogs (e2fsck/unix.c: preen mode stops)"},
      {"fsck_required", "requires a manual fsck", R"(The \S+ filesystem on (\S+) requires a manual fsck)", {"device"},
       "init-tools (scripts/functions: checkfs)"},
      {"fsck_required", "File System Check", R"(Failed to start .*File System Check on Root Device)",
       {}, "systemd (systemd-fsck-root.service); captured on Debian 12"},
      {"fsck_required", "File System Check", R"(Failed to start .*File System Check on (/dev/\S+?)\.?$)",
       {"device"}, "systemd (systemd-fsck@.service)"},
      // --- filesystem_errors
      {"filesystem_errors", "EXT4-fs error", R"(EXT4-fs error \(device ([^)]+)\))", {"device"}, "linux (fs/ext4/super.c)"},
      {"filesystem_errors", "Remounting filesystem read-only", R"((?:EXT4-fs|EXT3-fs) \(([^)]+)\): Remounting filesystem read-only)",
       {"device"}, "linux (fs/ext4/super.c)"},
      {"filesystem_errors", "XFS (",
       R"(XFS \(([^)]+)\): (?:Corruption detected|Metadata corruption detected|Metadata CRC error detected|Corruption of in-memory data detected|Internal error|Filesystem has been shut down|Unmount and run xfs_repair))",
       {"device"}, "linux (fs/xfs/xfs_error.c, xfs_fsops.c)"},
      {"filesystem_errors", "BTRFS", R"(BTRFS(?: critical| error|: error) \(device ([^)]+)\))", {"device"},
       "linux (fs/btrfs/messages.c)"},
      {"filesystem_errors", "Structure needs cleaning", R"(Structure needs cleaning)", {},
       "strerror(EUCLEAN): ext4/XFS report corruption so; captured on an EL layout (XFS root)"},
      // --- fstab_mount_failed (mount points other than the root: /sysroot is dracut's root)
      {"fstab_mount_failed", "Dependency failed for",
       R"(Dependency failed for (?:\S+ - )?(/(?!sysroot\b)[^ ]*?)\.?$)", {"mount_point"},
       "systemd (job.c: a mount whose device timed out); captured on Debian 12 and the EL layout"},
      {"fstab_mount_failed", "Failed to mount", R"(Failed to mount (?:\S+ - )?(/(?!sysroot\b)[^ ]*?)\.?$)",
       {"mount_point"}, "systemd (mount.c)"},
      {"fstab_mount_failed", "Timed out waiting for device",
       R"(Timed out waiting for device (?:\S+ - )?(/dev/\S+?)\.?$)", {"device"},
       "systemd 252+ (device.c); supports a failed mount or a missing root", {"fstab_mount_failed", "root_fs_not_found"}},
      {"fstab_mount_failed", "Timed out waiting for device", R"(Timed out waiting for device (dev-\S+?)\.device\.?$)",
       {"device_unit"}, "systemd 249 (the device's unit name, escaped); supports the same",
       {"fstab_mount_failed", "root_fs_not_found"}},
      {"fstab_mount_failed", "File System Check on",
       R"(Dependency failed for (?:\S+ - )?File System Check on (/dev/\S+?)\.?$)", {"device"},
       "systemd (the fsck of a mount whose device timed out); supports the failed mount", {"fstab_mount_failed"}},
      // --- selinux
      {"selinux", "SELinux policy", R"(Failed to load SELinux policy)", {}, "systemd (core/selinux-setup.c)"},
      {"selinux", "relabel is required", R"(Warning -- SELinux \S+ policy relabel is required)", {},
       "selinux-autorelabel (EL); gce-rescue's selinux rules"},
      // --- disk_full (ENOSPC from any program; inotify/cgroup limits say the same and are not disks)
      {"disk_full", "No space left on device", R"(^(?!.*(?:inotify|cgroup)).*No space left on device)", {},
       "strerror(ENOSPC); gcloud's troubleshooter excludes inotify and cgroup"},
      // --- out_of_memory
      {"out_of_memory", "Killed process", R"(Out of memory: Killed process \d+ \(([^)]+)\))", {"process"},
       "linux (mm/oom_kill.c)"},
      {"out_of_memory", "invoked oom-killer", R"((\S+) invoked oom-killer:)", {"process"}, "linux (mm/oom_kill.c)"},
      // --- cloud_init_failed
      {"cloud_init_failed", "Failed to start",
       R"(Failed to start .*(?:[Cc]loud-init|cloud-config|cloud-final|Execute cloud user/final scripts))", {},
       "systemd + cloud-init's units (descriptions: 'Initial cloud-init job ...', 'Execute cloud user/final scripts', "
       "'Cloud-init: ... Stage')"},
      {"cloud_init_failed", "cloud-init[",
       R"(cloud-init\[\d+\]: .*(?:Traceback|Failed running|Failed to run module|[Ff]ailed to run|Can not apply stage))", {},
       "cloud-init (util.py, cc_scripts_user.py, cmd/main.py); gce-rescue's cloud_init rules"},
      // --- kernel_panic
      {"kernel_panic", "Kernel panic", R"(Kernel panic - not syncing: (.*?)\s*(?:\]---)?$)", {"reason"}, "linux (kernel/panic.c); captured on the EL layout"},
      // --- emergency_mode
      {"emergency_mode", "emergency mode", R"(You are in emergency mode)", {}, "systemd (sulogin-shell.c); captured on Debian 12 and the EL layout"},
      {"emergency_mode", "Entering emergency mode", R"(Entering emergency mode\. Exit the shell to continue)", {},
       "dracut (dracut-emergency.sh)"},
      {"emergency_mode", "Dropping to a shell", R"(Dropping to a shell!)", {}, "init-tools (scripts/functions: panic)"},
      {"emergency_mode", "for maintenance", R"((?:Give root password for maintenance|Enter root password for system maintenance|Press Enter for system maintenance))",
       {}, "util-linux (sulogin.c: 2.38, 2.41)"},
      {"emergency_mode", "root account is locked", R"(Cannot open access to console, the root account is locked)", {},
       "util-linux (sulogin.c)"},
  };
  return table;
}

const std::vector<Rule>& success_markers() {
  static const std::vector<Rule> table = {
      {"", " login:", R"(^[A-Za-z0-9][A-Za-z0-9_.-]* login:)", {}, "agetty/login (the login prompt); captured"},
      {"", "Reached target", R"(Reached target (?:\S+\.target - )?(?:Multi-User System|Graphical Interface))", {}, "systemd"},
      {"", "Startup finished in", R"(Startup finished in )", {}, "systemd (core/manager.c)"},
      {"", "finished at", R"(Cloud-init v\. \S+ finished at)", {}, "cloud-init (cc_final_message.py)"},
  };
  return table;
}

const BootMarkers& boot_markers() {
  static const BootMarkers markers = {
      {"SeaBIOS (version", "Welcome to GRUB!", "GNU GRUB  version", "BdsDxe: loading Boot", "UEFI: Attempting to start image",
       "Booting from Hard Disk"},
      "Linux version ",
  };
  return markers;
}

const KernelPatterns& kernel_patterns() {
  static const KernelPatterns patterns = {
      R"(BOOT_IMAGE=(?:\([^)]*\))?\S*?vmlinuz-(\S+))",
      R"(Linux version (\S+))",
  };
  return patterns;
}

}  // namespace stackrescue::diagnose
