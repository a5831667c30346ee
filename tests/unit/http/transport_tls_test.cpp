#include <catch2/catch.hpp>

#include <cstdlib>

#include "test_pki.hpp"
#include "test_server.hpp"
#include "transport_helpers.hpp"

using namespace stackrescue::http;
using namespace stackrescue::http::testing;
using Kind = TransportError::Kind;

namespace {

TestServer https_server(const std::string& cert, const std::string& key, const std::string& client_ca = "") {
  TestServer::Options options;
  options.tls = std::make_unique<ServerTls>(ServerTls{cert, key, client_ca});
  return TestServer(std::move(options));
}

TransportOptions tls_options(const std::string& ca_file) {
  TransportOptions options;
  options.tls.ca_file = ca_file;
  options.connect_timeout = std::chrono::milliseconds(5000);  // generous: the machine may be busy
  options.read_timeout = std::chrono::milliseconds(5000);
  options.proxies_from_environment = false;
  return options;
}

Response get(const TransportOptions& options, const std::string& url) {
  return make_poco_transport(options)->send(make_request("GET", url));
}

TransportError get_fails(const TransportOptions& options, const std::string& url) {
  return expect_transport_error([&] { get(options, url); });
}

}  // namespace

TEST_CASE("tls: a certificate signed by ca_file is accepted", "[tls]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.server_cert, pki.server_key);
  auto transport = make_poco_transport(tls_options(pki.ca_cert));
  CHECK(transport->send(make_request("POST", server.url("/echo"), "over tls")).body == "over tls");
  CHECK(transport->send(make_request("GET", server.url("/echo"))).status == 200);
  CHECK(server.connections() == 1);
}

TEST_CASE("tls: an unknown CA is rejected when only the system store is trusted", "[tls]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.server_cert, pki.server_key);
  auto error = get_fails(tls_options(""), server.url("/echo?name=web"));
  CHECK(error.kind() == Kind::Tls);
  CHECK(contains(error.what(), "certificate"));
  CHECK(contains(error.what(), "https://127.0.0.1:" + std::to_string(server.port())));
  CHECK_FALSE(contains(error.what(), "name=web"));
  CHECK(server.hits("/echo") == 0);
}

TEST_CASE("tls: a certificate from another CA than ca_file is rejected", "[tls]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.server_cert, pki.server_key);
  auto error = get_fails(tls_options(pki.other_ca_cert), server.url("/echo"));
  CHECK(error.kind() == Kind::Tls);
  CHECK(contains(error.what(), "certificate"));
}

TEST_CASE("tls: a certificate for another host name is rejected, even on loopback", "[tls]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.wrong_name_cert, pki.wrong_name_key);
  auto error = get_fails(tls_options(pki.ca_cert), server.url("/echo"));
  CHECK(error.kind() == Kind::Tls);
  CHECK(contains(error.what(), "certificate"));
  CHECK(server.hits("/echo") == 0);
}

TEST_CASE("tls: verify=false accepts any certificate", "[tls]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.wrong_name_cert, pki.wrong_name_key);
  auto options = tls_options(pki.other_ca_cert);
  options.tls.verify = false;
  CHECK(get(options, server.url("/echo")).status == 200);
}

TEST_CASE("tls: a client certificate is presented when configured", "[tls][client-cert]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.server_cert, pki.server_key, pki.ca_cert);
  auto options = tls_options(pki.ca_cert);
  options.tls.client_cert = pki.client_cert;
  options.tls.client_key = pki.client_key;
  CHECK(get(options, server.url("/echo")).status == 200);

  auto without = get_fails(tls_options(pki.ca_cert), server.url("/echo"));
  CHECK((without.kind() == Kind::Tls || without.kind() == Kind::ConnectionReset));
  CHECK(server.hits("/echo") == 1);
}

TEST_CASE("tls: an unreadable ca_file fails when the transport is made", "[tls]") {
  try {
    make_poco_transport(tls_options("/nonexistent/ca.pem"));
    FAIL("expected TransportError");
  } catch (const TransportError& e) {
    CHECK(e.kind() == Kind::Tls);
    CHECK(contains(e.what(), "/nonexistent/ca.pem"));
  }
}

TEST_CASE("tls: plain HTTP on an https URL is a TLS error, not a hang", "[tls]") {
  PlainHttpResponder plain;
  auto url = "https://127.0.0.1:" + std::to_string(plain.port()) + "/echo";
  auto error = get_fails(tls_options(test_pki().ca_cert), url);
  CHECK(error.kind() == Kind::Tls);
}

TEST_CASE("tls: a server that accepts TCP but never answers the handshake gives ConnectTimeout",
          "[tls][timeout]") {
  SilentServer silent;  // the kernel completes the TCP handshake; nobody ever reads
  auto options = tls_options(test_pki().ca_cert);
  options.connect_timeout = std::chrono::milliseconds(300);
  auto started = std::chrono::steady_clock::now();
  auto error = get_fails(options, "https://127.0.0.1:" + std::to_string(silent.port()) + "/");
  CHECK(error.kind() == Kind::ConnectTimeout);
  CHECK_FALSE(error.request_may_have_been_sent());
  CHECK(elapsed_ms(started) < 3000);  // the read timeout (5 s) did not apply
}

TEST_CASE("tls: a slow server gives ReadTimeout", "[tls][timeout]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.server_cert, pki.server_key);
  auto options = tls_options(pki.ca_cert);
  options.read_timeout = std::chrono::milliseconds(300);
  auto started = std::chrono::steady_clock::now();
  auto error = get_fails(options, server.url("/slow"));
  CHECK(error.kind() == Kind::ReadTimeout);
  CHECK(elapsed_ms(started) < 3000);  // the route answers after 5 s
}

TEST_CASE("tls: a server closing without an answer gives ConnectionReset, not Tls", "[tls]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.server_cert, pki.server_key);
  auto transport = make_poco_transport(tls_options(pki.ca_cert));
  auto error = expect_transport_error([&] { transport->send(make_request("POST", server.url("/close"), "{}")); });
  CHECK(error.kind() == Kind::ConnectionReset);
  CHECK(error.request_may_have_been_sent());
  CHECK(server.hits("/close") == 1);
}

TEST_CASE("tls: on a reused connection closed unanswered, GET is resent once", "[tls][retry]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.server_cert, pki.server_key);
  auto transport = make_poco_transport(tls_options(pki.ca_cert));
  REQUIRE(transport->send(make_request("GET", server.url("/echo"))).status == 200);
  auto error = expect_transport_error([&] { transport->send(make_request("GET", server.url("/close"))); });
  CHECK(error.kind() == Kind::ConnectionReset);
  CHECK(server.hits("/close") == 2);
}

// Without ca_cert the transport trusts the bundle found like Go does (trust_store.hpp), not
// OpenSSL's compiled-in Debian folder: SSL_CERT_FILE naming the test CA makes it trusted.
TEST_CASE("tls: without ca_file, the bundle SSL_CERT_FILE names is the system store", "[tls]") {
  const auto& pki = test_pki();
  auto server = https_server(pki.server_cert, pki.server_key);
  const char* before = std::getenv("SSL_CERT_FILE");
  const std::string saved = before ? before : "";
  ::setenv("SSL_CERT_FILE", pki.ca_cert.c_str(), 1);
  const auto restore = [&] { before ? ::setenv("SSL_CERT_FILE", saved.c_str(), 1) : ::unsetenv("SSL_CERT_FILE"); };
  try {
    CHECK(get(tls_options(""), server.url("/echo")).status == 200);
  } catch (...) {
    restore();
    throw;
  }
  restore();
}
