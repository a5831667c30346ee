#include "ops/file_changes.hpp"

#include <algorithm>
#include <set>

#include "console/command.hpp"
#include "console/login.hpp"
#include "ops/errors.hpp"

namespace stackrescue::ops {
namespace {

// Tools the copies and comparisons need beyond what every run needs (console/script.cpp).
constexpr const char* kTools = "cp diff sed rm";
constexpr std::string_view kMissing = "missing:";
// Output kept of a copy (it prints nothing unless something is wrong).
constexpr std::size_t kStepOutputCap = 4096;
// How long the prompt may take to return after a step ended.
constexpr std::chrono::milliseconds kPromptGrace{5000};
// A path longer than this is refused (every line must fit what busybox's line editor keeps).
constexpr std::size_t kMaxPathBytes = 256;

std::string quoted(const std::string& text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string copy_name(std::size_t index, const std::string& directory) {
  return directory + "/" + std::to_string(index);
}

// A symbolic link is not followed: a link planted on the server's disk (etc/fstab ->
// /etc/shadow) would otherwise show a file of the rescue system itself.
std::string refuse_odd(const std::string& path) {
  return "f=" + quoted(path) + "; [ ! -L \"$f\" ] || { echo 'is a symbolic link: not compared'; exit 3; }; " +
         "[ ! -e \"$f\" ] || [ -f \"$f\" ] || { echo 'is not a regular file: not compared'; exit 3; }; ";
}

// The unified diff of `output` with our own header: the lines before the first hunk are
// diff's, naming the copy's temporary path and times.
std::string with_header(const std::string& path, const std::string& output) {
  const auto hunk = output.rfind("@@", 0) == 0 ? 0 : output.find("\n@@");
  if (hunk == std::string::npos) return output;  // e.g. "Binary files ... differ"
  return "--- " + path + " (before)\n+++ " + path + " (after)\n" + output.substr(hunk == 0 ? 0 : hunk + 1);
}

std::vector<std::string> sorted_names(const std::string& output) {
  std::set<std::string> names;
  std::size_t at = 0;
  while (at < output.size()) {
    const auto end = std::min(output.find('\n', at), output.size());
    if (end > at) names.insert(output.substr(at, end - at));
    at = end + 1;
  }
  return {names.begin(), names.end()};
}

std::string status_text(const console::CommandResult& step) {
  return "exit status " + std::to_string(step.rc.value_or(-1));
}

bool step_then_prompt(console::Session& session, const console::CommandResult& step) {
  return step.finished && console::wait_for_shell_prompt(session, std::min(session.left(), kPromptGrace));
}

}  // namespace

std::vector<WatchedFile> watched_files(const std::vector<std::string>& diff_files,
                                       const std::vector<std::string>& secret_files) {
  std::vector<WatchedFile> files;
  const auto add = [&files](const std::string& path, bool secret) {
    const std::string option = secret ? "secret_files" : "diff_files";
    if (path.empty() || path.front() != '/')
      throw OperationFailed(option + ": '" + path + "' is not an absolute path in the rescue system");
    if (path.size() > kMaxPathBytes)
      throw OperationFailed(option + ": a path of " + std::to_string(path.size()) + " bytes is longer than " +
                            std::to_string(kMaxPathBytes));
    if (std::any_of(path.begin(), path.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
      throw OperationFailed(option + ": a path holds a control character (a newline, a tab, ...): it cannot be typed");
    for (auto& file : files)
      if (file.path == path) return void(file.secret = file.secret || secret);
    // The longest line typed for it (a secret's comparison, as both kinds may apply) must fit.
    const std::string longest_directory = "/tmp/stackrescue-watch-" + std::string(16, 'f');
    if (watch_compare_shell({path, true}, 999, longest_directory).size() > console::max_shell_bytes())
      throw OperationFailed(option + ": the path '" + path + "' is too long to type once quoted");
    files.push_back({path, secret});
  };
  for (const auto& path : secret_files) add(path, true);
  for (const auto& path : diff_files) add(path, false);
  return files;
}

std::string watch_prepare_shell(const std::string& directory) {
  return "m=; for t in " + std::string(kTools) + "; do command -v $t >/dev/null 2>&1 || m=\"$m $t\"; done; " +
         "[ -z \"$m\" ] || { echo \"" + std::string(kMissing) + "$m\"; exit 1; }; command mkdir -m 700 " + directory;
}

std::string watch_copy_shell(const WatchedFile& file, std::size_t index, const std::string& directory) {
  return refuse_odd(file.path) + "[ ! -e \"$f\" ] || command cp \"$f\" " + copy_name(index, directory);
}

std::string watch_compare_shell(const WatchedFile& file, std::size_t index, const std::string& directory) {
  const std::string copy = copy_name(index, directory);
  const std::string start = refuse_odd(file.path) + "[ -e " + copy + " ] || [ -e \"$f\" ] || exit 0; ";
  if (!file.secret) return start + "command diff -uN " + copy + " \"$f\"";
  // Only the first field of each changed line (-U0: no context lines) is printed; lines 1-2
  // are diff's headers. A line without a colon prints a note, never itself.
  return start + "command diff -U0 -N " + copy + " \"$f\" >" + copy + ".d; r=$?; [ $r -ne 1 ] || command sed -n " +
         "-e '3,$s/^[-+]\\([^:]*\\):.*/\\1/p' -e '3,$s/^[-+][^:]*$/(a line without a colon)/p' " + copy +
         ".d; command rm -f " + copy + ".d; exit $r";
}

FileChange file_change(const WatchedFile& file, const console::CommandResult& compared) {
  FileChange change{file.path, file.secret, false, "", {}, ""};
  if (!compared.finished) {
    change.error = "not compared: the run's timeout passed first";
  } else if (compared.rc == 1) {
    change.changed = true;
    if (file.secret) change.entries = sorted_names(compared.output);
    else change.diff = with_header(file.path, compared.output);
  } else if (compared.rc != 0) {
    // A secret file's comparison prints nothing of its content, but keep to the status anyway.
    change.error = "not compared (" + status_text(compared) +
                   (file.secret || compared.output.empty() ? "" : ": " + compared.output) + ")";
  }
  return change;
}

std::optional<std::string> copy_watched_files(console::Session& session, const std::vector<WatchedFile>& files,
                                              const std::string& server) {
  const std::string directory = "/tmp/stackrescue-watch-" + console::make_nonce();
  const auto prepared = console::run_framed(session, watch_prepare_shell(directory), kStepOutputCap);
  if (prepared.finished && prepared.rc != 0)
    throw OperationFailed("the rescue system of " + server + " cannot watch files (" + status_text(prepared) + ": " +
                          prepared.output + "): diff_files and secret_files need " + kTools + "; nothing was run");
  if (!step_then_prompt(session, prepared)) return std::nullopt;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto copied = console::run_framed(session, watch_copy_shell(files[i], i, directory), kStepOutputCap);
    if (copied.finished && copied.rc != 0) {
      console::run_framed(session, "command rm -rf " + directory, kStepOutputCap);
      throw OperationFailed(files[i].path + " in the rescue system of " + server + " could not be copied before the " +
                            "command (" + status_text(copied) + (copied.output.empty() ? "" : ": " + copied.output) +
                            "); nothing was run");
    }
    if (!step_then_prompt(session, copied)) return std::nullopt;
  }
  return directory;
}

std::vector<FileChange> compare_watched_files(console::Session& session, const std::vector<WatchedFile>& files,
                                              const std::string& directory, std::size_t output_cap) {
  std::vector<FileChange> changes;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto compared = session.expired() ? console::CommandResult{}
                                            : console::run_framed(session, watch_compare_shell(files[i], i, directory),
                                                                  output_cap);
    changes.push_back(file_change(files[i], compared));
    if (compared.finished) console::wait_for_shell_prompt(session, std::min(session.left(), kPromptGrace));
  }
  if (!session.expired()) console::run_framed(session, "command rm -rf " + directory, kStepOutputCap);
  return changes;
}

nlohmann::json file_changes_json(const std::vector<FileChange>& changes) {
  auto list = nlohmann::json::array();
  for (const auto& change : changes) {
    nlohmann::json entry = {{"path", change.path}, {"secret", change.secret}, {"changed", change.changed}};
    if (change.secret) entry["entries"] = change.entries;
    else entry["diff"] = change.diff;
    if (!change.error.empty()) entry["error"] = change.error;
    list.push_back(std::move(entry));
  }
  return list;
}

std::string prepared_diff(const std::vector<FileChange>& changes) {
  std::string text;
  for (const auto& change : changes)
    if (change.changed && !change.secret) text += change.diff + (change.diff.empty() || change.diff.back() == '\n' ? "" : "\n");
  return text;
}

}  // namespace stackrescue::ops
