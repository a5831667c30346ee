#pragma once
// Reading the module arguments: the args file Ansible writes (argv[1]) or JSON on stdin.
// Every way the input can be wrong becomes an InputError with a message that names the
// problem and where it is; nothing here trusts the input's size, depth or encoding.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace stackrescue::ansible {

// Real argument files are a few KiB; anything this big is a mistake or an attack.
inline constexpr std::size_t kMaxArgsBytes = 8 * 1024 * 1024;

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The text of the args file at `path` (at most kMaxArgsBytes); throws InputError.
std::string read_args_file(const std::string& path);

// The text on stdin (at most kMaxArgsBytes); throws InputError, and refuses a terminal
// rather than waiting for someone to type.
std::string read_args_stdin();

// Parses the arguments, which must be one JSON object; `source` names where they came
// from in messages ("args file '/tmp/args'", "stdin"). Throws InputError.
nlohmann::json parse_args(std::string_view text, const std::string& source);

}  // namespace stackrescue::ansible
