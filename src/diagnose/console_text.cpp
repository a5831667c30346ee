#include "diagnose/console_text.hpp"

#include <cctype>

#include "common/utf8.hpp"

namespace stackrescue::diagnose {
namespace {

constexpr char kEsc = '\x1b';
constexpr char kBel = '\x07';

// Index just past the escape sequence that starts at `at` (line[at] == ESC).
std::size_t skip_escape(std::string_view line, std::size_t at) {
  std::size_t i = at + 1;
  if (i >= line.size()) return i;
  if (line[i] == '[') {  // CSI: parameter bytes 0x30-0x3f, intermediates 0x20-0x2f, final 0x40-0x7e
    ++i;
    while (i < line.size() && line[i] >= 0x30 && line[i] <= 0x3f) ++i;
    while (i < line.size() && line[i] >= 0x20 && line[i] <= 0x2f) ++i;
    // A sequence cut short (systemd ellipsizes a long unit name in the middle of its colour
    // codes) ends here: what follows is text again.
    return i < line.size() && line[i] >= 0x40 && line[i] <= 0x7e ? i + 1 : i;
  }
  if (line[i] == ']') {  // OSC: up to BEL or ESC backslash
    ++i;
    while (i < line.size() && line[i] != kBel && line[i] != kEsc) ++i;
    if (i < line.size() && line[i] == kEsc && i + 1 < line.size() && line[i + 1] == '\\') return i + 2;
    return i < line.size() && line[i] == kBel ? i + 1 : i;
  }
  // nF sequences: intermediates 0x20-0x2f, then a final byte ("ESC ( B" selects a charset);
  // else ESC + one byte (keypad modes, ...). Only an ASCII byte ends one: a UTF-8 sequence
  // after a stray ESC is text, kept whole.
  while (i < line.size() && line[i] >= 0x20 && line[i] <= 0x2f) ++i;
  return i < line.size() && static_cast<unsigned char>(line[i]) < 0x80 ? i + 1 : i;
}

// Nova's API removes control characters from the log it returns (ESC among them:
// nova/api/openstack/compute/console_output.py, [\x00-\x08\x0B-\x1F]), leaving
// a colour code's body as text: "[0;1;31mFAILED[0m". The index past such a remnant that
// starts at `at` (line[at] == '['), or `at` when it is text. Without parameters ("[m",
// "[H") it counts only when no letter follows: "[mount]", "[DEPEND]" are text. Parameters
// with a ';' and no final byte are a code systemd cut when it shortened the line ("[0;1;…").
std::size_t skip_remnant(std::string_view line, std::size_t at) {
  static constexpr std::string_view kFinals = "mHJKhlABCDfGn";
  std::size_t i = at + 1;
  while (i < line.size() && ((line[i] >= '0' && line[i] <= '9') || line[i] == ';' || line[i] == '?')) ++i;
  const std::string_view parameters = line.substr(at + 1, i - at - 1);
  if (i >= line.size() || kFinals.find(line[i]) == std::string_view::npos)
    return parameters.find(';') != std::string_view::npos ? i : at;
  const bool letter_follows = i + 1 < line.size() && std::isalpha(static_cast<unsigned char>(line[i + 1]));
  return !parameters.empty() || !letter_follows ? i + 1 : at;
}

// The text with every byte that is not part of a well-formed UTF-8 sequence replaced by
// U+FFFD: evidence goes into JSON, which must be UTF-8 (what Nova returns is; a log read
// elsewhere, or cut, may not be).
std::string valid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (i + length <= text.size() && is_valid_utf8(text.substr(i, length))) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += "\xef\xbf\xbd";
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string clean_line(std::string_view line) {
  std::string out;
  out.reserve(std::min(line.size(), kMaxLineLength + 4));
  for (std::size_t i = 0; i < line.size() && out.size() < kMaxLineLength + 4;) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c == static_cast<unsigned char>(kEsc)) {
      i = skip_escape(line, i);
    } else if (c == '[' && skip_remnant(line, i) != i) {
      i = skip_remnant(line, i);
    } else if (c < 0x20 && c != '\t') {
      ++i;
    } else if (c == 0x7f) {
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
      ++i;
    }
  }
  const std::string valid = valid_utf8(out);
  return std::string(utf8_head(valid, kMaxLineLength));
}

std::vector<std::string> console_lines(std::string_view log) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < log.size()) {
    std::size_t end = log.find('\n', start);
    const bool last = end == std::string_view::npos;
    if (last) end = log.size();
    std::string_view line = log.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // A carriage return inside the line: the terminal overwrote what came before it.
    if (const auto cr = line.rfind('\r'); cr != std::string_view::npos && cr + 1 < line.size())
      line.remove_prefix(cr + 1);
    lines.push_back(clean_line(line));
    start = last ? log.size() : end + 1;
  }
  return lines;
}

}  // namespace stackrescue::diagnose
