#include "ops/repair_report.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "ops/errors.hpp"
#include "ops/file_write.hpp"
#include "ops/report_html.hpp"
#include "ops/report_markdown.hpp"

namespace stackrescue::ops {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr const char* kCollectionPrefix = "stackrescue.openstack.";

std::string short_module(const std::string& module) {
  return module.rfind(kCollectionPrefix, 0) == 0 ? module.substr(std::strlen(kCollectionPrefix)) : module;
}

// The console lines a diagnosis carries (server_diagnose's log_tail), as text.
json console_tail(const json& diagnosis) {
  json lines = json::array();
  if (!diagnosis.is_object() || !diagnosis.contains("log_tail") || !diagnosis["log_tail"].is_array()) return lines;
  for (const auto& line : diagnosis["log_tail"])
    lines.push_back(line.is_object() ? line.value("text", "") : line.is_string() ? line.get<std::string>() : line.dump());
  return lines;
}

// A screen as the report keeps it, from server_console_screenshot's result: the PNG's path,
// its size and the text read from it (null for a graphical screen); {"error": msg} when the
// capture failed (a server without a VNC console); null when none was taken.
json kept_screen(const json& result) {
  if (!result.is_object()) return nullptr;
  // A hand-written dict may hold "failed" of any type: only true counts (value() would throw).
  const bool failed = result.contains("failed") && result["failed"] == true;
  if (failed || !result.contains("dest") || !result["dest"].is_string())
    return {{"error", result.contains("msg") && result["msg"].is_string() ? result["msg"] : json("no screen captured")}};
  return {{"png", result["dest"]},
          {"width", result.value("width", json())},
          {"height", result.value("height", json())},
          {"text", result.contains("text") && result["text"].is_string() ? result["text"] : json(nullptr)}};
}

// The typed command of a rescue_command step (cmd or script), else null.
json typed_command(const json& params) {
  if (!params.is_object()) return nullptr;
  for (const char* key : {"cmd", "script"})
    if (params.contains(key) && params[key].is_string()) return params[key];
  return nullptr;
}

// A record as the renderers may rely on it: a hand-edited or foreign line with a key of
// another type gets the key's empty value instead of failing the report.
json normalized(const json& record) {
  json step = record;
  for (const char* key : {"module", "start", "end", "msg"})
    if (!step.contains(key) || !step[key].is_string()) step[key] = step.contains(key) && !step[key].is_null() ? step[key].dump() : "";
  for (const char* key : {"changed", "failed", "check_mode", "no_log"})
    if (!step.contains(key) || !step[key].is_boolean()) step[key] = false;
  if (!step.contains("duration") || !step["duration"].is_number()) step["duration"] = 0.0;
  if (!step.contains("params") || !step["params"].is_object()) step["params"] = json::object();
  if (!step.contains("result") || !step["result"].is_object()) step["result"] = json::object();
  return step;
}

std::string read_whole(const std::string& path, bool& exists) {
  std::ifstream in(path, std::ios::binary);
  exists = static_cast<bool>(in);
  return exists ? std::string(std::istreambuf_iterator<char>(in), {}) : std::string();
}

void make_directory(const std::string& dest) {
  std::error_code error;
  if (fs::is_directory(dest, error)) return;
  if (!fs::create_directories(dest, error) || error)
    throw OperationFailed("the report directory " + dest + " cannot be created: " +
                          (error ? error.message() : std::string("it exists and is not a directory")));
  fs::permissions(dest, fs::perms::owner_all, error);  // the diffs are the server's files
}

}  // namespace

AuditSteps read_audit_log(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw OperationFailed("records " + path + " cannot be read: " + std::strerror(errno));
  AuditSteps read;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto record = json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object())
      read.skipped.push_back({number, "not a JSON object (a run stopped while writing it?)"});
    else
      read.steps.push_back(record);
  }
  return read;
}

std::optional<double> parse_utc_timestamp(const std::string& text) {
  std::tm parts{};
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &parts.tm_year, &parts.tm_mon, &parts.tm_mday,
                  &parts.tm_hour, &parts.tm_min, &parts.tm_sec, &consumed) != 6)
    return std::nullopt;
  parts.tm_year -= 1900;
  parts.tm_mon -= 1;
  double fraction = 0;
  std::size_t at = static_cast<std::size_t>(consumed);
  if (at < text.size() && text[at] == '.') {
    double scale = 0.1;
    for (++at; at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])); ++at, scale /= 10)
      fraction += (text[at] - '0') * scale;
  }
  if (text.substr(at) != "Z") return std::nullopt;
  return static_cast<double>(timegm(&parts)) + fraction;
}

json server_report(const RepairFacts& facts, const json& steps) {
  json report = {{"server", facts.server},
                 {"outcome", facts.outcome},
                 {"reason", facts.reason},
                 {"diagnosis", {{"before", facts.diagnosis_before}, {"after", facts.diagnosis_after}}},
                 {"console", {{"before", console_tail(facts.diagnosis_before)}, {"after", console_tail(facts.diagnosis_after)}}},
                 {"snapshots", facts.snapshots},
                 {"extra", facts.extra},
                 {"steps", json::array()},
                 {"screens", {{"before", kept_screen(facts.screen_before)}, {"after", kept_screen(facts.screen_after)}}},
                 {"file_changes", json::array()}};
  std::optional<double> first, last;
  for (const auto& record : steps) {
    const auto step = normalized(record);
    const auto start = parse_utc_timestamp(step["start"].get<std::string>()), end = parse_utc_timestamp(step["end"].get<std::string>());
    if (start) first = std::min(first.value_or(*start), *start);
    if (end) last = std::max(last.value_or(*end), *end);
  }
  for (const auto& record : steps) {
    json step = normalized(record);
    const std::size_t index = report["steps"].size() + 1;
    step["index"] = index;
    step["name"] = short_module(step["module"].get<std::string>());
    const auto start = parse_utc_timestamp(step["start"].get<std::string>());
    step["offset"] = start && first ? *start - *first : 0.0;
    step["command"] = typed_command(step["params"]);
    const auto& result = step["result"];
    if (result.contains("file_changes") && result["file_changes"].is_array())
      for (auto change : result["file_changes"])
        if (change.is_object() && change.value("changed", false)) {
          change["step"] = index;
          report["file_changes"].push_back(change);
        }
    report["steps"].push_back(step);
  }
  for (auto change : facts.file_changes)
    if (change.is_object() && change.value("changed", false)) {
      change["step"] = nullptr;  // a step under no_log: its record says nothing more
      report["file_changes"].push_back(change);
    }
  const auto& done = report["steps"];
  report["start"] = done.empty() ? json(nullptr) : done.front()["start"];
  report["end"] = done.empty() ? json(nullptr) : done.back()["end"];
  report["duration"] = first && last ? json(*last - *first) : json(nullptr);
  return report;
}

RunReport read_run_report(const std::string& directory) {
  const std::string path = (fs::path(directory) / "report.json").string();
  bool exists = false;
  const auto text = read_whole(path, exists);
  if (!exists) throw OperationFailed("runs: " + path + " cannot be read (write each server's report there first)");
  auto report = json::parse(text, nullptr, false);
  if (report.is_discarded() || !report.is_object() || !report.contains("server"))
    throw OperationFailed("runs: " + path + " is not a server's report.json");
  return {directory, std::move(report)};
}

json fleet_report(const std::vector<RunReport>& runs, const std::string& dest) {
  json servers = json::array();
  const auto base = fs::absolute(dest).lexically_normal();
  for (const auto& run : runs) {
    const auto page = (fs::absolute(run.directory) / "report.html").lexically_normal();
    const auto& r = run.report;
    std::size_t failed_steps = 0;
    for (const auto& step : r.value("steps", json::array())) failed_steps += step.value("failed", false) ? 1 : 0;
    servers.push_back({{"server", r.value("server", "")},
                       {"outcome", r.value("outcome", "")},
                       {"reason", r.value("reason", "")},
                       {"start", r.value("start", json(nullptr))},
                       {"duration", r.value("duration", json(nullptr))},
                       {"steps", r.value("steps", json::array()).size()},
                       {"failed_steps", failed_steps},
                       {"files_changed", r.value("file_changes", json::array()).size()},
                       {"link", page.lexically_relative(base).string()}});
  }
  return {{"servers", servers}};
}

namespace {

// A PNG's name as a page may link it: letters, digits, '.', '_' and '-' (no path, no scheme,
// nothing Markdown or HTML would read).
bool linkable_name(const std::string& name) {
  return !name.empty() && name.front() != '.' && std::all_of(name.begin(), name.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-';
  });
}

// The report as its pages show it: each screen whose PNG lies in `dest` gets "link", the
// PNG's name (report.json keeps the paths as given).
json with_screen_links(json report, const std::string& dest) {
  if (!report.contains("screens") || !report["screens"].is_object()) return report;
  for (auto& [when, screen] : report["screens"].items()) {
    if (!screen.is_object() || !screen.contains("png") || !screen["png"].is_string()) continue;
    screen["link"] = nullptr;
    const fs::path png(screen["png"].get<std::string>());
    const std::string name = png.filename().string();
    if (linkable_name(name) && (fs::path(dest) / name).lexically_normal() == png.lexically_normal()) screen["link"] = name;
  }
  return report;
}

}  // namespace

ReportFiles write_report(const json& report, const std::string& dest, bool check_mode) {
  const bool fleet = report.contains("servers");
  const json shown = fleet ? report : with_screen_links(report, dest);
  const std::vector<std::pair<std::string, std::string>> contents = {
      {"report.json", report.dump(2, ' ', false, json::error_handler_t::replace) + "\n"},
      {"report.md", fleet ? fleet_markdown(report) : server_markdown(shown)},
      {"report.html", fleet ? fleet_html(report) : server_html(shown)}};
  if (!check_mode) make_directory(dest);
  ReportFiles files;
  for (const auto& [name, content] : contents) {
    const std::string path = (fs::path(dest) / name).string();
    files.paths.push_back(path);
    bool exists = false;
    if (read_whole(path, exists) == content && exists) continue;
    files.written.push_back(path);
    if (!check_mode) write_file_atomically(path, content, "report file");
  }
  return files;
}

json return_values(const ReportFiles& files, const json& report, const std::string& dest) {
  json values = {{"dest", dest}, {"files", files.paths}, {"written", files.written}};
  if (report.contains("servers")) {
    values["servers"] = report["servers"].size();
  } else {
    values["steps"] = report["steps"].size();
    values["outcome"] = report["outcome"];
  }
  return values;
}

}  // namespace stackrescue::ops
