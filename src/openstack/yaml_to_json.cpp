#include "openstack/yaml_to_json.hpp"

#include <yaml-cpp/yaml.h>

#include "openstack/errors.hpp"

namespace stackrescue::openstack {
namespace {

constexpr int kMaxDepth = 64;

nlohmann::json convert(const YAML::Node& node, int depth, const std::string& source) {
  if (depth > kMaxDepth) throw ConfigError(source + ": nested deeper than " + std::to_string(kMaxDepth) + " levels");
  switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return nullptr;
    case YAML::NodeType::Scalar:
      // A plain "~" or "null" is null; everything else is kept as text.
      if (node.Tag() == "?" && (node.Scalar() == "~" || node.Scalar() == "null")) return nullptr;
      return node.Scalar();
    case YAML::NodeType::Sequence: {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& item : node) out.push_back(convert(item, depth + 1, source));
      return out;
    }
    case YAML::NodeType::Map: {
      nlohmann::json out = nlohmann::json::object();
      for (const auto& entry : node) out[entry.first.as<std::string>()] = convert(entry.second, depth + 1, source);
      return out;
    }
  }
  return nullptr;
}

}  // namespace

nlohmann::json yaml_to_json(const std::string& text, const std::string& source) {
  try {
    return convert(YAML::Load(text), 0, source);
  } catch (const YAML::Exception& e) {
    throw ConfigError("cannot parse " + source + ": " + e.what());
  }
}

}  // namespace stackrescue::openstack
