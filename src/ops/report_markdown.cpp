#include "ops/report_markdown.hpp"

#include <algorithm>

#include "ops/report_text.hpp"

namespace stackrescue::ops {
namespace {

using nlohmann::json;

std::string lines_text(const json& lines) {
  std::string text;
  for (const auto& line : lines) text += value_text(line) + "\n";
  return text;
}

std::string steps_table(const json& steps) {
  std::string out = "| # | module | start (UTC) | duration | status | message |\n|---|---|---|---|---|---|\n";
  for (const auto& step : steps)
    out += "| " + std::to_string(step.value("index", 0)) + " | " + markdown_inline(step.value("name", "")) + " | " +
           markdown_inline(value_text(step.value("start", json()))) + " | " + seconds_text(step.value("duration", 0.0)) +
           " | " + step_status(step) + " | " + markdown_inline(step.value("msg", "")) + " |\n";
  return out;
}

std::string commands(const json& steps) {
  std::string out;
  for (const auto& step : steps) {
    if (!step.contains("command") || !step["command"].is_string()) continue;
    const auto result = step.value("result", json::object());
    out += "### Step " + std::to_string(step.value("index", 0)) + ": " + markdown_inline(step.value("name", "")) +
           ", exit status " + markdown_inline(value_text(result.value("rc", json()))) + "\n\n" +
           markdown_code(step["command"].get<std::string>(), "sh") + "\nOutput:\n\n" +
           markdown_code(value_text(result.value("stdout", json()))) + "\n";
  }
  return out.empty() ? "(no command was typed)\n\n" : out;
}

std::string file_changes(const json& changes) {
  std::string out;
  for (const auto& change : changes) {
    const auto step = change.value("step", json());
    out += "### " + markdown_inline(value_text(change.value("path", json()))) + " (" +
           (step.is_number() ? "step " + value_text(step) : std::string("a step under no_log")) + ")\n\n";
    if (change.value("secret", false)) {
      std::string names;
      for (const auto& entry : change.value("entries", json::array())) names += (names.empty() ? "" : ", ") + value_text(entry);
      out += "A secret file: its content is not recorded. Entries whose lines changed: " + markdown_inline(names) + "\n\n";
    } else {
      out += markdown_code(value_text(change.value("diff", json())), "diff") + "\n";
    }
  }
  return out.empty() ? "(no watched file changed)\n\n" : out;
}

// A relative path as a link destination in angle brackets, which may hold anything but < > and
// line breaks.
std::string link_destination(const std::string& path) {
  std::string out;
  for (const char c : path)
    out += c == '<' ? std::string("%3C") : c == '>' ? std::string("%3E") : c == '\n' || c == '\r' ? std::string("%0A") : std::string(1, c);
  return out;
}

std::string extra_items(const json& extra) {
  std::string out;
  if (extra.is_object())
    for (const auto& [key, value] : extra.items()) out += "- " + markdown_inline(key) + ": " + markdown_inline(value_text(value)) + "\n";
  return out;
}

}  // namespace

std::string markdown_inline(const std::string& text) {
  // Always markup inside a line; the rest only where a line starts (a heading, a list item).
  static const std::string kInline = "\\`*_{}[]<>|&!";
  static const std::string kLineStart = "#-+=~";  // (a digit cannot be escaped: "1. x" may stay a list)
  std::string out;
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (kInline.find(c) != std::string::npos || (out.empty() && kLineStart.find(c) != std::string::npos))
      out += '\\';
    out += c;
  }
  return out;
}

std::string markdown_code(const std::string& text, const std::string& language) {
  std::size_t longest = 0, run = 0;
  for (const char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  return fence + language + "\n" + text + (text.empty() || text.back() == '\n' ? "" : "\n") + fence + "\n";
}

// A screen before or after: its text and a link to its PNG when it lies beside the report.
std::string screen(const json& kept) {
  if (!kept.is_object()) return "(none taken)\n\n";
  if (kept.contains("error")) return "(none: " + markdown_inline(value_text(kept["error"])) + ")\n\n";
  const std::string link = value_text(kept.value("link", json()));
  std::string out = (link.empty() ? markdown_inline(value_text(kept.value("png", json()))) : "[" + markdown_inline(link) + "](./" + link + ")") +
                    " (" + markdown_inline(screen_size_text(kept)) + ")\n\n";
  const auto text = kept.value("text", json());
  return out + (text.is_string() ? markdown_code(text.get<std::string>()) + "\n" : "(a graphical screen: no text read from it)\n\n");
}

std::string server_markdown(const json& report) {
  const auto diagnosis = report.value("diagnosis", json::object());
  const auto screens = report.value("screens", json::object());
  const auto console = report.value("console", json::object());
  std::string snapshots;
  for (const auto& snapshot : report.value("snapshots", json::array()))
    snapshots += (snapshots.empty() ? "" : ", ") + value_text(snapshot);
  const auto steps = report.value("steps", json::array());
  return "# Repair of " + markdown_inline(value_text(report.value("server", json()))) + ": " +
         markdown_inline(value_text(report.value("outcome", json()))) + "\n\n" +
         markdown_inline(value_text(report.value("reason", json()))) + "\n\n" +
         "- Start (UTC): " + markdown_inline(value_text(report.value("start", json()))) + "\n" +
         "- End (UTC): " + markdown_inline(value_text(report.value("end", json()))) + "\n" +
         "- Duration: " + (report.value("duration", json()).is_number() ? seconds_text(report["duration"].get<double>()) : "") + "\n" +
         "- Snapshots: " + (snapshots.empty() ? "(none)" : markdown_inline(snapshots)) + "\n" +
         "- Diagnosis before: " + markdown_inline(diagnosis_text(diagnosis.value("before", json()))) + "\n" +
         "- Diagnosis after: " + markdown_inline(diagnosis_text(diagnosis.value("after", json()))) + "\n" +
         extra_items(report.value("extra", json::object())) + "\n" +
         "## Steps\n\n" + steps_table(steps) + "\n## Typed commands\n\n" + commands(steps) + "## File changes\n\n" +
         file_changes(report.value("file_changes", json::array())) + "## Screen before\n\n" +
         screen(screens.value("before", json())) + "## Screen after\n\n" + screen(screens.value("after", json())) +
         "## Console log before\n\n" +
         markdown_code(lines_text(console.value("before", json::array()))) + "\n## Console log after\n\n" +
         markdown_code(lines_text(console.value("after", json::array())));
}

std::string fleet_markdown(const json& report) {
  const auto servers = report.value("servers", json::array());
  std::string out = "# Repairs of " + std::to_string(servers.size()) + " servers\n\n" +
                    "| server | outcome | reason | steps | failed steps | files changed | page |\n|---|---|---|---|---|---|---|\n";
  for (const auto& s : servers)
    out += "| " + markdown_inline(value_text(s.value("server", json()))) + " | " +
           markdown_inline(value_text(s.value("outcome", json()))) + " | " +
           markdown_inline(value_text(s.value("reason", json()))) + " | " + std::to_string(s.value("steps", 0)) + " | " +
           std::to_string(s.value("failed_steps", 0)) + " | " + std::to_string(s.value("files_changed", 0)) + " | [report](<./" +
           link_destination(value_text(s.value("link", json()))) + ">) |\n";
  return out;
}

}  // namespace stackrescue::ops
