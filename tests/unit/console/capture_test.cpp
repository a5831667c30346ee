// The serial console framing against byte streams captured from the rescue system of a real
// guest (tests/fixtures/console, captured by tests/fixtures/capture/capture_serial_console.py; see
// the README there): each stream replayed whole and in pieces of several sizes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "common/utf8.hpp"
#include "console/framing.hpp"

using namespace stackrescue;
using nlohmann::json;

namespace {

struct Capture {
  json meta;
  std::string bytes;
};

Capture capture(const std::string& name) {
  const std::string base = std::string(STACKRESCUE_FIXTURES_DIR) + "/console/" + name;
  std::ifstream meta(base + ".json");
  std::ifstream bytes(base + ".bin", std::ios::binary);
  REQUIRE(meta);
  REQUIRE(bytes);
  return {json::parse(meta), std::string(std::istreambuf_iterator<char>(bytes), {})};
}

// The result of the capture, checked to be the same whatever the size of the reads.
console::CommandResult replay(const std::string& name, std::size_t cap = 1 << 20) {
  const auto c = capture(name);
  std::optional<console::CommandResult> first;
  for (const std::size_t chunk : {c.bytes.size() + 1, std::size_t{1}, std::size_t{7}, std::size_t{64}}) {
    const std::string nonce = c.meta.at("nonce");  // the captures' framing had one nonce for both markers
    console::Framing framing({nonce, nonce}, cap);
    for (std::size_t i = 0; i < c.bytes.size(); i += chunk) framing.feed(std::string_view(c.bytes).substr(i, chunk));
    const auto result = framing.result();
    CHECK(is_valid_utf8(result.output));
    if (!first) {
      first = result;
      if (!c.meta.at("rc").is_null()) {
        CHECK(result.finished);
        CHECK(result.rc == c.meta.at("rc").get<int>());
      }
    } else {
      INFO(name << " in pieces of " << chunk);
      CHECK(result.finished == first->finished);
      CHECK(result.rc == first->rc);
      CHECK(result.output == first->output);
    }
  }
  return *first;
}

}  // namespace

TEST_CASE("captured: echo, prompt and busybox's cursor query around a simple command", "[console_capture]") {
  CHECK(replay("simple").output == "hello\nLinux");
}

TEST_CASE("captured: stderr is in the output, the exit status in rc", "[console_capture]") {
  const auto r = replay("failing");
  CHECK(r.rc == 1);
  CHECK_THAT(r.output, Catch::Contains("/nonexistent-dir") && Catch::Contains("No such file or directory"));
  CHECK(replay("exit_status").output == "before");
}

TEST_CASE("captured: a script of several lines with a comment and a tab", "[console_capture]") {
  CHECK(replay("multiline").output == "one\ntwo\tcolumns");
}

TEST_CASE("captured: bytes that are not UTF-8, and ANSI colours", "[console_capture]") {
  CHECK(replay("non_utf8").output == "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes \xEF\xBF\xBD\nok \xC3\xA9");
  CHECK(replay("ansi").output == "red plain");
}

TEST_CASE("captured: a kernel message printed while the command runs", "[console_capture]") {
  const auto r = replay("kernel_noise");
  CHECK(r.rc == 0);
  CHECK_THAT(r.output, Catch::StartsWith("first\n") && Catch::EndsWith("\nsecond"));
}

TEST_CASE("captured: output without a final newline; long output whole and cut", "[console_capture]") {
  CHECK(replay("no_newline").output == "no newline at end");
  std::string lines;
  for (int i = 1; i <= 3000; ++i) lines += std::to_string(i) + (i < 3000 ? "\n" : "");
  CHECK(replay("long_output").output == lines);
  const auto cut = replay("long_output", 1000);
  CHECK(cut.cut_bytes > 0);
  CHECK_THAT(cut.output, Catch::StartsWith("1\n2\n3\n") &&
                             Catch::EndsWith("[output cut: the first 1000 bytes are shown, " +
                                             std::to_string(cut.cut_bytes) + " more were not kept]"));
}

TEST_CASE("captured: a command that never ends is begun, not finished", "[console_capture]") {
  const auto r = replay("never_ends");
  CHECK(r.began);
  CHECK_FALSE(r.finished);
  CHECK_FALSE(r.rc);
  CHECK(r.output.empty());
}
