// rescue_image_info: the images carrying the rescue tag, and the one server_rescue would
// pick. Never changes anything; finding none is not an error.
#include "ansible/module.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/describe.hpp"
#include "ops/rescue_image_info.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("rescue_image_info", "List the rescue images of an OpenStack cloud", R"(
Lists every image carrying C(tag), whatever its status, newest first (Glance filters by tag server-side;
all pages are read), and returns the newest active one as C(image) — the image
M(stackrescue.openstack.server_rescue) uses by default.

Never changes anything; finding no image is not an error (C(images) is empty, C(image) null).
)");
  s.options = {
      option("name", Type::Str, "Only images with exactly this name."),
      option("tag", Type::Str, "The tag marking rescue images.").default_to("system-rescue"),
  };
  ansible::add_options(s, module_support::cloud_options());
  const nlohmann::json image = {{"id", "5e1c2f7a-3b9d-4c8e-a1f2-6d7e8f9a0b1c"},
                                {"name", "stackrescue-rescue"},
                                {"status", "active"},
                                {"created_at", "2026-11-26T13:40:00Z"},
                                {"tags", {"system-rescue"}},
                                {"visibility", "public"},
                                {"hw_rescue_device", "disk"},
                                {"hw_rescue_bus", "virtio"}};
  s.returns = {
      {"image", "The newest active tagged image, or null when there is none.", "always", "dict", image},
      {"images", "Every tagged image, newest first: id, name, status, created_at, tags, visibility, "
                 "hw_rescue_device, hw_rescue_bus.", "always", "list", nlohmann::json::array({image})},
  };
  s.examples = R"(- name: Find the rescue image
  stackrescue.openstack.rescue_image_info:
    cloud: mycloud
  register: rescue_images
  delegate_to: localhost

- name: Insist on one
  ansible.builtin.assert:
    that: rescue_images.image is not none
    fail_msg: "No active image is tagged system-rescue"
)";
  return s;
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  auto cloud = module_support::connect(params, ctx);
  const auto found = ops::rescue_images(cloud.image, params.str("tag"), params.opt_str("name"));
  ansible::Result result;
  result.msg = std::to_string(found.images.size()) + " image(s) tagged '" + params.str("tag") + "'" +
               (found.newest_active ? "; newest active: " + ops::describe(*found.newest_active)
                                    : std::string("; none active"));
  result.data = ops::return_values(found);
  return result;
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
