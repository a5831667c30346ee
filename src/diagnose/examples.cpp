#include "diagnose/examples.hpp"

namespace stackrescue::diagnose {

// "\xef\xbf\xbd" is U+FFFD: where systemd shortened a line with an ellipsis (3 bytes of UTF-8),
// Nova's log shows three of them. (A hex escape runs on while hex digits follow: the literal
// is split after it.)
const std::vector<KindExample>& kind_examples() {
  static const std::vector<KindExample> examples = {
      {"bootloader", "Ubuntu 22.04, GRUB 2.06: the kernel file is gone (composed from GRUB's messages)",
       "wording/ubuntu2204-grub-kernel-missing.log", 51,
       {"error: file `/boot/vmlinuz-5.15.0-91-generic' not found.", "error: you need to load the kernel first."}},
      {"root_fs_not_found", "Debian 12 (captured here): a newest kernel whose initramfs has no disk driver",
       "real/debian-kernel-broken.log", 402,
       {"Gave up waiting for root file system device.  Common problems:", " - Boot args (cat /proc/cmdline)",
        "   - Check rootdelay= (did the system wait long enough?)", " - Missing modules (cat /proc/modules; ls /dev)",
        "ALERT!  UUID=99cc09ec-8d44-4f4e-85be-cf32cfdd51dc does not exist.  Dropping to a shell!"}},
      {"fsck_required", "Debian 12 (captured here): the ext4 root damaged; systemd-fsck-root's preen check stops",
       "real/debian-ext4-root.log", 571,
       {"Checking in progress on 0 disks (100.0% complete)[FAILED] Failed to start systemd-fs\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
        " File System Check on Root Device.",
        "See 'systemctl status systemd-fsck-root.service' for details."}},
      {"filesystem_errors", "EL layout (captured here): the XFS root LV's directory index damaged",
       "real/el-xfs-root.log", 429,
       {"[   13.305960] XFS (dm-1): Metadata CRC error detected at xfs_dir3_leaf_read_verify+0xd0/0x110 [xfs], "
        "xfs_dir3_leaf1 block 0x11e088 ",
        "[   13.306588] XFS (dm-1): Unmount and run xfs_repair"}},
      {"fstab_mount_failed", "EL layout (captured here): an fstab line for a logical volume that is gone",
       "real/el-fstab-gone-lv.log", 603,
       {"[ TIME ] Timed out waiting for device \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "vice - /dev/mapper/el-archive.",
        "[DEPEND] Dependency failed for srv-archive.mount - /srv/archive.",
        "[DEPEND] Dependency failed for loca\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "s.target - Local File Systems."}},
      {"selinux", "Rocky 9: SELINUXTYPE names a policy that is not installed (composed from libselinux and systemd)",
       "wording/rocky9-selinux-policy-missing.log", 41,
       {"SELinux:  Could not open policy file <= /etc/selinux/disabled/policy/policy.33:  No such file or directory",
        "[    3.512267] systemd[1]: Failed to load SELinux policy.", "[    3.537526] systemd[1]: Freezing execution."}},
      {"disk_full", "Rocky 9: a full root file system (composed from journald's message)",
       "wording/rocky9-disk-full-booted.log", 61,
       {"[    5.151872] systemd-journald[561]: Failed to open system journal: No space left on device",
        "[    5.163220] systemd-journald[561]: Failed to open system journal: No space left on device"}},
      {"out_of_memory", "Ubuntu 22.04: the OOM killer after the login (composed from mm/oom_kill.c)",
       "wording/ubuntu2204-oom-after-login.log", 71,
       {"[ 1834.265803] Out of memory: Killed process 2211 (python3) total-vm:2449380kB, anon-rss:1884936kB, "
        "file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:3832kB oom_score_adj:0"}},
      {"cloud_init_failed", "Ubuntu 22.04: a runcmd script that is missing (composed from cloud-init's messages)",
       "wording/ubuntu2204-cloud-final-runcmd-failed.log", 61,
       {"[   12.903010] cloud-init[1023]: 2023-12-05 10:13:57,377 - util.py[WARNING]: Failed running "
        "/var/lib/cloud/instance/scripts/runcmd [127]",
        "[   12.904377] cloud-init[1023]: 2023-12-05 10:13:57,378 - cc_scripts_user.py[WARNING]: Failed to run module "
        "scripts_user (scripts in /var/lib/cloud/instance/scripts)"}},
      {"kernel_panic", "EL layout (captured here): init cannot start from the damaged XFS root",
       "real/el-xfs-root.log", 441,
       {"run-init: /sbin/init: Structure needs cleaning",
        "[   13.311109] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100"}},
      {"emergency_mode", "Debian 12 (captured here): after the failed mount of a disk that is gone",
       "real/debian-fstab-gone-disk.log", 637,
       {"You are in emergency mode. After logging in, type \"journalctl -xb\" to view",
        "system logs, \"systemctl reboot\" to reboot, \"systemctl default\" or \"exit\"", "to boot into default mode.",
        "Give root password for maintenance", "(or press Control-D to continue): "}},
  };
  return examples;
}

}  // namespace stackrescue::diagnose
