// server_console_screenshot's operation: Nova's noVNC URL (scripted), the real noVNC
// proxy's handshake and busybox screen (tests/fixtures/rfb) replayed, the PNG written and the
// screen's text read.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

#include "common/secrets.hpp"
#include "ops/errors.hpp"
#include "ops/server_console_screenshot.hpp"
#include "support/rfb_replay.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kToken = "7c2d9e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f";
constexpr std::size_t kBeforeScreen = 14 + 8 + 10;  // handshake, SetEncodings, FramebufferUpdateRequest

struct Fixture {
  TestCloud cloud;
  FakeClock clock;
  std::vector<std::string> opened, warnings;
  fs::path dir = fs::temp_directory_path() / ("screenshot_test_" + std::to_string(::getpid()));

  Fixture() { fs::create_directories(dir); }
  ~Fixture() {
    fs::remove_all(dir);
    secrets::clear_for_tests();
  }

  ops::ScreenshotRequest request(const std::string& name = "screen.png") {
    return {(dir / name).string(), std::chrono::seconds(60), false,
            [this](const std::string& w) { warnings.push_back(w); }};
  }

  ops::Screenshot take(const ops::ScreenshotRequest& request, const std::string& host = "127.0.0.1") {
    const auto server = server_with_novnc_console(cloud, host, kToken);
    const console::ChannelOpener opener = [this](const std::string& url) -> std::unique_ptr<console::Channel> {
      opened.push_back(url);
      auto replay = std::make_unique<RfbReplay>(clock);
      replay->real_handshake();
      replay->then(kBeforeScreen, rfb_fixture("screen_typed.bin"));
      return replay;
    };
    return ops::take_screenshot(*cloud.compute, server, request, opener, clock);
  }
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("server_console_screenshot: the real screen saved as PNG 0600 and read as text", "[server_console_screenshot]") {
  Fixture f;
  const auto request = f.request();
  const auto shot = f.take(request);
  CHECK(f.opened == std::vector<std::string>{"ws://127.0.0.1:6080/?token=" + kToken});
  CHECK(shot.written);
  CHECK(read(request.dest) == ops::screenshot_png(captured_screen("screen_typed.bin").picture));
  CHECK((fs::status(request.dest).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));

  const auto values = ops::return_values(shot, kServerId);
  CHECK(values["width"] == 720);
  CHECK(values["height"] == 400);
  CHECK(values["cell_size"] == "9x16");
  CHECK(values["text_console"] == true);
  CHECK(values["unknown_cells"] == 0);
  CHECK(values["text_lines"][13] == "/ # echo Hi!");
  CHECK_THAT(values["text"].get<std::string>(), Catch::Contains("\n/ # echo Hi!\nHi!\n/ #\n"));
  CHECK(values["server"] == kServerId);
  CHECK(values["console"] == "vnc");
  CHECK(values["dest"] == request.dest);
  CHECK(values.dump().find(kToken) == std::string::npos);
  CHECK(secrets::scrub(kToken) == "********");  // registered: no message or log line can carry it
  REQUIRE(f.warnings.size() == 1);               // ws:// on this machine: used, with a warning
  CHECK(f.warnings[0].find(kToken) == std::string::npos);
}

TEST_CASE("server_console_screenshot: the same picture is not rewritten, another one or another mode is",
          "[server_console_screenshot]") {
  Fixture f;
  const auto request = f.request();
  CHECK(f.take(request).written);
  CHECK_FALSE(f.take(request).written);
  fs::permissions(request.dest, fs::perms::group_read, fs::perm_options::add);
  CHECK(f.take(request).written);
  CHECK((fs::status(request.dest).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
  std::ofstream(request.dest, std::ios::trunc) << "an older picture";
  CHECK(f.take(request).written);
  CHECK(read(request.dest).substr(1, 3) == "PNG");
}

TEST_CASE("server_console_screenshot: bad dest and timeout fail before connecting", "[server_console_screenshot]") {
  Fixture f;
  auto request = f.request("no-such-dir/screen.png");
  CHECK_THROWS_WITH(ops::check_screenshot_request(request),
                    "the directory of dest " + request.dest + " does not exist: " + (f.dir / "no-such-dir").string());
  request = f.request();
  request.dest = f.dir.string();
  CHECK_THROWS_WITH(ops::check_screenshot_request(request), Catch::Contains("is a directory"));
  request = f.request();
  request.timeout = std::chrono::seconds(0);
  CHECK_THROWS_WITH(ops::check_screenshot_request(request), "timeout must be at least 1 second, got 0");
  CHECK_NOTHROW(ops::check_screenshot_request(f.request()));
}

TEST_CASE("server_console_screenshot: a ws:// console across the network is refused, nothing written",
          "[server_console_screenshot]") {
  Fixture f;
  const auto request = f.request();
  CHECK_THROWS_AS(f.take(request, "10.0.0.5"), ops::OperationFailed);
  CHECK(f.opened.empty());
  CHECK_FALSE(fs::exists(request.dest));
}
