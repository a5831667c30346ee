// Poco pieces shared by poco_transport.cpp and poco_websocket.cpp (see poco_support.hpp).
#include "http/poco_support.hpp"

#include <signal.h>

#include <csignal>
#include <cstdlib>
#include <mutex>

#include <Poco/Exception.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/PrivateKeyPassphraseHandler.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>

#include "http/proxy.hpp"
#include "http/trust_store.hpp"

namespace stackrescue::http::detail {
namespace {

using Kind = TransportError::Kind;

// An encrypted client key must fail, not prompt: Poco's default handler reads the
// passphrase from the console, and a module's stdin is not a person.
class NoPassphrase : public Poco::Net::PrivateKeyPassphraseHandler {
 public:
  NoPassphrase() : PrivateKeyPassphraseHandler(false) {}
  void onPrivateKeyRequested(const void*, std::string& passphrase) override { passphrase.clear(); }
};

}  // namespace

// Poco consults SSLManager's handlers when a certificate fails verification; left alone
// it would lazily install a ConsoleCertificateHandler that asks "accept? (y/n)" on stdin.
// Installing RejectCertificateHandler once makes every verification failure an exception.
// SIGPIPE is ignored (unless someone installed a handler) because OpenSSL writes to the
// socket with write(2): a server closing mid-request would otherwise kill the module
// silently instead of producing a ConnectionReset.
void prepare_poco_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    keep_openssl_modules_out();  // before Poco's OpenSSL initialiser loads the "legacy" provider
    Poco::Net::initializeSSL();
    Poco::Net::SSLManager::instance().initializeClient(new NoPassphrase, new Poco::Net::RejectCertificateHandler(false),
                                                       Poco::Net::Context::Ptr());
    struct sigaction current {};
    if (sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) std::signal(SIGPIPE, SIG_IGN);
  });
}

// VERIFY_STRICT rather than VERIFY_RELAXED: for a client both verify the chain, but Poco
// skips the host-name check under RELAXED when the host is a loopback address. STRICT
// checks the name for every host (including a cloud on 127.0.0.1, as curl would).
Poco::Net::Context::Ptr make_tls_context(const TlsOptions& tls) {
  using Poco::Net::Context;
  Context::Params params;
  params.verificationMode = tls.verify ? Context::VERIFY_STRICT : Context::VERIFY_NONE;
  if (tls.verify) {
    // Without ca_cert: the system's bundle wherever this distribution keeps it, never
    // OpenSSL's compiled-in default (Debian's /usr/lib/ssl, absent elsewhere).
    const TrustStore system = tls.ca_file.empty() ? find_system_trust_store() : TrustStore{};
    params.caLocation = !tls.ca_file.empty() ? tls.ca_file : !system.file.empty() ? system.file : system.directory;
  }
  params.loadDefaultCAs = false;
  params.certificateFile = tls.client_cert;
  params.privateKeyFile = tls.client_key.empty() ? tls.client_cert : tls.client_key;
  try {
    Context::Ptr context = new Context(Context::TLS_CLIENT_USE, params);
    context->requireMinimumProtocol(Context::PROTO_TLSV1_2);
    return context;
  } catch (const Poco::Exception& e) {
    // Paths only; a key's passphrase never reaches this text.
    throw TransportError(Kind::Tls, "TLS setup failed (ca_cert/client_cert/client_key): " + e.displayText());
  }
}


// HTTP goes to the proxy with an absolute URI; HTTPS opens a CONNECT tunnel and runs
// TLS (and certificate checks against the real host) inside it. Poco does both, for a
// WebSocket too (ws:// through a CONNECT tunnel).
void apply_proxy_from_environment(Poco::Net::HTTPClientSession& session, const Url& url) {
  auto proxy = proxy_for_url(url.origin(), [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    return value ? std::optional<std::string>(value) : std::nullopt;
  });
  if (!proxy) return;
  session.setProxy(proxy->host, proxy->port);
  if (!proxy->username.empty()) session.setProxyCredentials(proxy->username, proxy->password);
}

std::string describe_proxy(const Poco::Net::HTTPClientSession& session) {
  if (session.getProxyHost().empty()) return "";
  return " (via proxy " + session.getProxyHost() + ":" + std::to_string(session.getProxyPort()) + ")";
}

}  // namespace stackrescue::http::detail
