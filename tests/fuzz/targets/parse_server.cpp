// Nova's server answers: GET /servers/{id} ({"server": {...}}) and /servers/detail
// ({"servers": [...]}), through parse_server and back to the result dict (to_json).
#include "fuzz_util.hpp"
#include "openstack/compute.hpp"
#include "openstack/errors.hpp"

using namespace stackrescue;

static void one(const nlohmann::json& server) {
  try {
    const auto parsed = openstack::parse_server(server);
    (void)openstack::to_json(parsed).dump();
  } catch (const Error&) {
    // ResponseError: an answer without an id is refused, as documented.
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ClearSecrets clear;
  const auto doc = fuzz::json_of(data, size);
  if (!doc) return 0;
  if (doc->is_object() && doc->contains("server")) one((*doc)["server"]);
  if (doc->is_object() && doc->contains("servers") && (*doc)["servers"].is_array())
    for (const auto& s : (*doc)["servers"]) one(s);
  one(*doc);
  (void)openstack::escape_name_regex(std::string(fuzz::text(data, size)));
  return 0;
}
