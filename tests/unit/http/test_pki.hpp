#pragma once
// A throw-away PKI for the HTTPS tests, generated with the openssl CLI into a temporary
// directory the first time it is needed (once per test process) and removed at exit.
// Certificates are valid for two days from generation, so nothing can expire in the tree.
#include <string>

namespace stackrescue::http::testing {

struct TestPki {
  std::string ca_cert;           // the CA that signs everything below
  std::string other_ca_cert;     // an unrelated CA ("wrong CA")
  std::string server_cert;       // SAN IP:127.0.0.1, DNS:localhost
  std::string server_key;
  std::string wrong_name_cert;   // signed by ca_cert, but for 127.0.0.2 only
  std::string wrong_name_key;
  std::string client_cert;       // clientAuth, signed by ca_cert
  std::string client_key;
};

// Generates on first use; throws std::runtime_error when openssl fails.
const TestPki& test_pki();

}  // namespace stackrescue::http::testing
