#include <catch2/catch.hpp>

#include "diagnose/console_text.hpp"

using namespace stackrescue::diagnose;

TEST_CASE("systemd's colours and a cursor move are not part of the text", "[console_text]") {
  CHECK(clean_line("[\x1b[0;1;31mFAILED\x1b[0m] Failed to mount \x1b[0;1;39msrv-archive.mount\x1b[0m - /srv/archive.") ==
        "[FAILED] Failed to mount srv-archive.mount - /srv/archive.");
  CHECK(clean_line("\x1b[?25l\x1b[2Kabc\x1b]0;title\x07" "def\x1b(B") == "abcdef");
  CHECK(clean_line("tab\tkept, bell\x07 and NUL-free") == "tab\tkept, bell and NUL-free");
}

TEST_CASE("an escape cut off at the end of a line ends the line", "[console_text]") {
  CHECK(clean_line("text\x1b[0;1") == "text");
  CHECK(clean_line("text\x1b]0;never ends") == "text");
  CHECK(clean_line("text\x1b") == "text");
}

TEST_CASE("lines end in \\n or \\r\\n; a \\r inside a line keeps what the screen showed last", "[console_text]") {
  const auto lines = console_lines("one\r\ntwo\nBegin: Waiting ... \rBegin: Running ... done.\r\nlast");
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "one");
  CHECK(lines[1] == "two");
  CHECK(lines[2] == "Begin: Running ... done.");
  CHECK(lines[3] == "last");
  CHECK(console_lines("a\n").size() == 1);
  CHECK(console_lines("").empty());
}

TEST_CASE("a line without end is cut at kMaxLineLength", "[console_text]") {
  const std::string huge(kMaxLineLength * 10, 'x');
  const auto lines = console_lines(huge + "\nnext");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].size() == kMaxLineLength);
  CHECK(lines[1] == "next");
}

TEST_CASE("what Nova leaves of a colour code after removing its ESC is not text either", "[console_text]") {
  // Nova's os-getConsoleOutput drops control characters, ESC included (seen on every real log).
  CHECK(clean_line("[[0;1;31mFAILED[0m] Failed to start [0;1;39msystemd-fs\xef\xbf\xbd File System Check.") ==
        "[FAILED] Failed to start systemd-fs\xef\xbf\xbd File System Check.");
  CHECK(clean_line("[H[J[1;1H[?25l[m[H[J[1;1H[2;24HGNU GRUB  version 2.06") == "GNU GRUB  version 2.06");
  CHECK(clean_line("[    0.000000] Linux version 6.1.0") == "[    0.000000] Linux version 6.1.0");
  CHECK(clean_line("[mount] [Hardware] [Jan 5] [1] [ OK ]") == "[mount] [Hardware] [Jan 5] [1] [ OK ]");
  CHECK(clean_line("[[0;1;38;5;185mDEPEND[0m] Dependency failed") == "[DEPEND] Dependency failed");
  // systemd shortened the line inside a colour code (a captured Debian 12 line):
  CHECK(clean_line("[ TIME ] Timed out waiting for device [0;1;\xef\xbf\xbdvice - /dev/mapper/el-archive.") ==
        "[ TIME ] Timed out waiting for device \xef\xbf\xbdvice - /dev/mapper/el-archive.");
}

TEST_CASE("what is not UTF-8 becomes U+FFFD; a cut never splits a character", "[console_text]") {
  CHECK(clean_line("a\xff" "b\xc3") == "a\xef\xbf\xbd" "b\xef\xbf\xbd");
  CHECK(clean_line("\x1b\xc3\xa9t\xc3\xa9") == "\xc3\xa9t\xc3\xa9");  // a stray ESC before a character
  std::string long_line(kMaxLineLength - 1, 'x');
  long_line += "\xc3\xa9\xc3\xa9";
  const auto cut = clean_line(long_line);
  CHECK(cut.size() == kMaxLineLength - 1);
  CHECK(cut.back() == 'x');
}
