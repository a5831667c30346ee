// find_system_trust_store: Go's search for the system CA bundle (see trust_store.hpp).
#include "http/trust_store.hpp"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>

#include <cstdlib>
#include <sstream>

#include "http/transport.hpp"

namespace stackrescue::http {
namespace {

std::vector<std::string> split_colon_list(const std::string& text) {
  std::vector<std::string> items;
  std::istringstream in(text);
  for (std::string item; std::getline(in, item, ':');)
    if (!item.empty()) items.push_back(item);
  return items;
}

// OpenSSL's names for the links in a hashed folder: 8 hex digits, a dot, a number ("5ad8a5d6.0").
bool is_hash_link_name(const std::string& name) {
  if (name.size() < 10 || name[8] != '.') return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (i < 8 ? !std::isxdigit(c) || std::isupper(c) : i > 8 && !std::isdigit(c)) return false;
  }
  return true;
}

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

}  // namespace

const std::vector<std::string>& well_known_ca_files() {
  static const std::vector<std::string> files = {
      "/etc/ssl/certs/ca-certificates.crt",                 // Debian, Ubuntu, Gentoo, Arch
      "/etc/pki/tls/certs/ca-bundle.crt",                   // Fedora, RHEL 6+, Rocky, UBI
      "/etc/ssl/ca-bundle.pem",                             // openSUSE, SLES
      "/etc/pki/tls/cacert.pem",                            // OpenELEC
      "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  // CentOS, RHEL 7+
      "/etc/ssl/cert.pem",                                  // Alpine
  };
  return files;
}

const std::vector<std::string>& well_known_ca_directories() {
  static const std::vector<std::string> directories = {
      "/etc/ssl/certs",      // SLES 10/11, and the hashed links of Debian's update-ca-certificates
      "/etc/pki/tls/certs",  // Fedora, RHEL
  };
  return directories;
}

TrustStoreProbe system_probe() {
  TrustStoreProbe probe;
  probe.getenv = [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr || *value == '\0') return std::nullopt;
    return std::string(value);
  };
  probe.readable_file = [](const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0 &&
           ::access(path.c_str(), R_OK) == 0;
  };
  // OpenSSL reads a folder only through its hash links (c_rehash, update-ca-certificates):
  // a folder without any, such as RHEL's /etc/pki/tls/certs next to a missing bundle, would
  // trust nothing and fail every handshake with a less helpful message than ours.
  probe.directory = [](const std::string& path) {
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) return false;
    bool found = false;
    while (const dirent* entry = ::readdir(dir)) {
      if (is_hash_link_name(entry->d_name)) {
        found = true;
        break;
      }
    }
    ::closedir(dir);
    return found;
  };
  return probe;
}

TrustStore find_system_trust_store(const TrustStoreProbe& probe) {
  const auto env_file = probe.getenv("SSL_CERT_FILE");
  const auto env_dirs = probe.getenv("SSL_CERT_DIR");
  const std::vector<std::string> files = env_file ? std::vector<std::string>{*env_file} : well_known_ca_files();
  const std::vector<std::string> directories = env_dirs ? split_colon_list(*env_dirs) : well_known_ca_directories();
  for (const auto& file : files)
    if (probe.readable_file(file)) return TrustStore{file, ""};
  for (const auto& directory : directories)
    if (probe.directory(directory)) return TrustStore{"", directory};
  std::string searched = (env_file ? "SSL_CERT_FILE " : "files ") + join(files) + "; " +
                         (env_dirs ? "SSL_CERT_DIR " : "folders ") + join(directories);
  throw TransportError(TransportError::Kind::Tls,
                       "no system CA certificates found to verify TLS (searched " + searched +
                           "): set the ca_cert option to the CA bundle that signed the cloud's certificate, or "
                           "SSL_CERT_FILE");
}

void keep_openssl_modules_out() {
  // Below /dev/null nothing can ever exist (ENOTDIR), whatever the host has installed.
  ::setenv("OPENSSL_MODULES", "/dev/null/stackrescue-loads-no-openssl-modules", 1);
}

}  // namespace stackrescue::http
