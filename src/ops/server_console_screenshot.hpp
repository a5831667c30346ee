#pragma once
// server_console_screenshot: the screen of a server's graphical console (noVNC, through
// vnc_console), saved as a PNG and read as text where it is a text console
// (console/rfb/screen_text: exact glyph matching, unknown cells marked, never guessed).
#include <chrono>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/clock.hpp"
#include "console/channel.hpp"
#include "console/rfb/screen_text.hpp"
#include "openstack/compute.hpp"

namespace stackrescue::ops {

struct ScreenshotRequest {
  std::string dest;                              // the PNG's path
  std::chrono::seconds timeout{60};              // for the console: the handshake and the screen
  bool allow_insecure_console = false;
  std::function<void(const std::string&)> warn;  // a ws:// console that is used
};

struct Screenshot {
  std::string dest;
  unsigned width = 0, height = 0;
  console::rfb::ScreenText text;
  bool written = false;  // false: the file already held this very picture
};

// Checks what needs no cloud, before connecting (and in check mode): a timeout of at least 1
// second, and a `dest` whose directory exists and that is not itself a directory. Throws
// OperationFailed naming the problem.
void check_screenshot_request(const ScreenshotRequest& request);

// Captures the screen, reads its text and writes the PNG (mode 0600, atomically; not
// rewritten when it already holds the same bytes). Throws OperationFailed (no VNC console, a
// cleartext console not allowed, the file) or console::ConsoleError (the connection, RFB).
Screenshot take_screenshot(openstack::ComputeClient& compute, const openstack::Server& server,
                           const ScreenshotRequest& request, const console::ChannelOpener& open, Clock& clock);

// The picture from the console as PNG bytes (what take_screenshot writes).
std::string screenshot_png(const console::rfb::Framebuffer& screen);

// The module's return keys: dest, width, height, text (null when not a text console),
// text_lines, unknown_cells, cell_size, text_console, server, console.
nlohmann::json return_values(const Screenshot& shot, const std::string& server_id);

}  // namespace stackrescue::ops
