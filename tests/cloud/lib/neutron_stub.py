#!/usr/bin/python3
"""TEST FIXTURE ONLY: a minimal Neutron stand-in for tests/cloud/local-cloud.

This is not Neutron and implements no networking. Nova (Zed) calls a few
read-only Neutron URLs even for servers booted with ``"networks": "none"``:

* ``GET /v2.0/ports?device_id=...`` from nova-api on every server show/list
  and on delete;
* ``GET /v2.0/ports?...``, ``GET /v2.0/networks?...`` from nova-compute when
  it refreshes the network info cache (rescue, unrescue, periodic heal).

Without any answer there, ``GET /servers/{id}`` fails with HTTP 500 and a
rescue is reverted. This stub answers every ``GET /v2.0/<collection>`` with an
empty list (``{"<collection>": []}``), ``GET /v2.0/<collection>/<id>`` with
404, and the version document at ``/``. Anything that would change state is
refused with 501, so a test that really needs networking fails loudly.

It is registered in the Keystone catalog as service type ``network`` at
http://127.0.0.1:9696 and started by ``local-cloud start``.
Usage: neutron_stub.py [PORT]
"""

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

BIND = "127.0.0.1"


class StubHandler(BaseHTTPRequestHandler):
    server_version = "StackRescueNeutronStub/1.0"

    def _send(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        parts = [p for p in urlsplit(self.path).path.split("/") if p]
        if not parts:
            base = "http://%s:%d/v2.0/" % (BIND, self.server.server_port)
            self._send(200, {"versions": [{"id": "v2.0", "status": "CURRENT",
                                           "links": [{"href": base, "rel": "self"}]}]})
        elif parts == ["v2.0"]:
            self._send(200, {"resources": []})
        elif parts[0] == "v2.0" and len(parts) == 2:
            collection = parts[1].removesuffix(".json").replace("-", "_")
            self._send(200, {collection: []})
        else:
            self._send(404, {"NeutronError": {"type": "NotFound",
                                              "message": "test fixture: nothing here",
                                              "detail": ""}})

    def _refuse(self):
        self._send(501, {"NeutronError": {"type": "NotImplemented",
                                          "message": "test fixture: read-only Neutron stub",
                                          "detail": ""}})

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse

    def log_message(self, fmt, *args):
        # One line per request with the caller, so it is visible who asked what.
        sys.stderr.write("%s %s %s [%s]\n" % (
            self.log_date_time_string(), self.address_string(), fmt % args,
            self.headers.get("User-Agent", "-") if self.headers else "-"))


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 9696
    server = ThreadingHTTPServer((BIND, port), StubHandler)
    server.daemon_threads = True
    sys.stderr.write("neutron stub (test fixture) listening on %s:%d\n" % (BIND, port))
    sys.stderr.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
