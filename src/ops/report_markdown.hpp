#pragma once
// The Markdown page of a repair report (ops/repair_report.hpp). Text from the guest or the
// cloud is escaped where Markdown would read it (inline HTML, emphasis, table pipes, links)
// and put in code blocks fenced longer than any backtick run it holds.
#include <string>

#include <nlohmann/json.hpp>

namespace stackrescue::ops {

// One line of inline text: line breaks become spaces; Markdown's punctuation and < > &
// backslash-escaped, so that nothing in it is markup.
std::string markdown_inline(const std::string& text);

// `text` in a fenced code block (the fence longer than any run of backticks in it).
std::string markdown_code(const std::string& text, const std::string& language = "");

std::string server_markdown(const nlohmann::json& report);
std::string fleet_markdown(const nlohmann::json& report);

}  // namespace stackrescue::ops
