// The module arguments as Ansible hands them over (the args file's bytes), through the real
// runtime (parse_args, then ansible::execute: _ansible_* keys, validation and coercion
// against each real module's spec, no_log masking) into the real cloud options
// (module_support::connect resolves the cloud from the fuzzed `cloud`/`auth` options and a
// fixed clouds.yaml). No request leaves the process: the transport refuses every send.
// The first byte picks the module; the rest is the args file.
#include "ansible/input.hpp"
#include "ansible/module.hpp"
#include "fuzz_util.hpp"
#include "http/transport.hpp"
#include "module_support/cloud_options.hpp"
#include "ops/describe.hpp"
#include "ops/rescue_image_info.hpp"
#include "ops/server_console.hpp"
#include "ops/server_rescue.hpp"
#include "ops/server_rescue_info.hpp"
#include "change_result.hpp"
#include "option.hpp"

// Each module's own spec() and helpers, unchanged, each in its own namespace (their
// headers are included above, so the includes inside are no-ops).
#define main server_rescue_main
namespace m_server_rescue {
#include "server_rescue.cpp"
}
#undef main
#define main rescue_image_info_main
namespace m_rescue_image_info {
#include "rescue_image_info.cpp"
}
#undef main
#define main server_rescue_info_main
namespace m_server_rescue_info {
#include "server_rescue_info.cpp"
}
#undef main
#define main server_console_main
namespace m_server_console {
#include "server_console.cpp"
}
#undef main

using namespace stackrescue;

namespace {


openstack::ConfigSources sources() {
  openstack::ConfigSources s;
  s.getenv = [](const std::string& name) -> std::optional<std::string> {
    if (name == "OS_CLIENT_CONFIG_FILE") return std::string("/fuzz/clouds.yaml");
    return std::nullopt;
  };
  s.read_file = [](const std::string& path) -> std::optional<std::string> {
    if (path != "/fuzz/clouds.yaml") return std::nullopt;
    return std::string(
        "clouds:\n  member:\n    auth:\n      auth_url: http://127.0.0.1:5000/v3\n      username: u\n"
        "      password: fuzz-secret\n      project_name: p\n      user_domain_name: Default\n"
        "      project_domain_name: Default\n    region_name: RegionOne\n");
  };
  s.cwd = "/fuzz";
  s.home = "/fuzz/home";
  return s;
}

// Everything a module's run() does before its first request: the cloud options to a
// session, and the module's own request building where it has one.
ansible::Result offline_run(const ansible::Params& params, ansible::Context& ctx, int module) {
  auto cloud = module_support::connect(params, ctx, std::make_shared<fuzz::RefusingTransport>(), sources());
  if (module == 0) (void)m_server_rescue::request_from(params);
  (void)cloud.session->config().auth.dump();
  ansible::Result result;
  result.msg = "offline";
  return result;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ClearSecrets clear;
  if (size == 0) return 0;
  const int module = data[0] % 4;
  const std::string_view args_text = fuzz::text(data + 1, size - 1);
  nlohmann::json args;
  try {
    args = ansible::parse_args(args_text, "fuzz args file");
  } catch (const ansible::InputError&) {
    return 0;  // the documented refusal of a broken args file
  }
  static const ansible::ModuleSpec specs[4] = {m_server_rescue::spec(), m_rescue_image_info::spec(),
                                               m_server_rescue_info::spec(), m_server_console::spec()};
  const auto out = ansible::execute(args, specs[module], [module](const ansible::Params& p, ansible::Context& c) {
    return offline_run(p, c, module);
  });
  // The runtime's promise: one object with failed/changed, and the secret of the fixed
  // clouds.yaml never in it.
  if (!out.is_object() || !out.contains("failed") || !out.contains("changed")) __builtin_trap();
  if (args_text.find("fuzz-secret") == std::string_view::npos &&
      out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).find("fuzz-secret") != std::string::npos)
    __builtin_trap();
  return 0;
}
