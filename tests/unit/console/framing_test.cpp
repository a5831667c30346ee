// The serial console framing (console/framing) against byte streams: synthetic ones shaped
// like what the rescue system's serial console sends (echo with CR LF, "> " continuation
// prompts, the shell prompt, kernel messages) and edge cases derived from them. The streams
// captured from a real rescue system are replayed in capture_test.cpp.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "common/utf8.hpp"
#include "console/framing.hpp"
#include "console/errors.hpp"

using namespace stackrescue;
using console::Framing;

namespace {

const std::string kNonce = "0123456789abcdef";
const console::Markers kMarkers{kNonce, kNonce};
constexpr std::size_t kCap = 1 << 20;

// What the rescue shell sends back for a framed command (as on the real console, see
// tests/fixtures/console): the prompt, the echo of the typed line (LF turned into CR LF by the
// terminal), the output between the markers, the prompt and busybox's cursor query.
std::string console_stream(const std::string& command, const std::string& output, int rc,
                           const std::string& nonce = kNonce) {
  std::string shell = command;  // the echo is of one typed line
  for (auto& c : shell) c = c == '\n' ? ';' : c;
  auto echo = console::framed_line(shell, {nonce, nonce});
  echo.insert(echo.size() - 1, "\r");
  return "/ # " + echo + "\r\nSRBEGIN-" + nonce + "\r\n" + output + "\r\nSREND-" + nonce + ":" +
         std::to_string(rc) + "\r\n/ # \x1b[6n";
}

console::CommandResult run(const std::string& stream, std::size_t chunk, std::size_t cap = kCap) {
  Framing framing(kMarkers, cap);
  for (std::size_t i = 0; i < stream.size(); i += chunk) framing.feed(std::string_view(stream).substr(i, chunk));
  return framing.result();
}

}  // namespace

TEST_CASE("one typed line that never holds a marker, the nonces only as the builtin printf's arguments",
          "[console_framing]") {
  const console::Markers markers{"1111111111111111", "2222222222222222"};
  const auto line = console::framed_line("command sh /tmp/x/run.sh", markers);
  CHECK(line == "printf '\\n%s-%s\\n' SRBEGIN 1111111111111111; ( command sh /tmp/x/run.sh ) </dev/null 2>&1; "
                "printf '\\n%s-%s:%d\\n' SREND 2222222222222222 $?\n");
  CHECK(line.find("SRBEGIN-") == std::string::npos);
  CHECK(line.find("SREND-") == std::string::npos);
  CHECK(console::framed_line("true", markers, "unset HISTFILE; ").rfind("unset HISTFILE; printf ", 0) == 0);
  // The echo alone (as the terminal shows it) never starts a run.
  Framing framing(kMarkers, kCap);
  const auto stream = console_stream("ls", "", 0);
  framing.feed(stream.substr(0, stream.find("\r\nSRBEGIN")));
  CHECK(framing.state() == Framing::State::WaitingForBegin);
}

TEST_CASE("separate begin and end nonces: the begin marker's nonce does not end a run", "[console_framing]") {
  const auto markers = console::make_markers();
  CHECK(markers.begin != markers.end);
  Framing framing(markers, kCap);
  framing.feed("\r\nSRBEGIN-" + markers.begin + "\r\nout\r\nSREND-" + markers.begin + ":0\r\n");
  CHECK(framing.state() == Framing::State::Running);
  framing.feed("SREND-" + markers.end + ":3\r\n");
  REQUIRE(framing.finished());
  CHECK(framing.result().rc == 3);
  CHECK(framing.result().output == "out\nSREND-" + markers.begin + ":0");
}

TEST_CASE("nonces are fresh, 16 hex digits", "[console_framing]") {
  const auto a = console::make_nonce();
  CHECK(a.size() == 16);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(a != console::make_nonce());
  CHECK_THROWS_AS(Framing(console::Markers{"short", kNonce}, kCap), std::invalid_argument);
  CHECK_THROWS_AS(console::framed_line("ls", {"bad nonce!", kNonce}), std::invalid_argument);
}

TEST_CASE("a line that cannot be typed is a programming error, refused", "[console_framing]") {
  const auto most = console::max_shell_bytes();
  CHECK(most > 800);
  CHECK(console::framed_line(std::string(most, 'x'), kMarkers).size() == console::kMaxTypedLineBytes);
  CHECK_THROWS_AS(console::framed_line(std::string(most + 1, 'x'), kMarkers), std::invalid_argument);
  CHECK_THROWS_AS(console::framed_line("echo a\necho b", kMarkers), std::invalid_argument);
}

TEST_CASE("output and exit status, whatever the split of the stream", "[console_framing]") {
  const auto stream = console_stream("echo hello\nls /nope", "hello\r\nls: /nope: No such file or directory\r\n", 1);
  for (std::size_t chunk = 1; chunk <= stream.size(); ++chunk) {
    const auto result = run(stream, chunk);
    INFO("chunk " << chunk);
    REQUIRE(result.finished);
    CHECK(result.began);
    CHECK(result.rc == 1);
    CHECK(result.output == "hello\nls: /nope: No such file or directory");
    CHECK(result.cut_bytes == 0);
  }
}

TEST_CASE("empty output, output without a final newline, exit statuses up to 255", "[console_framing]") {
  CHECK(run(console_stream("true", "", 0), 7).output.empty());
  CHECK(run(console_stream("printf x", "x", 0), 3).output == "x");
  const auto r = run(console_stream("exit 255", "", 255), 5);
  CHECK(r.rc == 255);
}

TEST_CASE("kernel messages and old output around and inside the run", "[console_framing]") {
  const std::string noise = "[   12.345678] EXT4-fs (vdb1): mounted filesystem\r\n";
  // A run of an earlier nonce left its markers on the console: not ours.
  const std::string old = "\r\nSRBEGIN-ffffffffffffffff\r\nold\r\nSREND-ffffffffffffffff:0\r\n";
  const auto stream = old + noise + console_stream("dmesg | tail -1", "line1\r\n" + noise + "line2\r\n", 0) + noise;
  const auto result = run(stream, 11);
  REQUIRE(result.finished);
  CHECK(result.output == "line1\n[   12.345678] EXT4-fs (vdb1): mounted filesystem\nline2");
}

TEST_CASE("marker look-alikes inside the output are output", "[console_framing]") {
  const std::string fake = "SREND-" + kNonce + ":x\r\nSREND-" + kNonce + ":1234\r\nSRBEGIN-" + kNonce + "\r\n";
  const auto result = run(console_stream("cat notes", fake, 0), 4);
  REQUIRE(result.finished);
  CHECK(result.rc == 0);
  CHECK(result.output == "SREND-" + kNonce + ":x\nSREND-" + kNonce + ":1234\nSRBEGIN-" + kNonce);
}

TEST_CASE("ANSI sequences and control characters are removed, line ends become LF", "[console_framing]") {
  CHECK(console::as_text("\x1b[1;31mred\x1b[0m \x1b]0;title\x07plain\x1b(B\r\n") == "red plain\n");
  CHECK(console::as_text("a\rb\x08\x07\tc\r\r\n") == "ab\tc\n");
  CHECK(console::as_text("cut \x1b[") == "cut ");
  CHECK(console::as_text("osc \x1b]2;t\x1b\\end") == "osc end");
}

TEST_CASE("bytes that are not UTF-8 come back as U+FFFD, always valid JSON", "[console_framing]") {
  CHECK(console::as_text("bad \xff\xfe ok \xc3\xa9 cut \xc3") == "bad \xEF\xBF\xBD\xEF\xBF\xBD ok \xc3\xa9 cut \xEF\xBF\xBD");
  CHECK(console::as_text("\xed\xa0\x80 \xc0\xaf \xf4\x90\x80\x80") ==
        "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  const auto result = run(console_stream("cat /dev/urandom | head -c 8", "\x80\xff\xc3(\xe2\x82", 0), 2);
  CHECK(is_valid_utf8(result.output));
  CHECK_NOTHROW(nlohmann::json(result.output).dump());
}

TEST_CASE("output beyond the cap is counted, not kept, and the cut is said", "[console_framing]") {
  std::string big;
  for (int i = 0; i < 1000; ++i) big += std::to_string(i) + "\r\n";
  const auto stream = console_stream("seq 0 999", big, 0);
  const auto result = run(stream, 64, 100);
  REQUIRE(result.finished);
  CHECK(result.rc == 0);
  CHECK(result.cut_bytes == big.size() + 2 - 100);  // + the framing's CR LF before the end marker
  CHECK(result.output.rfind("0\n1\n2\n", 0) == 0);
  CHECK_THAT(result.output, Catch::EndsWith("\n[output cut: the first 100 bytes are shown, " +
                                            std::to_string(result.cut_bytes) + " more were not kept]"));
}

TEST_CASE("a command that never ends: what it printed so far, not finished", "[console_framing]") {
  auto stream = console_stream("while :; do echo tick; sleep 1; done", "tick\r\ntick\r\n", 0);
  stream = stream.substr(0, stream.find("\r\nSREND-"));
  Framing framing(kMarkers, kCap);
  framing.feed(stream + "\r\nSREND-" + kNonce.substr(0, 5));  // a partial look-alike is held back...
  REQUIRE(framing.state() == Framing::State::Running);
  const auto result = framing.result();  // ...and given as output when the caller's deadline passes
  CHECK_FALSE(result.finished);
  CHECK(result.began);
  CHECK_FALSE(result.rc);
  CHECK(result.output == "tick\ntick\n\nSREND-01234");
}

TEST_CASE("a command that never started (shell busy or gone): nothing, not begun", "[console_framing]") {
  Framing framing(kMarkers, kCap);
  framing.feed("[  100.0] sysrq: Show Memory\r\n" + std::string(10000, 'x'));
  const auto result = framing.result();
  CHECK_FALSE(result.began);
  CHECK_FALSE(result.finished);
  CHECK(result.output.empty());
}

TEST_CASE("bytes after the end marker are ignored", "[console_framing]") {
  Framing framing(kMarkers, kCap);
  framing.feed(console_stream("echo a", "a\r\n", 0));
  REQUIRE(framing.finished());
  framing.feed("\r\nmore noise SREND-" + kNonce + ":9\r\n");
  CHECK(framing.result().rc == 0);
  CHECK(framing.result().output == "a");
}

TEST_CASE("a begin marker followed by anything but a line end is not ours", "[console_framing]") {
  Framing framing(kMarkers, kCap);
  framing.feed("SRBEGIN-" + kNonce + "x\r\nSRBEGIN-" + kNonce + std::string(300, '\r') + "\n");
  CHECK(framing.state() == Framing::State::WaitingForBegin);
  framing.feed("SRBEGIN-" + kNonce + "\r");
  CHECK(framing.state() == Framing::State::WaitingForBegin);
  framing.feed("\r\nout\r\nSREND-" + kNonce + ":0\r\n");
  REQUIRE(framing.finished());
  CHECK(framing.result().output == "out");
}
