// The graphical console as a Channel (console/screen_log_channel): typed bytes become key
// events on the RFB connection (replayed from the real noVNC proxy's handshake), and what is
// received is exactly what the console log gained since the channel opened.
#include <catch2/catch.hpp>

#include <deque>
#include <string>

#include "console/errors.hpp"
#include "console/rfb/keys.hpp"
#include "console/screen_log_channel.hpp"
#include "support/rfb_replay.hpp"

using namespace stackrescue;
using namespace stackrescue::console;
using Catch::Matchers::Contains;

TEST_CASE("new_log_bytes: what a later read of the console log adds to an earlier one") {
  SECTION("the log grew: its new end") { CHECK(new_log_bytes("boot\r\n# ", "boot\r\n# ls\r\nbin\r\n# ") == "ls\r\nbin\r\n# "); }
  SECTION("unchanged: nothing") { CHECK(new_log_bytes("boot\r\n# ", "boot\r\n# ").empty()); }
  SECTION("past Nova's limit the window moved: the overlap is found where it starts") {
    CHECK(new_log_bytes("0123456789abcdef", "89abcdefGHIJ") == "GHIJ");
    CHECK(new_log_bytes("0123456789abcdef", "fGH") == "GH");
  }
  SECTION("no overlap at all (the log was started anew): all of it is new") {
    CHECK(new_log_bytes("old old old", "fresh") == "fresh");
    CHECK(new_log_bytes("", "first") == "first");
  }
  SECTION("a log that repeats itself: the longest overlap, so nothing is received twice") {
    CHECK(new_log_bytes("x# # ", "# # ") == "");
    CHECK(new_log_bytes("x# # ", "# # #") == "#");
  }
}

namespace {

const auto kDeadline = std::chrono::steady_clock::time_point{} + std::chrono::seconds(30);

// The console log as it reads at successive polls (the last one from then on).
struct ScriptedLog {
  std::deque<std::string> reads;
  int polls = 0;
  std::string operator()() {
    ++polls;
    auto text = reads.front();
    if (reads.size() > 1) reads.pop_front();
    return text;
  }
};

struct Rig {
  testing::FakeClock clock;
  testing::RfbReplay* replay = nullptr;
  std::shared_ptr<ScriptedLog> log = std::make_shared<ScriptedLog>();

  std::unique_ptr<ScreenLogChannel> open(std::deque<std::string> reads, ScreenLogTiming timing = {}) {
    log->reads = std::move(reads);
    auto websocket = std::make_unique<testing::RfbReplay>(clock);
    replay = websocket.get();
    replay->real_handshake();
    auto screen = std::make_unique<rfb::Client>(*replay, clock, kDeadline);
    auto shared = log;
    return std::make_unique<ScreenLogChannel>(std::move(websocket), std::move(screen), [shared] { return (*shared)(); },
                                              clock, timing);
  }
};

std::string events_for(const std::vector<rfb::KeyStroke>& strokes) {
  std::string all;
  for (const auto& stroke : strokes)
    for (const auto& event : rfb::key_events(stroke)) all += event;
  return all;
}

}  // namespace

TEST_CASE("ScreenLogChannel: sent bytes are typed as keys; Return for CR and LF, Ctrl-C for 0x03") {
  Rig rig;
  auto channel = rig.open({"boot log\r\n"});
  const auto handshake_bytes = rig.replay->sent.size();
  channel->send("ls -l\r");
  channel->send("\x03");
  const auto typed = rig.replay->sent.substr(handshake_bytes);
  CHECK(typed == events_for(rfb::strokes_for("ls -l\n")) + events_for({rfb::ctrl_c()}));
  SECTION("a byte without a key: nothing of the line is typed") {
    const auto before = rig.replay->sent.size();
    CHECK_THROWS_WITH(channel->send(std::string("echo \x01 x\r")), Contains("cannot type"));
    CHECK(rig.replay->sent.size() == before);
  }
}

TEST_CASE("ScreenLogChannel: receives what the console log gained since it opened, polling at its pace") {
  Rig rig;
  auto channel = rig.open({"old boot lines\r\n# ", "old boot lines\r\n# ", "old boot lines\r\n# \r\nSR-OUT\r\n# "});
  CHECK(rig.log->polls == 1);  // the log as it was when the channel opened: not received
  CHECK_FALSE(channel->receive(std::chrono::milliseconds(200)));  // before the first poll is due
  CHECK(rig.log->polls == 1);
  CHECK_FALSE(channel->receive(std::chrono::milliseconds(100)));  // polled: nothing new
  CHECK(rig.log->polls == 2);
  const auto got = channel->receive(std::chrono::milliseconds(1000));
  REQUIRE(got);
  CHECK(*got == "\r\nSR-OUT\r\n# ");
  CHECK(rig.log->polls == 3);
  CHECK_FALSE(channel->receive(std::chrono::milliseconds(600)));  // the same log again: nothing
}

TEST_CASE("ScreenLogChannel: output the log's window slid past between two reads is said to be missed") {
  // Nova's window of the log, as windows of one long log: 128 bytes here instead of 100 KiB.
  std::string whole;
  for (int line = 0; line < 40; ++line) whole += "line " + std::to_string(line) + " of the command's output\r\n";
  const auto window = [&whole](std::size_t end) { return whole.substr(end - 128, 128); };
  Rig rig;
  SECTION("each read overlapping the one before: nothing missed") {
    auto channel = rig.open({window(200), window(260), window(300)});
    std::string got;
    while (auto fresh = channel->receive(std::chrono::milliseconds(300))) got += *fresh;
    CHECK(got == whole.substr(200, 100));
    CHECK_FALSE(channel->missed_output());
  }
  SECTION("a read past the whole window of the one before: missed") {
    auto channel = rig.open({window(200), window(400)});
    REQUIRE(channel->receive(std::chrono::milliseconds(300)));
    CHECK(channel->missed_output());
  }
  SECTION("a short log that grew: nothing missed") {
    auto channel = rig.open({"# ", "# ls\r\n# "});
    CHECK(channel->receive(std::chrono::milliseconds(300)) == std::optional<std::string>("ls\r\n# "));
    CHECK_FALSE(channel->missed_output());
  }
  SECTION("a log started anew cannot be told from one that slid: all of it received, and missed") {
    auto channel = rig.open({"# ", "fresh\r\n# "});
    CHECK(channel->receive(std::chrono::milliseconds(300)) == std::optional<std::string>("fresh\r\n# "));
    CHECK(channel->missed_output());
  }
}

TEST_CASE("ScreenLogChannel: a log that can no longer be read ends the channel with its reason") {
  Rig rig;
  int reads = 0;
  auto websocket = std::make_unique<testing::RfbReplay>(rig.clock);
  websocket->real_handshake();
  auto screen = std::make_unique<rfb::Client>(*websocket, rig.clock, kDeadline);
  ScreenLogChannel channel(std::move(websocket), std::move(screen),
                           [&reads]() -> std::string {
                             if (reads++ == 0) return "log";
                             throw ConsoleError("the console log of vm is no longer available: gone");
                           },
                           rig.clock);
  CHECK_THROWS_WITH(channel.receive(std::chrono::milliseconds(1000)), Contains("no longer available"));
}

TEST_CASE("ScreenLogChannel: keys go out in bursts of the timing's size, a pause after each") {
  Rig rig;
  auto channel = rig.open({"log"}, {std::chrono::milliseconds(250), {std::chrono::milliseconds(7), 4}});
  rig.clock.sleeps.clear();
  channel->send("abcde");  // 10 events: bursts of 4, 4 and 2
  CHECK(rig.clock.sleeps == std::vector<std::chrono::milliseconds>(3, std::chrono::milliseconds(7)));
}
