#pragma once
// A console for unit tests: a fake console::Channel whose answers come from a
// responder (usually replaying byte streams captured from the real rescue system,
// tests/fixtures/console), delivered in frames of `frame_bytes` bytes. Time is a FakeClock:
// a receive with nothing to deliver advances it by the wait instead of sleeping.
#include <deque>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "console/channel.hpp"
#include "support/fake_clock.hpp"

namespace stackrescue::testing {

class FakeConsole {
 public:
  explicit FakeConsole(FakeClock& clock) : clock_(clock) {}

  // What the console prints in answer to what was typed ("" = nothing).
  std::function<std::string(const std::string& typed)> respond = [](const std::string&) { return std::string(); };
  std::size_t frame_bytes = 64;

  std::vector<std::string> typed;        // every send(), in order
  std::vector<std::string> opened_urls;  // every URL the opener was given
  bool closed = false;

  // Queues console output (split into frames).
  void print(const std::string& bytes) {
    for (std::size_t i = 0; i < bytes.size(); i += frame_bytes) frames_.push_back(bytes.substr(i, frame_bytes));
  }

  console::ChannelOpener opener() {
    return [this](const std::string& url) -> std::unique_ptr<console::Channel> {
      opened_urls.push_back(url);
      return std::make_unique<Channel>(*this);
    };
  }

  // Everything typed, concatenated.
  std::string all_typed() const {
    std::string all;
    for (const auto& t : typed) all += t;
    return all;
  }

 private:
  class Channel : public console::Channel {
   public:
    explicit Channel(FakeConsole& console) : console_(console) {}
    void send(std::string_view bytes) override {
      console_.typed.emplace_back(bytes);
      console_.print(console_.respond(std::string(bytes)));
    }
    std::optional<std::string> receive(std::chrono::milliseconds wait) override {
      if (console_.frames_.empty()) {
        console_.clock_.sleep_for(wait);
        return std::nullopt;
      }
      auto frame = console_.frames_.front();
      console_.frames_.pop_front();
      return frame;
    }
    void close() override { console_.closed = true; }

   private:
    FakeConsole& console_;
  };

  FakeClock& clock_;
  std::deque<std::string> frames_;
};

// The raw bytes of tests/fixtures/console/<name>.bin.
inline std::string console_capture(const std::string& name) {
  std::ifstream in(std::string(STACKRESCUE_FIXTURES_DIR) + "/console/" + name + ".bin", std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace stackrescue::testing
