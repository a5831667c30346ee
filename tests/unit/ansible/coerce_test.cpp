#include <catch2/catch.hpp>

#include <cstdlib>

#include "ansible/coerce.hpp"

using namespace stackrescue::ansible;
using nlohmann::json;

TEST_CASE("str accepts strings and converts scalars to Python text", "[coerce]") {
  CHECK(coerce("abc", Type::Str) == "abc");
  CHECK(coerce(3, Type::Str) == "3");
  CHECK(coerce(1.5, Type::Str) == "1.5");
  CHECK(coerce(true, Type::Str) == "True");
  CHECK_THROWS_AS(coerce(json::object(), Type::Str), CoercionError);
  CHECK_THROWS_AS(coerce(json::array({1}), Type::Str), CoercionError);
}

TEST_CASE("bool accepts Ansible's truthy and falsy strings, any case, and 1/0", "[coerce]") {
  for (const char* yes : {"yes", "YES", "true", "True", "on", "1", "y", "t", " Yes "})
    CHECK(coerce(yes, Type::Bool) == true);
  for (const char* no : {"no", "No", "false", "FALSE", "off", "0", "n", "f"}) CHECK(coerce(no, Type::Bool) == false);
  CHECK(coerce(1, Type::Bool) == true);
  CHECK(coerce(0, Type::Bool) == false);
  CHECK(coerce(1.0, Type::Bool) == true);
  CHECK(coerce(true, Type::Bool) == true);
  CHECK_THROWS_WITH(coerce("maybe", Type::Bool), Catch::StartsWith("The value 'maybe' is not a valid boolean."));
  CHECK_THROWS_AS(coerce(2, Type::Bool), CoercionError);
  CHECK_THROWS_AS(coerce("", Type::Bool), CoercionError);
  CHECK_THROWS_WITH(coerce(json::array(), Type::Bool), "<class 'list'> cannot be converted to a bool");
}

TEST_CASE("int accepts integer strings and integral floats, not fractions", "[coerce]") {
  CHECK(coerce("3", Type::Int) == 3);
  CHECK(coerce(" -42 ", Type::Int) == -42);
  CHECK(coerce("+7", Type::Int) == 7);
  CHECK(coerce(3, Type::Int) == 3);
  CHECK(coerce(3.0, Type::Int) == 3);
  CHECK(coerce(3.0, Type::Int).is_number_integer());
  CHECK_THROWS_WITH(coerce("3.5", Type::Int), "<class 'str'> cannot be converted to an int");
  CHECK_THROWS_WITH(coerce(3.5, Type::Int), "<class 'float'> cannot be converted to an int");
  CHECK_THROWS_AS(coerce("", Type::Int), CoercionError);
  CHECK_THROWS_AS(coerce("12abc", Type::Int), CoercionError);
  CHECK_THROWS_AS(coerce(true, Type::Int), CoercionError);
  CHECK_THROWS_AS(coerce("99999999999999999999999", Type::Int), CoercionError);
  CHECK_THROWS_AS(coerce(json(18446744073709551615ULL), Type::Int), CoercionError);
}

TEST_CASE("float accepts numbers and numeric strings", "[coerce]") {
  CHECK(coerce("1.5", Type::Float) == 1.5);
  CHECK(coerce("2", Type::Float) == 2.0);
  CHECK(coerce(" 1e3 ", Type::Float) == 1000.0);
  CHECK(coerce(4, Type::Float) == 4.0);
  CHECK_THROWS_WITH(coerce("fast", Type::Float), "<class 'str'> cannot be converted to a float");
  CHECK_THROWS_AS(coerce("0x10", Type::Float), CoercionError);
  CHECK_THROWS_AS(coerce(false, Type::Float), CoercionError);
}

TEST_CASE("path expands ~ and $VARS as os.path.expanduser(expandvars()) does", "[coerce]") {
  ::setenv("HOME", "/home/probe", 1);
  ::setenv("PROBE_DIR", "/srv/probe", 1);
  ::unsetenv("PROBE_UNSET");
  CHECK(coerce("~/x", Type::Path) == "/home/probe/x");
  CHECK(coerce("~", Type::Path) == "/home/probe");
  CHECK(coerce("$PROBE_DIR/a", Type::Path) == "/srv/probe/a");
  CHECK(coerce("${PROBE_DIR}b", Type::Path) == "/srv/probeb");
  CHECK(coerce("$PROBE_UNSET/a", Type::Path) == "$PROBE_UNSET/a");
  CHECK(coerce("a$", Type::Path) == "a$");
  CHECK(coerce("${PROBE_DIR", Type::Path) == "${PROBE_DIR");
  CHECK(coerce("~no_such_user_here/x", Type::Path) == "~no_such_user_here/x");
  CHECK(coerce("/abs/~/x", Type::Path) == "/abs/~/x");
  CHECK(expand_path("~root/x") == "/root/x");
}

TEST_CASE("dict accepts objects, JSON strings and k=v strings", "[coerce]") {
  CHECK(coerce(json{{"a", 1}}, Type::Dict) == json{{"a", 1}});
  CHECK(coerce("{\"a\": [1, 2]}", Type::Dict) == json{{"a", {1, 2}}});
  CHECK(coerce("a=1, b=two", Type::Dict) == json{{"a", "1"}, {"b", "two"}});
  CHECK(coerce("a='x y' b=\"c,d\"", Type::Dict) == json{{"a", "x y"}, {"b", "c,d"}});
  CHECK(coerce("a=x\\ y", Type::Dict) == json{{"a", "x y"}});
  CHECK_THROWS_WITH(coerce("{not json", Type::Dict), Catch::StartsWith("unable to evaluate string as dictionary"));
  CHECK_THROWS_WITH(coerce("plain", Type::Dict), "dictionary requested, could not parse JSON or key=value");
  CHECK_THROWS_AS(coerce("a=1, b", Type::Dict), CoercionError);
  CHECK_THROWS_AS(coerce(3, Type::Dict), CoercionError);
  CHECK_THROWS_WITH(coerce("{\"a\": " + std::string(200, '['), Type::Dict), Catch::Contains("nested deeper"));
}

TEST_CASE("list accepts arrays, comma-separated strings (split as Python does) and numbers", "[coerce]") {
  CHECK(coerce(json::array({"a"}), Type::List) == json::array({"a"}));
  CHECK(coerce("a,b,c", Type::List) == json::array({"a", "b", "c"}));
  CHECK(coerce("a, b", Type::List) == json::array({"a", " b"}));
  CHECK(coerce("", Type::List) == json::array({""}));
  CHECK(coerce(5, Type::List) == json::array({"5"}));
  CHECK_THROWS_AS(coerce(json::object(), Type::List), CoercionError);
}

TEST_CASE("raw passes anything through", "[coerce]") {
  CHECK(coerce(json{{"a", {1, "x"}}}, Type::Raw) == json{{"a", {1, "x"}}});
  CHECK(coerce("3", Type::Raw) == "3");
}
