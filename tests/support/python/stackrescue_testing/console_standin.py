"""A hostile or broken serial console proxy on 127.0.0.1: it accepts the WebSocket upgrade
as nova-serialproxy does (RFC 6455, the `binary` subprotocol), then misbehaves in one of
these modes (standard library only):

  prompt     answers whatever is typed with a shell prompt (the control: a sane console)
  flood      sends 64 KiB data frames as fast as the client reads, `flood_bytes` of them,
             then a 1 KiB frame every 10 ms forever: the console is never quiet
  trickle    begins a 1000-byte data frame and sends it one byte every 0.5 s
  ping       sends ping frames back to back forever
  oversized  sends one data frame of 2 MiB

With `tls_dir` (stackrescue_testing.tls.make_pki's directory) it speaks wss://, every
write its own TLS record: a trickle then trickles TLS records too. (What the client sends
is then not read: only trickle is meant to run over TLS.)

Whatever the client sends (typed bytes, pongs) is read and dropped on its own thread, so a
client answering pings never blocks on a full socket buffer: the modes test the client's
reading, not its writing.

    with ConsoleStandIn("flood") as proxy:
        run_client(proxy.url)
"""
import base64
import hashlib
import os
import socket
import ssl
import struct
import threading
import time

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
OP_BINARY, OP_CLOSE, OP_PING = 0x2, 0x8, 0x9


def frame(opcode, payload=b"", length=None):
    """A server frame (unmasked, FIN set); `length` may announce more than the payload."""
    n = len(payload) if length is None else length
    if n < 126:
        head = struct.pack("!BB", 0x80 | opcode, n)
    elif n < 1 << 16:
        head = struct.pack("!BBH", 0x80 | opcode, 126, n)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 127, n)
    return head + payload


class ConsoleStandIn:
    def __init__(self, mode, flood_bytes=160 << 20, tls_dir=None):
        self.mode = mode
        self._tls = None
        if tls_dir:
            self._tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self._tls.load_cert_chain(os.path.join(tls_dir, "server.pem"), os.path.join(tls_dir, "server.key"))
        self.flood_bytes = flood_bytes
        self.sent = 0  # data bytes sent (flood)
        self._stop = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(4)
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        scheme = "wss" if self._tls else "ws"
        self.url = f"{scheme}://127.0.0.1:{self.port}/?token=standin-token"
        self._threads = []

    def __enter__(self):
        self._spawn(self._accept_loop)
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    def _spawn(self, target, *args):
        thread = threading.Thread(target=target, args=args, daemon=True)
        thread.start()
        self._threads.append(thread)

    def _accept_loop(self):
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            self._spawn(self._serve, conn)

    def _serve(self, conn):
        conn.settimeout(1.0)
        try:
            if self._tls:
                conn = self._tls.wrap_socket(conn, server_side=True)
            self._handshake(conn)
            typed = threading.Event()
            if not self._tls:  # an SSL socket is not read and written from two threads at once
                self._spawn(self._drain, conn, typed)
            getattr(self, "_" + self.mode)(conn, typed)
        except OSError:
            pass  # the client went away: that is how every hostile mode ends
        finally:
            conn.close()

    @staticmethod
    def _handshake(conn):
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                raise OSError("no upgrade request")
            request += chunk
        key = ""
        for line in request.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            if name.strip().lower() == "sec-websocket-key":
                key = value.strip()
        accept = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()
        conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      f"Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Protocol: binary\r\n\r\n").encode())

    def _drain(self, conn, typed):
        while not self._stop.is_set():
            try:
                if not conn.recv(65536):
                    return
                typed.set()
            except socket.timeout:
                continue
            except OSError:
                return

    def _send(self, conn, data):
        """sendall that gives up when the stand-in stops (the client may never read)."""
        view = memoryview(data)
        while view and not self._stop.is_set():
            try:
                view = view[conn.send(view):]
            except socket.timeout:
                continue

    def _prompt(self, conn, typed):
        while not self._stop.is_set():
            if typed.wait(0.1):
                typed.clear()
                self._send(conn, frame(OP_BINARY, b"\r\n/ # "))

    def _flood(self, conn, typed):
        chunk = frame(OP_BINARY, b"x" * 65535 + b"\n") * 16
        while self.sent < self.flood_bytes and not self._stop.is_set():
            self._send(conn, chunk)
            self.sent += 16 * 65536
        line = frame(OP_BINARY, b"y" * 1023 + b"\n")
        while not self._stop.is_set():
            self._send(conn, line)
            self.sent += 1024
            time.sleep(0.01)

    def _trickle(self, conn, typed):
        self._send(conn, frame(OP_BINARY, length=1000))
        while not self._stop.wait(0.5):
            self._send(conn, b"z")

    def _ping(self, conn, typed):
        burst = frame(OP_PING, b"p") * 4096
        while not self._stop.is_set():
            self._send(conn, burst)

    def _oversized(self, conn, typed):
        self._send(conn, frame(OP_BINARY, b"o" * (2 << 20)))
        self._stop.wait()
