// portable: the arc4random the static libstdc++ binds to (glibc < 2.36 has none). It must give
// fresh randomness on every call, and std::random_device (its user) must work through it.
#include <cstdint>
#include <random>
#include <set>

#include <catch2/catch.hpp>

extern "C" std::uint32_t arc4random(void) noexcept;

TEST_CASE("arc4random gives a different value nearly every time") {
  std::set<std::uint32_t> values;
  for (int i = 0; i < 64; ++i) values.insert(arc4random());
  CHECK(values.size() >= 62);  // a repeat among 64 draws of 32 bits: about 1 in 2 million
}

TEST_CASE("std::random_device draws through it") {
  std::random_device device;
  std::set<unsigned int> values;
  for (int i = 0; i < 16; ++i) values.insert(device());
  CHECK(values.size() >= 15);
}
