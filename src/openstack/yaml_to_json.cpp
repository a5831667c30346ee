#include "openstack/yaml_to_json.hpp"

#include <yaml-cpp/yaml.h>

#include "common/utf8.hpp"
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
      // Text that is not UTF-8 (a Latin-1 password, say) could never be sent as JSON.
      if (!is_valid_utf8(node.Scalar())) {
        throw ConfigError(source + " line " + std::to_string(node.Mark().line + 1) + ": a value is not valid UTF-8");
      }
      return node.Scalar();
    case YAML::NodeType::Sequence: {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& item : node) out.push_back(convert(item, depth + 1, source));
      return out;
    }
    case YAML::NodeType::Map: {
      nlohmann::json out = nlohmann::json::object();
      for (const auto& entry : node) {
        const std::string key = entry.first.as<std::string>();
        if (!is_valid_utf8(key)) {
          throw ConfigError(source + " line " + std::to_string(entry.first.Mark().line + 1) + ": a key is not valid UTF-8");
        }
        out[key] = convert(entry.second, depth + 1, source);
      }
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
