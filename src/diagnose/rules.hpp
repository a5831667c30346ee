#pragma once
// The diagnosis rules as data: which kinds of boot failure exist, what each means for a
// repair, and the console wordings that reveal each (one table; docs/modules/server_diagnose.md
// shows a real console excerpt per kind). Wordings differ by distribution and version; each
// rule names where its wording comes from.
#include <string_view>
#include <vector>

namespace stackrescue::diagnose {

struct KindInfo {
  std::string_view name;        // the finding's kind (a contract: playbooks match on it)
  // True: a boot that shows it stopped there (unless the system came up after it, e.g. an
  // operator typed "systemctl default"). False: it stays true of a booted system too (a
  // full disk, a file system with errors, a data mount that failed).
  bool blocks_boot;
  // The repair library's tasks that fit, before the finding's details decide
  // (derive_repair in diagnosis.cpp: e.g. fstab needs a mount point).
  std::vector<std::string_view> repair_tasks;
  std::string_view meaning;     // one sentence, for messages and the docs
};

// In the order findings are reported: root causes before the symptoms they lead to.
const std::vector<KindInfo>& kinds();
const KindInfo* kind_info(std::string_view name);

struct Rule {
  std::string_view kind;
  // A substring every matching line contains: lines without it skip the regex (a 100 KiB
  // log times a few dozen regexes must stay in the milliseconds).
  std::string_view literal;
  std::string_view pattern;                  // ECMAScript, searched in the cleaned line
  std::vector<std::string_view> captures;    // detail name for each group (empty: ignored)
  std::string_view source;                   // where the wording comes from
  // Supporting evidence only (e.g. "Timed out waiting for device X"): added to a finding of
  // one of these kinds when the boot has one, else dropped — it names no cause by itself.
  std::vector<std::string_view> supports = {};
};

const std::vector<Rule>& rules();

// Lines that say the system came up (a login prompt, the multi-user target, ...).
const std::vector<Rule>& success_markers();

// Lines that start a boot: firmware and boot loader banners (`firmware`), and the kernel's
// first line (`kernel`).
struct BootMarkers {
  std::vector<std::string_view> firmware;
  std::string_view kernel;
};
const BootMarkers& boot_markers();

// The kernel version a boot line names (BOOT_IMAGE=.../vmlinuz-<version> on the command
// line, which is the file the repair library's kernel task lists), else "Linux version <v>".
struct KernelPatterns {
  std::string_view boot_image;
  std::string_view linux_version;
};
const KernelPatterns& kernel_patterns();

}  // namespace stackrescue::diagnose
