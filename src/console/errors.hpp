#pragma once
// The one error type of the console layer: the console could not be reached, locked or
// driven (no shell prompt, a refused login, a command that cannot be typed). The message is
// complete and meant for the user, like every stackrescue::Error.
#include "common/error.hpp"

namespace stackrescue::console {

class ConsoleError : public Error {
 public:
  using Error::Error;
};

}  // namespace stackrescue::console
