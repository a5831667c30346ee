// What a serial console sends while a command runs (console/framing): any bytes, in any
// split. The first input byte picks the read size and the output cap; the rest is the stream.
// Checked: fed whole or in pieces, the framing comes to the same result (a split never
// changes what is output, marker or noise), and the output is always well-formed UTF-8 that
// JSON can carry. The same bytes as a command: framed_command_line refuses or gives one line;
// as a script: every upload step fits on a typed line; prompt and last-line readers never break.
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

console::CommandResult frame(std::string_view stream, std::size_t chunk, std::size_t cap) {
  console::Framing framing(kNonce, cap);
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

  try {
    const auto line = console::framed_command_line(stream, kNonce);
    if (line.size() > console::kMaxTypedLineBytes || line.find('\n') != line.size() - 1) std::abort();
  } catch (const console::ConsoleError&) {
    // empty, NUL, too long: refused with a message, as documented
  }

  // rescue_command's other readers and writers of the same bytes: the prompt judged from
  // them, the console's last line for messages (JSON-safe), and the same bytes as a script:
  // every typed step fits on one line.
  (void)console::prompt_at_end(stream);
  if (!is_valid_utf8(console::last_line(stream))) std::abort();
  try {
    const auto steps = console::script_steps(stream, kNonce, console::max_command_bytes(kNonce.size() + 6));
    for (const auto& upload : steps.uploads) (void)console::framed_command_line(upload, kNonce + "u12");
    if (steps.uploads.empty() && steps.run != stream) std::abort();
  } catch (const console::ConsoleError&) {
    // an empty script or one with a NUL byte: refused
  }
  return 0;
}
