#pragma once
// The graphical console of a server, for clouds that offer no serial console: Nova's noVNC
// URL (remote-consoles, protocol vnc, type novnc; os-getVNCConsole below 2.6), turned into
// the websocket noVNC itself opens, under the serial console's rules (token registered as a
// secret, ws:// only on this machine unless allowed, the same opener: TLS, proxies, Origin),
// then the RFB handshake (console/rfb).
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "common/clock.hpp"
#include "console/channel.hpp"
#include "console/rfb/client.hpp"
#include "console/rfb/screen_text.hpp"
#include "openstack/compute.hpp"

namespace stackrescue::ops {

struct VncConsole {
  std::unique_ptr<console::Channel> channel;
  std::unique_ptr<console::rfb::Client> client;  // declared after channel: destroyed first
};

struct VncConsoleRequest {
  bool allow_insecure_console = false;
  std::function<void(const std::string&)> warn;  // a ws:// console that is used
  Clock::time_point deadline;                    // for every RFB read
};

// Throws OperationFailed (a refused console type, a cleartext console over the network not
// allowed) or console::ConsoleError (the URL, the websocket, the RFB handshake).
VncConsole open_vnc_console(openstack::ComputeClient& compute, const openstack::Server& server,
                            const VncConsoleRequest& request, const console::ChannelOpener& open, Clock& clock);

// The whole screen once, as a picture and as text (console/rfb/screen_text), the console
// opened (open_vnc_console) and closed again. What server_console_screenshot saves and
// server_diagnose reads. Throws as open_vnc_console does, or when the screen does not come.
struct ScreenCapture {
  console::rfb::Framebuffer picture;
  console::rfb::ScreenText text;
};
ScreenCapture capture_screen(openstack::ComputeClient& compute, const openstack::Server& server,
                             const VncConsoleRequest& request, const console::ChannelOpener& open, Clock& clock);

}  // namespace stackrescue::ops
