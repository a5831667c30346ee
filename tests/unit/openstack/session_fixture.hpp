#pragma once
// A session on a scripted transport, configured like the local cloud's `member`.
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

#include "openstack/session.hpp"
#include "support/fake_clock.hpp"
#include "support/scripted_transport.hpp"

namespace stackrescue::testing {

inline openstack::CloudConfig member_config(const std::string& password = "member-pw-1234") {
  openstack::CloudConfig config;
  config.name = "member";
  config.auth = {{"auth_url", "http://127.0.0.1:5000/v3"}, {"username", "member"}, {"password", password},
                 {"user_domain_id", "default"}, {"project_name", "member"}, {"project_domain_id", "default"}};
  return config;
}

// A fresh private directory for token cache files.
inline std::string temp_cache_dir() {
  char pattern[] = "/tmp/stackrescue-cache-test-XXXXXX";
  const char* dir = mkdtemp(pattern);
  return std::string(dir ? dir : "/tmp") + "/tokens";
}

struct SessionFixture {
  std::shared_ptr<ScriptedTransport> transport = std::make_shared<ScriptedTransport>();
  FakeClock clock;
  std::unique_ptr<openstack::Session> session;
  std::vector<std::string> warnings;  // what the session asked to warn about

  explicit SessionFixture(bool cache = false, std::string cache_dir = "", openstack::CloudConfig config = member_config(),
                          std::chrono::milliseconds lock_wait = std::chrono::seconds(60)) {
    openstack::SessionOptions options;
    options.lock_wait = lock_wait;
    options.token_cache = cache;
    options.cache_dir = std::move(cache_dir);
    options.warn = [this](const std::string& message) { warnings.push_back(message); };
    session = std::make_unique<openstack::Session>(std::move(config), transport, options, clock);
  }
};

}  // namespace stackrescue::testing
