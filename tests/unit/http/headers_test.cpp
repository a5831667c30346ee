#include <catch2/catch.hpp>

#include "http/transport.hpp"

using stackrescue::http::Headers;

TEST_CASE("Headers: get ignores the case of the name", "[headers]") {
  Headers headers;
  headers.add("X-Subject-Token", "abc");
  CHECK(headers.get("x-subject-token") == "abc");
  CHECK(headers.get("X-SUBJECT-TOKEN") == "abc");
  CHECK_FALSE(headers.get("X-Subject").has_value());
}

TEST_CASE("Headers: set replaces every header of that name, whatever its case", "[headers]") {
  Headers headers;
  headers.add("Accept", "text/plain");
  headers.add("ACCEPT", "text/html");
  headers.add("User-Agent", "stackrescue");
  headers.set("accept", "application/json");
  REQUIRE(headers.all().size() == 2);
  CHECK(headers.get("Accept") == "application/json");
  CHECK(headers.all().front().first == "User-Agent");
}

TEST_CASE("Headers: add keeps duplicates in order and get returns the first", "[headers]") {
  Headers headers;
  headers.add("Vary", "Accept");
  headers.add("vary", "Origin");
  REQUIRE(headers.all().size() == 2);
  CHECK(headers.get("VARY") == "Accept");
  CHECK(headers.all()[1].second == "Origin");
}
