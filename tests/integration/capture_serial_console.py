#!/usr/bin/python3
"""capture_serial_console: records the raw bytes that Nova's serial console (nova-serialproxy,
a websocket carrying the guest's TTY bytes) sends while commands framed the way
src/ops/console_framing.cpp frames them run in the rescue system of a real guest.

  capture_serial_console.py OUT_DIR [RESCUED_SERVER_ID]

  CAPTURE_KEEP=1: keep the guest (its ID is printed; pass it as RESCUED_SERVER_ID to reuse it).
  CAPTURE_RESCUE_IMAGE=NAME: the rescue image (default stackrescue-rescue; see
  tests/fixtures/console/README.md for why the committed streams used a patched copy).

Boots stackrescue-boot (m1.guest, zone qemu), rescues it with stackrescue-rescue, waits for
STACKRESCUE-RESCUE-UP <id>, opens the serial console (POST remote-consoles, protocol serial)
with a minimal websocket client (RFC 6455 over a plain socket: the proxy wants the `binary`
subprotocol and an Origin of its own host), types each case's framed line and saves every
byte received until its end marker (or, for the case that never ends, for a few seconds)
as OUT_DIR/<case>.bin, with OUT_DIR/<case>.json (nonce, typed line, expected rc). Deletes
the guest. Needs the local cloud with its libvirt host (tests/cloud/README.md).
"""
import base64
import json
import os
import re
import socket
import struct
import sys
import time
import urllib.parse

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import cloud_helper  # noqa: E402
import real_guest  # noqa: E402

# The same framing as src/ops/console_framing.cpp (framed_command_line): the markers are
# printed from pieces, so the echo of the typed line never contains them.
def framed(command, nonce):
    encoded = base64.b64encode(command.encode()).decode()
    return ("printf '\\n%%s-%%s\\n' SRBEGIN %s; ( eval \"$(printf %%s %s | base64 -d)\" ) </dev/null 2>&1; "
            "printf '\\n%%s-%%s:%%d\\n' SREND %s $?\n" % (nonce, encoded, nonce))


# (case, command, expected rc or None for "never ends")
CASES = [
    ("simple", "echo hello; uname -s", 0),
    ("failing", "ls /nonexistent-dir", 1),
    ("exit_status", "echo before; exit 3", 3),
    ("multiline", "echo one # a comment\necho 'two\tcolumns'", 0),
    ("non_utf8", "printf 'bad \\377\\376 bytes \\303\\n'; printf 'ok \\303\\251\\n'", 0),
    ("ansi", "printf '\\033[1;31mred\\033[0m plain\\n'", 0),
    ("kernel_noise", "echo first; echo '<1>STACKRESCUE test kernel message' >/dev/kmsg; sleep 1; echo second", 0),
    ("no_newline", "printf 'no newline at end'", 0),
    ("long_output", "seq 1 3000", 0),
    ("never_ends", "sleep 1000", None),
]


class WebSocket:
    """Just enough RFC 6455 for a client: handshake, masked binary frames out, frames in."""

    def __init__(self, url):
        u = urllib.parse.urlsplit(url)
        self.sock = socket.create_connection((u.hostname, u.port or 80), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        path = u.path or "/"
        if u.query:
            path += "?" + u.query
        request = ("GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: binary\r\n"
                   "Origin: http://%s:%d\r\n\r\n" % (path, u.hostname, u.port, key, u.hostname, u.port))
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise RuntimeError("websocket handshake: connection closed: %r" % head)
            head += chunk
        if not head.startswith(b"HTTP/1.1 101"):
            raise RuntimeError("websocket handshake refused: %r" % head)
        self.buffer = b""

    def send(self, data):
        mask = os.urandom(4)
        header = bytes([0x82])
        n = len(data)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(header + mask + masked)

    def _need(self, n, deadline):
        while len(self.buffer) < n:
            self.sock.settimeout(max(0.01, deadline - time.time()))
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("websocket closed")
            self.buffer += chunk

    def recv(self, timeout):
        """The payload of the next data frame, or None at the timeout."""
        deadline = time.time() + timeout
        try:
            self._need(2, deadline)
            b0, b1 = self.buffer[0], self.buffer[1]
            n, pos = b1 & 0x7F, 2
            if n == 126:
                self._need(4, deadline)
                n, pos = struct.unpack(">H", self.buffer[2:4])[0], 4
            elif n == 127:
                self._need(10, deadline)
                n, pos = struct.unpack(">Q", self.buffer[2:10])[0], 10
            self._need(pos + n, deadline)
        except socket.timeout:
            return None
        payload, self.buffer = self.buffer[pos:pos + n], self.buffer[pos + n:]
        opcode = b0 & 0x0F
        if opcode == 8:
            raise RuntimeError("websocket closed by the proxy")
        if opcode in (9, 10):  # ping/pong: nothing to record
            return b""
        return payload


def drain(ws, seconds):
    data = b""
    deadline = time.time() + seconds
    while time.time() < deadline:
        chunk = ws.recv(deadline - time.time())
        if chunk is None:
            break
        data += chunk
    return data


def type_line(ws, line):
    """Types like a person: one byte at a time, each after the echo of the one before
    (busybox's line editor mangled whole lines and 8-byte pieces sent at once on this
    console). Returns every byte received meanwhile."""
    data = b""
    for i in range(len(line)):
        ws.send(line[i:i + 1])
        deadline = time.time() + 0.5
        while time.time() < deadline:
            chunk = ws.recv(deadline - time.time())
            if chunk is None:
                break
            data += chunk
            if chunk:
                break
    return data


def run_case(ws, out, case, command, rc):
    nonce = os.urandom(8).hex()
    line = framed(command, nonce)
    data = type_line(ws, line.encode())
    end = re.compile(b"SREND-" + nonce.encode() + b":(\\d+)\r?\n")
    deadline = time.time() + (4 if rc is None else 60)
    while time.time() < deadline:
        chunk = ws.recv(deadline - time.time())
        if chunk is None:
            break
        data += chunk
        if end.search(data):
            data += drain(ws, 1)  # the prompt that follows belongs to the stream too
            break
    if rc is None:
        ws.send(b"\x03")  # Ctrl-C: the shell gets its prompt back for the next case
        data_after = drain(ws, 2)
        with open(os.path.join(out, case + "_interrupted.bin"), "wb") as f:
            f.write(data_after)
    else:
        m = end.search(data)
        if not m or int(m.group(1)) != rc:
            raise RuntimeError("case %s: expected rc %s, got %r" % (case, rc, data[-300:]))
    with open(os.path.join(out, case + ".bin"), "wb") as f:
        f.write(data)
    with open(os.path.join(out, case + ".json"), "w") as f:
        json.dump({"nonce": nonce, "command": command, "typed": line, "rc": rc, "bytes": len(data)}, f, indent=1)
        f.write("\n")
    print("%-14s %6d bytes rc=%s" % (case, len(data), rc), flush=True)


def capture(g, out):
    r = g.api("post", "/servers/%s/remote-consoles" % g.sid,
              json={"remote_console": {"protocol": "serial", "type": "serial"}})
    url = cloud_helper.ok(r, 200).json()["remote_console"]["url"]
    ws = WebSocket(url)
    ws.send(b"\x03")  # a fresh prompt; what came before is not part of any case
    with open(os.path.join(out, "connect.bin"), "wb") as f:
        f.write(drain(ws, 3))
    for case, command, rc in CASES:
        run_case(ws, out, case, command, rc)
    ws.sock.close()
    return 0


def main(argv):
    if len(argv) not in (1, 2):
        sys.exit(__doc__)
    out = argv[0]
    os.makedirs(out, exist_ok=True)
    conn = cloud_helper.member()
    boot_image = cloud_helper.find_id(conn, "image", "/v2/images", "images", cloud_helper.BOOT_IMAGE)
    rescue_image = cloud_helper.find_id(conn, "image", "/v2/images", "images",
                                        os.environ.get("CAPTURE_RESCUE_IMAGE", real_guest.RESCUE_IMAGE))
    flavors = cloud_helper.ok(conn.session.get("/flavors", endpoint_filter=real_guest.COMPUTE), 200).json()
    flavor = [f["id"] for f in flavors["flavors"] if f["name"] == real_guest.FLAVOR][0]
    g = real_guest.Guest(conn)
    if len(argv) > 1:  # an already rescued guest (kept by an earlier run with --keep)
        g.sid = argv[1]
        return capture(g, out)
    body = {"server": {"name": "it12-serial-capture-%d" % time.time(), "imageRef": boot_image, "flavorRef": flavor,
                       "networks": "none", "availability_zone": real_guest.ZONE}}
    g.sid = cloud_helper.ok(g.api("post", "/servers", json=body), 202).json()["server"]["id"]
    try:
        g.wait_status("ACTIVE")
        g.wait_console(r"STACKRESCUE-BOOT-UP %s" % g.sid)
        g.action({"rescue": {"rescue_image_ref": rescue_image}}, 200)
        g.wait_status("RESCUE")
        g.wait_console(r"STACKRESCUE-RESCUE-UP %s" % g.sid)
        return capture(g, out)
    finally:
        if os.environ.get("CAPTURE_KEEP"):
            print("kept rescued guest", g.sid)
        else:
            cloud_helper.delete([g.sid])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
