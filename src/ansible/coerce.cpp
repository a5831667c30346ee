#include "ansible/coerce.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "ansible/json_text.hpp"

namespace stackrescue::ansible {
namespace {

using nlohmann::json;

[[noreturn]] void cannot_convert(const json& value, const std::string& article_type) {
  throw CoercionError(python_type(value) + " cannot be converted to " + article_type);
}

std::string trimmed(const std::string& text) {
  auto first = text.find_first_not_of(" \t\n\r\f\v");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\n\r\f\v") - first + 1);
}

std::string lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

json to_str(const json& value) {
  if (value.is_string()) return value;
  // Ansible converts scalars to their Python text (with a warning, see validate.cpp);
  // a dict or list as a string would be Python repr, which no one wants.
  if (value.is_boolean() || value.is_number()) return python_text(value);
  cannot_convert(value, "a str");
}

// Ansible's BOOLEANS_TRUE / BOOLEANS_FALSE (module_utils/parsing/convert_bool.py).
json to_bool(const json& value) {
  if (value.is_boolean()) return value;
  if (value.is_number()) {
    // Python compares numbers by value: 1, 1.0 are True; 0, 0.0 are False.
    double number = value.get<double>();
    if (number == 1.0) return true;
    if (number == 0.0) return false;
  } else if (value.is_string()) {
    std::string text = lowered(trimmed(value.get<std::string>()));
    for (const char* yes : {"y", "yes", "on", "1", "true", "t"})
      if (text == yes) return true;
    for (const char* no : {"n", "no", "off", "0", "false", "f"})
      if (text == no) return false;
  } else {
    cannot_convert(value, "a bool");
  }
  throw CoercionError("The value '" + python_text(value) +
                      "' is not a valid boolean.  Valid booleans include: 'y', 'yes', 'on', '1', 'true', 't', "
                      "1, 1.0, 'n', 'no', 'off', '0', 'false', 'f', 0, 0.0");
}

json to_int(const json& value) {
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(kMax))
    throw CoercionError("<class 'int'> cannot be converted to an int: out of range");
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (value.is_number_float()) {
    // 3.0 is an int in all but name (newer ansible-core accepts it too); 3.5 is not.
    double number = value.get<double>();
    if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) < 9.2e18)
      return static_cast<std::int64_t>(number);
  }
  if (value.is_string()) {
    std::string text = trimmed(value.get<std::string>());
    const char* begin = text.c_str();
    char* end = nullptr;
    errno = 0;
    long long number = std::strtoll(begin, &end, 10);
    bool whole = !text.empty() && *end == '\0' && !std::isspace(static_cast<unsigned char>(text[0]));
    if (whole && errno == ERANGE) throw CoercionError("<class 'str'> cannot be converted to an int: out of range");
    if (whole) return static_cast<std::int64_t>(number);
  }
  cannot_convert(value, "an int");
}

json to_float(const json& value) {
  if (value.is_number()) return value.get<double>();
  if (value.is_string()) {
    std::string text = trimmed(value.get<std::string>());
    // strtod also reads hex floats ("0x1p3"), which Python's float() does not.
    bool hex = text.find_first_of("xX") != std::string::npos;
    char* end = nullptr;
    double number = std::strtod(text.c_str(), &end);
    if (!text.empty() && !hex && *end == '\0') return number;
  }
  cannot_convert(value, "a float");
}

// check_type_dict's "k1=v1, k2='v 2'" form: fields split on unquoted commas and spaces.
json dict_from_key_values(const std::string& text) {
  std::vector<std::string> fields;
  std::string field;
  char quote = 0;
  bool escaped = false;
  for (char c : trimmed(text)) {
    if (escaped) {
      field += c;
      escaped = false;
    } else if (c == '\\') {
      escaped = true;
    } else if (!quote && (c == '\'' || c == '"')) {
      quote = c;
    } else if (quote && c == quote) {
      quote = 0;
    } else if (!quote && (c == ',' || c == ' ')) {
      if (!field.empty()) fields.push_back(field);
      field.clear();
    } else {
      field += c;
    }
  }
  if (!field.empty()) fields.push_back(field);
  json result = json::object();
  for (const auto& each : fields) {
    auto equals = each.find('=');
    if (equals == std::string::npos)
      throw CoercionError("dictionary requested, could not parse key=value: '" + each + "' has no '='");
    result[each.substr(0, equals)] = each.substr(equals + 1);
  }
  return result;
}

json to_dict(const json& value) {
  if (value.is_object()) return value;
  if (!value.is_string()) cannot_convert(value, "a dict");
  const std::string text = value.get<std::string>();
  if (text.rfind('{', 0) == 0) {
    auto parsed = parse_json_text(text);
    if (parsed.value && parsed.value->is_object()) return *parsed.value;
    throw CoercionError("unable to evaluate string as dictionary" +
                        (parsed.error.empty() ? std::string() : ": " + parsed.error));
  }
  if (text.find('=') != std::string::npos) return dict_from_key_values(text);
  throw CoercionError("dictionary requested, could not parse JSON or key=value");
}

json to_list(const json& value) {
  if (value.is_array()) return value;
  if (value.is_string()) {
    // Exactly Python's str.split(","): no trimming, and "" gives [""], as Ansible does.
    json items = json::array();
    const std::string text = value.get<std::string>();
    std::size_t start = 0;
    for (std::size_t comma; (comma = text.find(',', start)) != std::string::npos; start = comma + 1)
      items.push_back(text.substr(start, comma - start));
    items.push_back(text.substr(start));
    return items;
  }
  if (value.is_number()) return json::array({python_text(value)});
  cannot_convert(value, "a list");
}

std::string expand_vars(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t name_begin = i + 1, name_end = name_begin, next = name_begin;
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
      name_begin = i + 2;
      name_end = text.find('}', name_begin);
      next = name_end == std::string::npos ? std::string::npos : name_end + 1;
    } else if (text[i] == '$') {
      while (name_end < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[name_end])) || text[name_end] == '_'))
        ++name_end;
      next = name_end;
    }
    const char* found = nullptr;
    if (text[i] == '$' && next != std::string::npos && next > i + 1)
      found = std::getenv(text.substr(name_begin, name_end - name_begin).c_str());
    if (found) {
      out += found;
      i = next;
    } else {  // not a variable, or unset: stays as written
      out += text[i];
      ++i;
    }
  }
  return out;
}

std::string expand_user(const std::string& text) {
  if (text.empty() || text[0] != '~') return text;
  auto slash = text.find('/', 1);
  if (slash == std::string::npos) slash = text.size();
  std::string home;
  if (slash == 1 && std::getenv("HOME")) {
    home = std::getenv("HOME");
  } else {
    const struct passwd* entry = slash == 1 ? getpwuid(getuid()) : getpwnam(text.substr(1, slash - 1).c_str());
    if (!entry) return text;  // unknown user: unchanged, as Python does
    home = entry->pw_dir;
  }
  while (!home.empty() && home.back() == '/') home.pop_back();
  std::string out = home + text.substr(slash);
  return out.empty() ? "/" : out;
}

}  // namespace

std::string expand_path(const std::string& text) { return expand_user(expand_vars(text)); }

json coerce(const json& value, Type type) {
  switch (type) {
    case Type::Str:
      return to_str(value);
    case Type::Bool:
      return to_bool(value);
    case Type::Int:
      return to_int(value);
    case Type::Float:
      return to_float(value);
    case Type::Path:
      return expand_path(to_str(value).get<std::string>());
    case Type::Dict:
      return to_dict(value);
    case Type::List:
      return to_list(value);
    case Type::Raw:
      return value;
  }
  return value;
}

std::string type_name(Type type) {
  switch (type) {
    case Type::Str:
      return "str";
    case Type::Bool:
      return "bool";
    case Type::Int:
      return "int";
    case Type::Float:
      return "float";
    case Type::Path:
      return "path";
    case Type::Dict:
      return "dict";
    case Type::List:
      return "list";
    case Type::Raw:
      return "raw";
  }
  return "raw";
}

}  // namespace stackrescue::ansible
