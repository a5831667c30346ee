#pragma once
// Writing a file the module produces (a report, a screenshot) so that a reader never sees
// half of it and a failure leaves the old one: a temporary file in the same directory (the
// rename must not cross file systems), mode 0600 (what it holds is the server's), flushed to
// disk, then renamed over the destination.
#include <string>
#include <string_view>

namespace stackrescue::ops {

// Throws OperationFailed "the <what> <path> cannot be written: <reason>" (e.g. the directory
// does not exist); the temporary file is removed then.
void write_file_atomically(const std::string& path, std::string_view content, const std::string& what);

}  // namespace stackrescue::ops
