#include "console/rfb/keys.hpp"

#include <cstdio>

#include "console/errors.hpp"
#include "console/rfb/bytes.hpp"

namespace stackrescue::console::rfb {
namespace {

// The characters of a US layout typed with Shift (letters aside).
constexpr std::string_view kShifted = "~!@#$%^&*()_+{}|:\"<>?";

bool needs_shift(char c) { return (c >= 'A' && c <= 'Z') || kShifted.find(c) != std::string_view::npos; }

std::string describe(unsigned char c, std::size_t at) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02x", c);
  return std::string("byte ") + hex + " at offset " + std::to_string(at);
}

}  // namespace

std::vector<KeyStroke> strokes_for(std::string_view text) {
  std::vector<KeyStroke> strokes;
  strokes.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\n':
      case '\r': strokes.push_back({{keysym::kReturn}}); continue;  // a terminal's Enter is CR
      case '\x03': strokes.push_back(ctrl_c()); continue;
      case '\t': strokes.push_back({{keysym::kTab}}); continue;
      case '\b': strokes.push_back({{keysym::kBackSpace}}); continue;
      case '\x1b': strokes.push_back({{keysym::kEscape}}); continue;
      default: break;
    }
    if (c < 0x20 || c > 0x7e)
      throw ConsoleError("cannot type " + describe(static_cast<unsigned char>(c), i) +
                         " on a graphical console: only printable ASCII, Return (LF or CR), tab, backspace, escape "
                         "and Ctrl-C (0x03) have keys");
    const auto sym = static_cast<std::uint32_t>(c);
    strokes.push_back(needs_shift(c) ? KeyStroke{{keysym::kShiftL, sym}} : KeyStroke{{sym}});
  }
  return strokes;
}

KeyStroke ctrl_c() { return {{keysym::kControlL, 'c'}}; }

std::string key_event(bool down, std::uint32_t keysym) {
  std::string out;
  put_u8(out, 4);
  put_u8(out, down ? 1 : 0);
  put_u16(out, 0);  // padding
  put_u32(out, keysym);
  return out;
}

std::vector<std::string> key_events(const KeyStroke& stroke) {
  std::vector<std::string> events;
  for (const auto sym : stroke.keysyms) events.push_back(key_event(true, sym));
  for (auto it = stroke.keysyms.rbegin(); it != stroke.keysyms.rend(); ++it) events.push_back(key_event(false, *it));
  return events;
}

}  // namespace stackrescue::console::rfb
