// What a console is waiting for (console/prompt), judged from captured and typical bytes.
#include <catch2/catch.hpp>

#include "console/prompt.hpp"
#include "support/fake_console.hpp"

using namespace stackrescue;
using stackrescue::testing::console_capture;

TEST_CASE("console prompts: shell, login, password, none", "[prompt]") {
  CHECK(console::prompt_at_end(console_capture("connect")) == console::Prompt::Shell);
  CHECK(console::prompt_at_end("\r\nrescue login: ") == console::Prompt::Login);
  CHECK(console::prompt_at_end("Password: ") == console::Prompt::Password);
  CHECK(console::prompt_at_end("root@rescue:~$ ") == console::Prompt::Shell);
  CHECK(console::prompt_at_end("still printing\r\n") == console::Prompt::None);
  CHECK(console::prompt_at_end("") == console::Prompt::None);
  CHECK(console::last_line("one\r\ntwo\r\n") == "two");
}

TEST_CASE("busybox's prompt as Nova's console log keeps it (the ESC of its cursor query dropped)", "[prompt]") {
  // As read back over the VNC console (screen_log_channel): the log shell's prompt.
  CHECK(console::prompt_at_end("Enter 'help' for a list of built-in commands.\n\n/ # [6n") == console::Prompt::Shell);
  CHECK(console::prompt_at_end("/ # \x1b[6n") == console::Prompt::Shell);
  CHECK(console::prompt_at_end("output ending [6n") == console::Prompt::None);
}
