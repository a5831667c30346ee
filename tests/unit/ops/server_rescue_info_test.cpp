#include <catch2/catch.hpp>

#include "ops/errors.hpp"
#include "ops/server_rescue_info.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;

namespace {

openstack::Server server(const std::string& status, const std::string& vm_state,
                         const std::optional<std::string>& task = std::nullopt) {
  return openstack::parse_server(server_json(status, vm_state, task)["server"]);
}

}  // namespace

TEST_CASE("rescued means status RESCUE and vm_state rescued", "[verify]") {
  CHECK(ops::is_rescued(server("RESCUE", "rescued")));
  CHECK(ops::is_rescued(server("RESCUE", "rescued", "unrescuing")));
  CHECK_FALSE(ops::is_rescued(server("ACTIVE", "active", "rescuing")));
  CHECK_FALSE(ops::is_rescued(server("ERROR", "error")));
}

TEST_CASE("an expectation mismatch names status, vm_state and task_state", "[verify]") {
  CHECK_NOTHROW(ops::check_expectation(server("ACTIVE", "active"), ops::Expectation::Any));
  CHECK_NOTHROW(ops::check_expectation(server("RESCUE", "rescued"), ops::Expectation::Rescued));
  CHECK_NOTHROW(ops::check_expectation(server("ACTIVE", "active"), ops::Expectation::Unrescued));
  CHECK_THROWS_WITH(ops::check_expectation(server("ACTIVE", "active", "rescuing"), ops::Expectation::Rescued),
                    "server 'web-1' (" + kServerId +
                        ") is not rescued (expected rescued): status ACTIVE, vm_state active, task_state rescuing");
  CHECK_THROWS_WITH(ops::check_expectation(server("RESCUE", "rescued"), ops::Expectation::Unrescued),
                    Catch::Contains("is rescued (expected unrescued): status RESCUE, vm_state rescued, task_state none"));
}
