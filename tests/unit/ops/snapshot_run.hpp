#pragma once
// What the snapshot tests (snapshot_test, volume_snapshot_test) share: a rescue with
// snapshot: true, planned and carried out on a TestCloud, polling once a second so that a
// test can count the polls its script answers.
#include <chrono>
#include <string>

#include "ops/server_rescue.hpp"
#include "test_cloud.hpp"

namespace stackrescue::testing {

inline const ops::PollPolicy kEverySecond{std::chrono::milliseconds(1000), std::chrono::milliseconds(1000), 1.0, 3};

inline ops::RescueRequest snapshot_rescue_of(const std::string& server,
                                             std::chrono::seconds timeout = std::chrono::seconds(600)) {
  ops::RescueRequest request;
  request.server = server;
  request.snapshot = true;
  request.timeout = timeout;
  return request;
}

inline ops::RescueOutcome plan_and_run(TestCloud& cloud, const ops::RescueRequest& request) {
  auto plan = ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request, cloud.clock);
  return ops::carry_out(*cloud.compute, *cloud.image, *cloud.volume, plan, cloud.clock, kEverySecond);
}

}  // namespace stackrescue::testing
