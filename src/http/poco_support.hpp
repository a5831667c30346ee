#pragma once
// Poco pieces shared by the two Poco adapters of this layer (poco_transport.cpp for HTTP,
// poco_websocket.cpp for WebSocket). Internal to src/http: only .cpp files of this folder
// include it, so Poco stays below the seams (transport.hpp, websocket.hpp).
#include <string>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>

#include "http/transport.hpp"
#include "http/url.hpp"

namespace stackrescue::http::detail {

// Process-wide Poco/OpenSSL setup, once: no passphrase prompt, certificate failures are
// exceptions (never a console question), SIGPIPE ignored.
void prepare_poco_once();

// The TLS context for validate_certs/ca_cert/client_cert/client_key (TLS >= 1.2, host names
// checked for every host). Throws TransportError(Tls) when a file cannot be loaded.
Poco::Net::Context::Ptr make_tls_context(const TlsOptions& tls);

// Sets the session's proxy from https_proxy/http_proxy/no_proxy (either case) for `url`.
void apply_proxy_from_environment(Poco::Net::HTTPClientSession& session, const Url& url);

// " (via proxy host:port)" when the session goes through a proxy, else "".
std::string describe_proxy(const Poco::Net::HTTPClientSession& session);

}  // namespace stackrescue::http::detail
