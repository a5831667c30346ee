#include "console/framing.hpp"

#include <algorithm>
#include <cctype>
#include <random>
#include <stdexcept>

#include "common/utf8.hpp"

namespace stackrescue::console {
namespace {

constexpr std::string_view kBegin = "SRBEGIN";
constexpr std::string_view kEnd = "SREND";
// An exit status is 0-255; more digits than this is not our end marker.
constexpr std::size_t kMaxStatusDigits = 3;
// A marker followed by more CRs than this is not ours (bounds what is held back).
constexpr std::size_t kMaxHeldBytes = 256;

bool is_nonce(std::string_view nonce) {
  if (nonce.size() < 8 || nonce.size() > 64) return false;
  for (const char c : nonce)
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  return true;
}

// The length of the well-formed UTF-8 sequence at text[i], 0 when there is none.
std::size_t utf8_sequence_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const std::size_t length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  return is_valid_utf8(text.substr(i, length)) ? length : 0;
}

// The length of the escape sequence starting with ESC at raw[i] (to its end when unterminated).
std::size_t escape_length(std::string_view raw, std::size_t i) {
  if (i + 1 >= raw.size()) return 1;
  std::size_t j = i + 2;
  if (raw[i + 1] == '[') {  // CSI: parameters and intermediates, then a final byte 0x40-0x7E
    while (j < raw.size() && !(raw[j] >= 0x40 && raw[j] <= 0x7E)) ++j;
    return (j < raw.size() ? j + 1 : j) - i;
  }
  if (raw[i + 1] == ']') {  // OSC: up to BEL or ESC backslash
    while (j < raw.size() && raw[j] != '\a' && !(raw[j] == '\x1b' && j + 1 < raw.size() && raw[j + 1] == '\\')) ++j;
    if (j >= raw.size()) return j - i;
    return (raw[j] == '\a' ? j + 1 : j + 2) - i;
  }
  // ESC, intermediate bytes 0x20-0x2F (ESC ( B selects a charset), one final byte.
  while (j - 1 < raw.size() && raw[j - 1] >= 0x20 && raw[j - 1] <= 0x2F) ++j;
  return std::min(j, raw.size()) - i;
}

}  // namespace

std::string make_nonce() {
  std::random_device source;
  std::uniform_int_distribution<int> digit(0, 15);
  std::string nonce;
  for (int i = 0; i < 16; ++i) nonce += "0123456789abcdef"[digit(source)];
  return nonce;
}

Markers make_markers() { return {make_nonce(), make_nonce()}; }

std::string framed_line(std::string_view shell, const Markers& markers, std::string_view prelude) {
  if (!is_nonce(markers.begin) || !is_nonce(markers.end))
    throw std::invalid_argument("console nonces must be 8-64 letters and digits");
  if (shell.find('\n') != std::string_view::npos || prelude.find('\n') != std::string_view::npos)
    throw std::invalid_argument("a framed line's shell text must be one line");
  // One line, typed at a prompt: busybox's line editor mangles lines typed ahead of its
  // prompt (seen on the real console).
  std::string line = std::string(prelude) + "printf '\\n%s-%s\\n' " + std::string(kBegin) + " " + markers.begin +
                     "; ( " + std::string(shell) + " ) </dev/null 2>&1; printf '\\n%s-%s:%d\\n' " + std::string(kEnd) +
                     " " + markers.end + " $?\n";
  if (line.size() > kMaxTypedLineBytes)
    throw std::invalid_argument("a framed line of " + std::to_string(line.size()) + " bytes does not fit on one line (" +
                                std::to_string(kMaxTypedLineBytes) + ") of the rescue shell's line editor");
  return line;
}

std::size_t max_shell_bytes() {
  const std::string sample(16, 'n');  // make_nonce()'s length
  return kMaxTypedLineBytes - framed_line("", {sample, sample}).size();
}

Framing::Framing(const Markers& markers, std::size_t output_cap) : cap_(output_cap) {
  if (!is_nonce(markers.begin) || !is_nonce(markers.end))
    throw std::invalid_argument("console nonces must be 8-64 letters and digits");
  begin_marker_ = std::string(kBegin) + "-" + markers.begin;
  end_marker_ = std::string(kEnd) + "-" + markers.end + ":";
}

void Framing::feed(std::string_view bytes) {
  if (state_ == State::Finished) return;
  pending_.append(bytes);
  if (state_ == State::WaitingForBegin) scan_for_begin();
  if (state_ == State::Running) scan_for_end();
}

void Framing::scan_for_begin() {
  for (;;) {
    const auto at = pending_.find(begin_marker_);
    if (at == std::string::npos) {
      // Only a tail that may be the start of the marker is worth keeping.
      if (pending_.size() >= begin_marker_.size()) pending_.erase(0, pending_.size() - begin_marker_.size() + 1);
      return;
    }
    // Ours when only CRs stand between it and the line end.
    const auto after = at + begin_marker_.size();
    const auto next = pending_.find_first_not_of('\r', after);
    const bool too_many_crs = (next == std::string::npos ? pending_.size() : next) - after > kMaxHeldBytes;
    if (next == std::string::npos && !too_many_crs) {
      pending_.erase(0, at);  // the rest of the marker's line is still on its way
      return;
    }
    if (next != std::string::npos && !too_many_crs && pending_[next] == '\n') {
      pending_.erase(0, next + 1);
      state_ = State::Running;
      return;
    }
    pending_.erase(0, at + 1);  // the marker text followed by something else: not ours
  }
}

void Framing::scan_for_end() {
  for (;;) {
    const auto at = pending_.find(end_marker_);
    if (at == std::string::npos) {
      const auto hold = end_marker_.size() - 1;
      if (pending_.size() > hold) {
        keep(std::string_view(pending_).substr(0, pending_.size() - hold));
        pending_.erase(0, pending_.size() - hold);
      }
      return;
    }
    keep(std::string_view(pending_).substr(0, at));
    pending_.erase(0, at);
    std::size_t i = end_marker_.size();
    int status = 0;
    while (i < pending_.size() && i - end_marker_.size() < kMaxStatusDigits &&
           std::isdigit(static_cast<unsigned char>(pending_[i]))) {
      status = status * 10 + (pending_[i] - '0');
      ++i;
    }
    const bool has_digits = i > end_marker_.size();
    if (i == pending_.size()) return;  // digits (or none yet) up to the end: wait for more
    if (has_digits && (pending_[i] == '\r' || pending_[i] == '\n')) {
      rc_ = status;
      state_ = State::Finished;
      pending_.clear();
      return;
    }
    keep(std::string_view(pending_).substr(0, 1));  // not an end marker after all: output
    pending_.erase(0, 1);
  }
}

void Framing::keep(std::string_view raw) {
  const auto room = cap_ > raw_output_.size() ? cap_ - raw_output_.size() : 0;
  raw_output_.append(raw.substr(0, room));
  if (raw.size() > room) cut_bytes_ += raw.size() - room;
}

CommandResult Framing::result() const {
  CommandResult result;
  result.finished = finished();
  result.began = state_ != State::WaitingForBegin;
  result.rc = rc_;
  std::string raw = raw_output_;
  std::size_t cut = cut_bytes_;
  if (state_ == State::Running) {  // timed out: what is held back is output too
    const auto room = cap_ > raw.size() ? cap_ - raw.size() : 0;
    raw.append(pending_.substr(0, room));
    if (pending_.size() > room) cut += pending_.size() - room;
  }
  result.output = as_text(raw);
  // The framing's own line break before the end marker, and the command's last one (as
  // ansible.builtin.command strips it).
  while (!result.output.empty() && result.output.back() == '\n') result.output.pop_back();
  result.cut_bytes = cut;
  if (cut > 0)
    result.output += "\n[output cut: the first " + std::to_string(cap_) + " bytes are shown, " + std::to_string(cut) +
                     " more were not kept]";
  return result;
}

std::string as_text(std::string_view raw) {
  std::string text;
  text.reserve(raw.size());
  std::size_t i = 0;
  while (i < raw.size()) {
    const auto c = static_cast<unsigned char>(raw[i]);
    if (c == 0x1B) {
      i += escape_length(raw, i);
    } else if (c == '\n' || c == '\t') {
      text += static_cast<char>(c);
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      ++i;  // CR, BEL, backspace, ...: terminal control, not text
    } else if (const auto length = utf8_sequence_at(raw, i)) {
      text.append(raw.substr(i, length));
      i += length;
    } else {
      text += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
    }
  }
  return text;
}

}  // namespace stackrescue::console
