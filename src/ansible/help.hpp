#pragma once
// --help: the module's options and return values, rendered from its spec.
#include <string>

#include "ansible/spec.hpp"

namespace stackrescue::ansible {

std::string render_help(const ModuleSpec& spec, const std::string& version);

}  // namespace stackrescue::ansible
