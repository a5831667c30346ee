#include "console/session.hpp"

#include <algorithm>

namespace stackrescue::console {
namespace {

constexpr std::size_t kRecentBytes = 8 * 1024;

}  // namespace

Session::Session(std::unique_ptr<Channel> channel, Clock& clock, Clock::time_point deadline)
    : channel_(std::move(channel)), clock_(clock), deadline_(deadline) {}

Session::~Session() { channel_->close(); }

void Session::type(std::string_view text) { channel_->send(text); }

std::string Session::read(std::chrono::milliseconds wait) {
  auto bytes = channel_->receive(wait);
  if (!bytes) return {};
  bytes_read_ += bytes->size();
  recent_ += *bytes;
  if (recent_.size() > kRecentBytes) recent_.erase(0, recent_.size() - kRecentBytes);
  return std::move(*bytes);
}

bool Session::read_until_quiet(std::chrono::milliseconds quiet, std::chrono::milliseconds limit) {
  const auto until = clock_.now() + limit;
  // Only what came is kept, in recent(): the callers look for a prompt at its end.
  while (clock_.now() < until) {
    const auto wait = std::min(quiet, std::chrono::duration_cast<std::chrono::milliseconds>(until - clock_.now()));
    // Nothing in a shorter wait at the limit's end is no pause: a console printing every
    // 10 ms would otherwise count as quiet whenever the limit ends between two prints.
    if (read(wait).empty() && wait == quiet) return true;
  }
  return false;
}

bool Session::read_until_settled(const std::function<bool(std::string_view)>& done, std::chrono::milliseconds settle,
                                 std::chrono::milliseconds limit) {
  const auto until = clock_.now() + limit;
  for (;;) {
    const auto now = clock_.now();
    const bool ended = done(recent_);
    // At the limit, what came is all there is to judge by.
    if (now >= until || (ended && until - now < settle)) return ended;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - now);
    if (!ended) {
      read(std::min(left, kReadSlice));
    } else if (read(settle).empty()) {
      return true;
    }
  }
}

std::chrono::milliseconds Session::left() const {
  const auto now = clock_.now();
  if (now >= deadline_) return std::chrono::milliseconds(0);
  return std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - now);
}

}  // namespace stackrescue::console
