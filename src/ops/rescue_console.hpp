#pragma once
// The console rescue_command types into: Nova's serial console, or where there is none, the
// graphical one (noVNC) with the output read back from the console log
// (console/screen_log_channel.hpp). `auto` takes the serial console when Nova hands one out
// for the server and its proxy accepts the connection, else the graphical one.
#include <functional>
#include <memory>
#include <string>

#include "common/clock.hpp"
#include "console/channel.hpp"
#include "console/rfb/client.hpp"
#include "openstack/compute.hpp"

namespace stackrescue::ops {

enum class ConsoleChoice { Auto, Serial, Vnc };

// "auto", "serial", "vnc"; throws OperationFailed for anything else.
ConsoleChoice console_choice(const std::string& name);

struct RescueConsoleRequest {
  ConsoleChoice choice = ConsoleChoice::Auto;
  bool allow_insecure_console = false;
  std::function<void(const std::string&)> warn;  // a ws:// console that is used
  Clock::time_point deadline;                    // for the RFB handshake
};

struct RescueConsole {
  std::unique_ptr<console::Channel> channel;
  std::string kind;  // "serial" or "vnc": which one `channel` is
  // vnc: the screen behind `channel` (owned by it), for a login prompt shown there.
  console::rfb::Client* screen = nullptr;
};

// Opens the console `request.choice` names (auto: serial if it opens, else vnc). A vnc
// console needs the server's console log: without one (Nova says it has none) it throws
// OperationFailed before anything is typed, naming what is missing (with auto: why the
// serial console could not be used either). Throws OperationFailed or console::ConsoleError
// when the console named cannot be opened.
RescueConsole open_rescue_console(openstack::ComputeClient& compute, const openstack::Server& server,
                                  const RescueConsoleRequest& request, const console::ChannelOpener& open,
                                  Clock& clock);

}  // namespace stackrescue::ops
