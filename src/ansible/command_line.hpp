#pragma once
// The module's command line: what Ansible passes (the args file path) and the flags
// people use by hand. Parsed with Boost.Program_options.
#include <optional>
#include <stdexcept>
#include <string>

namespace stackrescue::ansible {

struct CommandLine {
  bool help = false;
  bool version = false;
  bool doc_yaml = false;
  bool doc_py = false;
  std::optional<std::string> args_file;  // none (or "-"): read stdin
};

class CommandLineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws CommandLineError naming the offending flag or argument.
CommandLine parse_command_line(int argc, char** argv);

}  // namespace stackrescue::ansible
