#pragma once
// The serial console's channel: a WebSocket to Nova's nova-serialproxy (http/websocket.hpp),
// its failures reported as ConsoleError with the transport's message.
#include "console/channel.hpp"
#include "http/transport.hpp"

namespace stackrescue::console {

// Opens WebSocket channels with the cloud's TLS settings (validate_certs, ca_cert,
// client_cert/key), proxies and timeouts, taken from the HTTP transport's options: the
// connect timeout for the handshake, the read timeout (api_timeout) for each frame.
ChannelOpener websocket_opener(const http::TransportOptions& transport);

}  // namespace stackrescue::console
