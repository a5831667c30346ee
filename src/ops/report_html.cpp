#include "ops/report_html.hpp"

#include <algorithm>
#include <cstdio>

#include "ops/report_text.hpp"

namespace stackrescue::ops {
namespace {

using nlohmann::json;

// No script, no external anything: even a string that escaped escaping could run nothing.
constexpr const char* kHead =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";

constexpr const char* kStyle = R"(<style>
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 1100px; }
h1 code { font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
pre { background: #f6f6f6; border: 1px solid #ddd; padding: 0.5em; overflow-x: auto; white-space: pre-wrap; }
.outcome { display: inline-block; padding: 0.2em 0.6em; border-radius: 0.3em; font-weight: bold; }
.good { background: #d4edda; } .warning { background: #fff3cd; } .bad { background: #f8d7da; } .neutral { background: #e2e3e5; }
.status-failed { color: #a00; font-weight: bold; } .status-changed { color: #a60; }
.add { color: #060; } .del { color: #a00; } .hunk { color: #058; }
svg text { font-size: 12px; font-family: system-ui, sans-serif; }
</style>
)";

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string status_class(const std::string& status) {
  return status == "failed" ? "status-failed" : status == "changed" ? "status-changed" : "status-ok";
}

std::string fill(const std::string& status) {
  return status == "failed" ? "#d9534f" : status == "changed" ? "#f0ad4e" : status == "check mode" ? "#aaaaaa" : "#5cb85c";
}

std::string pre(const std::string& text) { return "<pre>" + html_escape(text) + "</pre>\n"; }

// A unified diff with its added, removed and hunk lines marked (each line escaped).
std::string diff_pre(const std::string& diff) {
  std::string out = "<pre class=\"diff\">";
  std::size_t at = 0;
  while (at <= diff.size()) {
    const auto end = std::min(diff.find('\n', at), diff.size());
    const std::string line = diff.substr(at, end - at);
    const char first = line.empty() ? ' ' : line[0];
    const bool header = line.rfind("--- ", 0) == 0 || line.rfind("+++ ", 0) == 0;
    const char* kind = header ? nullptr : first == '+' ? "add" : first == '-' ? "del" : first == '@' ? "hunk" : nullptr;
    out += kind ? "<span class=\"" + std::string(kind) + "\">" + html_escape(line) + "</span>" : html_escape(line);
    out += "\n";
    at = end + 1;
  }
  return out + "</pre>\n";
}

std::string lines_pre(const json& lines) {
  std::string text;
  for (const auto& line : lines) text += value_text(line) + "\n";
  return text.empty() ? "<p>(none)</p>\n" : pre(text);
}

std::string steps_table(const json& steps) {
  std::string out = "<table>\n<tr><th>#</th><th>module</th><th>start (UTC)</th><th>duration</th><th>status</th>"
                    "<th>message</th></tr>\n";
  for (const auto& step : steps) {
    const auto status = step_status(step);
    out += "<tr><td>" + std::to_string(step.value("index", 0)) + "</td><td>" + html_escape(step.value("name", "")) +
           "</td><td>" + html_escape(value_text(step.value("start", json()))) + "</td><td>" +
           seconds_text(step.value("duration", 0.0)) + "</td><td class=\"" + status_class(status) + "\">" + status +
           "</td><td>" + html_escape(step.value("msg", step.value("no_log", false) ? "(no_log)" : "")) + "</td></tr>\n";
  }
  return out + "</table>\n";
}

std::string commands_section(const json& steps) {
  std::string out;
  for (const auto& step : steps) {
    if (!step.contains("command") || !step["command"].is_string()) continue;
    const auto result = step.value("result", json::object());
    out += "<details><summary>Step " + std::to_string(step.value("index", 0)) + ": " +
           html_escape(step.value("name", "")) + ", exit status " + html_escape(value_text(result.value("rc", json()))) +
           ", " + seconds_text(step.value("duration", 0.0)) + "</summary>\n<p>Typed:</p>\n" +
           pre(step["command"].get<std::string>()) + "<p>Output:</p>\n" + pre(value_text(result.value("stdout", json()))) +
           "</details>\n";
  }
  return out.empty() ? "<p>(no command was typed)</p>\n" : out;
}

std::string file_changes_section(const json& changes) {
  std::string out;
  for (const auto& change : changes) {
    const auto step = change.value("step", json());
    out += "<h3><code>" + html_escape(value_text(change.value("path", json()))) + "</code> (" +
           (step.is_number() ? "step " + value_text(step) : std::string("a step under no_log")) + ")</h3>\n";
    if (change.value("secret", false)) {
      std::string names;
      for (const auto& entry : change.value("entries", json::array())) names += (names.empty() ? "" : ", ") + value_text(entry);
      out += "<p>A secret file: its content is not recorded. Entries whose lines changed: " + html_escape(names) + "</p>\n";
    } else {
      out += diff_pre(value_text(change.value("diff", json())));
    }
  }
  return out.empty() ? "<p>(no watched file changed)</p>\n" : out;
}

std::string facts_list(const json& report) {
  std::string snapshots;
  for (const auto& snapshot : report.value("snapshots", json::array()))
    snapshots += (snapshots.empty() ? "" : ", ") + value_text(snapshot);
  const auto diagnosis = report.value("diagnosis", json::object());
  std::string out = "<table>\n";
  const auto row = [&out](const std::string& name, const std::string& value) {
    out += "<tr><th>" + name + "</th><td>" + html_escape(value) + "</td></tr>\n";
  };
  row("Start (UTC)", value_text(report.value("start", json())));
  row("End (UTC)", value_text(report.value("end", json())));
  row("Duration", report.value("duration", json()).is_number() ? seconds_text(report["duration"].get<double>()) : "");
  row("Snapshots", snapshots.empty() ? "(none)" : snapshots);
  row("Diagnosis before", diagnosis_text(diagnosis.value("before", json())));
  row("Diagnosis after", diagnosis_text(diagnosis.value("after", json())));
  const auto extra = report.value("extra", json::object());  // kept alive for items()
  if (extra.is_object())
    for (const auto& [key, value] : extra.items()) row(html_escape(key), value_text(value));
  return out + "</table>\n";
}

std::string page(const std::string& title, const std::string& body) {
  return kHead + std::string("<title>") + html_escape(title) + "</title>\n" + kStyle + "</head>\n<body>\n" + body +
         "</body>\n</html>\n";
}

}  // namespace

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string timeline_svg(const json& report) {
  const auto steps = report.value("steps", json::array());
  constexpr double kLabel = 230, kBar = 640, kRow = 22, kTop = 24;
  double total = 0;
  for (const auto& step : steps) total = std::max(total, step.value("offset", 0.0) + step.value("duration", 0.0));
  if (total <= 0) total = 1;
  const double height = kTop + kRow * static_cast<double>(steps.size()) + 8;
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + number(kLabel + kBar + 20) +
                    "\" height=\"" + number(height) + "\" viewBox=\"0 0 " + number(kLabel + kBar + 20) + " " +
                    number(height) + "\">\n<title>Timeline of the steps</title>\n";
  for (int tick = 0; tick <= 4; ++tick) {
    const double x = kLabel + kBar * tick / 4;
    out += "<line x1=\"" + number(x) + "\" y1=\"" + number(kTop - 6) + "\" x2=\"" + number(x) + "\" y2=\"" +
           number(height - 4) + "\" stroke=\"#ddd\"/><text x=\"" + number(x) + "\" y=\"12\" text-anchor=\"middle\">" +
           seconds_text(total * tick / 4) + "</text>\n";
  }
  double y = kTop;
  for (const auto& step : steps) {
    const auto status = step_status(step);
    const std::string label = std::to_string(step.value("index", 0)) + ". " + step.value("name", "");
    const double x = kLabel + kBar * step.value("offset", 0.0) / total;
    const double width = std::max(2.0, kBar * step.value("duration", 0.0) / total);
    out += "<g><title>" + html_escape(label + " (" + status + ", " + seconds_text(step.value("duration", 0.0)) + "): " +
                                      step.value("msg", "")) +
           "</title><text x=\"4\" y=\"" + number(y + 14) + "\">" + html_escape(label) + "</text><rect x=\"" + number(x) +
           "\" y=\"" + number(y + 3) + "\" width=\"" + number(width) + "\" height=\"" + number(kRow - 6) +
           "\" fill=\"" + fill(status) + "\"/></g>\n";
    y += kRow;
  }
  return out + "</svg>\n";
}

// A screen before or after: its text (a text console) and a link to its PNG when it lies
// beside the report ("./" keeps a name like "javascript:x" a path).
std::string screen_section(const json& screen) {
  if (!screen.is_object()) return "<p>(none taken)</p>\n";
  if (screen.contains("error")) return "<p>(none: " + html_escape(value_text(screen["error"])) + ")</p>\n";
  const std::string link = value_text(screen.value("link", json()));
  const std::string png = value_text(screen.value("png", json()));
  std::string out = "<p>" + (link.empty() ? "<code>" + html_escape(png) + "</code>"
                                          : "<a href=\"./" + html_escape(link) + "\">" + html_escape(link) + "</a>") +
                    " (" + html_escape(screen_size_text(screen)) + ")</p>\n";
  const auto text = screen.value("text", json());
  return out + (text.is_string() ? pre(text.get<std::string>()) : "<p>(a graphical screen: no text read from it)</p>\n");
}

std::string server_html(const json& report) {
  const std::string server = value_text(report.value("server", json()));
  const std::string outcome = value_text(report.value("outcome", json()));
  const auto steps = report.value("steps", json::array());
  const auto console = report.value("console", json::object());
  const auto screens = report.value("screens", json::object());
  std::string body = "<h1>Repair of <code>" + html_escape(server) + "</code></h1>\n<p><span class=\"outcome " +
                     outcome_kind(outcome) + "\">" + html_escape(outcome.empty() ? "(no outcome)" : outcome) +
                     "</span> " + html_escape(value_text(report.value("reason", json()))) + "</p>\n" +
                     facts_list(report) + "<h2>Timeline</h2>\n" + timeline_svg(report) + "<h2>Steps</h2>\n" +
                     steps_table(steps) + "<h2>Typed commands</h2>\n" + commands_section(steps) +
                     "<h2>File changes</h2>\n" + file_changes_section(report.value("file_changes", json::array())) +
                     "<h2>Screen before</h2>\n" + screen_section(screens.value("before", json())) +
                     "<h2>Screen after</h2>\n" + screen_section(screens.value("after", json())) +
                     "<h2>Console log before</h2>\n" + lines_pre(console.value("before", json::array())) +
                     "<h2>Console log after</h2>\n" + lines_pre(console.value("after", json::array()));
  return page("Repair of " + server + ": " + outcome, body);
}

std::string fleet_html(const json& report) {
  const auto servers = report.value("servers", json::array());
  std::string rows;
  for (const auto& s : servers) {
    const std::string outcome = value_text(s.value("outcome", json()));
    // The link is a relative path the module computed; "./" keeps a name like "javascript:x" a path.
    rows += "<tr><td><code>" + html_escape(value_text(s.value("server", json()))) + "</code></td><td><span class=\"outcome " +
            outcome_kind(outcome) + "\">" + html_escape(outcome) + "</span></td><td>" +
            html_escape(value_text(s.value("reason", json()))) + "</td><td>" + std::to_string(s.value("steps", 0)) +
            "</td><td>" + std::to_string(s.value("failed_steps", 0)) + "</td><td>" +
            std::to_string(s.value("files_changed", 0)) + "</td><td>" +
            (s.value("duration", json()).is_number() ? seconds_text(s["duration"].get<double>()) : "") +
            "</td><td><a href=\"./" + html_escape(value_text(s.value("link", json()))) + "\">report</a></td></tr>\n";
  }
  const std::string body = "<h1>Repairs of " + std::to_string(servers.size()) + " servers</h1>\n<table>\n<tr><th>server</th>"
                           "<th>outcome</th><th>reason</th><th>steps</th><th>failed steps</th><th>files changed</th>"
                           "<th>duration</th><th>page</th></tr>\n" + rows + "</table>\n";
  return page("Repairs of " + std::to_string(servers.size()) + " servers", body);
}

}  // namespace stackrescue::ops
