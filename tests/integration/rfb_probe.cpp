// The RFB client (console/rfb) against a real noVNC console URL, as Nova hands it out:
// the websocket noVNC opens (novnc_websocket_url, websocket_opener with default TLS and no
// proxies), the handshake, a full screen, `TEXT` typed as key presses, a full screen again.
//   rfb_probe NOVNC_URL TEXT OUT_PPM TIMEOUT_S [PAUSE_MS BURST]
// (PAUSE_MS, BURST: the typing pace, rfb::KeyTiming; by default the client's own)
// Prints one JSON object (server name, size, security, the pixels that changed between the
// two screens) and writes the second screen as a binary PPM; exits 0. A ConsoleError: its
// message, exit 2. Used by tests/integration/drivers/vnc_console_test.py.
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "common/clock.hpp"
#include "console/errors.hpp"
#include "console/rfb/client.hpp"
#include "console/websocket_channel.hpp"

using namespace stackrescue;

int main(int argc, char** argv) {
  if (argc != 5 && argc != 7) {
    std::cerr << "usage: rfb_probe NOVNC_URL TEXT OUT_PPM TIMEOUT_S [PAUSE_MS BURST]\n";
    return 64;
  }
  http::TransportOptions transport;
  transport.proxies_from_environment = false;
  auto& clock = system_clock();
  try {
    auto channel = console::websocket_opener(transport)(console::rfb::novnc_websocket_url(argv[1]));
    console::rfb::Client client(*channel, clock, clock.now() + std::chrono::seconds(std::stol(argv[4])));
    const auto before = client.capture().rgb;
    console::rfb::KeyTiming pace;
    if (argc == 7) pace = {std::chrono::milliseconds(std::stol(argv[5])), std::stoul(argv[6])};
    client.type(argv[2], pace);
    clock.sleep_for(std::chrono::seconds(2));  // the guest's shell runs what was typed
    const auto& after = client.capture();
    std::size_t changed = 0;
    for (std::size_t i = 0; i + 2 < after.rgb.size(); i += 3)
      changed += before[i] != after.rgb[i] || before[i + 1] != after.rgb[i + 1] || before[i + 2] != after.rgb[i + 2];
    std::ofstream out(argv[3], std::ios::binary);
    out << "P6\n" << after.width << " " << after.height << "\n255\n";
    out.write(reinterpret_cast<const char*>(after.rgb.data()), static_cast<std::streamsize>(after.rgb.size()));
    const auto& server = client.server();
    std::cout << nlohmann::json{{"name", server.init.name}, {"width", after.width}, {"height", after.height},
                                {"security", server.security}, {"version", "3." + std::to_string(server.minor_version)},
                                {"changed_pixels", changed}}
                     .dump()
              << "\n";
    channel->close();
    return 0;
  } catch (const console::ConsoleError& error) {
    std::cout << error.what() << "\n";
    return 2;
  }
}
