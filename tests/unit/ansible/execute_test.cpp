#include <catch2/catch.hpp>

#include "probe_helpers.hpp"

using namespace stackrescue::ansible;
using namespace stackrescue::ansible::testing;
using nlohmann::json;

TEST_CASE("a successful run prints changed, failed false, msg and invocation", "[execute]") {
  json result = run_probe({{"name", "demo"}});
  CHECK(result["changed"] == true);
  CHECK(result["failed"] == false);
  CHECK(result["msg"] == "hello demo");
  CHECK(result["invocation"]["module_args"]["name"] == "demo");
  CHECK_FALSE(result.contains("warnings"));  // only when there are some
  CHECK_FALSE(result.contains("diff"));      // only when run() set one
}

TEST_CASE("check mode reaches run() through the Context", "[execute]") {
  json result = run_probe({{"name", "demo"}, {"_ansible_check_mode", true}});
  CHECK(result["context"]["check_mode"] == true);
  CHECK(result["failed"] == false);
}

TEST_CASE("Result::diff is printed when set", "[execute]") {
  json result = run_probe({{"name", "demo"}, {"_ansible_diff", true}});
  CHECK(result["diff"] == json{{"before", {{"name", ""}}}, {"after", {{"name", "demo"}}}});
}

TEST_CASE("ModuleFailure fails with its message and extra keys merged", "[execute]") {
  json result = run_probe({{"name", "demo"}, {"action", "fail"}});
  CHECK(result["failed"] == true);
  CHECK(result["changed"] == false);
  CHECK(result["msg"] == "asked to fail (password none)");
  CHECK(result["detail"] == "extra key from ModuleFailure");
  CHECK(result["invocation"]["module_args"]["action"] == "fail");
}

TEST_CASE("any exception from run() becomes a failed result naming it", "[execute]") {
  CHECK(run_probe({{"name", "d"}, {"action", "throw"}})["msg"] == "unexpected error: boom from run()");
  CHECK(run_probe({{"name", "d"}, {"action", "throw_unknown"}})["msg"] ==
        "unexpected error: the module threw something that is not a std::exception");
  CHECK(run_probe({{"name", "d"}, {"action", "misuse"}})["msg"] ==
        "unexpected error: module parameter 'no_such_option' is not in the module's argument spec");
}

TEST_CASE("arguments that are not an object fail cleanly", "[execute]") {
  json result = run_probe(json::array({1, 2}));
  CHECK(result["failed"] == true);
  CHECK(result["msg"] == "the module arguments must be a JSON object of options");
}

TEST_CASE("Params getters", "[execute]") {
  Params params(json{{"s", "x"}, {"b", true}, {"i", 3}, {"f", 1.5}, {"l", {"a", "b"}}, {"n", nullptr}});
  params.set_given({"s"});
  CHECK(params.str("s") == "x");
  CHECK(params.boolean("b"));
  CHECK(params.integer("i") == 3);
  CHECK(params.number("f") == 1.5);
  CHECK(params.number("i") == 3.0);
  CHECK(params.str_list("l") == std::vector<std::string>{"a", "b"});
  CHECK(params.str_list("n").empty());
  CHECK_FALSE(params.has("n"));
  CHECK_FALSE(params.opt_str("n"));
  CHECK(params.given("s"));
  CHECK_FALSE(params.given("b"));
  CHECK_THROWS_AS(params.str("n"), std::logic_error);
  CHECK_THROWS_AS(params.integer("s"), std::logic_error);
  CHECK_THROWS_AS(params.json("missing"), std::logic_error);
}
