#pragma once
// A clock whose sleeps advance time instantly and are recorded.
#include <vector>

#include "common/clock.hpp"

namespace stackrescue::testing {

class FakeClock : public Clock {
 public:
  time_point now() const override { return start_ + elapsed_; }
  void sleep_for(std::chrono::milliseconds duration) override {
    sleeps.push_back(duration);
    elapsed_ += duration;
  }
  double unix_now() const override {
    return unix_start + std::chrono::duration<double>(elapsed_).count();
  }
  std::vector<std::chrono::milliseconds> sleeps;
  double unix_start = 1795000000.0;  // 2026-11-18

 private:
  time_point start_{};
  std::chrono::milliseconds elapsed_{0};
};

}  // namespace stackrescue::testing
