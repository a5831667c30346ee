#pragma once
// What report_html and report_markdown say alike about a repair report's values.
#include <string>

#include <nlohmann/json.hpp>

namespace stackrescue::ops {

// "failed", "changed", "check mode", "ok" (skipped check-mode runs count as check mode).
std::string step_status(const nlohmann::json& step);

// A JSON value as text: a string as it is, null as "", anything else as compact JSON.
std::string value_text(const nlohmann::json& value);

// "12.3 s", "0.05 s", "1 min 02 s": seconds for people (fixed digits: reports are compared byte for byte).
std::string seconds_text(double seconds);

// The outcome's kind for styling, from a fixed list (never the outcome's own text): "good",
// "warning", "bad" or "neutral".
std::string outcome_kind(const std::string& outcome);

// A captured screen's size: "720x400", or "" when the record has none.
std::string screen_size_text(const nlohmann::json& screen);

// Diagnosis summary: "boot_failed: <reason>" or "" when there was none.
std::string diagnosis_text(const nlohmann::json& diagnosis);

}  // namespace stackrescue::ops
