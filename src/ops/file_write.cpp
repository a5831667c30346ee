#include "ops/file_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "ops/errors.hpp"

namespace stackrescue::ops {
namespace {

// Removes the temporary file unless it was renamed.
struct Temporary {
  std::string path;
  int fd = -1;
  bool renamed = false;
  ~Temporary() {
    if (fd >= 0) ::close(fd);
    if (!renamed) std::remove(path.c_str());
  }
};

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content, const std::string& what) {
  const auto fail = [&](int error) {
    throw OperationFailed("the " + what + " " + path + " cannot be written: " + std::strerror(error));
  };
  std::string pattern = path + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());  // created 0600
  if (fd < 0) fail(errno);
  Temporary temporary{name.data(), fd};
  for (std::size_t at = 0; at < content.size();) {
    const auto written = ::write(fd, content.data() + at, content.size() - at);
    if (written < 0 && errno == EINTR) continue;
    if (written < 0) fail(errno);
    at += static_cast<std::size_t>(written);
  }
  if (::fchmod(fd, 0600) != 0 || ::fsync(fd) != 0) fail(errno);
  const int closed = ::close(temporary.fd);
  temporary.fd = -1;
  if (closed != 0) fail(errno);
  if (std::rename(temporary.path.c_str(), path.c_str()) != 0) fail(errno);
  temporary.renamed = true;
}

}  // namespace stackrescue::ops
