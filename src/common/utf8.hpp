#pragma once
// Strict UTF-8 validation. Text that reaches JSON output must be UTF-8 (nlohmann's dump()
// throws otherwise), and configuration from files and the environment may not be.
#include <cstddef>
#include <string_view>

namespace stackrescue {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points > U+10FFFF).
bool is_valid_utf8(std::string_view text);

// At most `max_bytes` bytes from the start (utf8_head) or the end (utf8_tail) of `text`,
// never cutting through a multi-byte sequence: a cut that would land inside one moves to
// the sequence's edge, so the piece is at most max_bytes long.
std::string_view utf8_head(std::string_view text, std::size_t max_bytes);
std::string_view utf8_tail(std::string_view text, std::size_t max_bytes);

}  // namespace stackrescue
