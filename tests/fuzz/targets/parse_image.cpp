// Glance's image answers: GET /v2/images/{id} (the image itself) and GET /v2/images
// ({"images": [...], "next": ...}), through parse_image and back to the result dict.
#include "fuzz_util.hpp"
#include "openstack/errors.hpp"
#include "openstack/image.hpp"

using namespace stackrescue;

static void one(const nlohmann::json& image) {
  try {
    (void)openstack::to_json(openstack::parse_image(image)).dump();
  } catch (const Error&) {
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ClearSecrets clear;
  const auto doc = fuzz::json_of(data, size);
  if (!doc) return 0;
  if (doc->is_object() && doc->contains("images") && (*doc)["images"].is_array())
    for (const auto& i : (*doc)["images"]) one(i);
  one(*doc);
  return 0;
}
