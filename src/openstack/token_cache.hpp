#pragma once
// Tokens kept between module runs. A playbook runs one process per task; without a cache
// every task pays a token request (~0.45 s on the local cloud) plus the first-use
// validation at each service (~1 s). Files are 0600 in a 0700 per-user directory, keyed by
// a SHA-256 of every auth input including auth_url and the secret, so only a caller who
// could authenticate finds the token. The cache never holds a password.
#include <chrono>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/file_lock.hpp"

namespace stackrescue::openstack {

struct CachedToken {
  std::string token;
  double expires_at = 0;          // unix seconds
  nlohmann::json token_body;      // Keystone's {"token": {...}} (catalog, project)
  nlohmann::json extras = nlohmann::json::object();  // e.g. compute microversion range
};

class TokenCache {
 public:
  // An exclusive flock on the entry's own lock file (never on the cache file itself, which
  // is replaced by rename). Released when destroyed. Single flight: the process holding it
  // is the only one that authenticates (or reads the version document) for this entry.
  using Lock = FileLock;

  // `directory` empty = $XDG_CACHE_HOME/stackrescue/tokens or ~/.cache/stackrescue/tokens.
  TokenCache(std::string directory, const nlohmann::json& auth_inputs);

  // A token valid for at least `margin_seconds` more, or nullopt. A file that is not a
  // regular file, not owned by this user, readable by others, corrupt or truncated is
  // refused (and removed when possible).
  std::optional<CachedToken> load(double now, double margin_seconds = 120) const;
  // Stores atomically (write a 0600 temp file, rename). Failures are reported through the
  // return value and never fatal: the cache is an optimisation.
  bool store(const CachedToken& token) const;
  // Waits up to `wait` for the entry's lock. An unheld Lock (the wait ran out, or no lock
  // file could be made) means: go ahead without it — a slow peer never blocks a task for
  // longer than its timeout, it only costs one more token request.
  Lock lock(std::chrono::milliseconds wait) const;

  const std::string& path() const { return path_; }
  // Why the last load() refused a file ("" when it did not); for warnings and tests.
  const std::string& refusal() const { return refusal_; }

 private:
  bool ensure_directory() const;
  std::string directory_;
  std::string path_;
  mutable std::string refusal_;
};

// $XDG_CACHE_HOME/stackrescue/tokens or ~/.cache/stackrescue/tokens: where tokens (and the
// serial console locks of rescue_command) are kept.
std::string token_cache_directory();

// ISO 8601 UTC ("2026-11-26T14:30:00.000000Z") to unix seconds; nullopt if malformed.
std::optional<double> parse_iso8601_utc(const std::string& text);

}  // namespace stackrescue::openstack
