#pragma once
// Standard base64 (RFC 4648, with padding): how commands travel to the rescue shell, whose
// busybox decodes them with `base64 -d`.
#include <string>
#include <string_view>

namespace stackrescue {

std::string base64_encode(std::string_view bytes);

}  // namespace stackrescue
