#pragma once
// Compute microversions: "2.87" compared numerically (2.9 < 2.10), and the version
// document that announces the range.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "openstack/session.hpp"

namespace stackrescue::openstack {

// -1, 0, 1 like strcmp; nullopt when either is not "<major>.<minor>".
std::optional<int> compare_microversions(const std::string& a, const std::string& b);

// The URL whose GET returns the version document: the versioned compute endpoint with
// any trailing project id removed, with a trailing slash ("http://h:8774/v2.1/").
std::string compute_version_root(const std::string& compute_endpoint);

// Reads {"version": {...}} or {"versions": [...]} (picking v2.1). Throws ResponseError.
MicroversionRange parse_compute_version_document(const nlohmann::json& doc, const std::string& url);

}  // namespace stackrescue::openstack
