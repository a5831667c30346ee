#include "console/rfb/client.hpp"

#include <algorithm>

#include "console/errors.hpp"
#include "console/rfb/messages.hpp"
#include "http/url.hpp"

namespace stackrescue::console::rfb {
namespace {

Handshake start(Channel& channel, Reader& reader, std::uint64_t max_pixels) {
  auto result = handshake(channel, reader, max_pixels);
  channel.send(set_encodings({kEncodingRaw}));
  return result;
}

// The value of `name` in a query string, percent-decoded; nullopt when absent.
std::optional<std::string> query_value(const std::string& query, const std::string& name) {
  std::size_t at = 0;
  while (at <= query.size()) {
    const auto end = std::min(query.find('&', at), query.size());
    const auto pair = query.substr(at, end - at);
    if (pair.compare(0, name.size() + 1, name + "=") == 0)
      return http::detail::percent_decode(pair.substr(name.size() + 1));
    at = end + 1;
  }
  return std::nullopt;
}

}  // namespace

Client::Client(Channel& channel, Clock& clock, Clock::time_point deadline, std::uint64_t max_pixels)
    : channel_(channel),
      reader_(channel, clock, deadline),
      handshake_(start(channel, reader_, max_pixels)),
      screen_(handshake_.init.width, handshake_.init.height, handshake_.init.format) {}

void Client::type(const std::string& text, const KeyTiming& timing) { press(strokes_for(text), timing); }

void Client::press(const std::vector<KeyStroke>& strokes, const KeyTiming& timing) {
  std::size_t sent = 0;
  for (const auto& stroke : strokes)
    for (const auto& event : key_events(stroke)) {
      channel_.send(event);
      if (++sent % std::max<std::size_t>(timing.burst, 1) == 0) reader_.clock().sleep_for(timing.pause);
    }
  if (sent % std::max<std::size_t>(timing.burst, 1) != 0) reader_.clock().sleep_for(timing.pause);
}

const Framebuffer& Client::capture() {
  const auto& init = handshake_.init;
  screen_.forget_coverage();
  while (!screen_.complete()) {
    // Non-incremental: the server sends every pixel, changed or not. Asked again when an
    // update covered only part of the screen.
    channel_.send(update_request(false, 0, 0, init.width, init.height));
    while (!screen_.read_message(reader_)) {
    }
  }
  return screen_.framebuffer();
}

void Client::request_format(const PixelFormat& format) {
  channel_.send(set_pixel_format(format));
  screen_.set_format(format);
}

std::string novnc_websocket_url(const std::string& novnc_url) {
  const auto url = http::detail::parse_url(novnc_url);
  if (!url || (url->scheme != "http" && url->scheme != "https"))
    throw ConsoleError("the noVNC console URL is not an http(s) URL: " +
                       (url ? printable(url->redacted()) : std::string("(an unparsable URL)")));
  const std::string base = (url->scheme == "https" ? "wss://" : "ws://") + url->origin().substr(url->origin().find("://") + 3);
  if (auto path = query_value(url->query, "path")) {
    if (path->find("token=") != std::string::npos) return base + "/" + *path;
  } else if (auto token = query_value(url->query, "token")) {
    return base + "/websockify?token=" + *token;
  }
  // printable: a URL from a broken cloud may carry any bytes, and messages end up in JSON.
  throw ConsoleError("the noVNC console URL " + printable(url->redacted()) + " carries no console token");
}

}  // namespace stackrescue::console::rfb
