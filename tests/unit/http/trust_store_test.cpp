#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <map>
#include <set>

#include "http/transport.hpp"
#include "http/trust_store.hpp"

using stackrescue::http::find_system_trust_store;
using stackrescue::http::TransportError;
using stackrescue::http::TrustStoreProbe;

namespace {

// A pretend host: its environment and which files and folders exist.
struct Host {
  std::map<std::string, std::string> env;
  std::set<std::string> files;
  std::set<std::string> directories;

  TrustStoreProbe probe() const {
    TrustStoreProbe p;
    p.getenv = [this](const std::string& name) -> std::optional<std::string> {
      auto it = env.find(name);
      return it == env.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    p.readable_file = [this](const std::string& path) { return files.count(path) > 0; };
    p.directory = [this](const std::string& path) { return directories.count(path) > 0; };
    return p;
  }
};

}  // namespace

TEST_CASE("trust store: Debian's bundle first when it exists", "[trust]") {
  Host debian{{}, {"/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/cert.pem"}, {"/etc/ssl/certs"}};
  auto found = find_system_trust_store(debian.probe());
  CHECK(found.file == "/etc/ssl/certs/ca-certificates.crt");
  CHECK(found.directory.empty());
}

TEST_CASE("trust store: RHEL, UBI, SUSE and Alpine bundles", "[trust]") {
  CHECK(find_system_trust_store(Host{{}, {"/etc/pki/tls/certs/ca-bundle.crt"}, {"/etc/pki/tls/certs"}}.probe()).file ==
        "/etc/pki/tls/certs/ca-bundle.crt");
  CHECK(find_system_trust_store(Host{{}, {"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"}, {}}.probe()).file ==
        "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem");
  CHECK(find_system_trust_store(Host{{}, {"/etc/ssl/ca-bundle.pem"}, {}}.probe()).file == "/etc/ssl/ca-bundle.pem");
  CHECK(find_system_trust_store(Host{{}, {"/etc/ssl/cert.pem"}, {}}.probe()).file == "/etc/ssl/cert.pem");
}

TEST_CASE("trust store: SSL_CERT_FILE replaces the list of files, as in Go", "[trust]") {
  Host host{{{"SSL_CERT_FILE", "/opt/ca/mine.pem"}}, {"/opt/ca/mine.pem", "/etc/ssl/certs/ca-certificates.crt"}, {}};
  CHECK(find_system_trust_store(host.probe()).file == "/opt/ca/mine.pem");
  host.files.erase("/opt/ca/mine.pem");  // set but missing: the well-known files are not tried
  host.directories.insert("/etc/ssl/certs");
  auto found = find_system_trust_store(host.probe());
  CHECK(found.file.empty());
  CHECK(found.directory == "/etc/ssl/certs");
}

TEST_CASE("trust store: SSL_CERT_DIR (colon-separated) replaces the folders", "[trust]") {
  Host host{{{"SSL_CERT_DIR", ":/nowhere:/opt/hashed"}}, {}, {"/opt/hashed", "/etc/ssl/certs"}};
  CHECK(find_system_trust_store(host.probe()).directory == "/opt/hashed");
}

TEST_CASE("trust store: a folder only when no bundle file exists", "[trust]") {
  Host host{{}, {}, {"/etc/pki/tls/certs"}};
  auto found = find_system_trust_store(host.probe());
  CHECK(found.file.empty());
  CHECK(found.directory == "/etc/pki/tls/certs");
}

TEST_CASE("trust store: nothing found names every place searched and ca_cert", "[trust]") {
  Host empty;
  try {
    find_system_trust_store(empty.probe());
    FAIL("expected an error");
  } catch (const TransportError& e) {
    CHECK(e.kind() == TransportError::Kind::Tls);
    const std::string msg = e.what();
    for (const auto& path : stackrescue::http::well_known_ca_files()) CHECK(msg.find(path) != std::string::npos);
    for (const auto& path : stackrescue::http::well_known_ca_directories()) CHECK(msg.find(path) != std::string::npos);
    CHECK(msg.find("ca_cert") != std::string::npos);
  }
  Host with_env{{{"SSL_CERT_FILE", "/x/ca.pem"}, {"SSL_CERT_DIR", "/y"}}, {}, {}};
  try {
    find_system_trust_store(with_env.probe());
    FAIL("expected an error");
  } catch (const TransportError& e) {
    const std::string msg = e.what();
    CHECK(msg.find("SSL_CERT_FILE /x/ca.pem") != std::string::npos);
    CHECK(msg.find("SSL_CERT_DIR /y") != std::string::npos);
  }
}

TEST_CASE("trust store: the real probe rejects empty files, missing paths, unhashed folders", "[trust]") {
  auto probe = stackrescue::http::system_probe();
  CHECK_FALSE(probe.readable_file("/nonexistent/ca.pem"));
  CHECK_FALSE(probe.readable_file("/dev/null"));  // not a regular file
  CHECK_FALSE(probe.directory("/"));              // a folder, but no hash links: trusts nothing
  CHECK_FALSE(probe.directory("/nonexistent"));
  char folder[] = "/tmp/stackrescue-trust-XXXXXX";
  REQUIRE(::mkdtemp(folder) != nullptr);
  const std::string link = std::string(folder) + "/5ad8a5d6.0";
  REQUIRE(::symlink("/nonexistent/ca.pem", link.c_str()) == 0);
  CHECK(probe.directory(folder));
  ::unlink(link.c_str());
  ::rmdir(folder);
}

TEST_CASE("OpenSSL modules of the host stay out", "[trust]") {
  stackrescue::http::keep_openssl_modules_out();
  const char* value = std::getenv("OPENSSL_MODULES");
  REQUIRE(value != nullptr);
  CHECK(std::string(value).rfind("/dev/null/", 0) == 0);
}
