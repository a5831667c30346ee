// Error bodies of every service, raw bytes (Nova/Keystone JSON, Glance's HTML-ish text,
// proxies' HTML pages): extract_error_message must return a short line and never crash.
#include "fuzz_util.hpp"
#include "openstack/error_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ClearSecrets clear;
  const std::string message = stackrescue::openstack::extract_error_message(std::string(fuzz::text(data, size)));
  if (message.size() > 4096) __builtin_trap();  // documented: one line of at most ~500 characters
  return 0;
}
