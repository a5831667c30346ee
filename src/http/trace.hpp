#pragma once
// Request tracing for benchmarks and debugging: when STACKRESCUE_TRACE names a file, every
// request appends one line: "<unix-ms> <method> <url without query secrets> <status> <ms>".
// Headers and bodies are never traced (they carry tokens and passwords).
#include <memory>
#include <string>

#include "http/transport.hpp"

namespace stackrescue::http {

// Wraps `inner` so that each request is traced to `path` (appended; one line each).
std::unique_ptr<Transport> make_tracing_transport(std::unique_ptr<Transport> inner, std::string path);

// Wraps `inner` with tracing when STACKRESCUE_TRACE is set, else returns `inner` unchanged.
std::unique_ptr<Transport> trace_if_requested(std::unique_ptr<Transport> inner);

}  // namespace stackrescue::http
