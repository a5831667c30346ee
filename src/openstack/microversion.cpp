#include "openstack/microversion.hpp"

#include <cstdio>
#include <regex>

#include "openstack/errors.hpp"
#include "openstack/json_fields.hpp"

namespace stackrescue::openstack {
namespace {

std::optional<std::pair<int, int>> split(const std::string& v) {
  int major = 0, minor = 0;
  char tail = 0;
  if (std::sscanf(v.c_str(), "%d.%d%c", &major, &minor, &tail) != 2) return std::nullopt;
  return std::make_pair(major, minor);
}

}  // namespace

std::optional<int> compare_microversions(const std::string& a, const std::string& b) {
  const auto x = split(a), y = split(b);
  if (!x || !y) return std::nullopt;
  if (*x == *y) return 0;
  return *x < *y ? -1 : 1;
}

bool MicroversionRange::supports(const std::string& version) const {
  if (max.empty()) return false;
  const auto above_min = compare_microversions(version, min.empty() ? "2.1" : min);
  const auto below_max = compare_microversions(version, max);
  return above_min && below_max && *above_min >= 0 && *below_max <= 0;
}

std::string compute_version_root(const std::string& compute_endpoint) {
  std::string url = compute_endpoint;
  while (!url.empty() && url.back() == '/') url.pop_back();
  // Older catalogs append the project id: .../v2.1/<project>. Drop a last segment that
  // follows a version segment.
  static const std::regex with_project(R"((.*/v2(\.1)?)/[^/]+$)");
  std::smatch match;
  if (std::regex_match(url, match, with_project)) url = match[1];
  return url + "/";
}

MicroversionRange parse_compute_version_document(const nlohmann::json& doc, const std::string& url) {
  const nlohmann::json* version = nullptr;
  if (doc.is_object() && doc.contains("version") && doc["version"].is_object()) {
    version = &doc["version"];
  } else if (doc.is_object() && doc.contains("versions") && doc["versions"].is_array()) {
    for (const auto& v : doc["versions"]) {
      if (string_at(v, "id") == "v2.1") version = &v;
    }
  }
  if (!version) throw ResponseError("the compute version document at " + url + " has no v2.1 version");
  MicroversionRange range{string_at(*version, "min_version"), string_at(*version, "version")};
  if (const auto max = string_at(*version, "max_version"); !max.empty()) range.max = max;
  if (!range.max.empty() && !compare_microversions(range.max, "2.1")) {
    throw ResponseError("the compute version document at " + url + " announces an unreadable version '" + range.max + "'");
  }
  return range;
}

}  // namespace stackrescue::openstack
