"""A server's serial console, as the test's own eyes and hands: a websocket to nova-serialproxy
(websockify's client, a Debian package), independent of the modules under test.

    with SerialConsole.of(conn, server_id) as console:
        console.wait_for(r"web-1 login: $", 120)
        assert console.login("root", password)

Used by the real-guest tests to log in to a repaired server: what the repair claims is checked
by reading the server's own files through its own login, not through the module that did it.
"""
import os
import re
import select
import time
from urllib.parse import urlparse

from websockify.websocket import WebSocket, WebSocketWantReadError


# Terminal control sequences (colours, bracketed paste mode): not text a test waits for.
ANSI_ESCAPE = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")


class _ClientWebSocket(WebSocket):
    """Debian 12's websockify (0.10) as a client, with two fixes: it builds a frame's mask as
    `b'' + int` (fails on the first send), and its request line drops the URL's query, where
    Nova's console token is."""

    def __init__(self, query):
        super().__init__()
        self.query = query

    def _queue_str(self, string):
        if string.startswith("GET ") and self.query:
            path = string.split(" ")[1]
            string = "GET %s?%s HTTP/1.1\r\n" % (path, self.query)
        super()._queue_str(string)

    def _sendmsg(self, opcode, msg):
        return self._send(self._encode_hybi(opcode, msg, os.urandom(4)))


class SerialConsole:
    def __init__(self, url):
        self.ws = _ClientWebSocket(urlparse(url).query)
        origin = re.sub(r"^ws(s?)://([^/]+)/.*$", r"http\1://\2", url)
        self.ws.connect(url, origin=origin, protocols=["binary"])
        self.raw = b""   # everything read so far
        self.text = ""   # the same, decoded, without escape sequences and CRs

    @classmethod
    def of(cls, conn, server_id):
        """The serial console of SERVER_ID (microversion 2.6 remote-consoles)."""
        body = {"remote_console": {"protocol": "serial", "type": "serial"}}
        reply = conn.session.post("/servers/%s/remote-consoles" % server_id, json=body,
                                  endpoint_filter={"service_type": "compute"},
                                  headers={"OpenStack-API-Version": "compute 2.6"})
        reply.raise_for_status()
        return cls(reply.json()["remote_console"]["url"])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        try:
            self.ws.close()
        except Exception:  # the proxy may already be gone: nothing to release then
            pass

    def _read(self, seconds):
        if not self.ws.pending():
            ready, _, _ = select.select([self.ws.socket], [], [], seconds)
            if not ready:
                return
        try:
            data = self.ws.recvmsg()
            while data is not None:
                self.raw += data
                # One socket read may hold several frames: take them all before select() again.
                data = self.ws.recvmsg() if self.ws.pending() else None
        except WebSocketWantReadError:
            pass  # a frame split between two TCP reads: its rest comes with the next read
        # Decoded and cleaned as a whole: an escape sequence or a UTF-8 character may be
        # split between two frames.
        self.text = ANSI_ESCAPE.sub("", self.raw.decode("utf-8", "replace")).replace("\r", "")

    def wait_for(self, pattern, timeout, since=0):
        """Reads until PATTERN (a regular expression, multi-line) matches the text after
        offset SINCE; returns the match. Raises TimeoutError with the tail of the text."""
        regex = re.compile(pattern, re.M)
        deadline = time.monotonic() + timeout
        while True:
            found = regex.search(self.text, since)
            if found:
                return found
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("/%s/ not on the serial console within %d s; its last lines:\n%s"
                                   % (pattern, timeout, "\n".join(self.text.splitlines()[-15:])))
            self._read(min(left, 1.0))

    def type(self, text):
        self.ws.send(text.encode())

    def login(self, user, password, timeout=60):
        """Logs in at a `login:` prompt (a newline brings it back); True when a shell prompt
        follows, False when the login is refused."""
        mark = len(self.text)
        self.type("\n")
        self.wait_for(r"login: $", timeout, mark)
        mark = len(self.text)
        self.type(user + "\n")
        self.wait_for(r"Password: $", timeout, mark)
        mark = len(self.text)
        self.type(password + "\n")
        found = self.wait_for(r"(Login incorrect|[#$] $)", timeout, mark)
        return found.group(1) != "Login incorrect"

    def run(self, command, timeout=60):
        """Runs COMMAND in the logged-in shell; returns its output (between two markers that
        only the shell's expansion of $((...)) can produce, not the echo of the typed line)."""
        mark = len(self.text)
        self.type("echo BEGIN-$((6*7)); %s; echo END-$((6*7))\n" % command)
        found = self.wait_for(r"^BEGIN-42\n((?:.*\n)*?)END-42$", timeout, mark)
        return found.group(1)
