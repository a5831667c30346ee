#pragma once
// A small absolute-URL parser for the http layer (internal; not part of the seam).
// It exists so that proxy selection, tracing and the Poco adapter agree on what the
// scheme, host, port and path of a request are, without any of them needing Poco.
#include <optional>
#include <string>
#include <string_view>

namespace stackrescue::http::detail {

struct Url {
  std::string scheme;          // lower case, e.g. "http", "https"
  std::string userinfo;        // raw "user:pass" before '@' (still percent-encoded)
  std::string host;            // lower case, IPv6 without brackets
  unsigned short port = 0;     // explicit, or the scheme's default
  std::string path;            // starts with '/', never empty
  std::string query;           // without '?'; may be empty

  // "/path?query", what goes on the request line.
  std::string target() const;
  // "scheme://host:port" (IPv6 bracketed).
  std::string origin() const;
  // "scheme://host:port/path": the form used in messages and traces. It leaves out the
  // query (it can carry names and filters) and the userinfo (it can carry a password).
  std::string redacted() const;
};

// Parses "scheme://[userinfo@]host[:port][/path][?query][#fragment]". Returns nullopt
// for anything else: a missing scheme or host, a bad port, whitespace or control
// characters. Ports default to 80/443 for http/https and stay 0 for other schemes.
std::optional<Url> parse_url(std::string_view text);

// Decodes %XX escapes; invalid escapes are kept as they are.
std::string percent_decode(std::string_view text);

// ASCII lower-casing (header names, host names, schemes).
std::string to_lower(std::string_view text);

}  // namespace stackrescue::http::detail
