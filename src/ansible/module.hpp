#pragma once
// The module runtime: Ansible's binary-module protocol around a module's run().
//
// A module file of the collection ends with one line that registers it in the multi-call
// binary every module name of the collection runs (see ansible/registry.hpp):
//
//   STACKRESCUE_MODULE(spec, run);
//
// A standalone program (a test's probe module) can still have its own main:
//
//   int main(int argc, char** argv) { return ansible::run_module(argc, argv, spec(), run); }
//
// run_module reads the args (argv[1] = JSON args file, as Ansible passes it; no file
// argument = JSON on stdin), handles --help/--version/--doc-yaml/--doc-py, consumes _ansible_* keys,
// validates and coerces against the spec, calls run(), and prints exactly one JSON object
// on stdout with changed/failed/msg/warnings/invocation. Every exception becomes a failed
// result; every no_log value and every secret registered in common/secrets is masked.
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ansible/params.hpp"
#include "common/error.hpp"
#include "ansible/spec.hpp"

namespace stackrescue::ansible {

// What Ansible told the module about this run (_ansible_* keys) plus what run() adds.
class Context {
 public:
  bool check_mode = false;
  bool diff = false;
  int verbosity = 0;
  bool no_log = false;  // task-level no_log
  std::string module_name;     // _ansible_module_name (FQCN from a collection), else the spec's name
  std::string tmpdir;          // _ansible_tmpdir: per-task scratch directory, removed by Ansible; may be empty
  std::string ansible_version; // _ansible_version, e.g. "2.14.18"; empty when run by hand

  void warn(std::string message) { warnings_.push_back(std::move(message)); }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  std::vector<std::string> warnings_;
};

struct Result {
  bool changed = false;
  std::string msg;
  nlohmann::json data = nlohmann::json::object();  // extra return keys (server, url, ...)
  std::optional<nlohmann::json> diff;              // {before, after, ...}; printed when set
  // Keys of `data` returned as secrets on purpose (e.g. "admin_password", which Nova
  // generated and the user asked for): not scrubbed. Dotted paths reach nested keys
  // ("server.adminPass"). Everything else is scrubbed of registered secrets.
  std::vector<std::string> unmasked_keys;
};

// Thrown by run() (or anything below it) to fail with a message and optional extra keys.
class ModuleFailure : public Error {
 public:
  explicit ModuleFailure(const std::string& msg, nlohmann::json extra = nlohmann::json::object())
      : Error(msg, std::move(extra)) {}
  const nlohmann::json& extra() const { return details(); }
};

using RunFunction = std::function<Result(const Params&, Context&)>;

// The whole protocol; returns the process exit code (0 success, 1 failure).
int run_module(int argc, char** argv, const ModuleSpec& spec, const RunFunction& run);

// A module as the multi-call binary holds it: its spec (built on demand) and its run().
struct ModuleEntry {
  std::function<ModuleSpec()> spec;
  RunFunction run;
};

// Chooses the module to run. `args` is the parsed argument object, or null when only a
// flag (--help, --version, --doc-yaml, --doc-py) was given. Throws ModuleFailure when none fits.
using ModuleChooser = std::function<ModuleEntry(const std::string& program, const nlohmann::json* args)>;

// The protocol of run_module with the module chosen by `choose` (the multi-call binary).
int run_module(int argc, char** argv, const ModuleChooser& choose);

// In-process variant for tests: validates `args` (a JSON object as in the args file),
// calls run and returns the exact JSON object that would be printed.
nlohmann::json execute(const nlohmann::json& args, const ModuleSpec& spec, const RunFunction& run);

// The collection the modules ship in; used for the FQCN in generated docs.
inline constexpr const char* kCollection = "stackrescue.openstack";

// The project version (CMake PROJECT_VERSION), as --version prints it.
const char* project_version();

// Renders DOCUMENTATION, EXAMPLES and RETURN for `spec` as one YAML document (--doc-yaml;
// tools/render-module-docs reads it).
std::string render_doc_yaml(const ModuleSpec& spec, const std::string& collection, const std::string& version);

// Renders the ansible-doc file <name>.py (only DOCUMENTATION, EXAMPLES, RETURN) for `spec`:
// the form ansible-doc, ansible-lint and Galaxy read next to a binary module.
std::string render_doc_py(const ModuleSpec& spec, const std::string& collection, const std::string& version);

}  // namespace stackrescue::ansible

#include "ansible/registry.hpp"  // STACKRESCUE_MODULE, for every module file
