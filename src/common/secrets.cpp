#include "common/secrets.hpp"

#include <algorithm>
#include <mutex>
#include <set>

namespace stackrescue::secrets {
namespace {

constexpr std::size_t kMinimumSecretLength = 4;

struct LongestFirst {
  bool operator()(const std::string& a, const std::string& b) const {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  }
};

std::mutex& registry_mutex() {
  static std::mutex m;
  return m;
}
std::set<std::string, LongestFirst>& registry() {
  static std::set<std::string, LongestFirst> values;
  return values;
}

}  // namespace

void add(std::string value) {
  if (value.size() < kMinimumSecretLength) return;
  std::lock_guard<std::mutex> lock(registry_mutex());
  registry().insert(std::move(value));
}

std::string scrub(std::string_view text) {
  std::string out(text);
  std::lock_guard<std::mutex> lock(registry_mutex());
  for (const auto& secret : registry()) {
    std::size_t pos = 0;
    while ((pos = out.find(secret, pos)) != std::string::npos) {
      out.replace(pos, secret.size(), kScrubbed);
      pos += kScrubbed.size();
    }
  }
  return out;
}

bool contains_secret(std::string_view text) {
  std::lock_guard<std::mutex> lock(registry_mutex());
  return std::any_of(registry().begin(), registry().end(),
                     [&](const std::string& s) { return text.find(s) != std::string_view::npos; });
}

void clear_for_tests() {
  std::lock_guard<std::mutex> lock(registry_mutex());
  registry().clear();
}

}  // namespace stackrescue::secrets
