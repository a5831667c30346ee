#include "diagnose/diagnosis.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include "diagnose/rules.hpp"

namespace stackrescue::diagnose {
namespace {

using nlohmann::json;

struct CompiledRule {
  const Rule* rule;
  std::regex regex;
};

std::vector<CompiledRule> compile(const std::vector<Rule>& table) {
  std::vector<CompiledRule> out;
  out.reserve(table.size());
  for (const auto& rule : table) out.push_back({&rule, std::regex(std::string(rule.pattern), std::regex::ECMAScript)});
  return out;
}

const std::vector<CompiledRule>& compiled_rules() {
  static const auto compiled = compile(rules());
  return compiled;
}

const std::vector<CompiledRule>& compiled_markers() {
  static const auto compiled = compile(success_markers());
  return compiled;
}

bool contains(const std::string& line, std::string_view literal) {
  return literal.empty() || line.find(literal) != std::string::npos;
}

bool search(const std::string& line, const CompiledRule& rule, std::smatch& match) {
  return contains(line, rule.rule->literal) && std::regex_search(line, match, rule.regex);
}

bool is_kernel_start(const std::string& line) {
  static const std::regex kernel(std::string(boot_markers().kernel) + R"(\d)");
  return line.find(boot_markers().kernel) != std::string::npos && std::regex_search(line, kernel);
}

bool is_bootloader_message(const std::string& line);

// A firmware or boot loader banner, or any boot loader message: the boot loader only runs
// before a kernel, so its words after a kernel's are the next boot's (a GRUB that fails
// after a reboot prints no banner on the serial console, only its error).
bool is_firmware_start(const std::string& line) {
  const auto& firmware = boot_markers().firmware;
  return std::any_of(firmware.begin(), firmware.end(),
                     [&](std::string_view marker) { return line.find(marker) != std::string::npos; }) ||
         is_bootloader_message(line);
}

bool is_bootloader_message(const std::string& line) {
  std::smatch match;
  for (const auto& compiled : compiled_rules())
    if (compiled.rule->kind == "bootloader" && search(line, compiled, match)) return true;
  return false;
}

std::optional<std::string> kernel_of(const std::vector<std::string>& lines, std::size_t first, std::size_t end) {
  static const std::regex boot_image(std::string(kernel_patterns().boot_image));
  static const std::regex linux_version(std::string(kernel_patterns().linux_version));
  std::optional<std::string> version;
  std::smatch match;
  for (std::size_t i = first; i < end; ++i) {
    if (lines[i].find("BOOT_IMAGE=") != std::string::npos && std::regex_search(lines[i], match, boot_image))
      return match[1].str();
    if (!version && is_kernel_start(lines[i]) && std::regex_search(lines[i], match, linux_version))
      version = match[1].str();
  }
  return version;
}

// The repair library's task order (playbooks-examples/repair/repair.yml, repair_known_tasks).
const std::vector<std::string>& library_order() {
  static const std::vector<std::string> order = {"fsck", "remove_files", "fstab", "root_password", "kernel"};
  return order;
}

// What a finding's repair needs beyond its kind: the fstab task needs the mount points
// (never "/": commenting out the root's line would make it worse), the kernel task the
// version that failed (the task refuses unless another bootable kernel stays).
// The guest wrote these values: a repair takes only what looks like what it claims to be
// (a path, a version), never shell or YAML syntax a hostile guest could plant in its log.
bool plain_path(const std::string& text) {
  static const std::regex path(R"(^/[A-Za-z0-9._/@+:-]*$)");
  return text.size() <= 256 && std::regex_match(text, path);
}
bool plain_version(const std::string& text) {
  static const std::regex version(R"(^[A-Za-z0-9][A-Za-z0-9._+~-]*$)");
  return text.size() <= 128 && std::regex_match(text, version);
}

void derive_repair(Finding& finding, const std::optional<std::string>& kernel) {
  const KindInfo* info = kind_info(finding.kind);
  std::vector<std::string> tasks(info->repair_tasks.begin(), info->repair_tasks.end());
  if (finding.kind == "fstab_mount_failed") {
    json mount_points = json::array();
    for (const auto& point : finding.details.value("mount_points", json::array()))
      if (point != "/" && plain_path(point.get<std::string>())) mount_points.push_back(point);
    if (mount_points.empty()) tasks.clear();
    else finding.repair_vars["repair_fstab_mountpoints"] = mount_points;
  } else if (finding.kind == "root_fs_not_found") {
    if (!kernel || !plain_version(*kernel)) tasks.clear();
    else finding.repair_vars["repair_kernel_remove"] = *kernel;
  }
  finding.repair_tasks = std::move(tasks);
}

// details: the first value each capture gave; where a kind can name several (mount points,
// devices), also the list of all under the plural key.
// systemd-escape --unescape --path: "dev-disk-by\x2duuid-3f1c\x2d5b7d" -> "/dev/disk/by-uuid/3f1c-5b7d".
std::string unescape_unit_path(const std::string& unit) {
  std::string path = "/";
  for (std::size_t i = 0; i < unit.size(); ++i) {
    if (unit[i] == '-') {
      path += '/';
    } else if (unit.compare(i, 2, "\\x") == 0 && i + 3 < unit.size() && std::isxdigit(static_cast<unsigned char>(unit[i + 2])) &&
               std::isxdigit(static_cast<unsigned char>(unit[i + 3])) && std::stoi(unit.substr(i + 2, 2), nullptr, 16) < 0x80) {
      // Only ASCII is decoded: a byte above it alone is not UTF-8, and evidence goes into JSON
      // (found by the fuzz target console_diagnosis); such an escape stays as it was written.
      path += static_cast<char>(std::stoi(unit.substr(i + 2, 2), nullptr, 16));
      i += 3;
    } else {
      path += unit[i];
    }
  }
  return path;
}

void add_details(Finding& finding, const Rule& rule, const std::smatch& match) {
  for (std::size_t group = 1; group < match.size() && group <= rule.captures.size(); ++group) {
    std::string name(rule.captures[group - 1]);
    if (name.empty() || !match[group].matched || match[group].length() == 0) continue;
    std::string value = match[group].str();
    if (name == "device_unit") {  // a device named by its systemd unit
      name = "device";
      value = unescape_unit_path(value);
    }
    // A device path says more than a file system label ("cloudimg-rootfs: UNEXPECTED ...").
    const bool better = name == "device" && finding.details.contains(name) && value.front() == '/' &&
                        finding.details[name].get<std::string>().front() != '/';
    if (!finding.details.contains(name) || better) finding.details[name] = value;
    if (name == "mount_point" || name == "device") {
      json& all = finding.details[name + "s"];
      if (!all.is_array()) all = json::array();
      if (std::find(all.begin(), all.end(), value) == all.end()) all.push_back(value);
    }
  }
}

Finding& finding_for(std::vector<Finding>& findings, std::string_view kind) {
  for (auto& finding : findings)
    if (finding.kind == kind) return finding;
  findings.push_back(Finding{std::string(kind), {}, json::object(), {}, json::object()});
  return findings.back();
}

void add_evidence(Finding& finding, std::size_t index, const std::string& line) {
  if (finding.evidence.size() < kMaxEvidence) finding.evidence.push_back({index + 1, line});
}

struct Support {
  const Rule* rule;
  std::size_t index;
  std::smatch match;
};

std::vector<Finding> match_rules(const std::vector<std::string>& lines, std::size_t first, std::size_t end) {
  std::vector<Finding> findings;
  std::vector<Support> supports;
  std::smatch match;
  for (std::size_t i = first; i < end; ++i) {
    for (const auto& compiled : compiled_rules()) {
      if (!search(lines[i], compiled, match)) continue;
      const Rule& rule = *compiled.rule;
      if (!rule.supports.empty()) {
        supports.push_back({&rule, i, match});
        continue;
      }
      Finding& finding = finding_for(findings, rule.kind);
      add_evidence(finding, i, lines[i]);
      add_details(finding, rule, match);
    }
  }
  for (const auto& support : supports) {
    for (const auto kind : support.rule->supports) {
      auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.kind == kind; });
      if (it == findings.end()) continue;
      add_evidence(*it, support.index, lines[support.index]);
      add_details(*it, *support.rule, support.match);
      std::sort(it->evidence.begin(), it->evidence.end(),
                [](const Evidence& a, const Evidence& b) { return a.line_number < b.line_number; });
      break;
    }
  }
  return findings;
}

std::size_t last_evidence_line(const Finding& finding) {
  std::size_t last = 0;
  for (const auto& e : finding.evidence) last = std::max(last, e.line_number);
  return last;
}

std::optional<Evidence> last_came_up(const std::vector<std::string>& lines, std::size_t first, std::size_t end) {
  std::smatch match;
  for (std::size_t i = end; i-- > first;)
    for (const auto& marker : compiled_markers())
      if (search(lines[i], marker, match)) return Evidence{i + 1, lines[i]};
  return std::nullopt;
}

}  // namespace

std::vector<std::size_t> boot_starts(const std::vector<std::string>& lines) {
  std::vector<std::size_t> starts;
  bool kernel_seen = false;  // in the current boot
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool firmware = is_firmware_start(lines[i]);
    const bool kernel = !firmware && is_kernel_start(lines[i]);
    if (!firmware && !kernel) continue;
    // A banner after the kernel started, or a second kernel start, is the next boot;
    // banners before the kernel (firmware, then GRUB) belong to the boot they begin.
    if (starts.empty() || kernel_seen) {
      starts.push_back(i);
      kernel_seen = false;
    }
    if (kernel) kernel_seen = true;
  }
  if (starts.empty() && !lines.empty()) starts.push_back(0);
  if (!starts.empty()) starts.front() = 0;  // what precedes the first marker is that boot's too
  return starts;
}

namespace {

// The findings and the state of the boot in lines [first, end).
void diagnose_span(const std::vector<std::string>& lines, std::size_t first, std::size_t end, LogDiagnosis& out) {
  out.boot.first_line = first + 1;
  out.boot.last_line = end;
  out.boot.kernel = kernel_of(lines, first, end);
  for (std::size_t i = end > kTailLines + first ? end - kTailLines : first; i < end; ++i)
    out.tail.push_back({i + 1, lines[i]});

  auto findings = match_rules(lines, first, end);
  out.came_up = last_came_up(lines, first, end);
  std::size_t last_blocking = 0;
  for (const auto& finding : findings)
    if (kind_info(finding.kind)->blocks_boot) last_blocking = std::max(last_blocking, last_evidence_line(finding));
  const bool came_up_after = out.came_up && out.came_up->line_number > last_blocking;
  if (came_up_after) {
    // What stopped an earlier stage is no longer true of a system that came up after it
    // (an operator continued from emergency mode); what stays true of a running system stays.
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [](const Finding& f) { return kind_info(f.kind)->blocks_boot; }),
                   findings.end());
  }
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return kind_info(a.kind) < kind_info(b.kind);  // kinds() order: the table is one vector
  });
  for (auto& finding : findings) derive_repair(finding, out.boot.kernel);
  out.findings = std::move(findings);

  const bool empty = std::all_of(lines.begin() + static_cast<long>(first), lines.begin() + static_cast<long>(end),
                                 [](const std::string& l) { return l.find_first_not_of(" \t") == std::string::npos; });
  if (empty) out.state = LogState::NoOutput;
  else if (came_up_after) out.state = LogState::Booted;
  else if (last_blocking > 0) out.state = LogState::BootFailed;
  else out.state = LogState::Undecided;
}

}  // namespace

LogDiagnosis diagnose_boot(const std::vector<std::string>& lines, std::size_t boots_back) {
  LogDiagnosis out;
  const auto starts = boot_starts(lines);
  out.boot.boots_in_log = starts.size();
  if (starts.size() <= boots_back) return out;
  const std::size_t which = starts.size() - 1 - boots_back;
  const std::size_t end = which + 1 < starts.size() ? starts[which + 1] : lines.size();
  diagnose_span(lines, starts[which], end, out);
  return out;
}

LogDiagnosis diagnose_screen(const std::vector<std::string>& lines) {
  LogDiagnosis out;
  if (lines.empty()) return out;
  diagnose_span(lines, 0, lines.size(), out);
  return out;
}

RepairPlan repair_plan(const std::vector<Finding>& findings) {
  RepairPlan plan;
  for (const auto& task : library_order()) {
    const bool wanted = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
      return std::find(f.repair_tasks.begin(), f.repair_tasks.end(), task) != f.repair_tasks.end();
    });
    if (wanted) plan.tasks.push_back(task);
  }
  for (const auto& finding : findings) {
    for (const auto& [key, value] : finding.repair_vars.items()) {
      if (value.is_array() && plan.vars.contains(key) && plan.vars[key].is_array()) {
        for (const auto& item : value)
          if (std::find(plan.vars[key].begin(), plan.vars[key].end(), item) == plan.vars[key].end())
            plan.vars[key].push_back(item);
      } else if (!plan.vars.contains(key)) {
        plan.vars[key] = value;
      }
    }
  }
  return plan;
}

std::vector<const Rule*> rules_matching(const std::string& line) {
  std::vector<const Rule*> out;
  std::smatch match;
  for (const auto& compiled : compiled_rules())
    if (search(line, compiled, match)) out.push_back(compiled.rule);
  return out;
}

const char* to_string(LogState state) {
  switch (state) {
    case LogState::NoOutput: return "no_output";
    case LogState::Booted: return "booted";
    case LogState::BootFailed: return "boot_failed";
    case LogState::Undecided: return "undecided";
  }
  return "undecided";
}

}  // namespace stackrescue::diagnose
