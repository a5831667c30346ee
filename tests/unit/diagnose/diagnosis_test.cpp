#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "diagnose/console_text.hpp"
#include "diagnose/diagnosis.hpp"

using namespace stackrescue::diagnose;

namespace {

std::vector<std::string> text(const std::string& log) { return console_lines(log); }

std::vector<std::string> kinds_of(const LogDiagnosis& d) {
  std::vector<std::string> out;
  for (const auto& f : d.findings) out.push_back(f.kind);
  return out;
}

const Finding& only(const LogDiagnosis& d, const std::string& kind) {
  for (const auto& f : d.findings)
    if (f.kind == kind) return f;
  FAIL("no finding " << kind);
  throw;
}

const std::string kFstabBoot =
    "Linux version 6.1.0-28-amd64 (debian-kernel@lists.debian.org) #1 SMP\n"
    "Command line: BOOT_IMAGE=/boot/vmlinuz-6.1.0-28-amd64 root=UUID=1234 ro console=ttyS0\n"
    "[ TIME ] Timed out waiting for device dev-disk-by\\x2duuid-abcd.device - /dev/disk/by-uuid/abcd.\n"
    "[DEPEND] Dependency failed for srv-archive.mount - /srv/archive.\n"
    "[DEPEND] Dependency failed for local-fs.target - Local File Systems.\n"
    "You are in emergency mode. After logging in, type \"journalctl -xb\" to view\n"
    "Give root password for maintenance\n";

}  // namespace

TEST_CASE("boots: banners before the kernel belong to its boot, the next banner starts the next", "[boots]") {
  const auto lines = text("tail of an older boot\nSeaBIOS (version 1.16)\nWelcome to GRUB!\nLinux version 6.1.0 (x)\n"
                          "login: \nBooting from Hard Disk...\nLinux version 6.1.0 (x)\nLinux version 6.2.0 (y)\n");
  CHECK(boot_starts(lines) == std::vector<std::size_t>{0, 5, 7});
  CHECK(boot_starts(text("no marker\nat all\n")) == std::vector<std::size_t>{0});
  CHECK(boot_starts({}).empty());
}

TEST_CASE("only the last boot counts: an old failure followed by a good boot is booted", "[diagnose]") {
  const auto d = diagnose_boot(text(kFstabBoot + "Linux version 6.1.0-28-amd64 (x)\nweb-1 login: \n"));
  CHECK(d.state == LogState::Booted);
  CHECK(d.findings.empty());
  CHECK(d.boot.boots_in_log == 2);
  CHECK(d.boot.first_line == 8);
  REQUIRE(d.came_up);
  CHECK(d.came_up->text == "web-1 login: ");
  CHECK(d.came_up->line_number == 9);
}

TEST_CASE("a gone fstab disk: mount point and device, the fstab repair with that mount point", "[diagnose]") {
  const auto d = diagnose_boot(text(kFstabBoot));
  CHECK(d.state == LogState::BootFailed);
  CHECK(kinds_of(d) == std::vector<std::string>{"fstab_mount_failed", "emergency_mode"});
  const auto& fstab = only(d, "fstab_mount_failed");
  CHECK(fstab.details["mount_point"] == "/srv/archive");
  CHECK(fstab.details["device"] == "/dev/disk/by-uuid/abcd");
  REQUIRE(fstab.evidence.size() == 2);  // the device's time-out supports the failed mount
  CHECK(fstab.evidence[0].line_number == 3);
  CHECK(fstab.evidence[1].line_number == 4);
  CHECK(fstab.repair_tasks == std::vector<std::string>{"fstab"});
  CHECK(fstab.repair_vars["repair_fstab_mountpoints"] == nlohmann::json::array({"/srv/archive"}));
  CHECK(only(d, "emergency_mode").evidence.size() == 2);  // systemd's banner and sulogin's prompt
  CHECK(only(d, "emergency_mode").repair_tasks.empty());
  const auto plan = repair_plan(d.findings);
  CHECK(plan.tasks == std::vector<std::string>{"fstab"});
  CHECK(d.boot.kernel == "6.1.0-28-amd64");
}

TEST_CASE("a device time-out alone names no cause", "[diagnose]") {
  const auto d = diagnose_boot(text("Linux version 6.1.0 (x)\n[ TIME ] Timed out waiting for device /dev/vdb.\n"));
  CHECK(d.findings.empty());
  CHECK(d.state == LogState::Undecided);
  REQUIRE_FALSE(d.tail.empty());
  CHECK(d.tail.back().text == "[ TIME ] Timed out waiting for device /dev/vdb.");
}

TEST_CASE("an operator continued from emergency mode: booted, the failed mount stays a finding", "[diagnose]") {
  const auto d = diagnose_boot(text(kFstabBoot + "[  OK  ] Reached target multi-user.target - Multi-User System.\n"));
  CHECK(d.state == LogState::Booted);
  CHECK(kinds_of(d) == std::vector<std::string>{"fstab_mount_failed"});
}

TEST_CASE("the root's own fstab line is never offered for commenting out", "[diagnose]") {
  const auto d = diagnose_boot(text("Linux version 6.1.0 (x)\n[FAILED] Failed to mount -.mount - /.\n"
                                    "You are in emergency mode.\n"));
  const auto& fstab = only(d, "fstab_mount_failed");
  CHECK(fstab.details["mount_point"] == "/");
  CHECK(fstab.repair_tasks.empty());
  CHECK(repair_plan(d.findings).tasks.empty());
}

TEST_CASE("a kernel that does not find its root: the kernel task removes the version that booted", "[diagnose]") {
  const auto d = diagnose_boot(text(
      "Linux version 6.1.0-28-amd64 (x)\n"
      "Command line: BOOT_IMAGE=/boot/vmlinuz-6.99.0-stackrescue-broken root=UUID=a-b ro\n"
      "Gave up waiting for root file system device.  Common problems:\n"
      "ALERT!  UUID=a-b does not exist.  Dropping to a shell!\n(initramfs) "));
  CHECK(d.state == LogState::BootFailed);
  CHECK(d.boot.kernel == "6.99.0-stackrescue-broken");
  const auto& root = only(d, "root_fs_not_found");
  CHECK(root.details["device"] == "UUID=a-b");
  CHECK(root.repair_vars["repair_kernel_remove"] == "6.99.0-stackrescue-broken");
  CHECK(repair_plan(d.findings).tasks == std::vector<std::string>{"kernel"});
}

TEST_CASE("the repair plan runs in the library's order and merges variables", "[diagnose]") {
  const auto d = diagnose_boot(text(
      "Linux version 6.1.0 (x)\nCommand line: BOOT_IMAGE=(hd0,msdos1)/vmlinuz-5.14.0-1.el9.x86_64 root=/dev/mapper/rl-root\n"
      "[FAILED] Failed to mount data.mount - /data.\n[FAILED] Failed to mount backup.mount - /backup.\n"
      "EXT4-fs error (device vda1): ext4_lookup:1855: inode #2: comm systemd: deleted inode referenced: 12\n"
      "Warning: /dev/mapper/rl-root does not exist\n"));
  CHECK(d.boot.kernel == "5.14.0-1.el9.x86_64");
  const auto plan = repair_plan(d.findings);
  CHECK(plan.tasks == std::vector<std::string>{"fsck", "fstab", "kernel"});
  CHECK(plan.vars["repair_fstab_mountpoints"] == nlohmann::json::array({"/data", "/backup"}));
  CHECK(plan.vars["repair_kernel_remove"] == "5.14.0-1.el9.x86_64");
  CHECK(only(d, "filesystem_errors").details["device"] == "vda1");
}

TEST_CASE("a thousand identical errors are one finding with kMaxEvidence lines", "[diagnose]") {
  std::string log = "Linux version 6.1.0 (x)\n";
  for (int i = 0; i < 1000; ++i) log += "EXT4-fs error (device vda1): ext4_find_entry:1682: inode #2: comm ls\n";
  const auto d = diagnose_boot(text(log));
  REQUIRE(d.findings.size() == 1);
  CHECK(d.findings[0].evidence.size() == kMaxEvidence);
  CHECK(d.state == LogState::Undecided);  // errors, but nothing says the boot stopped
}

TEST_CASE("no space left: inotify and cgroup limits say the same words and are not a disk", "[diagnose]") {
  CHECK(diagnose_boot(text("Linux version 6 (x)\nFailed to add inotify watch: No space left on device\n")).findings.empty());
  const auto d = diagnose_boot(text("Linux version 6 (x)\ncp: error writing '/var/log/x': No space left on device\n"));
  CHECK(kinds_of(d) == std::vector<std::string>{"disk_full"});
}

TEST_CASE("an empty log is no_output; asking for a boot the log does not have too", "[diagnose]") {
  CHECK(diagnose_boot({}).state == LogState::NoOutput);
  CHECK(diagnose_boot(text("\n  \n")).state == LogState::NoOutput);
  CHECK(diagnose_boot(text("Linux version 6 (x)\nlogin:\n"), 1).state == LogState::NoOutput);
}

TEST_CASE("boots_back 1 reads the boot before the last (a rescued server's own)", "[diagnose]") {
  const auto d = diagnose_boot(text(kFstabBoot + "Linux version 6.1.0 (rescue)\n[root@sysrescue ~]# \n"), 1);
  CHECK(d.state == LogState::BootFailed);
  CHECK(d.boot.last_line == 7);
  CHECK(kinds_of(d) == std::vector<std::string>{"fstab_mount_failed", "emergency_mode"});
}

TEST_CASE("a kernel panic says why", "[diagnose]") {
  const auto d = diagnose_boot(text(
      "Linux version 6 (x)\nrun-init: /sbin/init: Structure needs cleaning\n"
      "[    9.51] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100\n"
      "[    9.52] ---[ end Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100 ]---\n"));
  CHECK(d.state == LogState::BootFailed);
  CHECK(kinds_of(d) == std::vector<std::string>{"filesystem_errors", "kernel_panic"});
  CHECK(only(d, "kernel_panic").details["reason"] == "Attempted to kill init! exitcode=0x00000100");
  CHECK(repair_plan(d.findings).tasks == std::vector<std::string>{"fsck"});
}

TEST_CASE("a guest cannot plant shell or YAML in the repair's variables through its log", "[diagnose]") {
  const auto d = diagnose_boot(text(
      "Linux version 6 (x)\nCommand line: BOOT_IMAGE=/boot/vmlinuz-6.1';reboot;' root=/dev/vda1\n"
      "[DEPEND] Dependency failed for /data$(reboot).\n[DEPEND] Dependency failed for /srv/ok.\n"
      "ALERT!  /dev/vda1 does not exist.  Dropping to a shell!\n"));
  const auto& fstab = only(d, "fstab_mount_failed");
  CHECK(fstab.details["mount_points"] == nlohmann::json::array({"/data$(reboot)", "/srv/ok"}));  // reported as seen
  CHECK(fstab.repair_vars["repair_fstab_mountpoints"] == nlohmann::json::array({"/srv/ok"}));  // not acted on
  CHECK(d.boot.kernel == "6.1';reboot;'");
  CHECK(only(d, "root_fs_not_found").repair_tasks.empty());
  CHECK(repair_plan(d.findings).tasks == std::vector<std::string>{"fstab"});
}

TEST_CASE("a device unit name is unescaped to its path, ASCII only (found by the fuzzer)", "[diagnose]") {
  const auto d = diagnose_boot(text(
      "Linux version 6 (x)\n[ TIME ] Timed out waiting for device dev-disk-by\\x2duuid-ab\\x2dcd.device.\n"
      "[ TIME ] Timed out waiting for device dev-vd\\xc3b.device.\n[DEPEND] Dependency failed for /data.\n"));
  const auto& fstab = only(d, "fstab_mount_failed");
  CHECK(fstab.details["devices"] == nlohmann::json::array({"/dev/disk/by-uuid/ab-cd", "/dev/vd\\xc3b"}));
  CHECK(nlohmann::json(fstab.details).dump().size() > 0);  // valid UTF-8: it dumps
}

TEST_CASE("a screen read as text: the same rules on its rows, one boot whose start scrolled away", "[diagnose]") {
  // The last rows of an emergency-mode screen (a guest without a serial console).
  const auto d = diagnose_screen(text(
      "[DEPEND] Dependency failed for srv-archive.mount - /srv/archive.\n"
      "[DEPEND] Dependency failed for local-fs.target - Local File Systems.\n"
      "You are in emergency mode. After logging in, type \"journalctl -xb\" to view\n"
      "system logs, \"systemctl reboot\" to reboot, \"systemctl default\" or \"exit\"\n"
      "to boot into default mode.\n"
      "Give root password for maintenance\n"
      "(or press Control-D to continue):\n"));
  CHECK(d.state == LogState::BootFailed);
  CHECK(kinds_of(d) == std::vector<std::string>{"fstab_mount_failed", "emergency_mode"});
  CHECK(d.boot.boots_in_log == 0);
  CHECK(d.boot.first_line == 1);
  CHECK(diagnose_screen({}).state == LogState::NoOutput);
  CHECK(diagnose_screen(text("   \n\n")).state == LogState::NoOutput);
}
