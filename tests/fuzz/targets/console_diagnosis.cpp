// A console log as a guest can write it (server_diagnose reads it; the guest is untrusted):
// any bytes. The first input byte picks the boot (the last, or the one before: a rescued
// server's). Checked: every cleaned line is UTF-8 without control characters or ESC and at
// most kMaxLineLength bytes; evidence lies inside the boot read, in order, at most
// kMaxEvidence lines per finding; every kind is one of the table's; the state agrees with
// the findings; the repair plan is in the library's order and its variables are plain paths
// and versions; the result can be written as JSON.
#include <algorithm>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "common/utf8.hpp"
#include "diagnose/console_text.hpp"
#include "diagnose/diagnosis.hpp"
#include "diagnose/rules.hpp"
#include "fuzz_util.hpp"

using namespace stackrescue;
using namespace stackrescue::diagnose;

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

bool plain(const std::string& value) {
  return std::all_of(value.begin(), value.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || std::string("._/@+:~-").find(c) != std::string::npos;
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::size_t boots_back = data[0] & 1;
  const auto lines = console_lines(fuzz::text(data + 1, size - 1));
  for (const auto& line : lines) {
    check(line.size() <= kMaxLineLength && is_valid_utf8(line));
    check(std::none_of(line.begin(), line.end(), [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return (u < 0x20 && u != '\t') || u == 0x7f;
    }));
  }
  const auto d = diagnose_boot(lines, boots_back);
  bool blocking = false;
  for (const auto& finding : d.findings) {
    const KindInfo* info = kind_info(finding.kind);
    check(info != nullptr);
    blocking = blocking || info->blocks_boot;
    check(!finding.evidence.empty() && finding.evidence.size() <= kMaxEvidence);
    for (std::size_t i = 0; i < finding.evidence.size(); ++i) {
      const auto& e = finding.evidence[i];
      check(e.line_number >= d.boot.first_line && e.line_number <= d.boot.last_line);
      check(e.text == lines[e.line_number - 1]);
      if (i > 0) check(finding.evidence[i - 1].line_number < e.line_number);
    }
  }
  if (d.state == LogState::BootFailed) check(blocking);
  if (d.state == LogState::Booted) check(d.came_up.has_value());
  if (d.state == LogState::NoOutput) check(d.findings.empty());
  const auto plan = repair_plan(d.findings);
  for (const auto& [key, value] : plan.vars.items()) {
    if (value.is_string()) check(plain(value.get<std::string>()));
    for (const auto& item : value.is_array() ? value : nlohmann::json::array()) check(plain(item.get<std::string>()));
  }
  nlohmann::json out = {{"tail", nlohmann::json::array()}, {"vars", plan.vars}};
  for (const auto& e : d.tail) out["tail"].push_back(e.text);
  for (const auto& f : d.findings) out["details"].push_back(f.details);
  (void)out.dump();
  return 0;
}
