#include "ops/report_text.hpp"

#include <cmath>
#include <cstdio>

namespace stackrescue::ops {

std::string step_status(const nlohmann::json& step) {
  if (step.value("failed", false)) return "failed";
  if (step.value("check_mode", false)) return "check mode";
  return step.value("changed", false) ? "changed" : "ok";
}

std::string value_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string seconds_text(double seconds) {
  char text[48];
  if (!std::isfinite(seconds) || seconds < 0) seconds = 0;
  if (seconds < 10)
    std::snprintf(text, sizeof text, "%.2f s", seconds);
  else if (seconds < 60)
    std::snprintf(text, sizeof text, "%.1f s", seconds);
  else
    std::snprintf(text, sizeof text, "%lld min %02lld s", static_cast<long long>(seconds) / 60,
                  static_cast<long long>(seconds) % 60);
  return text;
}

std::string outcome_kind(const std::string& outcome) {
  if (outcome == "repaired" || outcome == "already_booting") return "good";
  if (outcome == "restored") return "warning";
  if (outcome == "failed") return "bad";
  return "neutral";
}

std::string diagnosis_text(const nlohmann::json& diagnosis) {
  if (!diagnosis.is_object()) return "";
  const std::string state = value_text(diagnosis.value("state", nlohmann::json()));
  const std::string reason = value_text(diagnosis.value("reason", nlohmann::json()));
  return state.empty() ? reason : reason.empty() ? state : state + ": " + reason;
}

std::string screen_size_text(const nlohmann::json& screen) {
  const auto width = screen.value("width", nlohmann::json()), height = screen.value("height", nlohmann::json());
  if (!width.is_number_integer() || !height.is_number_integer()) return "";
  return std::to_string(width.get<long long>()) + "x" + std::to_string(height.get<long long>());
}

}  // namespace stackrescue::ops
