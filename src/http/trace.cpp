#include "http/trace.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string_view>

#include "http/url.hpp"

namespace stackrescue::http {
namespace {

std::string_view kind_name(TransportError::Kind kind) {
  switch (kind) {
    case TransportError::Kind::ConnectionRefused: return "ConnectionRefused";
    case TransportError::Kind::ConnectTimeout: return "ConnectTimeout";
    case TransportError::Kind::ReadTimeout: return "ReadTimeout";
    case TransportError::Kind::ConnectionReset: return "ConnectionReset";
    case TransportError::Kind::Tls: return "Tls";
    case TransportError::Kind::HostNotFound: return "HostNotFound";
    case TransportError::Kind::InvalidUrl: return "InvalidUrl";
    case TransportError::Kind::Other: return "Other";
  }
  return "Other";
}

long long unix_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Only scheme, host, port and path: the query may carry names, and userinfo a password.
std::string traced_url(const std::string& url) {
  auto parsed = detail::parse_url(url);
  return parsed ? parsed->redacted() : "invalid-url";
}

// One open/write/close per line: O_APPEND makes each write land whole at the end of the
// file, so several module processes (Ansible forks) can share one trace file. Tracing is
// a diagnostic; a failure to write must never fail the request, so errors are ignored.
void append_line(const std::string& path, const std::string& line) {
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return;
  [[maybe_unused]] auto written = ::write(fd, line.data(), line.size());
  ::close(fd);
}

class TracingTransport : public Transport {
 public:
  TracingTransport(std::unique_ptr<Transport> inner, std::string path) : inner_(std::move(inner)), path_(std::move(path)) {}

  Response send(const Request& request) override {
    auto started_ms = unix_ms();
    auto started = std::chrono::steady_clock::now();
    try {
      Response response = inner_->send(request);
      trace(request, started_ms, started, std::to_string(response.status));
      return response;
    } catch (const TransportError& error) {
      trace(request, started_ms, started, "ERR:" + std::string(kind_name(error.kind())));
      throw;
    } catch (...) {
      trace(request, started_ms, started, "ERR:Other");
      throw;
    }
  }

 private:
  void trace(const Request& request, long long started_ms, std::chrono::steady_clock::time_point started,
             const std::string& outcome) const {
    auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    append_line(path_, std::to_string(started_ms) + " " + request.method + " " + traced_url(request.url) + " " + outcome +
                           " " + std::to_string(elapsed.count()) + "\n");
  }

  std::unique_ptr<Transport> inner_;
  std::string path_;
};

}  // namespace

std::unique_ptr<Transport> make_tracing_transport(std::unique_ptr<Transport> inner, std::string path) {
  return std::make_unique<TracingTransport>(std::move(inner), std::move(path));
}

std::unique_ptr<Transport> trace_if_requested(std::unique_ptr<Transport> inner) {
  const char* path = std::getenv("STACKRESCUE_TRACE");
  if (path == nullptr || *path == '\0') return inner;
  return make_tracing_transport(std::move(inner), path);
}

}  // namespace stackrescue::http
