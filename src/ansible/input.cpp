#include "ansible/input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "ansible/json_text.hpp"

namespace stackrescue::ansible {
namespace {

const std::string kLimitText = "8 MiB (" + std::to_string(kMaxArgsBytes) + " bytes)";

// Reads at most one byte past the limit, so an endless source (/dev/zero, a huge pipe)
// costs a bounded amount of memory and time.
std::string read_bounded(int fd, const std::string& source) {
  std::string text;
  char buffer[65536];
  while (text.size() <= kMaxArgsBytes) {
    ssize_t count = ::read(fd, buffer, sizeof buffer);
    if (count == 0) return text;
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) throw InputError("could not read the module arguments from " + source + ": " + std::strerror(errno));
    text.append(buffer, static_cast<std::size_t>(count));
  }
  throw InputError("the module arguments in " + source + " are too large: more than " + kLimitText);
}

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string json_type_name(const nlohmann::json& value) {
  if (value.is_array()) return "an array";
  if (value.is_string()) return "a string";
  if (value.is_number()) return "a number";
  if (value.is_boolean()) return "a boolean";
  return "null";
}

}  // namespace

std::string read_args_file(const std::string& path) {
  const std::string source = "args file '" + path + "'";
  // O_NONBLOCK: opening a FIFO nobody writes to must not hang the module.
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (file.get() < 0) throw InputError("could not open the module " + source + ": " + std::strerror(errno));
  struct stat info {};
  if (::fstat(file.get(), &info) == 0 && S_ISDIR(info.st_mode))
    throw InputError("could not read the module " + source + ": it is a directory");
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > kMaxArgsBytes)
    throw InputError("the module arguments in " + source + " are too large: " + std::to_string(info.st_size) +
                     " bytes, more than " + kLimitText);
  int flags = ::fcntl(file.get(), F_GETFL);
  if (flags >= 0) ::fcntl(file.get(), F_SETFL, flags & ~O_NONBLOCK);
  return read_bounded(file.get(), source);
}

std::string read_args_stdin() {
  if (::isatty(STDIN_FILENO))
    throw InputError("no module arguments: give the path of a JSON args file, or pipe JSON on stdin (see --help)");
  return read_bounded(STDIN_FILENO, "stdin");
}

nlohmann::json parse_args(std::string_view text, const std::string& source) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw InputError("no module arguments: " + source + " is empty (expected a JSON object of module options)");
  JsonText parsed = parse_json_text(text);
  if (!parsed.value && parsed.error.rfind("nested deeper", 0) == 0)
    throw InputError("the module arguments in " + source + " are too deeply nested: more than " +
                     std::to_string(kMaxArgsDepth) + " levels of arrays and objects");
  if (!parsed.value) throw InputError("the module arguments in " + source + " are not valid JSON: " + parsed.error);
  if (!parsed.value->is_object())
    throw InputError("the module arguments in " + source + " must be a JSON object of options, got " +
                     json_type_name(*parsed.value));
  return std::move(*parsed.value);
}

}  // namespace stackrescue::ansible
