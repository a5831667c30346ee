// Nova's version document ({"version": {...}} or {"versions": [...]}) and the microversion
// strings in it: parse_compute_version_document, supports(), compare_microversions, and
// compute_version_root on the catalog URL.
#include "fuzz_util.hpp"
#include "openstack/errors.hpp"
#include "openstack/microversion.hpp"

using namespace stackrescue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ClearSecrets clear;
  const std::string raw(fuzz::text(data, size));
  (void)openstack::compute_version_root(raw);
  const auto half = raw.size() / 2;
  (void)openstack::compare_microversions(raw.substr(0, half), raw.substr(half));
  const auto doc = fuzz::json_of(data, size);
  if (!doc) return 0;
  try {
    const auto range = openstack::parse_compute_version_document(*doc, "http://127.0.0.1:8774/v2.1/");
    for (const char* v : {"2.1", "2.6", "2.87", "2.93", "3.0"}) (void)range.supports(v);
    (void)range.supports(range.min);
    (void)range.supports(range.max);
  } catch (const Error&) {
  }
  return 0;
}
