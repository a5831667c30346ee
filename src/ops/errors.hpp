#pragma once
// The one error type of the ops layer: an operation refused or failed for a reason the
// user can act on. The message is complete (it names the server, the states seen, the
// image, ...); the module runtime prints it as the task's `msg`.
#include <string>

#include "common/error.hpp"

namespace stackrescue::ops {

// details(): extra result keys worth returning with the failure (e.g. the last `server` seen).
class OperationFailed : public Error {
 public:
  using Error::Error;
};

}  // namespace stackrescue::ops
