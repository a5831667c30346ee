#pragma once
// The modules of the multi-call binary. Ansible copies a binary module alone to the host
// that runs the task, so each module must be self-contained (static, ~8 MB); one binary
// holding every module, installed under each module's name, keeps the collection small.
//
// Each modules/<name>.cpp registers itself with one line at file scope:
//
//   STACKRESCUE_MODULE(spec, run);
//
// and the binary's main is run_registered_module(). Which module runs is decided by
//   1. `_ansible_module_name` in the arguments (what Ansible always passes; an FQCN such as
//      stackrescue.openstack.server_rescue or a short name), else
//   2. the name the binary was started as (argv[0], without Ansible's "AnsiballZ_" prefix),
// so --help, an args file and stdin work for every module file as they did per binary.
#include <string>
#include <vector>

#include "ansible/module.hpp"

namespace stackrescue::ansible {

class ModuleRegistration {
 public:
  ModuleRegistration(ModuleSpec (*spec)(), RunFunction run);
};

// The registered module called `name` (a short name or an FQCN), or nullptr.
const ModuleEntry* find_registered_module(const std::string& name);

// The names of every registered module, sorted.
std::vector<std::string> registered_module_names();

// The module name a program path stands for: "/tmp/x/AnsiballZ_server_rescue" ->
// "server_rescue".
std::string module_name_from_program(const std::string& program);

// main() of the multi-call binary.
int run_registered_module(int argc, char** argv);

}  // namespace stackrescue::ansible

// Internal linkage: every module file has its own registration object; the module files
// are linked as objects (not from an archive), so none of them is dropped by the linker.
#define STACKRESCUE_MODULE(spec_function, run_function) \
  static const ::stackrescue::ansible::ModuleRegistration stackrescue_module_registration_(spec_function, run_function)
