// run_module / execute: the binary-module protocol around a module's run().
#include "ansible/module.hpp"

#include <unistd.h>

#include <cstdio>
#include <exception>
#include <iostream>

#include "ansible/audit_log.hpp"
#include "ansible/coerce.hpp"
#include "ansible/command_line.hpp"
#include "ansible/help.hpp"
#include "ansible/input.hpp"
#include "ansible/mask.hpp"
#include "ansible/output.hpp"
#include "ansible/validate.hpp"
#include "common/clock.hpp"
#include "common/secrets.hpp"

#ifndef STACKRESCUE_VERSION
#define STACKRESCUE_VERSION "0.0.0"
#endif

namespace stackrescue::ansible {
namespace {

using nlohmann::json;

constexpr const char* kInternalPrefix = "_ansible_";

// Ansible's own keys are trusted more than the user's, but still never allowed to fail
// the run: a value of the wrong type falls back to the default.
template <typename T>
T internal_value(const json& internal, const std::string& key, Type type, T fallback) {
  auto it = internal.find(std::string(kInternalPrefix) + key);
  if (it == internal.end() || it->is_null()) return fallback;
  try {
    return coerce(*it, type).get<T>();
  } catch (const std::exception&) {
    return fallback;
  }
}

Context context_from(const json& internal, const ModuleSpec& spec) {
  Context ctx;
  ctx.check_mode = internal_value(internal, "check_mode", Type::Bool, false);
  ctx.diff = internal_value(internal, "diff", Type::Bool, false);
  ctx.verbosity = static_cast<int>(internal_value<std::int64_t>(internal, "verbosity", Type::Int, 0));
  ctx.no_log = internal_value(internal, "no_log", Type::Bool, false);
  ctx.module_name = internal_value<std::string>(internal, "module_name", Type::Str, spec.name);
  ctx.tmpdir = internal_value<std::string>(internal, "tmpdir", Type::Str, "");
  ctx.ansible_version = internal_value<std::string>(internal, "version", Type::Str, "");
  return ctx;
}

void register_secrets(const std::vector<std::string>& values) {
  for (const auto& value : values) secrets::add(value);  // the register ignores short ones
}

// Calls run() and turns every way it can end into the printed object (a success is scrubbed
// but for the keys it returns as secrets on purpose, which go to `secret_keys`).
json call_run(const RunFunction& run, const Params& params, Context& ctx, const json& invocation,
              std::vector<std::string>& secret_keys) {
  try {
    Result result = run(params, ctx);
    json out = success_result(result, ctx.warnings(), invocation);
    scrub_strings(out, result.unmasked_keys);
    secret_keys = result.unmasked_keys;
    return out;
  } catch (const Error& e) {  // every expected failure, ModuleFailure included
    return failure_result(e.what(), e.details(), ctx.warnings(), invocation);
  } catch (const std::exception& e) {
    std::string what = e.what();
    return failure_result("unexpected error: " + (what.empty() ? std::string("an exception without a message") : what),
                          json::object(), ctx.warnings(), invocation);
  } catch (...) {
    return failure_result("unexpected error: the module threw something that is not a std::exception", json::object(),
                          ctx.warnings(), invocation);
  }
}

// call_run with its record appended to audit_log. The file is opened first: a record that
// cannot be kept fails the task before the module does anything (an audit that silently
// misses a repair is worse than a repair that waits for a writable file). A write that
// fails afterwards turns the result into a failure that still says what the module did.
json call_run_audited(const RunFunction& run, const Params& params, Context& ctx, const json& invocation) {
  std::optional<AuditLog> log;
  try {
    log.emplace(params.str(kAuditLogOption));
  } catch (const Error& e) {
    return failure_result(e.what(), json::object(), ctx.warnings(), invocation);
  }
  AuditCall call{ctx.module_name, system_clock().unix_now(), 0, ctx.check_mode, ctx.no_log, invocation};
  std::vector<std::string> secret_keys;
  json out = call_run(run, params, ctx, invocation, secret_keys);
  call.end = system_clock().unix_now();
  try {
    log->append(audit_record(call, out, secret_keys));
  } catch (const std::exception& e) {
    const std::string did = out.value("msg", "");
    out["failed"] = true;
    out["msg"] = std::string(e.what()) + " (the module " + (out.value("changed", false) ? "changed something: " : "ran: ") +
                 did + ")";
  }
  return out;
}

json execute_unscrubbed(const json& args, const ModuleSpec& spec, const RunFunction& run) {
  if (!args.is_object()) return failure_result("the module arguments must be a JSON object of options");
  json user = json::object(), internal = json::object();
  for (const auto& [key, value] : args.items()) (key.rfind(kInternalPrefix, 0) == 0 ? internal : user)[key] = value;

  Context ctx = context_from(internal, spec);
  // Before anything can fail: so that even a validation error cannot echo a secret.
  register_secrets(no_log_values(spec.options, user));

  ValidationSettings settings{ctx.module_name,
                              internal_value<std::string>(internal, "string_conversion_action", Type::Str, "warn")};
  Validation validation = validate(spec, user, settings);
  for (const auto& warning : validation.warnings) ctx.warn(warning);
  if (!validation.ok())
    return failure_result(validation.errors.front(), json::object(), ctx.warnings(),
                          masked_arguments(spec.options, user, true));

  register_secrets(no_log_values(spec.options, validation.params));  // defaults, expanded paths
  Params params(validation.params);
  params.set_given(validation.given);
  const json invocation = masked_arguments(spec.options, validation.params, false);
  // An empty audit_log is no audit_log: module_defaults may name a variable that a play sets only later.
  if (!params.has(kAuditLogOption) || params.str(kAuditLogOption).empty()) {
    std::vector<std::string> secret_keys;
    return call_run(run, params, ctx, invocation, secret_keys);
  }
  return call_run_audited(run, params, ctx, invocation);
}

// While run() works, anything written to stdout (a chatty library, a debug print) goes
// to stderr instead: the controller needs exactly one JSON object on stdout.
class StdoutToStderr {
 public:
  StdoutToStderr() {
    std::cout.flush();
    std::fflush(stdout);
    saved_ = ::dup(STDOUT_FILENO);
    if (saved_ >= 0) ::dup2(STDERR_FILENO, STDOUT_FILENO);
  }
  ~StdoutToStderr() {
    std::cout.flush();
    std::fflush(stdout);
    if (saved_ >= 0) {
      ::dup2(saved_, STDOUT_FILENO);
      ::close(saved_);
    }
  }
  StdoutToStderr(const StdoutToStderr&) = delete;
  StdoutToStderr& operator=(const StdoutToStderr&) = delete;

 private:
  int saved_ = -1;
};

// Last resort for an exception escaping a destructor or a noexcept function: answer with
// a failed result instead of "terminate called ..." and an empty stdout.
[[noreturn]] void terminate_with_failed_result() {
  static const char kFailed[] =
      "{\"changed\": false, \"failed\": true, \"msg\": \"the module terminated unexpectedly\"}\n";
  (void)!::write(STDOUT_FILENO, kFailed, sizeof kFailed - 1);
  ::_exit(1);
}

std::string program_name(int argc, char** argv) { return argc > 0 && argv[0] != nullptr ? argv[0] : ""; }

json read_and_execute(const CommandLine& cli, const std::string& program, const ModuleChooser& choose) {
  std::string text = cli.args_file ? read_args_file(*cli.args_file) : read_args_stdin();
  json args = parse_args(text, cli.args_file ? "args file '" + *cli.args_file + "'" : "stdin");
  std::string().swap(text);  // up to 8 MiB we no longer need
  const ModuleEntry module = choose(program, &args);
  StdoutToStderr guard;
  return execute(args, module.spec(), module.run);
}

// --help, --version, --doc-yaml, --doc-py: text on stdout, exit code 0 unless stdout failed.
int print_flag_answer(const CommandLine& cli, const ModuleSpec& spec) {
  if (cli.help)
    std::cout << render_help(spec, project_version());
  else if (cli.version)
    std::cout << spec.name << " " << project_version() << "\n";
  else if (cli.doc_py)
    std::cout << render_doc_py(spec, kCollection, project_version());
  else
    std::cout << render_doc_yaml(spec, kCollection, project_version());
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace

const char* project_version() { return STACKRESCUE_VERSION; }

json execute(const json& args, const ModuleSpec& spec, const RunFunction& run) {
  json out;
  try {
    out = execute_unscrubbed(args, spec, run);
  } catch (const std::exception& e) {  // e.g. bad_alloc in validation
    out = failure_result(std::string("unexpected error: ") + e.what());
  }
  if (out.value("failed", false)) scrub_strings(out, {});  // success results are scrubbed in call_run
  return out;
}

int run_module(int argc, char** argv, const ModuleChooser& choose) {
  std::set_terminate(terminate_with_failed_result);
  json result;
  try {
    CommandLine cli = parse_command_line(argc, argv);
    if (cli.help || cli.version || cli.doc_yaml || cli.doc_py) return print_flag_answer(cli, choose(program_name(argc, argv), nullptr).spec());
    result = read_and_execute(cli, program_name(argc, argv), choose);
  } catch (const std::exception& e) {
    result = failure_result(e.what());
    scrub_strings(result, {});
  } catch (...) {
    result = failure_result("unexpected error: the module threw something that is not a std::exception");
  }
  return print_result(result);
}

int run_module(int argc, char** argv, const ModuleSpec& spec, const RunFunction& run) {
  // A single-module program: whatever its name, it runs this module.
  const ModuleEntry fixed{[&spec] { return spec; }, run};
  return run_module(argc, argv, [&fixed](const std::string&, const json*) { return fixed; });
}

}  // namespace stackrescue::ansible
