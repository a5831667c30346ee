#pragma once
// The result of a module that changes a server through a plan (server_rescue,
// server_restore): the outcome's warnings, changed, message, its ops::return_values and, in
// diff mode, its ops::diff. Header-only: modules/ is mains and what they share.
#include "ansible/module.hpp"

namespace stackrescue::modules {

template <class Outcome>
ansible::Result change_result(const Outcome& outcome, ansible::Context& ctx) {
  for (const auto& warning : outcome.warnings) ctx.warn(warning);
  ansible::Result result;
  result.changed = outcome.changed;
  result.msg = outcome.message;
  result.data = return_values(outcome);   // found by argument-dependent lookup, in ops
  if (ctx.diff) result.diff = diff(outcome);
  return result;
}

}  // namespace stackrescue::modules
