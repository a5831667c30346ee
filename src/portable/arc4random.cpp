// arc4random for glibc < 2.36. The libstdc++ of g++ 12 on Debian 12 (glibc 2.36) calls
// arc4random from std::random_device; linked statically (-static-libstdc++) that reference
// would make every module need GLIBC_2.36 and refuse to start on RHEL 9 / UBI 9 (2.34) and
// Ubuntu 22.04 (2.35). Defined here, the reference binds to this definition at link time.
// Same contract as glibc's: never fails; aborts if the kernel cannot give randomness.
#include <sys/random.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>

extern "C" std::uint32_t arc4random(void) noexcept {
  std::uint32_t value = 0;
  auto* bytes = reinterpret_cast<unsigned char*>(&value);
  std::size_t got = 0;
  while (got < sizeof value) {
    const ssize_t n = ::getrandom(bytes + got, sizeof value - got, 0);  // glibc 2.25
    if (n < 0) {
      if (errno == EINTR) continue;
      std::abort();
    }
    got += static_cast<std::size_t>(n);
  }
  return value;
}
