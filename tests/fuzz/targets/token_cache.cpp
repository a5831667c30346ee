// The token cache file as the next module run finds it: whatever bytes are there (a crash
// mid-write, a full disk, another program, an attacker with the user's rights) go through
// TokenCache::load. The file is ours (0600, this user), so only its content is fuzzed.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "fuzz_util.hpp"
#include "openstack/token_cache.hpp"

using namespace stackrescue;

static std::string& directory() {
  static std::string dir = [] {
    char pattern[] = "/tmp/stackrescue-fuzz-cache-XXXXXX";
    const char* made = mkdtemp(pattern);
    if (!made) std::abort();
    return std::string(made);
  }();
  return dir;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ClearSecrets clear;
  const openstack::TokenCache cache(directory(), {{"auth_type", 0}, {"auth", {{"auth_url", "http://k/v3"}}}});
  const int fd = open(cache.path().c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) std::abort();
  if (size && write(fd, data, size) != static_cast<ssize_t>(size)) std::abort();
  close(fd);
  const auto token = cache.load(1.7e9, 120);
  if (token) {
    (void)token->token_body.dump();
    (void)token->extras.dump();
    cache.store(*token);  // what a run does after reading compute versions
  }
  unlink(cache.path().c_str());
  return 0;
}
