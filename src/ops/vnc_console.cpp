#include "ops/vnc_console.hpp"

#include "ops/describe.hpp"
#include "ops/rescue_command.hpp"
#include "ops/server_console.hpp"

namespace stackrescue::ops {

VncConsole open_vnc_console(openstack::ComputeClient& compute, const openstack::Server& server,
                            const VncConsoleRequest& request, const console::ChannelOpener& open, Clock& clock) {
  const auto console = open_console(compute, server, "vnc", "novnc");
  // Nova percent-encodes the token inside the noVNC URL's path parameter: the websocket URL
  // carries it plain, and both are registered.
  register_console_token(console.url);
  const auto url = console::rfb::novnc_websocket_url(console.url);
  register_console_token(url);
  if (auto warning = console_transport_warning(url, request.allow_insecure_console, describe(server),
                                               {"VNC console", "nova-novncproxy"}))
    if (request.warn) request.warn(*warning);
  VncConsole result;
  result.channel = open(url);
  result.client = std::make_unique<console::rfb::Client>(*result.channel, clock, request.deadline);
  return result;
}

ScreenCapture capture_screen(openstack::ComputeClient& compute, const openstack::Server& server,
                             const VncConsoleRequest& request, const console::ChannelOpener& open, Clock& clock) {
  auto console = open_vnc_console(compute, server, request, open, clock);
  ScreenCapture capture{console.client->capture(), {}};
  console.channel->close();
  capture.text = console::rfb::read_screen_text(capture.picture);
  return capture;
}

}  // namespace stackrescue::ops
