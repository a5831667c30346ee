#include "test_pki.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace stackrescue::http::testing {
namespace {

// EC keys: generation takes milliseconds, so every test process can afford its own PKI.
constexpr const char* kConfig = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = placeholder
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
[wrong_name_ext]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.2
[client_ext]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectAltName = IP:127.0.0.1
)";

constexpr const char* kScript = R"(set -e
KEY="-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
ca() { openssl req -x509 -new $KEY -keyout $1.key -out $1.pem -days 2 -config pki.cnf -extensions ca_ext -subj "/CN=$2"; }
leaf() {
  openssl req -new $KEY -keyout $1.key -out $1.csr -config pki.cnf -subj "/CN=$2"
  openssl x509 -req -in $1.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out $1.pem -days 2 -extfile pki.cnf -extensions $3
}
ca ca "StackRescue test CA"
ca other_ca "Unrelated test CA"
leaf server 127.0.0.1 server_ext
leaf wrong_name 127.0.0.2 wrong_name_ext
leaf client stackrescue-test-client client_ext
)";

struct GeneratedPki {
  std::filesystem::path dir;
  TestPki pki;

  GeneratedPki() {
    char pattern[] = "/tmp/stackrescue-http-pki-XXXXXX";
    if (mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
    dir = pattern;
    std::ofstream(dir / "pki.cnf") << kConfig;
    std::ofstream(dir / "make.sh") << kScript;
    std::string command = "cd '" + dir.string() + "' && sh make.sh > make.log 2>&1";
    if (std::system(command.c_str()) != 0) {
      throw std::runtime_error("openssl failed; see " + (dir / "make.log").string());
    }
    auto file = [&](const char* name) { return (dir / name).string(); };
    pki = {file("ca.pem"), file("other_ca.pem"), file("server.pem"), file("server.key"),
           file("wrong_name.pem"), file("wrong_name.key"), file("client.pem"), file("client.key")};
  }
  ~GeneratedPki() {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
};

}  // namespace

const TestPki& test_pki() {
  static GeneratedPki generated;
  return generated.pki;
}

}  // namespace stackrescue::http::testing
