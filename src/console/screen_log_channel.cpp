#include "console/screen_log_channel.hpp"

#include <algorithm>
#include <vector>

#include "console/errors.hpp"
#include "console/rfb/keys.hpp"

namespace stackrescue::console {

std::string new_log_bytes(std::string_view before, std::string_view now) {
  if (now.substr(0, before.size()) == before) return std::string(now.substr(before.size()));
  // Knuth-Morris-Pratt with `now` as the pattern run over `before`: the state at the end of
  // `before` is the length of the longest prefix of `now` that ends it. Linear in both.
  std::vector<std::size_t> fallback(now.size() + 1, 0);
  for (std::size_t i = 1, k = 0; i < now.size(); ++i) {
    while (k > 0 && now[i] != now[k]) k = fallback[k];
    if (now[i] == now[k]) ++k;
    fallback[i + 1] = k;
  }
  std::size_t matched = 0;
  for (char c : before) {
    if (matched == now.size()) matched = fallback[matched];
    while (matched > 0 && c != now[matched]) matched = fallback[matched];
    if (c == now[matched]) ++matched;
  }
  return std::string(now.substr(matched));
}

ScreenLogChannel::ScreenLogChannel(std::unique_ptr<Channel> websocket, std::unique_ptr<rfb::Client> screen,
                                   ConsoleLogReader read_log, Clock& clock, ScreenLogTiming timing)
    : websocket_(std::move(websocket)),
      screen_(std::move(screen)),
      read_log_(std::move(read_log)),
      clock_(clock),
      timing_(timing),
      log_(read_log_()),
      last_poll_(clock.now()) {}

ScreenLogChannel::~ScreenLogChannel() { close(); }

void ScreenLogChannel::send(std::string_view bytes) {
  // strokes_for checks every byte before the first key goes down: a line is typed whole or not at all.
  screen_->press(rfb::strokes_for(bytes), timing_.keys);
}

std::optional<std::string> ScreenLogChannel::receive(std::chrono::milliseconds wait) {
  const auto until = clock_.now() + wait;
  for (;;) {
    const auto next_poll = last_poll_ + timing_.poll;
    const auto now = clock_.now();
    if (next_poll > until) {
      if (until > now) clock_.sleep_for(std::chrono::duration_cast<std::chrono::milliseconds>(until - now));
      return std::nullopt;
    }
    if (next_poll > now) clock_.sleep_for(std::chrono::duration_cast<std::chrono::milliseconds>(next_poll - now));
    if (auto fresh = poll()) return fresh;
  }
}

std::optional<std::string> ScreenLogChannel::poll() {
  last_poll_ = clock_.now();
  auto log = read_log_();
  auto fresh = new_log_bytes(log_, log);
  const std::size_t overlap = log.size() - fresh.size();
  if (overlap < std::min(log_.size(), kMinLogOverlap)) missed_ = true;
  log_ = std::move(log);
  if (fresh.empty()) return std::nullopt;
  return fresh;
}

void ScreenLogChannel::close() {
  screen_.reset();
  if (websocket_) websocket_->close();
}

}  // namespace stackrescue::console
