#pragma once
// What a rescue_command changed in files it was told to watch (diff_files, secret_files):
// each file is copied inside the rescue system before the command runs, and compared with
// the copy after it returns. Every copy and every comparison is its own framed line
// (console/framing), typed by this module after the command ended: the path a diff belongs
// to is the line it came from, never read from the output, so nothing the rescued guest
// writes (a file's content, the command's output) can attach a diff to another file, and
// the markers of the comparison's line are drawn after the command ended.
//
// A secret file (/etc/shadow) never leaves the rescue system: its comparison prints only the
// first `:`-separated field of each changed line (the user of a shadow line) and the module
// returns those names. What is on the console is in the console log that every member of
// the project can read, so the secret's content must not be printed there either.
//
// The copies live in /tmp/stackrescue-watch-<random> (mkdir -m 700) of the rescue system,
// removed after the comparisons (a run that times out leaves it in the rescue system's /tmp,
// which the unrescue discards with the rescue system).
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "console/framing.hpp"
#include "console/session.hpp"

namespace stackrescue::ops {

struct WatchedFile {
  std::string path;     // absolute, in the rescue system (the server's disk is mounted somewhere)
  bool secret = false;  // only the names of the changed entries are returned
};

struct FileChange {
  std::string path;
  bool secret = false;
  bool changed = false;
  std::string diff;                  // unified diff (not for secret files), headers naming `path`
  std::vector<std::string> entries;  // secret files: first fields of the changed lines, sorted, once each
  std::string error;                 // why it could not be compared (empty when it was)
};

// The watched files from the module's options (a path in both lists is secret). Throws
// OperationFailed for a path that is not absolute, holds a newline, a NUL or a control
// character, or is too long to type.
std::vector<WatchedFile> watched_files(const std::vector<std::string>& diff_files,
                                       const std::vector<std::string>& secret_files);

// The shell texts, one framed line each (exposed for the tests).
std::string watch_prepare_shell(const std::string& directory);
std::string watch_copy_shell(const WatchedFile& file, std::size_t index, const std::string& directory);
std::string watch_compare_shell(const WatchedFile& file, std::size_t index, const std::string& directory);

// One comparison's result as the framed line returned it.
FileChange file_change(const WatchedFile& file, const console::CommandResult& compared);

// Copies the files before the command. Returns the directory of the copies, or nullopt when
// the run's deadline passed. Throws OperationFailed (naming `server`; nothing of the command
// was run) when the rescue system lacks a tool or a file cannot be copied.
std::optional<std::string> copy_watched_files(console::Session& session, const std::vector<WatchedFile>& files,
                                              const std::string& server);

// Compares each file with its copy, then removes the copies. A file not compared before the
// deadline says so in its error.
std::vector<FileChange> compare_watched_files(console::Session& session, const std::vector<WatchedFile>& files,
                                              const std::string& directory, std::size_t output_cap);

// [{path, secret, changed, diff | entries, error?}, ...]: the module's file_changes.
nlohmann::json file_changes_json(const std::vector<FileChange>& changes);

// The diffs of the changed non-secret files as one text (Ansible's --diff "prepared"); empty
// when none changed.
std::string prepared_diff(const std::vector<FileChange>& changes);

}  // namespace stackrescue::ops
