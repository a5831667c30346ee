#include "ops/console_session.hpp"

#include <algorithm>

namespace stackrescue::ops {
namespace {

constexpr std::size_t kRecentBytes = 8 * 1024;

}  // namespace

ConsoleSession::ConsoleSession(std::unique_ptr<http::WebSocket> socket, Clock& clock, Clock::time_point deadline)
    : socket_(std::move(socket)), clock_(clock), deadline_(deadline) {}

ConsoleSession::~ConsoleSession() { socket_->close(); }

void ConsoleSession::type(std::string_view text) { socket_->send(text); }

std::string ConsoleSession::read(std::chrono::milliseconds wait) {
  auto bytes = socket_->receive(wait);
  if (!bytes) return {};
  recent_ += *bytes;
  if (recent_.size() > kRecentBytes) recent_.erase(0, recent_.size() - kRecentBytes);
  return std::move(*bytes);
}

std::string ConsoleSession::read_until_quiet(std::chrono::milliseconds quiet, std::chrono::milliseconds limit) {
  const auto until = clock_.now() + limit;
  std::string all;
  while (clock_.now() < until) {
    const auto wait = std::min(quiet, std::chrono::duration_cast<std::chrono::milliseconds>(until - clock_.now()));
    auto bytes = read(wait);
    if (bytes.empty()) break;
    all += bytes;
  }
  return all;
}

std::chrono::milliseconds ConsoleSession::left() const {
  const auto now = clock_.now();
  if (now >= deadline_) return std::chrono::milliseconds(0);
  return std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - now);
}

}  // namespace stackrescue::ops
