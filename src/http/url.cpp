#include "http/url.hpp"

#include <algorithm>
#include <cctype>

namespace stackrescue::http::detail {
namespace {

bool has_forbidden_characters(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) { return c <= 0x20 || c == 0x7f; });
}

bool valid_scheme(std::string_view scheme) {
  if (scheme.empty() || !std::isalpha(static_cast<unsigned char>(scheme.front()))) return false;
  return std::all_of(scheme.begin(), scheme.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '+' || c == '-' || c == '.';
  });
}

unsigned short default_port(std::string_view scheme) {
  if (scheme == "http") return 80;
  if (scheme == "https") return 443;
  return 0;
}

std::optional<unsigned short> parse_port(std::string_view digits) {
  if (digits.empty() || digits.size() > 5) return std::nullopt;
  unsigned value = 0;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  if (value == 0 || value > 65535) return std::nullopt;
  return static_cast<unsigned short>(value);
}

// Splits "host[:port]" or "[v6]:port" into `url.host` and `url.port`.
bool parse_host_and_port(std::string_view authority, Url& url) {
  std::string_view host = authority;
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    auto close = authority.find(']');
    if (close == std::string_view::npos) return false;
    host = authority.substr(1, close - 1);
    auto rest = authority.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') return false;
      port = rest.substr(1);
      if (port.empty()) return false;
    }
  } else {
    auto colon = authority.rfind(':');
    if (colon != std::string_view::npos) {
      host = authority.substr(0, colon);
      port = authority.substr(colon + 1);
      if (port.empty()) return false;
    }
  }
  if (host.empty() || host.find_first_of("/?#@[]") != std::string_view::npos) return false;
  url.host = to_lower(host);
  if (port.empty()) {
    url.port = default_port(url.scheme);
    return true;
  }
  auto number = parse_port(port);
  if (!number) return false;
  url.port = *number;
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string to_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      int high = hex_value(text[i + 1]);
      int low = hex_value(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out.push_back(static_cast<char>(high * 16 + low));
        i += 2;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

std::optional<Url> parse_url(std::string_view text) {
  if (text.empty() || has_forbidden_characters(text)) return std::nullopt;
  auto separator = text.find("://");
  if (separator == std::string_view::npos || !valid_scheme(text.substr(0, separator))) return std::nullopt;

  Url url;
  url.scheme = to_lower(text.substr(0, separator));
  std::string_view rest = text.substr(separator + 3);
  rest = rest.substr(0, rest.find('#'));  // the fragment never leaves the client

  auto authority_end = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, authority_end);
  std::string_view path_and_query = authority_end == std::string_view::npos ? "" : rest.substr(authority_end);

  auto at = authority.rfind('@');
  if (at != std::string_view::npos) {
    url.userinfo = std::string(authority.substr(0, at));
    authority = authority.substr(at + 1);
  }
  if (!parse_host_and_port(authority, url)) return std::nullopt;

  auto question = path_and_query.find('?');
  url.path = std::string(path_and_query.substr(0, question));
  if (question != std::string_view::npos) url.query = std::string(path_and_query.substr(question + 1));
  if (url.path.empty()) url.path = "/";
  return url;
}

std::string Url::target() const { return query.empty() ? path : path + "?" + query; }

std::string Url::origin() const {
  bool ipv6 = host.find(':') != std::string::npos;
  std::string shown_host = ipv6 ? "[" + host + "]" : host;
  return scheme + "://" + shown_host + ":" + std::to_string(port);
}

std::string Url::redacted() const { return origin() + path; }

}  // namespace stackrescue::http::detail
