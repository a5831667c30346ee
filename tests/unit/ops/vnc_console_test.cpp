// Opening a server's graphical console: Nova's noVNC URL (scripted, shaped like the local
// cloud's answer, tests/fixtures/compute/remote_console_novnc.json) to the websocket noVNC
// opens, under the serial console's rules, then the handshake with the real server's bytes
// (tests/fixtures/rfb).
#include <catch2/catch.hpp>

#include "common/secrets.hpp"
#include "ops/errors.hpp"
#include "ops/vnc_console.hpp"
#include "support/rfb_replay.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;

namespace {

const std::string kToken = "3b1f8c2e-9d4a-4e6b-8f7c-1a2b3c4d5e6f";

struct Fixture {
  TestCloud cloud;
  std::vector<std::string> opened, warnings;
  FakeClock rfb_clock;

  ops::VncConsole open(const std::string& host = "127.0.0.1") {
    const auto server = server_with_novnc_console(cloud, host, kToken);
    ops::VncConsoleRequest request;
    request.warn = [this](const std::string& w) { warnings.push_back(w); };
    request.deadline = rfb_clock.now() + std::chrono::seconds(30);
    const console::ChannelOpener opener = [this](const std::string& url) -> std::unique_ptr<console::Channel> {
      opened.push_back(url);
      auto replay = std::make_unique<RfbReplay>(rfb_clock);
      replay->real_handshake();
      return replay;
    };
    return ops::open_vnc_console(*cloud.compute, server, request, opener, rfb_clock);
  }
};

}  // namespace

TEST_CASE("vnc_console: Nova's noVNC URL opened as noVNC does, the token a secret, then RFB", "[vnc_console]") {
  secrets::clear_for_tests();
  Fixture f;
  const auto console = f.open();
  CHECK(f.opened == std::vector<std::string>{"ws://127.0.0.1:6080/?token=" + kToken});
  CHECK(secrets::scrub("token " + kToken) == "token ********");
  REQUIRE(f.warnings.size() == 1);
  CHECK_THAT(f.warnings[0], Catch::Contains("VNC console URL") && Catch::Contains("(this machine)") &&
                                Catch::Contains("nova-novncproxy") && !Catch::Contains(kToken));
  CHECK(console.client->server().init.name == "QEMU (instance-000009d8)");
  secrets::clear_for_tests();
}

TEST_CASE("vnc_console: a ws:// console across the network is refused before connecting", "[vnc_console]") {
  Fixture f;
  CHECK_THROWS_AS(f.open("10.0.0.5"), ops::OperationFailed);
  CHECK(f.opened.empty());
  secrets::clear_for_tests();
}
