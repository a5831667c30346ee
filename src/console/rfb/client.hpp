#pragma once
// A VNC (RFB) client over a console Channel (the websocket to Nova's noVNC proxy, opened
// like the serial console's: websocket_channel.hpp), for a cloud whose only console is the
// graphical one: it types text as key presses and captures the screen. Everything it reads
// is bounded by the deadline it was given, and by the screen's size (kMaxPixels) in memory.
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "console/channel.hpp"
#include "console/rfb/handshake.hpp"
#include "console/rfb/keys.hpp"
#include "console/rfb/messages.hpp"
#include "console/rfb/reader.hpp"
#include "console/rfb/screen.hpp"

namespace stackrescue::console::rfb {

class Client {
 public:
  // Runs the handshake on `channel` (which must outlive the client), then asks for Raw
  // pixels only. A screen over `max_pixels` is refused before anything is allocated (the
  // fuzz target keeps it small). Throws ConsoleError (handshake.hpp).
  Client(Channel& channel, Clock& clock, Clock::time_point deadline, std::uint64_t max_pixels = kMaxPixels);

  const Handshake& server() const { return handshake_; }

  // Presses the keys that type `text` (strokes_for), at `timing`'s pace. Throws
  // ConsoleError for text without keys, or when the channel is gone.
  void type(const std::string& text, const KeyTiming& timing = {});
  void press(const std::vector<KeyStroke>& strokes, const KeyTiming& timing = {});

  // The whole screen as it is now: asks for a full update and reads until every pixel came.
  // Throws ConsoleError (screen.hpp), or when the screen did not come before the deadline.
  const Framebuffer& capture();

  // Asks the server for pixels in `format` from now on (tests: the same screen in other
  // formats). A capture reads them right.
  void request_format(const PixelFormat& format);

 private:
  Channel& channel_;
  Reader reader_;
  Handshake handshake_;
  Screen screen_;
};

// The websocket URL behind the noVNC URL Nova hands out, built as noVNC's own client does:
// ws:// for http://, wss:// for https://, the same host and port, then "/" + the `path`
// parameter (Nova puts "?token=..." there), or "/websockify?token=..." for the older URL
// form with a top-level `token`. Throws ConsoleError, naming the URL without its query,
// when it is not an http(s) URL or carries no token.
std::string novnc_websocket_url(const std::string& novnc_url);

}  // namespace stackrescue::console::rfb
