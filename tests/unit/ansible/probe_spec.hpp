#pragma once
// The probe module: a spec that uses every option type and constraint, and a run() whose
// `action` option picks a behaviour (echo, fail, throw, return a secret, print junk).
// Used in-process by the unit tests and as the probe_module binary by the process tests.
#include "ansible/module.hpp"

namespace stackrescue::ansible::testing {

ModuleSpec probe_spec();
Result probe_run(const Params& params, Context& ctx);

// The admin password the "secret" action pretends Nova generated.
inline constexpr const char* kGeneratedPassword = "nova-generated-Adm1nPass";

}  // namespace stackrescue::ansible::testing
