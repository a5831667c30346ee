// Every rule on real console text: the logs captured from this project's real guests
// (fixtures/diagnose/real) and other distributions' wording with its sources
// (fixtures/diagnose/wording). Each <case>.log has a <case>.json saying what it must give:
//   state        booted | boot_failed | no_output | undecided (optional)
//   kinds        kinds it must be diagnosed with; "exact": true = these and no other
//   absent       kinds it must not get
//   details      {kind: {detail: value}}
//   repair_tasks the repair plan's tasks (optional)
//   boots_back   which boot (0 = the last; 1 = the one before: a rescued server's own)
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "diagnose/console_text.hpp"
#include "diagnose/diagnosis.hpp"
#include "diagnose/examples.hpp"
#include "diagnose/rules.hpp"

using namespace stackrescue::diagnose;
namespace fs = std::filesystem;

namespace {

struct Case {
  std::string name;
  std::string log;
  nlohmann::json expect;
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<Case> cases() {
  std::vector<Case> out;
  for (const char* group : {"real", "wording"}) {
    const fs::path dir = fs::path(STACKRESCUE_FIXTURES_DIR) / "diagnose" / group;
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".log") continue;
      fs::path expect = entry.path();
      expect.replace_extension(".json");
      out.push_back({std::string(group) + "/" + entry.path().stem().string(), read(entry.path()),
                     nlohmann::json::parse(read(expect))});
    }
  }
  std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return out;
}

// What Nova's API makes of a log (nova/api/openstack/compute/console_output.py removes
// [\x00-\x08\x0B-\x1F]: ESC and CR among them). The captured logs are already so; the
// composed ones keep the raw bytes a serial port carries.
std::string as_nova_returns(const std::string& log) {
  std::string out;
  for (const char c : log) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x08 || (u >= 0x0b && u <= 0x1f)) continue;
    out.push_back(c);
  }
  return out;
}

std::set<std::string> kinds_of(const LogDiagnosis& d) {
  std::set<std::string> out;
  for (const auto& f : d.findings) out.insert(f.kind);
  return out;
}

}  // namespace

TEST_CASE("every captured and cited console log gives what its .json says", "[fixtures]") {
  const auto all = cases();
  REQUIRE(all.size() >= 5);
  for (const auto& c : all) {
    INFO("fixture " << c.name);
    const auto d = diagnose_boot(console_lines(c.log), c.expect.value("boots_back", 0));
    const auto found = kinds_of(d);
    INFO("found: " << nlohmann::json(found).dump());
    if (c.expect.contains("state")) CHECK(to_string(d.state) == c.expect["state"].get<std::string>());
    for (const auto& kind : c.expect.value("kinds", nlohmann::json::array())) CHECK(found.count(kind.get<std::string>()) == 1);
    if (c.expect.value("exact", false)) CHECK(found.size() == c.expect["kinds"].size());
    for (const auto& kind : c.expect.value("absent", nlohmann::json::array())) CHECK(found.count(kind.get<std::string>()) == 0);
    const auto expected_details = c.expect.value("details", nlohmann::json::object());
    for (const auto& [kind, details] : expected_details.items()) {
      for (const auto& finding : d.findings) {
        if (finding.kind != kind) continue;
        for (const auto& [key, value] : details.items()) {
          INFO(kind << "." << key);
          CHECK(finding.details.value(key, nlohmann::json()) == value);
        }
      }
    }
    if (c.expect.contains("repair_tasks"))
      CHECK(nlohmann::json(repair_plan(d.findings).tasks) == c.expect["repair_tasks"]);
    const auto through_nova = diagnose_boot(console_lines(as_nova_returns(c.log)), c.expect.value("boots_back", 0));
    CHECK(kinds_of(through_nova) == found);
    CHECK(through_nova.state == d.state);
  }
}

TEST_CASE("every rule and every kind is seen on at least one fixture", "[fixtures]") {
  std::map<const Rule*, int> hits;
  std::set<std::string> kinds_found;
  for (const auto& c : cases()) {
    for (const auto& line : console_lines(c.log))
      for (const Rule* rule : rules_matching(line)) ++hits[rule];
    for (const auto& kind : c.expect.value("kinds", nlohmann::json::array())) kinds_found.insert(kind.get<std::string>());
  }
  for (const auto& rule : rules()) {
    INFO("rule " << rule.kind << ": /" << rule.pattern << "/ (" << rule.source << ")");
    CHECK(hits[&rule] > 0);
  }
  for (const auto& kind : kinds()) {
    INFO("kind " << kind.name);
    CHECK(kinds_found.count(std::string(kind.name)) == 1);
  }
}

TEST_CASE("the rules' table is consistent", "[rules]") {
  for (const auto& rule : rules()) {
    INFO("rule /" << rule.pattern << "/");
    CHECK(kind_info(rule.kind) != nullptr);
    CHECK_FALSE(rule.source.empty());
    for (const auto kind : rule.supports) CHECK(kind_info(kind) != nullptr);
  }
}

TEST_CASE("every kind's documented excerpt is in its file, and that file is diagnosed with the kind", "[fixtures]") {
  std::set<std::string> documented;
  for (const auto& example : kind_examples()) {
    INFO("example of " << example.kind << " from " << example.fixture);
    documented.insert(std::string(example.kind));
    const auto lines = console_lines(read(fs::path(STACKRESCUE_FIXTURES_DIR) / "diagnose" / std::string(example.fixture)));
    REQUIRE(example.first_line >= 1);
    REQUIRE(example.first_line - 1 + example.lines.size() <= lines.size());
    for (std::size_t i = 0; i < example.lines.size(); ++i) CHECK(lines[example.first_line - 1 + i] == example.lines[i]);
    CHECK(kinds_of(diagnose_boot(lines)).count(std::string(example.kind)) == 1);
  }
  for (const auto& kind : kinds()) CHECK(documented.count(std::string(kind.name)) == 1);
}
