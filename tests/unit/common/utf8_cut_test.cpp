// utf8_head / utf8_tail (src/common/utf8): cuts that never split a multi-byte sequence, as
// snapshot names (Glance's 255 bytes) and rescue_command's failure message rely on.
#include <catch2/catch.hpp>

#include "common/utf8.hpp"

using stackrescue::utf8_head;
using stackrescue::utf8_tail;

TEST_CASE("utf8_head keeps whole characters within the limit", "[utf8]") {
  const std::string text = "ab\xC3\xA9" "cd";  // a b é c d: é is 2 bytes
  CHECK(utf8_head(text, 10) == text);
  CHECK(utf8_head(text, 4) == "ab\xC3\xA9");
  CHECK(utf8_head(text, 3) == "ab");  // byte 3 would split é
  CHECK(utf8_head(text, 0).empty());
  CHECK(utf8_head("\xE2\x82\xAC", 2).empty());  // € is 3 bytes
}

TEST_CASE("utf8_tail keeps whole characters within the limit", "[utf8]") {
  const std::string text = "ab\xC3\xA9" "cd";
  CHECK(utf8_tail(text, 10) == text);
  CHECK(utf8_tail(text, 4) == "\xC3\xA9" "cd");
  CHECK(utf8_tail(text, 3) == "cd");  // starting at é's second byte would split it
  CHECK(utf8_tail(text, 0).empty());
  CHECK(stackrescue::is_valid_utf8(utf8_tail("\xE2\x82\xAC\xE2\x82\xAC", 4)));
}
