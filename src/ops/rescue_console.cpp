#include "ops/rescue_console.hpp"

#include "console/errors.hpp"
#include "console/screen_log_channel.hpp"
#include "openstack/errors.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"
#include "ops/rescue_command.hpp"
#include "ops/server_console.hpp"
#include "ops/vnc_console.hpp"

namespace stackrescue::ops {
namespace {

std::unique_ptr<console::Channel> open_serial(openstack::ComputeClient& compute, const openstack::Server& server,
                                              const RescueConsoleRequest& request,
                                              const console::ChannelOpener& open) {
  const auto console = open_console(compute, server, "serial", "serial");
  register_console_token(console.url);
  if (auto warning = console_transport_warning(console.url, request.allow_insecure_console, describe(server)))
    if (request.warn) request.warn(*warning);
  try {
    return open(console.url);
  } catch (const console::ConsoleError& refused) {  // Nova hands out URLs that nothing may answer
    throw console::ConsoleError("the serial console of " + describe(server) + " did not open (nova-serialproxy): " +
                                refused.what());
  }
}

std::unique_ptr<console::ScreenLogChannel> open_vnc(openstack::ComputeClient& compute, const openstack::Server& server,
                                           const RescueConsoleRequest& request, const console::ChannelOpener& open,
                                           Clock& clock, const std::string& why_not_serial) {
  // The output comes back through the console log: without it, nothing typed could be read
  // back, so nothing is typed.
  const auto log = compute.console_output(server.id, 1);
  if (!log.available)
    throw OperationFailed("cannot run a command in the rescue system of " + describe(server) + ": " +
                              (why_not_serial.empty() ? "" : why_not_serial + ", and ") +
                              "over its VNC console the output is read from its console log, which Nova does not "
                              "have (" + log.reason + "); nothing was typed",
                          {{"server", server.id}});
  auto vnc = open_vnc_console(compute, server, {request.allow_insecure_console, request.warn, request.deadline},
                              open, clock);
  auto read_log = [&compute, id = server.id, name = describe(server)] {
    auto now = compute.console_output(id, std::nullopt);
    if (!now.available)
      throw console::ConsoleError("the console log of " + name + " is no longer available: " + now.reason);
    return now.text;
  };
  return std::make_unique<console::ScreenLogChannel>(std::move(vnc.channel), std::move(vnc.client), read_log, clock);
}

}  // namespace

ConsoleChoice console_choice(const std::string& name) {
  if (name == "auto") return ConsoleChoice::Auto;
  if (name == "serial") return ConsoleChoice::Serial;
  if (name == "vnc") return ConsoleChoice::Vnc;
  throw OperationFailed("console must be one of auto, serial, vnc, not " + name);
}

RescueConsole open_rescue_console(openstack::ComputeClient& compute, const openstack::Server& server,
                                  const RescueConsoleRequest& request, const console::ChannelOpener& open,
                                  Clock& clock) {
  if (request.choice == ConsoleChoice::Serial) return {open_serial(compute, server, request, open), "serial"};
  std::string why_not_serial;
  if (request.choice == ConsoleChoice::Auto) {
    // Only what says "no serial console here" falls through to vnc: Nova refusing the
    // console type, or its proxy refusing the connection. Authentication, an unreachable
    // API and a ws:// console refused as cleartext fail the run.
    try {
      return {open_serial(compute, server, request, open), "serial"};
    } catch (const openstack::ApiError& refused) {
      if (dynamic_cast<const openstack::AuthenticationFailed*>(&refused)) throw;
      why_not_serial = std::string("Nova hands out no serial console for it (") + refused.what() + ")";
    } catch (const console::ConsoleError& unreachable) {
      why_not_serial = unreachable.what();
    }  // OperationFailed (a cleartext console refused) is not "no serial console": it fails the run
  }
  auto channel = open_vnc(compute, server, request, open, clock, why_not_serial);
  auto* screen = &channel->screen();
  return {std::move(channel), "vnc", screen};
}

}  // namespace stackrescue::ops
