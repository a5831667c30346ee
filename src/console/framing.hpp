#pragma once
// Running one shell command over a serial console and telling its output apart from everything
// else on that console: the echo of what was typed, prompts, kernel messages, what earlier
// commands left behind. No I/O here: the caller types framed_line() and feeds every
// byte the console sends to a Framing until it is finished or the caller's deadline
// passes (then timed_out()). Unit-tested against byte streams captured from the rescue system
// (tests/fixtures/console) and fuzzed (tests/fuzz/targets/console_framing.cpp).
//
// The framing: two fresh random nonces per typed line, one for each marker; the typed line prints
//     \nSRBEGIN-<begin nonce>\n   <the shell text's stdout and stderr>   \nSREND-<end nonce>:<exit status>\n
// with the markers assembled by printf from pieces (`printf '\n%s-%s\n' SRBEGIN <nonce>`), so
// the echo of the typed line never contains a marker, however the terminal wraps or redraws it.
// The nonces appear only as arguments of the interactive shell's builtin printf: never in a
// path, in the argv of a program the line starts, or in the environment, so a program run
// between the markers cannot learn the end marker from them (see console/script.hpp for how a
// user's command gets there). The end nonce is printed only after the shell text ended.
// The shell text runs in a subshell with stdin from /dev/null (it cannot eat later input).
// Kernel messages printed in the middle of a marker's line hide it: the run then times out.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stackrescue::console {

// A fresh nonce: 16 lowercase hex digits from the system's random source.
std::string make_nonce();

// The nonces of one typed line's two markers, drawn independently: knowing the begin marker
// (printed before the shell text runs) tells nothing about the end marker.
struct Markers {
  std::string begin;
  std::string end;
};
Markers make_markers();

// The line to type at the shell's prompt (one line, ends with a newline):
//     <prelude> printf <begin marker>; ( <shell> ) </dev/null 2>&1; printf <end marker> $?
// `shell` and `prelude` are stackrescue's own shell text (console/script.cpp), never a
// user's command, and never hold a nonce; `prelude` runs in the interactive shell itself.
// Throws std::invalid_argument for nonces that are not 8-64 letters and digits, a newline in
// the text, or a line longer than kMaxTypedLineBytes (programming errors: the steps are sized
// by max_shell_bytes()).
std::string framed_line(std::string_view shell, const Markers& markers, std::string_view prelude = {});

// The longest typed line: busybox's line editor keeps at most 1024 bytes a line.
inline constexpr std::size_t kMaxTypedLineBytes = 1000;
// The longest shell text (without prelude) that fits on one typed line with make_markers()'s nonces.
std::size_t max_shell_bytes();

struct CommandResult {
  bool finished = false;      // the end marker was seen (false: timed out)
  std::optional<int> rc;      // the exit status carried by the end marker
  std::string output;         // stdout+stderr as UTF-8 text (see console_text), cut note included
  std::size_t cut_bytes = 0;  // bytes of output not kept because of the cap
  bool began = false;         // the begin marker was seen (false: the command never started)
};

class Framing {
 public:
  enum class State { WaitingForBegin, Running, Finished };

  // `output_cap`: the most bytes of raw output kept; the rest is counted, not kept.
  Framing(const Markers& markers, std::size_t output_cap);

  // Bytes from the console, in any split. Bytes after the end marker are ignored.
  void feed(std::string_view bytes);

  State state() const { return state_; }
  bool finished() const { return state_ == State::Finished; }

  // The result once finished(); before that, what a timeout leaves: the output seen so far
  // (the bytes held back as a possible partial end marker included), finished = false.
  CommandResult result() const;

 private:
  void scan_for_begin();
  void scan_for_end();
  void keep(std::string_view raw);

  std::string begin_marker_;
  std::string end_marker_;
  std::size_t cap_;
  State state_ = State::WaitingForBegin;
  std::string pending_;  // not yet classified: may hold the start of a marker
  std::string raw_output_;
  std::size_t cut_bytes_ = 0;
  std::optional<int> rc_;
};

// Console bytes as text fit for JSON: every CR dropped (a serial terminal turns each LF into
// CR LF; a lone CR only moves the cursor), ANSI escape sequences (CSI, OSC, two-byte ESC) and other
// control characters except tab and LF removed, every byte that is not part of well-formed UTF-8
// replaced by U+FFFD.
std::string as_text(std::string_view raw);

}  // namespace stackrescue::console
