// What a serial console sends while a command runs (console/framing): any bytes, in any
// split. The first input byte picks the read size and the output cap; the rest is the stream.
// Checked: fed whole or in pieces, the framing comes to the same result (a split never
// changes what is output, marker or noise), and the output is always well-formed UTF-8 that
// JSON can carry. The same bytes as a command: refused (empty, NUL) or every typed step fits on
// one line; the probe's output reader and
// the prompt and last-line readers never break.
#include <cstdlib>
#include <string>

#include "common/utf8.hpp"
#include "fuzz_util.hpp"
#include "console/framing.hpp"
#include "console/prompt.hpp"
#include "console/script.hpp"
#include "console/errors.hpp"

using namespace stackrescue;

namespace {

const std::string kNonce = "0123456789abcdef";
const console::Markers kMarkers{kNonce, "fedcba9876543210"};

console::CommandResult frame(std::string_view stream, std::size_t chunk, std::size_t cap) {
  console::Framing framing(kMarkers, cap);
  for (std::size_t i = 0; i < stream.size(); i += chunk) framing.feed(stream.substr(i, chunk));
  return framing.result();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::size_t chunk = 1 + data[0] % 17;
  const std::size_t cap = (data[0] & 0x80) ? 64 : 1 << 20;
  const auto stream = fuzz::text(data + 1, size - 1);

  const auto whole = frame(stream, stream.size() + 1, cap);
  const auto pieces = frame(stream, chunk, cap);
  if (whole.finished != pieces.finished || whole.began != pieces.began || whole.rc != pieces.rc ||
      whole.output != pieces.output || whole.cut_bytes != pieces.cut_bytes)
    std::abort();  // a split of the stream changed the result
  if (!is_valid_utf8(whole.output) || !is_valid_utf8(console::as_text(stream))) std::abort();
  (void)nlohmann::json(whole.output).dump();

  // rescue_command's other readers and writers of the same bytes: the prompt judged from
  // them, the console's last line for messages (JSON-safe), the probe's output, and the same
  // bytes as a command: every typed step fits on one line.
  (void)console::prompt_at_end(stream);
  if (!is_valid_utf8(console::last_line(stream))) std::abort();
  (void)console::missing_tools(stream);
  try {
    const auto steps = console::command_steps(stream, "0a1b2c3d4e5f6a7b", console::max_shell_bytes());
    auto typed = steps.writes;
    typed.push_back(steps.decode);
    typed.push_back(steps.run);
    for (const auto& shell : typed) {
      const auto line = console::framed_line(shell, kMarkers);
      if (line.size() > console::kMaxTypedLineBytes || line.find('\n') != line.size() - 1) std::abort();
    }
  } catch (const console::ConsoleError&) {
    // an empty command or one with a NUL byte: refused with a message, as documented
  }
  return 0;
}
