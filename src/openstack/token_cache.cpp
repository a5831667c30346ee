#include "openstack/token_cache.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include "common/file_lock.hpp"
#include "common/json_parse.hpp"
#include "common/secrets.hpp"
#include "common/sha256.hpp"

namespace stackrescue::openstack {
namespace {

constexpr std::size_t kMaxCacheFile = 4 * 1024 * 1024;

}  // namespace

std::optional<double> parse_iso8601_utc(const std::string& text) {
  std::tm tm{};
  int year, month, day, hour, minute;
  double second;
  if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%lf", &year, &month, &day, &hour, &minute, &second) != 6) {
    return std::nullopt;
  }
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = 0;
  const time_t base = timegm(&tm);
  if (base == static_cast<time_t>(-1)) return std::nullopt;
  return static_cast<double>(base) + second;
}

std::string token_cache_directory() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg && *xdg == '/') return std::string(xdg) + "/stackrescue/tokens";
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : "/root") + "/.cache/stackrescue/tokens";
}

TokenCache::TokenCache(std::string directory, const nlohmann::json& auth_inputs)
    : directory_(directory.empty() ? token_cache_directory() : std::move(directory)) {
  path_ = directory_ + "/" + sha256_hex("stackrescue-token-v1\n" + auth_inputs.dump()) + ".json";
}

bool TokenCache::ensure_directory() const { return ensure_private_directory(directory_); }

std::optional<CachedToken> TokenCache::load(double now, double margin_seconds) const {
  refusal_.clear();
  const int fd = open(path_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  const bool statted = fstat(fd, &info) == 0;
  std::string body;
  if (statted && S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) <= kMaxCacheFile) {
    body.resize(static_cast<std::size_t>(info.st_size));
    const ssize_t got = read(fd, body.data(), body.size());
    if (got != static_cast<ssize_t>(body.size())) body.clear();
  }
  close(fd);
  const auto refuse = [&](const std::string& why) -> std::optional<CachedToken> {
    refusal_ = "token cache file " + path_ + " refused: " + why;
    unlink(path_.c_str());
    return std::nullopt;
  };
  if (!statted || !S_ISREG(info.st_mode)) return refuse("not a regular file");
  if (info.st_uid != geteuid()) return refuse("owned by another user");
  if ((info.st_mode & 077) != 0) return refuse("readable or writable by others");
  std::string error;
  const auto doc = parse_json(body, error);
  // Every key is checked with find(): const operator[] on a missing key is undefined.
  const auto field = [&](const char* key) -> const nlohmann::json* {
    if (!doc || !doc->is_object()) return nullptr;
    const auto it = doc->find(key);
    return it == doc->end() ? nullptr : &*it;
  };
  const auto* token_text = field("token");
  const auto* expires_at = field("expires_at");
  const auto* token_body = field("token_body");
  if (!token_text || !token_text->is_string() || !expires_at || !expires_at->is_number() || !token_body ||
      !token_body->is_object()) {
    return refuse("corrupt or truncated");
  }
  CachedToken token;
  token.token = token_text->get<std::string>();
  token.expires_at = expires_at->get<double>();
  token.token_body = *token_body;
  if (const auto* extras = field("extras"); extras && extras->is_object()) token.extras = *extras;
  secrets::add(token.token);
  if (token.expires_at - margin_seconds <= now) return std::nullopt;
  return token;
}

bool TokenCache::store(const CachedToken& token) const {
  if (!ensure_directory()) return false;
  const nlohmann::json doc = {{"token", token.token},
                              {"expires_at", token.expires_at},
                              {"token_body", token.token_body},
                              {"extras", token.extras}};
  const std::string text = doc.dump();
  const std::string temp = path_ + ".tmp." + std::to_string(getpid());
  const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  const bool written = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  const bool closed = close(fd) == 0;
  if (!written || !closed || rename(temp.c_str(), path_.c_str()) != 0) {
    unlink(temp.c_str());
    return false;
  }
  return true;
}

TokenCache::Lock TokenCache::lock(std::chrono::milliseconds wait) const {
  if (!ensure_directory()) return Lock();
  const std::string lock_path = path_.substr(0, path_.size() - 5) + ".lock";  // "<hash>.json" -> "<hash>.lock"
  return lock_file(lock_path, wait);
}

}  // namespace stackrescue::openstack
