#include <catch2/catch.hpp>

#include "http/url.hpp"

using stackrescue::http::detail::parse_url;

TEST_CASE("parse_url: splits an OpenStack endpoint URL", "[url]") {
  auto url = parse_url("HTTPS://Compute.Example.COM:8774/v2.1/servers/detail?name=web#frag");
  REQUIRE(url);
  CHECK(url->scheme == "https");
  CHECK(url->host == "compute.example.com");
  CHECK(url->port == 8774);
  CHECK(url->path == "/v2.1/servers/detail");
  CHECK(url->query == "name=web");
  CHECK(url->target() == "/v2.1/servers/detail?name=web");
}

TEST_CASE("parse_url: defaults ports and path", "[url]") {
  CHECK(parse_url("http://h")->port == 80);
  CHECK(parse_url("https://h")->port == 443);
  CHECK(parse_url("https://h")->path == "/");
  CHECK(parse_url("http://h?x=1")->target() == "/?x=1");
}

TEST_CASE("parse_url: IPv6 literals and userinfo", "[url]") {
  auto url = parse_url("http://user:p%40ss@[::1]:5000/v3");
  REQUIRE(url);
  CHECK(url->host == "::1");
  CHECK(url->port == 5000);
  CHECK(url->userinfo == "user:p%40ss");
  CHECK(url->origin() == "http://[::1]:5000");
}

TEST_CASE("parse_url: redacted form drops query and userinfo", "[url]") {
  auto url = parse_url("https://admin:secret@keystone:5000/v3/users?name=alice");
  REQUIRE(url);
  CHECK(url->redacted() == "https://keystone:5000/v3/users");
}

TEST_CASE("parse_url: rejects what is not an absolute URL", "[url]") {
  for (const char* text : {"", "keystone:5000/v3", "://h/", "http://", "http:///path", "http://h:/", "http://h:0/",
                           "http://h:65536/", "http://h:80x/", "http://a b/", "http://h/pa th", "1http://h/",
                           "http://[::1/"}) {
    INFO(text);
    CHECK_FALSE(parse_url(text));
  }
}
