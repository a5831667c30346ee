// The production transport: Poco's HTTP(S)ClientSession behind the Transport seam.
// Poco is included only by the adapters of this folder (this file, poco_websocket.cpp,
// poco_support.cpp); nothing above src/http sees it.
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <map>
#include <mutex>
#include <vector>

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SecureStreamSocket.h>

#include "http/poco_support.hpp"
#include "http/transport.hpp"
#include "http/url.hpp"

namespace stackrescue::http {
namespace {

using Poco::Net::HTTPClientSession;
using Kind = TransportError::Kind;
using SessionPtr = std::unique_ptr<HTTPClientSession>;

// ---------------------------------------------------------------------------------------
// Keep-alive sessions, one idle list per scheme://host:port

// Idle connections older than this are closed rather than reused. Apache (in front of
// most OpenStack APIs) drops idle keep-alive connections after 5 s; reusing one just as
// the server closes it is the classic "stale connection" race, so we stay below that.
constexpr auto kMaxIdle = std::chrono::seconds(4);
constexpr std::size_t kMaxIdlePerHost = 4;

class SessionPool {
 public:
  // Returns a connected idle session for `key` that still looks alive, or nullptr.
  SessionPtr take(const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto& idle = idle_[key];
    while (!idle.empty()) {
      Idle candidate = std::move(idle.back());
      idle.pop_back();
      if (std::chrono::steady_clock::now() - candidate.since < kMaxIdle && still_open(*candidate.session))
        return std::move(candidate.session);
    }
    return nullptr;
  }

  void give_back(const std::string& key, SessionPtr session) {
    if (!session->connected()) return;
    std::lock_guard<std::mutex> lock(mutex_);
    auto& idle = idle_[key];
    if (idle.size() < kMaxIdlePerHost) idle.push_back({std::move(session), std::chrono::steady_clock::now()});
  }

 private:
  struct Idle {
    SessionPtr session;
    std::chrono::steady_clock::time_point since;
  };

  // An idle keep-alive connection has nothing to read. If it is readable, the server has
  // closed it (EOF) or sent something unsolicited: either way it is not reusable.
  static bool still_open(HTTPClientSession& session) {
    try {
      return session.connected() &&
             !session.socket().poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ | Poco::Net::Socket::SELECT_ERROR);
    } catch (const Poco::Exception&) {
      return false;
    }
  }

  std::mutex mutex_;
  std::map<std::string, std::vector<Idle>> idle_;
};

// ---------------------------------------------------------------------------------------
// One exchange

// How far an attempt got; decides both the error kind and whether a resend is safe.
enum class Phase { Connecting, Sending, AwaitingResponse, ReadingBody };

Poco::Timespan to_timespan(std::chrono::milliseconds ms) {
  return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(ms.count()) * 1000);
}

bool is_idempotent(const std::string& method) {
  return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

bool iequals(const std::string& a, const std::string& b) { return detail::to_lower(a) == detail::to_lower(b); }

// Poco writes header lines as given: a CR or LF inside one would let it smuggle a second
// header (or request) onto the wire. Only the name is reported; values can be tokens.
void check_header(const std::string& name, const std::string& value, const detail::Url& url) {
  auto bad = [](const std::string& text) { return text.find_first_of("\r\n") != std::string::npos; };
  if (name.empty() || bad(name) || bad(value) || name.find_first_of(": ") != std::string::npos) {
    throw TransportError(Kind::Other, "refusing to send malformed header '" + (bad(name) ? "?" : name) + "' to " +
                                          url.redacted());
  }
}

Poco::Net::HTTPRequest to_poco(const Request& request, const detail::Url& url) {
  bool method_is_token = !request.method.empty() && std::all_of(request.method.begin(), request.method.end(),
                                                                 [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!method_is_token) throw TransportError(Kind::Other, "refusing to send a request with an invalid method");
  Poco::Net::HTTPRequest out(request.method, url.target(), Poco::Net::HTTPMessage::HTTP_1_1);
  for (const auto& [name, value] : request.headers.all()) {
    check_header(name, value, url);
    // Framing is ours to decide: it must match the body we actually write.
    if (iequals(name, "Content-Length") || iequals(name, "Transfer-Encoding")) continue;
    out.add(name, value);
  }
  bool method_has_body = request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
  if (!request.body.empty() || method_has_body) out.setContentLength64(static_cast<Poco::Int64>(request.body.size()));
  return out;
}

[[noreturn]] void throw_too_large(const detail::Url& url, std::size_t limit) {
  throw TransportError(Kind::Other, "response too large from " + url.redacted() + " (limit " +
                                        std::to_string(limit / (1024 * 1024)) + " MiB)");
}

// HEAD answers, 1xx, 204 and 304 carry no body whatever their Content-Length says.
bool body_expected(const std::string& method, int status) {
  return method != "HEAD" && status >= 200 && status != 204 && status != 304;
}

// Reads the body, refusing more than `limit` bytes. Stream errors do not throw (the
// istream swallows them into badbit), so the session's recorded exception is rethrown.
std::string read_body(std::istream& in, HTTPClientSession& session, const Poco::Net::HTTPResponse& response,
                      const detail::Url& url, std::size_t limit) {
  bool has_length = response.hasContentLength();
  auto announced = has_length ? static_cast<std::size_t>(response.getContentLength64()) : 0;
  if (has_length && announced > limit) throw_too_large(url, limit);
  std::string body;
  body.reserve(std::min<std::size_t>(announced, 1024 * 1024));  // a lying length costs nothing
  char buffer[64 * 1024];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    if (body.size() + static_cast<std::size_t>(in.gcount()) > limit) throw_too_large(url, limit);
    body.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad() && session.networkException() != nullptr) session.networkException()->rethrow();
  if (in.bad() || (has_length && body.size() != announced)) {
    throw Poco::Net::ConnectionResetException("response body ended after " + std::to_string(body.size()) + " bytes");
  }
  return body;
}

// Poco connects in sendRequest but leaves the TLS handshake for the first read or write,
// where only the read timeout bounds it (and a failed first write is even retried). The
// handshake belongs to connecting: it runs here, explicitly, under the connect timeout.
// (Poco may wait twice per handshake read, once in recv and once in its retry poll, so
// a silent server is given up on after one to two connect timeouts.)
void complete_tls_handshake(HTTPClientSession& session, const Poco::Timespan& timeout) {
  Poco::Net::SecureStreamSocket socket(session.socket());
  const Poco::Timespan receive = socket.getReceiveTimeout();
  const Poco::Timespan send = socket.getSendTimeout();
  socket.setReceiveTimeout(timeout);
  socket.setSendTimeout(timeout);
  socket.completeHandshake();
  socket.setReceiveTimeout(receive);
  socket.setSendTimeout(send);
}

Response exchange(HTTPClientSession& session, const Request& request, const detail::Url& url, std::size_t limit,
                  const Poco::Timespan& connect_timeout, Phase& phase) {
  Poco::Net::HTTPRequest poco_request = to_poco(request, url);
  std::ostream& out = session.sendRequest(poco_request);
  if (phase == Phase::Connecting && session.secure()) complete_tls_handshake(session, connect_timeout);
  phase = Phase::AwaitingResponse;  // Poco buffers the request; the bytes leave on the next call
  out.write(request.body.data(), static_cast<std::streamsize>(request.body.size()));

  Poco::Net::HTTPResponse poco_response;
  std::istream& in = session.receiveResponse(poco_response);
  phase = Phase::ReadingBody;

  Response response;
  response.status = static_cast<int>(poco_response.getStatus());
  response.reason = poco_response.getReason();
  for (const auto& [name, value] : poco_response) response.headers.add(name, value);
  if (body_expected(request.method, response.status)) response.body = read_body(in, session, poco_response, url, limit);
  if (!poco_response.getKeepAlive()) session.reset();  // so the pool does not keep it
  return response;
}

// ---------------------------------------------------------------------------------------
// Errors

TransportError tls_error(const Poco::Exception& e, const detail::Url& url) {
  std::string text = e.displayText();
  bool certificate = dynamic_cast<const Poco::Net::CertificateValidationException*>(&e) != nullptr ||
                     dynamic_cast<const Poco::Net::InvalidCertificateException*>(&e) != nullptr ||
                     detail::to_lower(text).find("certificate") != std::string::npos;
  if (certificate) return TransportError(Kind::Tls, "TLS certificate verification failed for " + url.origin() + ": " + text);
  return TransportError(Kind::Tls, "TLS handshake with " + url.origin() + " failed: " + text);
}

TransportError timeout_error(Phase phase, const detail::Url& url, const TransportOptions& options) {
  if (phase == Phase::Connecting) {
    return TransportError(Kind::ConnectTimeout, "could not connect to " + url.origin() + " within " +
                                                    std::to_string(options.connect_timeout.count()) + " ms");
  }
  return TransportError(Kind::ReadTimeout, "no response from " + url.redacted() + " within " +
                                               std::to_string(options.read_timeout.count()) + " ms");
}

// Messages name the URL without its query and carry Poco's text, which describes the
// socket or TLS failure and never includes headers or bodies.
//
// A write into a connection the peer has already closed fails with EPIPE, which Poco raises
// as a plain IOException ("Broken pipe"): with TLS 1.3 a server that rejects the client's
// certificate closes after the handshake, and the refusal surfaces on our next write.
bool is_broken_pipe(const Poco::Exception& e) {
  return dynamic_cast<const Poco::IOException*>(&e) != nullptr && e.code() == EPIPE;
}

TransportError to_transport_error(const Poco::Exception& e, Phase phase, const detail::Url& url,
                                  const TransportOptions& options, const std::string& via) {
  const std::string where = url.redacted() + via;
  if (dynamic_cast<const Poco::TimeoutException*>(&e)) return timeout_error(phase, url, options);
  if (dynamic_cast<const Poco::Net::ConnectionRefusedException*>(&e))
    return TransportError(Kind::ConnectionRefused, "connection refused: " + where);
  if (dynamic_cast<const Poco::Net::DNSException*>(&e))
    return TransportError(Kind::HostNotFound, "cannot resolve host '" + url.host + "' for " + where);
  // After the handshake a TLS failure is a broken connection like any other, and the
  // request may have been delivered: calling it Tls would tell the caller it was not.
  if (dynamic_cast<const Poco::Net::SSLException*>(&e) && phase == Phase::Connecting) return tls_error(e, url);
  if (dynamic_cast<const Poco::Net::ConnectionResetException*>(&e) ||
      dynamic_cast<const Poco::Net::ConnectionAbortedException*>(&e) ||
      dynamic_cast<const Poco::Net::NoMessageException*>(&e) ||
      dynamic_cast<const Poco::Net::SSLException*>(&e) || is_broken_pipe(e)) {
    return TransportError(Kind::ConnectionReset,
                          "connection to " + url.origin() + " closed before a complete response for " + where + ": " +
                              e.displayText());
  }
  return TransportError(Kind::Other, "HTTP request to " + where + " failed: " + e.displayText());
}

// A request is resent (once, on a new connection) only when it cannot have been acted on
// twice, or when doing it twice is harmless:
//  * Sending on a reused connection: sendRequest failed before the request left us.
//    (Poco itself already reconnects when the very first write to a kept-alive
//    connection fails.)
//  * The server closed a reused idle connection without answering (NoMessage, or a reset
//    before any response byte). That is almost always the keep-alive race: the server
//    gave up on the idle connection as our request arrived and never read it. But the
//    same symptom can follow a server that processed the request and then died, so only
//    idempotent methods are resent; a POST (rescue, unrescue) surfaces ConnectionReset
//    and the layer above decides by looking at the resource.
// Fresh connections are never retried: their failures say something about the server.
bool may_resend(const Poco::Exception& e, Phase phase, bool reused, const std::string& method) {
  if (!reused) return false;
  if (phase == Phase::Sending) return true;
  bool closed_unanswered = dynamic_cast<const Poco::Net::NoMessageException*>(&e) != nullptr ||
                           dynamic_cast<const Poco::Net::ConnectionResetException*>(&e) != nullptr ||
                           dynamic_cast<const Poco::Net::SSLException*>(&e) != nullptr;  // TLS: EOF without close_notify
  return phase == Phase::AwaitingResponse && closed_unanswered && is_idempotent(method);
}

// ---------------------------------------------------------------------------------------
// The transport

class PocoTransport : public Transport {
 public:
  explicit PocoTransport(const TransportOptions& options) : options_(options) {
    detail::prepare_poco_once();
    // Files named explicitly are loaded now, so a wrong path fails before any request. The
    // system CA bundle is only read when an https URL needs it: loading it costs ~40 ms of
    // CPU, most of what a module run on an http cloud spends.
    const TlsOptions& tls = options.tls;
    if (!tls.ca_file.empty() || !tls.client_cert.empty() || !tls.client_key.empty()) {
      tls_context_ = detail::make_tls_context(tls);
    }
  }

  Response send(const Request& request) override {
    auto url = detail::parse_url(request.url);
    if (!url || (url->scheme != "http" && url->scheme != "https")) {
      throw TransportError(Kind::InvalidUrl, "not an absolute http(s) URL: " + (url ? url->redacted() : "(unparsable)"));
    }
    const std::string key = url->origin();
    for (int attempt = 1;; ++attempt) {
      SessionPtr session = pool_.take(key);
      bool reused = session != nullptr;
      if (!session) session = open_session(*url);
      Phase phase = reused ? Phase::Sending : Phase::Connecting;
      try {
        Response response =
            exchange(*session, request, *url, options_.max_response_bytes, to_timespan(options_.connect_timeout), phase);
        pool_.give_back(key, std::move(session));
        return response;
      } catch (const Poco::Exception& e) {
        session->reset();
        if (attempt == 1 && may_resend(e, phase, reused, request.method)) continue;
        throw to_transport_error(e, phase, *url, options_, detail::describe_proxy(*session));
      }
    }
  }

 private:
  Poco::Net::Context::Ptr tls_context() const {
    std::lock_guard<std::mutex> lock(tls_mutex_);
    if (!tls_context_) tls_context_ = detail::make_tls_context(options_.tls);
    return tls_context_;
  }

  SessionPtr open_session(const detail::Url& url) const {
    SessionPtr session;
    if (url.scheme == "https") {
      session = std::make_unique<Poco::Net::HTTPSClientSession>(url.host, url.port, tls_context());
    } else {
      session = std::make_unique<HTTPClientSession>(url.host, url.port);
    }
    // read_timeout bounds each wait for data (as in requests), not the whole exchange.
    session->setTimeout(to_timespan(options_.connect_timeout), to_timespan(options_.read_timeout),
                        to_timespan(options_.read_timeout));
    session->setKeepAlive(true);
    if (options_.proxies_from_environment) detail::apply_proxy_from_environment(*session, url);
    return session;
  }

  TransportOptions options_;
  mutable std::mutex tls_mutex_;
  mutable Poco::Net::Context::Ptr tls_context_;
  SessionPool pool_;
};

}  // namespace

std::unique_ptr<Transport> make_poco_transport(const TransportOptions& options) {
  return std::make_unique<PocoTransport>(options);
}

}  // namespace stackrescue::http
