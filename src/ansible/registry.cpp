// The registry of the multi-call binary and how it picks the module to run.
#include "ansible/registry.hpp"

#include "ansible/unpacked.hpp"

#include <algorithm>
#include <map>

namespace stackrescue::ansible {
namespace {

using nlohmann::json;

constexpr const char* kAnsiballzPrefix = "AnsiballZ_";

// Filled during static initialisation, before main(): a function-local static so that its
// construction is ordered before the first registration, whichever file that is in.
std::map<std::string, ModuleEntry>& registry() {
  static std::map<std::string, ModuleEntry> modules;
  return modules;
}

// "stackrescue.openstack.server_rescue" and "server_rescue" both name server_rescue; an
// FQCN of another collection names nothing of ours.
std::string short_name(const std::string& name) {
  const std::string prefix = std::string(kCollection) + ".";
  if (name.rfind(prefix, 0) == 0) return name.substr(prefix.size());
  return name.find('.') == std::string::npos ? name : std::string();
}

std::string known_modules() {
  std::string text;
  for (const auto& name : registered_module_names()) text += (text.empty() ? "" : ", ") + name;
  return text;
}

ModuleEntry choose(const std::string& program, const json* args) {
  if (args != nullptr) {
    auto it = args->find("_ansible_module_name");
    if (it != args->end() && it->is_string()) {
      if (const ModuleEntry* entry = find_registered_module(it->get<std::string>())) return *entry;
    }
  }
  const std::string name = module_name_from_program(program);
  if (const ModuleEntry* entry = find_registered_module(name)) return *entry;
  throw ModuleFailure("this program holds the modules " + known_modules() + " of " + kCollection +
                      " and picks one from _ansible_module_name in the arguments or from the name it is started as; '" +
                      name + "' is none of them");
}

}  // namespace

ModuleRegistration::ModuleRegistration(ModuleSpec (*spec)(), RunFunction run) {
  registry()[spec().name] = ModuleEntry{spec, std::move(run)};
}

const ModuleEntry* find_registered_module(const std::string& name) {
  auto it = registry().find(short_name(name));
  return it == registry().end() ? nullptr : &it->second;
}

std::vector<std::string> registered_module_names() {
  std::vector<std::string> names;
  for (const auto& entry : registry()) names.push_back(entry.first);
  return names;  // std::map: already sorted
}

std::string module_name_from_program(const std::string& program) {
  std::string name = program.substr(program.find_last_of('/') == std::string::npos ? 0 : program.find_last_of('/') + 1);
  if (name.rfind(kAnsiballzPrefix, 0) == 0) name.erase(0, std::char_traits<char>::length(kAnsiballzPrefix));
  return name;
}

int run_registered_module(int argc, char** argv) {
  remove_unpacked_copy();
  return run_module(argc, argv, choose);
}

}  // namespace stackrescue::ansible
