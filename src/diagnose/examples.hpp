#pragma once
// A console excerpt per kind, for the reference page of server_diagnose
// (docs/modules/server_diagnose.md): the lines as the diagnosis reads them (cleaned), taken
// from the test corpus — captured from this project's real guests where the failure was
// made here, else composed from the distribution's own messages with their sources
// (tests/fixtures/diagnose/). A unit test checks every excerpt against its file.
#include <cstddef>
#include <string_view>
#include <vector>

namespace stackrescue::diagnose {

struct KindExample {
  std::string_view kind;
  std::string_view seen_on;      // the system and the failure
  std::string_view fixture;      // under tests/fixtures/diagnose/
  std::size_t first_line;        // 1-based line of the first excerpt line in that file
  std::vector<std::string_view> lines;
};

const std::vector<KindExample>& kind_examples();

}  // namespace stackrescue::diagnose
