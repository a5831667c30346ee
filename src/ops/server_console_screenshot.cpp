#include "ops/server_console_screenshot.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "common/png.hpp"
#include "ops/errors.hpp"
#include "ops/file_write.hpp"
#include "ops/vnc_console.hpp"

namespace stackrescue::ops {
namespace {

namespace fs = std::filesystem;

bool holds(const std::string& path, const std::string& content) {
  std::ifstream in(path, std::ios::binary);
  return in && std::string(std::istreambuf_iterator<char>(in), {}) == content;
}

}  // namespace

void check_screenshot_request(const ScreenshotRequest& request) {
  if (request.timeout < std::chrono::seconds(1))
    throw OperationFailed("timeout must be at least 1 second, got " + std::to_string(request.timeout.count()));
  if (request.dest.empty()) throw OperationFailed("dest must name the PNG file to write");
  std::error_code error;
  if (fs::is_directory(request.dest, error))
    throw OperationFailed("dest " + request.dest + " is a directory: name the PNG file to write in it");
  const auto folder = fs::path(request.dest).parent_path();
  if (!folder.empty() && !fs::is_directory(folder, error))
    throw OperationFailed("the directory of dest " + request.dest + " does not exist: " + folder.string());
}

std::string screenshot_png(const console::rfb::Framebuffer& screen) {
  return encode_png(screen.width, screen.height, screen.rgb);
}

Screenshot take_screenshot(openstack::ComputeClient& compute, const openstack::Server& server,
                           const ScreenshotRequest& request, const console::ChannelOpener& open, Clock& clock) {
  const VncConsoleRequest console_request{request.allow_insecure_console, request.warn, clock.now() + request.timeout};
  auto screen = capture_screen(compute, server, console_request, open, clock);
  const auto png = screenshot_png(screen.picture);
  Screenshot shot{request.dest, screen.picture.width, screen.picture.height, std::move(screen.text), false};
  if (!holds(request.dest, png) || (fs::status(request.dest).permissions() & fs::perms::all) !=
                                       (fs::perms::owner_read | fs::perms::owner_write)) {
    write_file_atomically(request.dest, png, "screenshot");
    shot.written = true;
  }
  return shot;
}

nlohmann::json return_values(const Screenshot& shot, const std::string& server_id) {
  const auto& text = shot.text;
  return {{"dest", shot.dest},
          {"width", shot.width},
          {"height", shot.height},
          {"text", text.text_console ? nlohmann::json(console::rfb::joined(text)) : nlohmann::json(nullptr)},
          {"text_lines", text.text_console ? nlohmann::json(text.lines) : nlohmann::json::array()},
          {"unknown_cells", text.unknown_cells},
          {"cell_size", std::to_string(text.cell_width) + "x" + std::to_string(text.cell_height)},
          {"text_console", text.text_console},
          {"server", server_id},
          {"console", "vnc"}};
}

}  // namespace stackrescue::ops
