#pragma once
// The base of every *expected* failure in StackRescue: bad configuration, an API error, a
// lookup that found nothing, a transport failure, an operation that could not be done.
// Its message is complete and meant for the user; details() are extra result keys (the
// server as last seen, the HTTP status, the request id). The module runtime reports it as
// the task's msg; anything else that escapes is a bug and is reported as "unexpected".
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace stackrescue {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, nlohmann::json details = nlohmann::json::object())
      : std::runtime_error(message), details_(std::move(details)) {}
  const nlohmann::json& details() const { return details_; }

 protected:
  nlohmann::json& mutable_details() { return details_; }

 private:
  nlohmann::json details_;
};

}  // namespace stackrescue
