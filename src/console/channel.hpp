#pragma once
// The byte stream a console engine talks over, whatever carries it. The serial console is
// one implementation (websocket_channel.hpp: Nova's nova-serialproxy); a graphical
// console (RFB/VNC) would be another, its keystrokes and screen text turned into bytes.
// Tests use a scripted fake (tests/support/fake_console.hpp).
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace stackrescue::console {

class Channel {
 public:
  virtual ~Channel() = default;
  // Sends `bytes` as typed input. Throws ConsoleError when the channel is gone.
  virtual void send(std::string_view bytes) = 0;
  // The next bytes the console printed, or nullopt when none came within `wait`. Throws
  // ConsoleError when the peer closed the channel.
  virtual std::optional<std::string> receive(std::chrono::milliseconds wait) = 0;
  // Closes the channel. Never throws.
  virtual void close() = 0;
  // True once bytes the console printed may have been missed for good (a channel that reads
  // a bounded window of the output, and the window slid past them between two reads).
  virtual bool missed_output() const { return false; }
};

// Opens a channel to the console at `url` (the URL Nova handed out). Throws ConsoleError.
using ChannelOpener = std::function<std::unique_ptr<Channel>(const std::string& url)>;

}  // namespace stackrescue::console
