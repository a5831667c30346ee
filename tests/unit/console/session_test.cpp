// The session over a console that never stops printing: reading until quiet keeps only the
// recent tail (memory does not grow with what the console prints) and ends at its limit,
// and reach_shell's timeout says the console never paused.
#include <catch2/catch.hpp>

#include "console/errors.hpp"
#include "console/login.hpp"
#include "console/session.hpp"
#include "support/fake_clock.hpp"

using namespace stackrescue;
using std::chrono::milliseconds;

namespace {

// Prints a 64 KiB frame every millisecond, whatever is typed.
class FloodingChannel : public console::Channel {
 public:
  explicit FloodingChannel(testing::FakeClock& clock) : clock_(clock) {}
  void send(std::string_view) override {}
  std::optional<std::string> receive(milliseconds) override {
    clock_.sleep_for(milliseconds(1));
    return std::string(64 * 1024, 'x') + "\n";
  }
  void close() override {}

 private:
  testing::FakeClock& clock_;
};

}  // namespace

TEST_CASE("session: reading a console that never goes quiet ends at the limit and keeps only the tail",
          "[session]") {
  testing::FakeClock clock;
  console::Session session(std::make_unique<FloodingChannel>(clock), clock, clock.now() + std::chrono::seconds(60));
  const auto start = clock.now();
  CHECK_FALSE(session.read_until_quiet(milliseconds(400), milliseconds(10000)));
  CHECK(clock.now() - start == milliseconds(10000));
  CHECK(session.bytes_read() == 10000 * (64 * 1024 + 1));  // 625 MiB read ...
  CHECK(session.recent().size() == 8 * 1024);               // ... 8 KiB kept
}

TEST_CASE("session: a flood until the deadline fails reach_shell, saying the console never paused", "[session]") {
  testing::FakeClock clock;
  console::Session session(std::make_unique<FloodingChannel>(clock), clock, clock.now() + std::chrono::seconds(5));
  CHECK_THROWS_WITH(console::reach_shell(session, console::Login{}, "server 'web-1'"),
                    Catch::Contains("no shell prompt on the serial console of server 'web-1' before the timeout") &&
                        Catch::Contains("printed without a pause (327685000 bytes in all)"));
}

namespace {

// Gives each frame when the fake clock reaches its time (ms after the start), nothing else.
class TimedChannel : public console::Channel {
 public:
  TimedChannel(testing::FakeClock& clock, std::vector<std::pair<int, std::string>> frames)
      : clock_(clock), start_(clock.now()), frames_(std::move(frames)) {}
  void send(std::string_view) override {}
  std::optional<std::string> receive(milliseconds wait) override {
    if (next_ < frames_.size()) {
      const auto at = start_ + milliseconds(frames_[next_].first);
      if (at <= clock_.now() + wait) {
        if (at > clock_.now()) clock_.sleep_for(std::chrono::duration_cast<milliseconds>(at - clock_.now()));
        return frames_[next_++].second;
      }
    }
    clock_.sleep_for(wait);
    return std::nullopt;
  }
  void close() override {}

 private:
  testing::FakeClock& clock_;
  testing::FakeClock::time_point start_;
  std::vector<std::pair<int, std::string>> frames_;
  std::size_t next_ = 0;
};

milliseconds waited_for_prompt(std::vector<std::pair<int, std::string>> frames, bool& seen) {
  testing::FakeClock clock;
  console::Session session(std::make_unique<TimedChannel>(clock, std::move(frames)), clock,
                           clock.now() + std::chrono::seconds(60));
  const auto start = clock.now();
  seen = console::wait_for_shell_prompt(session, milliseconds(5000));
  return std::chrono::duration_cast<milliseconds>(clock.now() - start);
}

}  // namespace

TEST_CASE("session: the prompt after a step is taken once it settles, not after a long quiet", "[session]") {
  bool seen = false;
  SECTION("a prompt in two pieces: taken 100 ms after its last piece") {
    CHECK(waited_for_prompt({{30, "SREND-x:0\r\n"}, {50, "[root@rescue ~]"}, {80, "# "}}, seen) == milliseconds(180));
    CHECK(seen);
  }
  SECTION("output that ends in '#' but goes on within the settle is no prompt") {
    CHECK(waited_for_prompt({{10, "progress 50%#"}, {60, "\r\n"}, {300, "# "}}, seen) == milliseconds(400));
    CHECK(seen);
  }
  SECTION("no prompt: false at the limit") {
    CHECK(waited_for_prompt({{10, "still working\r\n"}}, seen) == milliseconds(5000));
    CHECK_FALSE(seen);
  }
}
