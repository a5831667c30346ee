#pragma once
// Text as key presses on a VNC console (RFC 6143 §7.5.4, keysyms of X11's keysymdef.h): what
// a person at a US keyboard would press. Printable ASCII is its own keysym; the characters a
// US keyboard types with Shift are pressed with Shift_L held, as a real client sends them
// (QEMU turns keysyms back into scancodes, and the guest sees the Shift it expects).
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stackrescue::console::rfb {

namespace keysym {
constexpr std::uint32_t kBackSpace = 0xff08;
constexpr std::uint32_t kTab = 0xff09;
constexpr std::uint32_t kReturn = 0xff0d;
constexpr std::uint32_t kEscape = 0xff1b;
constexpr std::uint32_t kShiftL = 0xffe1;
constexpr std::uint32_t kControlL = 0xffe3;
}  // namespace keysym

// One press: the keys go down in order and come up in reverse (Shift_L, 'H'; Control_L, 'c').
struct KeyStroke {
  std::vector<std::uint32_t> keysyms;
  bool operator==(const KeyStroke& other) const { return keysyms == other.keysyms; }
};

// The strokes that type `text`: printable ASCII, '\n' and '\r' (Return), '\t' (Tab), '\b'
// (BackSpace), ESC and 0x03 (Ctrl-C: what a serial terminal sends for it). Throws ConsoleError naming the first other character and its offset: a graphical
// console has no way to type it.
std::vector<KeyStroke> strokes_for(std::string_view text);

// Ctrl-C: Control_L held while 'c' is pressed.
KeyStroke ctrl_c();

// How fast to type. Every `burst` events (a key going down or up) are followed by `pause`:
// QEMU queues the guest's key events and drops what overflows its PS/2 queue (16 scancode
// bytes, one per event for these keys), so a whole line sent at once loses keys, while a
// person's pace (tens of ms) never does. The default is that pace, one event at a time.
struct KeyTiming {
  std::chrono::milliseconds pause{20};
  std::size_t burst = 1;
};

// The KeyEvent message (type 4) for one key going down or up.
std::string key_event(bool down, std::uint32_t keysym);

// The KeyEvent messages of `stroke`, in order: every key down, then every key up in reverse.
std::vector<std::string> key_events(const KeyStroke& stroke);

}  // namespace stackrescue::console::rfb
