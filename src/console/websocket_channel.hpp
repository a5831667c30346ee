#pragma once
// The serial console's channel: a WebSocket to Nova's nova-serialproxy (http/websocket.hpp),
// its failures reported as ConsoleError with the transport's message.
#include <string>

#include "console/channel.hpp"
#include "http/transport.hpp"

namespace stackrescue::console {

// Opens WebSocket channels with the cloud's TLS settings (validate_certs, ca_cert,
// client_cert/key), proxies and timeouts, taken from the HTTP transport's options: the
// connect timeout for the handshake, the read timeout (api_timeout) for each frame.
ChannelOpener websocket_opener(const http::TransportOptions& transport);

// How the bytes of a console URL travel: what the caller's policy on cleartext consoles
// (rescue_command's allow_insecure_console) decides on. `host` is for messages: the URL's
// query (the console token) is never part of it.
struct ConsoleEndpoint {
  enum class Transport { Encrypted, CleartextLocal, CleartextNetwork, Unknown };
  Transport transport = Transport::Unknown;
  std::string host;
};
// wss:// is Encrypted; ws:// is CleartextLocal on 127.0.0.0/8, ::1 and localhost, else
// CleartextNetwork; anything else (not a URL, another scheme) is Unknown: the opener refuses it.
ConsoleEndpoint console_endpoint(const std::string& url);

}  // namespace stackrescue::console
