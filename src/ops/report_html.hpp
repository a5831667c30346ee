#pragma once
// The HTML page of a repair report (ops/repair_report.hpp): one file, no external asset
// (inline CSS, inline SVG timeline), a Content-Security-Policy that allows no script at all,
// and every string of the report escaped: console lines, command output and diffs come from
// the rescued guest, which is not trusted (a line "</pre><script>..." stays text).
#include <string>

#include <nlohmann/json.hpp>

namespace stackrescue::ops {

// &, <, >, " and ' as character references: safe in text and in quoted attributes.
std::string html_escape(const std::string& text);

// A server's page: outcome, reason, timeline, steps with their commands and output, file
// changes, diagnoses, console log tails.
std::string server_html(const nlohmann::json& report);

// A fleet's page: one row per server (outcome, reason, steps, a link to its page).
std::string fleet_html(const nlohmann::json& report);

// The SVG timeline of a server report's steps (exposed for tests).
std::string timeline_svg(const nlohmann::json& report);

}  // namespace stackrescue::ops
