#pragma once
// Strict UTF-8 validation. Text that reaches JSON output must be UTF-8 (nlohmann's dump()
// throws otherwise), and configuration from files and the environment may not be.
#include <string_view>

namespace stackrescue {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points > U+10FFFF).
bool is_valid_utf8(std::string_view text);

}  // namespace stackrescue
