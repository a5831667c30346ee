// Keystone's token answer ({"token": {"catalog": [...], "expires_at": ..., "project": ...}}):
// the endpoint lookup every service request depends on, and the expiry timestamp.
#include "fuzz_util.hpp"
#include "openstack/errors.hpp"
#include "openstack/keystone.hpp"
#include "openstack/token_cache.hpp"

using namespace stackrescue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ClearSecrets clear;
  (void)openstack::parse_iso8601_utc(std::string(fuzz::text(data, size)));
  const auto doc = fuzz::json_of(data, size);
  if (!doc) return 0;
  for (const char* type : {"compute", "image", "identity"}) {
    for (const char* interface : {"public", "internal"}) {
      for (const char* region : {"", "RegionOne"}) {
        try {
          (void)openstack::keystone::endpoint_url(*doc, type, interface, region);
        } catch (const Error&) {
        }
      }
    }
  }
  if (doc->is_object() && doc->contains("token") && doc->at("token").is_object() &&
      doc->at("token").contains("expires_at") && doc->at("token").at("expires_at").is_string())
    (void)openstack::parse_iso8601_utc(doc->at("token").at("expires_at").get<std::string>());
  return 0;
}
