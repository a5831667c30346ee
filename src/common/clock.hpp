#pragma once
// Time as a dependency, so that retries and waits can be tested without sleeping.
#include <chrono>

namespace stackrescue {

class Clock {
 public:
  using time_point = std::chrono::steady_clock::time_point;
  virtual ~Clock() = default;
  virtual time_point now() const = 0;
  virtual void sleep_for(std::chrono::milliseconds duration) = 0;
  // Wall-clock seconds since the epoch (token expiry, fault timestamps).
  virtual double unix_now() const = 0;
};

// The real clock.
Clock& system_clock();

}  // namespace stackrescue
