#pragma once
// SHA-256 (OpenSSL's) as 64 lowercase hex digits: what sha256sum prints.
#include <string>
#include <string_view>

namespace stackrescue {

std::string sha256_hex(std::string_view data);

}  // namespace stackrescue
