#!/usr/bin/python3
"""faultproxy: a fault-injecting HTTP proxy between StackRescue's modules and a real cloud
(test fixture, 127.0.0.1 only).

One listener per service (identity, compute, image, each on its own port) forwards to the
real service. Every answer that carries a service catalog (Keystone's token responses) has
the real services' origins rewritten to the proxy's ports, so a module whose clouds.yaml
names the proxy's identity port as auth_url sends *every* request through the proxy,
without any endpoint override in the module. A control listener switches faults per test
and reports what passed:

  PUT  /rules            JSON list of rules (replaces all; see Rule below)
  POST /reset            drop rules and counts, open every gate, bring services back up
  GET  /counts           {"received": {key: n}, "forwarded": {key: n}, "statuses": {key: [..]},
                          "token_hashes": [sha256 of every X-Auth-Token seen], "log": [...]}
  POST /release/NAME     open gate NAME (held requests go on)
  POST /down/SERVICE     close SERVICE's listening socket (connection refused)
  POST /up/SERVICE       listen again on the same port

Keys are "<service> <METHOD> <path>" with IDs kept as they are (query strings dropped), and
for server actions the action name appended: "compute POST /v2.1/servers/<id>/action#rescue".
"received" counts what reached the proxy, "forwarded" what the proxy sent to the service.

Rules (first matching rule wins, in list order):
  {"service": "compute", "method": "POST", "path": "regex", "action_name": "rescue",
   "after": "key" (only once that key was forwarded at least once),
   "skip": N (let the first N matches pass), "times": N (apply N times; default unlimited),
   "fault": one of
     {"kind": "status", "status": 503, "headers": {...}, "body": "..."}   answered here
     {"kind": "reset"}                      RST without forwarding
     {"kind": "close"}                      FIN without forwarding or answering
     {"kind": "forward_then_reset"}         forwarded; the answer is dropped with an RST
     {"kind": "slow", "seconds": S}         forwarded at once; the answer held back S seconds
     {"kind": "blackhole"}                  never forwarded, never answered (until the client goes)
     {"kind": "body", "status": 200, "body": "...", "content_type": "text/html"}
                                            forwarded; the answer's body replaced
     {"kind": "hold", "gate": NAME, "max_seconds": S}   forwarded once gate NAME opens
     {"kind": "barrier", "count": N, "max_seconds": S, "stagger": T}
                                            held until N requests match, then all go (the
                                            k-th arrival (k-1)*T seconds later)
   Any fault may carry "not_before": KEY: it is applied only once KEY was forwarded (and
   answered), waiting for that up to "max_seconds" (default 60).
  }

  faultproxy.py --state FILE [--upstream identity=http://127.0.0.1:5000 ...]

Writes {"pid", "control", "services": {name: port}, "upstreams": {name: origin}} to FILE
once listening. Stdlib only; run it with /usr/bin/python3.
"""
import argparse
import hashlib
import http.client
import http.server
import json
import os
import re
import socket
import socketserver
import struct
import sys
import threading
import time
import urllib.parse

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade",
              "content-length", "host"}
DEFAULT_UPSTREAMS = {"identity": "http://127.0.0.1:5000", "compute": "http://127.0.0.1:8774",
                     "image": "http://127.0.0.1:9292"}


class State:
    def __init__(self, upstreams):
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.upstreams = upstreams          # service -> origin
        self.ports = {}                     # service -> proxy port
        self.servers = {}                   # service -> ThreadingHTTPServer (None when down)
        self.reset()

    def reset(self):
        with self.lock:
            self.rules = []
            self.applied = []
            self.matched = []
            self.received = {}
            self.forwarded = {}
            self.statuses = {}
            self.token_hashes = set()
            self.log = []
            self.gates = set()              # opened gates
            self.barriers = {}              # rule index -> arrived count
            self.generation = getattr(self, "generation", 0) + 1
            self.cond.notify_all()

    def set_rules(self, rules):
        with self.lock:
            self.rules = rules
            self.applied = [0] * len(rules)
            self.matched = [0] * len(rules)
            self.barriers = {}
            self.cond.notify_all()

    def count(self, table, key):
        table[key] = table.get(key, 0) + 1

    def rewrite_catalog(self, body):
        for service, origin in self.upstreams.items():
            if service in self.ports:
                body = body.replace(origin.encode(), ("http://127.0.0.1:%d" % self.ports[service]).encode())
        return body

    def pick_rule(self, service, method, path, action_name):
        """The fault to apply to this request (or None), updating the rule's counters."""
        with self.lock:
            for i, rule in enumerate(self.rules):
                if rule.get("service", service) != service or rule.get("method", method) != method:
                    continue
                if "path" in rule and not re.search(rule["path"], path):
                    continue
                if "action_name" in rule and rule["action_name"] != action_name:
                    continue
                if "after" in rule and self.forwarded.get(rule["after"], 0) < 1:
                    continue
                self.matched[i] += 1
                if self.matched[i] <= rule.get("skip", 0):
                    return None, i
                if "times" in rule and self.applied[i] >= rule["times"]:
                    continue
                self.applied[i] += 1
                return rule["fault"], i
        return None, None


def action_of(path, body):
    if not path.endswith("/action") or not body:
        return None
    try:
        doc = json.loads(body)
        return next(iter(doc)) if isinstance(doc, dict) and doc else None
    except ValueError:
        return None


def make_handler(state, service):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "faultproxy"

        def log_message(self, fmt, *args):  # quiet: the counts are the record
            pass

        def do_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            path = urllib.parse.urlsplit(self.path).path
            name = action_of(path, body)
            key = "%s %s %s%s" % (service, self.command, path, "#" + name if name else "")
            token = self.headers.get("X-Auth-Token")
            with state.lock:
                state.count(state.received, key)
                if token:
                    state.token_hashes.add(hashlib.sha256(token.encode()).hexdigest())
            fault, rule_index = state.pick_rule(service, self.command, path, name)
            kind = fault["kind"] if fault else "pass"
            with state.lock:
                state.log.append({"t": round(time.time(), 3), "key": key, "fault": kind})

            if fault and "not_before" in fault:  # wait until that key was forwarded (and answered)
                self.wait_for(lambda: state.forwarded.get(fault["not_before"], 0) >= 1, fault.get("max_seconds", 60))
            if kind == "status":
                self.answer(fault.get("status", 503), fault.get("headers", {}), fault.get("body", "").encode(),
                            fault.get("content_type", "application/json"))
                self.record_status(key, fault.get("status", 503), injected=True)
                return
            if kind == "reset":
                return self.abort(rst=True)
            if kind == "close":
                return self.abort(rst=False)
            if kind == "blackhole":
                return self.blackhole()
            if kind == "hold":
                self.wait_for(lambda: fault["gate"] in state.gates, fault.get("max_seconds", 60))
            if kind == "barrier":
                with state.lock:
                    state.barriers[rule_index] = arrival = state.barriers.get(rule_index, 0) + 1
                    state.cond.notify_all()
                self.wait_for(lambda: state.barriers.get(rule_index, 0) >= fault["count"],
                              fault.get("max_seconds", 60))
                time.sleep((arrival - 1) * fault.get("stagger", 0))

            try:
                status, reason, headers, answer = self.forward(body)
            except OSError as e:
                with state.lock:
                    state.log.append({"t": round(time.time(), 3), "key": key, "upstream_error": str(e)})
                return self.answer(502, {}, b'{"error": "faultproxy: upstream failed"}', "application/json")
            with state.lock:
                state.count(state.forwarded, key)
            self.record_status(key, status)
            answer = state.rewrite_catalog(answer)
            if kind == "forward_then_reset":
                return self.abort(rst=True)
            if kind == "slow":
                time.sleep(fault.get("seconds", 5))
            if kind == "body":
                status = fault.get("status", status)
                reason = http.client.responses.get(status, "Unknown")
                answer = fault.get("body", "<html><body>Bad Gateway</body></html>").encode()
                headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
                headers.append(("Content-Type", fault.get("content_type", "text/html")))
            try:
                self.send_response(status, reason)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(answer)
                self.wfile.flush()
            except OSError:
                self.close_connection = True

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_any

        def record_status(self, key, status, injected=False):
            with state.lock:
                state.statuses.setdefault(key, []).append(("injected " if injected else "") + str(status))

        def wait_for(self, predicate, max_seconds):
            deadline = time.time() + max_seconds
            with state.lock:
                while not predicate() and time.time() < deadline:
                    state.cond.wait(timeout=0.2)

        def forward(self, body):
            origin = urllib.parse.urlsplit(state.upstreams[service])
            conn = http.client.HTTPConnection(origin.hostname, origin.port, timeout=300)
            try:
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                headers["Host"] = origin.netloc
                headers["Connection"] = "close"
                headers["Accept-Encoding"] = "identity"
                conn.request(self.command, self.path, body=body if body or self.command in ("POST", "PUT") else None,
                             headers=headers)
                response = conn.getresponse()
                answer = response.read()
                out = [(k, v) for k, v in response.getheaders() if k.lower() not in HOP_BY_HOP]
                return response.status, response.reason, out, answer
            finally:
                conn.close()

        def answer(self, status, headers, body, content_type):
            try:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
            except OSError:
                self.close_connection = True

        def abort(self, rst):
            self.close_connection = True
            try:
                if rst:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                else:
                    self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        def blackhole(self):
            self.close_connection = True
            generation = state.generation
            self.connection.settimeout(0.5)
            while state.generation == generation:
                try:
                    if self.connection.recv(1) == b"":
                        return  # the client gave up
                except socket.timeout:
                    continue
                except OSError:
                    return

    return Handler


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


def listen(state, service, port=0):
    server = Server(("127.0.0.1", port), make_handler(state, service))
    state.ports[service] = server.server_address[1]
    state.servers[service] = server
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()


def make_control(state):
    class Control(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            pass

        def reply(self, doc, status=200):
            body = json.dumps(doc).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path == "/counts":
                with state.lock:
                    return self.reply({"received": state.received, "forwarded": state.forwarded,
                                       "statuses": state.statuses, "token_hashes": sorted(state.token_hashes),
                                       "log": state.log, "applied": state.applied})
            self.reply({"error": "unknown"}, 404)

        def do_PUT(self):
            length = int(self.headers.get("Content-Length") or 0)
            rules = json.loads(self.rfile.read(length) or b"[]")
            if self.path == "/rules":
                state.set_rules(rules)
                return self.reply({"rules": len(rules)})
            self.reply({"error": "unknown"}, 404)

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            parts = self.path.strip("/").split("/")
            if parts == ["reset"]:
                state.reset()
                for service in state.upstreams:
                    if state.servers.get(service) is None:
                        listen(state, service, state.ports[service])
                return self.reply({"ok": True})
            if len(parts) == 2 and parts[0] == "release":
                with state.lock:
                    state.gates.add(parts[1])
                    state.cond.notify_all()
                return self.reply({"ok": True})
            if len(parts) == 2 and parts[0] == "down" and parts[1] in state.servers:
                server = state.servers[parts[1]]
                if server is not None:
                    server.shutdown()
                    server.server_close()
                    state.servers[parts[1]] = None
                return self.reply({"ok": True})
            if len(parts) == 2 and parts[0] == "up" and parts[1] in state.ports:
                if state.servers.get(parts[1]) is None:
                    listen(state, parts[1], state.ports[parts[1]])
                return self.reply({"ok": True})
            self.reply({"error": "unknown"}, 404)

    return Control


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--state", required=True, help="file to write ports to")
    parser.add_argument("--upstream", action="append", default=[], help="service=origin")
    args = parser.parse_args()
    upstreams = dict(DEFAULT_UPSTREAMS)
    for item in args.upstream:
        name, _, origin = item.partition("=")
        upstreams[name] = origin.rstrip("/")
    state = State(upstreams)
    for service in upstreams:
        listen(state, service)
    control = Server(("127.0.0.1", 0), make_control(state))
    info = {"pid": os.getpid(), "control": control.server_address[1], "services": dict(state.ports),
            "upstreams": upstreams}
    tmp = args.state + ".tmp"
    with open(tmp, "w") as f:
        json.dump(info, f)
    os.rename(tmp, args.state)
    try:
        control.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
