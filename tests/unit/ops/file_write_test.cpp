// The atomic file write shared by repair_report and server_console_screenshot (ops/file_write).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "ops/errors.hpp"
#include "ops/file_write.hpp"

using namespace stackrescue;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("file_write_test_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("file_write: writes mode 0600, replaces the old file, leaves no temporary file", "[file_write]") {
  TempDir dir;
  const auto path = (dir.path / "screen.png").string();
  const ::mode_t old_mask = ::umask(0);  // the mode must not depend on the caller's umask
  ops::write_file_atomically(path, std::string("first\0binary", 12), "screenshot");
  ::umask(old_mask);
  CHECK(read(path) == std::string("first\0binary", 12));
  CHECK((fs::status(path).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));

  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  ops::write_file_atomically(path, "second", "screenshot");
  CHECK(read(path) == "second");
  CHECK((fs::status(path).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
  ops::write_file_atomically(path, "", "screenshot");
  CHECK(read(path).empty());
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("file_write: a missing directory or a directory in the way fails naming the file", "[file_write]") {
  TempDir dir;
  const auto missing = (dir.path / "no-such-dir" / "screen.png").string();
  CHECK_THROWS_WITH(ops::write_file_atomically(missing, "x", "screenshot"),
                    "the screenshot " + missing + " cannot be written: No such file or directory");
  fs::create_directory(dir.path / "taken");
  const auto taken = (dir.path / "taken").string();
  CHECK_THROWS_AS(ops::write_file_atomically(taken, "x", "screenshot"), ops::OperationFailed);
  CHECK(fs::is_directory(taken));
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);  // no temporary left
}
