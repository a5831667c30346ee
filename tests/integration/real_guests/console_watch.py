#!/usr/bin/python3
"""console_watch.py SOCKET LOG TIMEOUT PATTERN...: follows a QEMU serial port (a unix socket
QEMU serves with wait=on: the guest starts when we connect, so the clock starts there) and
waits for each PATTERN (a Python regex on the bytes, in order), printing the second each one
appeared. A PATTERN starting with '!' fails the watch as soon as it appears (e.g. an
autorun's failure line). The raw serial bytes go to LOG. Exit 0 when the last pattern was
seen, 1 on a failure pattern, a timeout (TIMEOUT seconds for each pattern) or the end of
the serial port (the guest powered off) before it."""
import re
import socket
import sys
import time

sock_path, log_path, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
wanted = [p for p in sys.argv[4:] if not p.startswith("!")]
failing = [re.compile(p[1:].encode()) for p in sys.argv[4:] if p.startswith("!")]

for _ in range(100):  # QEMU creates the socket shortly after it starts
    try:
        s = socket.socket(socket.AF_UNIX)
        s.connect(sock_path)
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("no serial socket " + sock_path)
t0 = time.monotonic()
s.settimeout(1)
buf = b""
with open(log_path, "wb") as log:
    for pattern in wanted:
        deadline = time.monotonic() + timeout
        while True:
            m = re.search(pattern.encode(), buf)
            if m:
                print(f"[{time.monotonic() - t0:6.1f}s] seen: {m.group(0).decode(errors='replace')}", flush=True)
                buf = buf[m.end():]
                break
            bad = next((f for f in failing if f.search(buf)), None)
            if bad or time.monotonic() > deadline:
                why = f"failure pattern {bad.pattern.decode()}" if bad else "timeout"
                print(f"[{time.monotonic() - t0:6.1f}s] {why} while waiting for {pattern}; last output:\n"
                      + buf[-1500:].decode(errors="replace"), flush=True)
                sys.exit(1)
            try:
                data = s.recv(65536)
            except socket.timeout:
                continue
            if not data:
                print(f"[{time.monotonic() - t0:6.1f}s] serial port closed while waiting for {pattern}", flush=True)
                sys.exit(1)
            log.write(data)
            log.flush()
            buf += data
