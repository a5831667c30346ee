#pragma once
// Shorthand for running the probe module in-process.
#include "probe_spec.hpp"

namespace stackrescue::ansible::testing {

inline nlohmann::json run_probe(const nlohmann::json& args) { return execute(args, probe_spec(), probe_run); }

inline std::string msg_of(const nlohmann::json& result) { return result.value("msg", std::string()); }

inline const nlohmann::json& received(const nlohmann::json& result) { return result.at("received"); }

}  // namespace stackrescue::ansible::testing
