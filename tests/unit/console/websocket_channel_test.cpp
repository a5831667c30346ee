// The serial console's channel reports the WebSocket's failures as ConsoleError, with the
// transport's message (the layers above catch no http:: type).
#include <catch2/catch.hpp>

#include "console/errors.hpp"
#include "console/websocket_channel.hpp"

using namespace stackrescue;

TEST_CASE("a console proxy that cannot be reached is a ConsoleError naming the URL without its token",
          "[websocket_channel]") {
  http::TransportOptions transport;
  transport.proxies_from_environment = false;
  transport.connect_timeout = std::chrono::milliseconds(2000);
  const auto open = console::websocket_opener(transport);
  try {
    open("ws://127.0.0.1:1/?token=secret-console-token");
    FAIL("expected console::ConsoleError");
  } catch (const console::ConsoleError& error) {
    CHECK_THAT(error.what(), Catch::Contains("127.0.0.1:1"));
    CHECK_THAT(error.what(), !Catch::Contains("secret-console-token"));
  }
}
