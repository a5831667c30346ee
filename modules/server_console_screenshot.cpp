// server_console_screenshot: the screen of a server's graphical console (noVNC) saved as a
// PNG, and read as text where it is a text console. Changes nothing on the server.
#include "ansible/module.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/describe.hpp"
#include "ops/server_console_screenshot.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("server_console_screenshot", "Save the screen of a server's graphical console as a PNG, and read its text", R"(
Connects to the server's graphical console the way a browser does (Nova's noVNC console: the
remote-consoles API, the websocket of nova-novncproxy, then VNC), captures the whole screen and writes it
to C(dest) as a PNG file (mode 0600, replaced atomically; not rewritten when it already holds the same
picture). It works for servers that are not in rescue, and for images that write nothing to the serial
console: what the console log does not show is often on the screen.

The screen is also read as text where it is a text console: the VGA text mode of a BIOS guest (720x400,
cells of 9x16) or the Linux framebuffer console (cells of 8x16), each cell compared exactly with the
printable ASCII glyphs of the VGA BIOS font and of the Linux kernel's built-in 8x16 font. A cell that
matches no glyph is never guessed at: it reads as U+FFFD and is counted in C(unknown_cells). When more
than half of the cells that show something are unknown (a graphical screen, another font), C(text) is
null and C(text_console) false.

The console URL's token never appears in output. A ws:// (cleartext) console URL is used only on this
machine unless C(allow_insecure_console=true).

In check mode nothing is connected to and nothing is written (C(skipped)); only C(dest) and C(timeout)
are checked.
)");
  s.options = {
      module_support::allow_insecure_console_option(),
      option("dest", Type::Path, "Path of the PNG file to write. Its directory must exist.").required(),
      option("server", Type::Str, "The server, by name (exact match) or ID.").required().aliases({"name"}),
      option("timeout", Type::Int, "Seconds for the VNC handshake and for the whole screen to arrive.")
          .default_to(60),
  };
  ansible::add_options(s, module_support::cloud_options());
  s.returns = {
      {"dest", "The PNG file.", "success", "str", "/tmp/web-1.png"},
      {"width", "The screen's width in pixels.", "success", "int", 720},
      {"height", "The screen's height in pixels.", "success", "int", 400},
      {"text", "The screen's text, one line per text row (trailing blanks removed), unknown cells as U+FFFD; null "
               "when it is not a text console.", "success", "str", "Welcome to emergency mode!\nGive root password for maintenance"},
      {"text_lines", "C(text) as a list of lines (empty when C(text) is null).", "success", "list",
       nlohmann::json::array({"Welcome to emergency mode!", "Give root password for maintenance"})},
      {"unknown_cells", "Cells that show something no glyph matched.", "success", "int", 0},
      {"cell_size", "The text cell the screen was read with: 9x16 (VGA text mode, 720x400) or 8x16.", "success",
       "str", "9x16"},
      {"text_console", "Whether the screen reads as a text console (at most half of its non-blank cells unknown).",
       "success", "bool", true},
      {"server", "The server's ID.", "success", "str", "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"},
      {"console", "The console used: vnc.", "success", "str", "vnc"},
      {"skipped", "True in check mode (nothing connected to, nothing written).", "in check mode", "bool", true},
  };
  s.examples = R"(- name: What does the screen of web-1 show?
  stackrescue.openstack.server_console_screenshot:
    cloud: mycloud
    server: web-1
    dest: "{{ playbook_dir }}/web-1-screen.png"
  register: screen
  delegate_to: localhost

- name: Show its text
  ansible.builtin.debug:
    var: screen.text_lines
  when: screen.text_console
)";
  return s;
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  ops::ScreenshotRequest request{params.str("dest"), std::chrono::seconds(params.integer("timeout")),
                                 params.boolean("allow_insecure_console"),
                                 [&ctx](const std::string& warning) { ctx.warn(warning); }};
  ops::check_screenshot_request(request);
  if (ctx.check_mode)
    return {false, "The screen would have been saved to " + request.dest + " if not in check mode", {{"skipped", true}}, {}, {}};
  auto cloud = module_support::connect(params, ctx);
  const auto server = cloud.compute.find_server(params.str("server"));
  const auto shot = ops::take_screenshot(cloud.compute, server, request, module_support::serial_console_opener(cloud),
                                         system_clock());
  const auto what = std::to_string(shot.width) + "x" + std::to_string(shot.height) + " screen of " + ops::describe(server);
  return {shot.written, (shot.written ? "saved the " : "unchanged: the ") + what + " in " + shot.dest,
          ops::return_values(shot, server.id), {}, {}};
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
