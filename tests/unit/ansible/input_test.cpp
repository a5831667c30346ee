#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>

#include "ansible/input.hpp"
#include "ansible/json_text.hpp"

using namespace stackrescue::ansible;
using nlohmann::json;

namespace {

std::string parse_error(const std::string& text) {
  try {
    parse_args(text, "args file 'a'");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

std::string temp_file(const std::string& content) {
  std::string path = "ansible_input_test_" + std::to_string(content.size()) + ".json";
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string read_error(const std::string& path) {
  try {
    read_args_file(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("empty or blank input says there are no module arguments", "[input]") {
  CHECK(parse_error("") == "no module arguments: args file 'a' is empty (expected a JSON object of module options)");
  CHECK_THAT(parse_error(" \n\t "), Catch::StartsWith("no module arguments"));
}

TEST_CASE("text that is not JSON names the parse position", "[input]") {
  CHECK_THAT(
      parse_error("hello, not json"),
      Catch::StartsWith("the module arguments in args file 'a' are not valid JSON: parse error at line 1, column"));
  CHECK_THAT(parse_error("{\"a\": 1,\n \"b\": }"), Catch::Contains("line 2, column"));
  CHECK(parse_error("{\"a\": 1e400}") ==
        "the module arguments in args file 'a' are not valid JSON: number overflow parsing '1e400'");
}

TEST_CASE("JSON that is not an object is refused", "[input]") {
  CHECK(parse_error("[1, 2]") ==
        "the module arguments in args file 'a' must be a JSON object of options, got an array");
  CHECK_THAT(parse_error("\"str\""), Catch::EndsWith("got a string"));
  CHECK_THAT(parse_error("null"), Catch::EndsWith("got null"));
}

TEST_CASE("trailing data after the object is refused", "[input]") {
  CHECK_THAT(parse_error("{\"a\": 1} {\"b\": 2}"), Catch::Contains("trailing data after the JSON value"));
  CHECK_THAT(parse_error("{\"a\": 1} garbage"), Catch::Contains("trailing data after the JSON value"));
  CHECK(parse_args("{\"a\": 1}\n", "x") == json{{"a", 1}});
}

TEST_CASE("deep nesting is refused before it can exhaust the stack", "[input]") {
  std::string deep = "{\"a\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  CHECK(parse_error(deep) ==
        "the module arguments in args file 'a' are too deeply nested: more than 100 levels of arrays and objects");
  std::string fine = "{\"a\": " + std::string(90, '[') + std::string(90, ']') + "}";
  CHECK_NOTHROW(parse_args(fine, "x"));
  std::string in_string = "{\"a\": \"" + std::string(100000, '[') + "\"}";
  CHECK_NOTHROW(parse_args(in_string, "x"));
}

TEST_CASE("invalid UTF-8 is a parse error, and dumping never throws on it", "[input]") {
  CHECK_THAT(parse_error("{\"name\": \"\xff\xfe\"}"), Catch::Contains("UTF-8"));
  json bad = {{"msg", std::string("bad \xc3\x28 byte")}};
  CHECK_NOTHROW(dump_safely(bad));
  CHECK(dump_safely(bad) == "{\"msg\":\"bad \xef\xbf\xbd( byte\"}");
}

TEST_CASE("args files: missing, a directory, too large, readable", "[input]") {
  CHECK(read_error("/no/such/dir/args") ==
        "could not open the module args file '/no/such/dir/args': No such file or directory");
  CHECK(read_error("/") == "could not read the module args file '/': it is a directory");
  std::string big = temp_file(std::string(kMaxArgsBytes + 1, ' '));
  CHECK_THAT(read_error(big), Catch::Contains("too large") && Catch::Contains("8 MiB"));
  std::string ok = temp_file("{\"name\": \"x\"}");
  CHECK(read_args_file(ok) == "{\"name\": \"x\"}");
  std::remove(big.c_str());
  std::remove(ok.c_str());
}
