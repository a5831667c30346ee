#pragma once
// Shared bits of the libFuzzer targets (tests/fuzz/run builds them with clang++
// -fsanitize=fuzzer,address,undefined). Every target also clears the process-wide secrets
// register after each input, so millions of inputs do not grow it without bound.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/json_parse.hpp"
#include "http/transport.hpp"
#include "common/secrets.hpp"

// Known bugs in src/ that a fuzzer finds within seconds may be stepped around while they are
// open, under `#if STACKRESCUE_FUZZ_GUARD_KNOWN_BUGS`, so the fuzzers keep looking for new
// ones; `tests/fuzz/run --known-bugs` builds without the guards. None is open now (the two
// found first, B3 and B4 in docs/reliability.md, are fixed; their reproducers are seeds).
#ifndef STACKRESCUE_FUZZ_KNOWN_BUGS
#define STACKRESCUE_FUZZ_GUARD_KNOWN_BUGS 1
#else
#define STACKRESCUE_FUZZ_GUARD_KNOWN_BUGS 0
#endif

namespace fuzz {

// The targets never reach a network: every request is refused at once.
class RefusingTransport : public stackrescue::http::Transport {
 public:
  stackrescue::http::Response send(const stackrescue::http::Request&) override {
    throw stackrescue::http::TransportError(stackrescue::http::TransportError::Kind::ConnectionRefused, "fuzz: no network");
  }
};

inline std::string_view text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The bytes as JSON through the project's own guarded parser (what the session does with
// an answer body); nullopt when it is not JSON.
inline std::optional<nlohmann::json> json_of(const uint8_t* data, size_t size) {
  std::string error;
  return stackrescue::parse_json(text(data, size), error);
}

struct ClearSecrets {
  ~ClearSecrets() { stackrescue::secrets::clear_for_tests(); }
};

}  // namespace fuzz
