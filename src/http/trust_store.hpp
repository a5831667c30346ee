#pragma once
// Where the system's CA certificates are, found the way Go's crypto/x509 finds them
// (src/crypto/x509/root_linux.go): the OpenSSL compiled into the static module binaries
// looks only in Debian's /usr/lib/ssl, which RHEL, Fedora, SUSE and Alpine do not have.
//
//   1. SSL_CERT_FILE (when set, the only file tried), else the well-known bundle files;
//   2. SSL_CERT_DIR (colon-separated; when set, the only folders tried), else the
//      well-known folders (hashed, as c_rehash / update-ca-certificates leave them).
// The first readable file wins; failing that, the first folder. Nothing found is an
// error that names every place searched and the ca_cert option: never an unverified
// connection.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stackrescue::http {

struct TrustStore {
  std::string file;       // a PEM bundle, or empty
  std::string directory;  // a hashed certificate folder (when no file was found), or empty
};

// Go's lists, in Go's order (Debian/Ubuntu first; RHEL; SUSE; OpenELEC; RHEL 7+; Alpine).
const std::vector<std::string>& well_known_ca_files();
const std::vector<std::string>& well_known_ca_directories();

// What the search may look at; replaceable in tests.
struct TrustStoreProbe {
  std::function<std::optional<std::string>(const std::string&)> getenv;  // unset: nullopt
  std::function<bool(const std::string&)> readable_file;
  std::function<bool(const std::string&)> directory;  // a folder with OpenSSL hash links
};

// The probe of the real process environment and file system.
TrustStoreProbe system_probe();

// Throws TransportError (Kind::Tls) naming every place searched when nothing is found.
TrustStore find_system_trust_store(const TrustStoreProbe& probe = system_probe());

// Keeps OpenSSL from loading provider modules (legacy.so, fips.so) of the host: those
// link the host's libcrypto.so, a second OpenSSL in the process next to the static one.
// Points OPENSSL_MODULES at a folder that cannot exist; call before OpenSSL initialises.
void keep_openssl_modules_out();

}  // namespace stackrescue::http
