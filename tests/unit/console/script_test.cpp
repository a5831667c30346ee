// A script too long for one typed line, as framed upload steps (console/script).
#include <catch2/catch.hpp>

#include "console/errors.hpp"
#include "console/script.hpp"

using namespace stackrescue;

TEST_CASE("script steps: a short script runs as it is, a long one in pieces that fit", "[script]") {
  const auto short_steps = console::script_steps("echo hi\necho there", "0123456789abcdef", 600);
  CHECK(short_steps.uploads.empty());
  CHECK(short_steps.run == "echo hi\necho there");
  const std::string script(5000, 'x');
  const auto steps = console::script_steps(script, "0123456789abcdef", 600);
  CHECK(steps.uploads.size() > 10);
  for (const auto& upload : steps.uploads) CHECK(upload.size() <= 600);
  CHECK_THROWS_WITH(console::script_steps(" \n", "0123456789abcdef", 600), Catch::Contains("empty"));
  CHECK_THROWS_AS(console::script_steps(std::string("a\0b", 3), "0123456789abcdef", 600), console::ConsoleError);
}
