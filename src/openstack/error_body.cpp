#include "openstack/error_body.hpp"

#include <regex>

#include "common/json_parse.hpp"

namespace stackrescue::openstack {
namespace {

constexpr std::size_t kMaxMessage = 500;

// Strips HTML tags and folds white space: Glance and proxies answer with HTML debris.
std::string plain_text(const std::string& text) {
  static const std::regex tags("<[^>]*>");
  static const std::regex spaces("\\s+");
  std::string out = std::regex_replace(text, tags, " ");
  out = std::regex_replace(out, spaces, " ");
  const auto first = out.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  const auto last = out.find_last_not_of(' ');
  out = out.substr(first, last - first + 1);
  if (out.size() > kMaxMessage) out = out.substr(0, kMaxMessage) + "...";
  return out;
}

std::string message_of(const nlohmann::json& value) {
  if (!value.is_object()) return "";
  for (const char* key : {"message", "faultstring", "detail"}) {
    auto it = value.find(key);
    if (it != value.end() && it->is_string()) return it->get<std::string>();
  }
  return "";
}

}  // namespace

std::string extract_error_message(const std::string& body) {
  if (body.empty()) return "";
  std::string parse_error;
  const auto doc = parse_json(body, parse_error);
  if (!doc) return plain_text(body);
  if (!doc->is_object()) return plain_text(doc->dump());
  // Glance: the message sits at top level.
  if (auto top = message_of(*doc); !top.empty()) return plain_text(top);
  // Nova and Keystone: one wrapper object per fault.
  std::string joined;
  for (const auto& [key, value] : doc->items()) {
    const std::string message = message_of(value);
    if (message.empty()) continue;
    if (!joined.empty()) joined += "; ";
    joined += message;
  }
  return plain_text(joined);
}

}  // namespace stackrescue::openstack
