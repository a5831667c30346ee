#pragma once
// The graphical console as a Channel, for rescue_command on a cloud (or a server) with no
// serial console served: what is sent is typed on the server's screen (RFB key events, over
// Nova's noVNC proxy), what is received is what the server printed on its first serial port
// since the channel opened, read back from its console log (os-getConsoleOutput: libvirt
// keeps that log whether or not nova-serialproxy serves the port). The shell on the screen is
// told to print there (console/log_shell.hpp); the console engine above (session, login,
// framing, scripts) then works on this channel as on the serial one.
//
// The log is polled: each read is the whole log as Nova has it (its last 100 KiB at most),
// and the new bytes are what follows the part already seen (new_log_bytes).
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "console/channel.hpp"
#include "console/rfb/client.hpp"

namespace stackrescue::console {

// The whole console log as Nova returns it now. Throws ConsoleError when it cannot be read.
using ConsoleLogReader = std::function<std::string()>;

struct ScreenLogTiming {
  // Between two reads of the log: each is a request to nova-api and a read of the log file
  // on the compute host, a few milliseconds on an idle cloud.
  std::chrono::milliseconds poll{250};
  // How fast keys are typed on the screen (rfb/keys.hpp: QEMU drops keys sent in a burst).
  rfb::KeyTiming keys;
};

class ScreenLogChannel : public Channel {
 public:
  // `screen` is the RFB client over `websocket` (both owned from here on). Reads the log
  // once: what it holds already is not received.
  ScreenLogChannel(std::unique_ptr<Channel> websocket, std::unique_ptr<rfb::Client> screen, ConsoleLogReader read_log,
                   Clock& clock, ScreenLogTiming timing = {});
  ~ScreenLogChannel() override;

  // Types `bytes`: printable ASCII, '\r' or '\n' (Return), '\t', and 0x03 (Ctrl-C). Throws
  // ConsoleError for any other byte (nothing of `bytes` is typed then).
  void send(std::string_view bytes) override;
  std::optional<std::string> receive(std::chrono::milliseconds wait) override;
  void close() override;
  // True once a read of the log shared less than kMinLogOverlap bytes with the read before it
  // (Nova's window slid past output printed between the two).
  bool missed_output() const override { return missed_; }

  rfb::Client& screen() { return *screen_; }

 private:
  std::optional<std::string> poll();

  std::unique_ptr<Channel> websocket_;
  std::unique_ptr<rfb::Client> screen_;
  ConsoleLogReader read_log_;
  Clock& clock_;
  ScreenLogTiming timing_;
  std::string log_;  // the log as last read
  bool missed_ = false;
  Clock::time_point last_poll_;
};

// Two reads of a log past Nova's limit overlap by all but what was printed in between; an
// overlap shorter than this (a line end or two matching by chance) means they do not.
inline constexpr std::size_t kMinLogOverlap = 64;

// What `now` (a later read of a console log) has that `before` (an earlier read) had not:
// the bytes after the longest prefix of `now` that ends `before`. While the log is under
// Nova's limit, `now` starts with all of `before`; past it, both are windows on the same log
// and the overlap is found wherever it starts. An overlap that is ambiguous (a log that
// repeats itself exactly over the whole window) is taken at its longest: at worst a
// repeated line is not received again, never one received twice.
std::string new_log_bytes(std::string_view before, std::string_view now);

}  // namespace stackrescue::console
