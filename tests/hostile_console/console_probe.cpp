// The console engine as rescue_command drives it, against a console URL given on the
// command line: the serial console's channel (the WebSocket with the cloud's timeouts),
// a session with the run's deadline, then reach_shell (Ctrl-C, read until a prompt).
//   console_probe URL TIMEOUT_S API_TIMEOUT_MS [CA_FILE]
// Prints "shell" and exits 0 when a shell prompt came, prints the ConsoleError's message and
// exits 2 when the run failed. run.py points it at a hostile stand-in proxy.
#include <chrono>
#include <iostream>
#include <string>

#include "common/clock.hpp"
#include "console/errors.hpp"
#include "console/login.hpp"
#include "console/session.hpp"
#include "console/websocket_channel.hpp"

using namespace stackrescue;

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::cerr << "usage: console_probe URL TIMEOUT_S API_TIMEOUT_MS [CA_FILE]\n";
    return 64;
  }
  http::TransportOptions transport;  // as module_support builds it from the cloud options
  transport.proxies_from_environment = false;
  transport.connect_timeout = std::chrono::milliseconds(5000);
  transport.read_timeout = std::chrono::milliseconds(std::stol(argv[3]));
  if (argc == 5) transport.tls.ca_file = argv[4];  // wss:// to a stand-in with a throw-away CA
  auto& clock = system_clock();
  try {
    console::Session session(console::websocket_opener(transport)(argv[1]), clock,
                             clock.now() + std::chrono::seconds(std::stol(argv[2])));
    console::reach_shell(session, console::Login{}, "the stand-in server");
    std::cout << "shell\n";
    return 0;
  } catch (const console::ConsoleError& error) {
    std::cout << error.what() << "\n";
    return 2;
  }
}
