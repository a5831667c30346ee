#!/usr/bin/python3
"""console_watch.py SOCKET LOG TIMEOUT STEP...: follows a QEMU serial port (a unix socket QEMU
serves with wait=on: the guest starts when we connect, so the clock starts there) and works
through the STEPs in order, printing the second of each:
  REGEX        wait for it (a Python regex on the console text without its colour and
               cursor escape sequences: systemd's status lines are full of them)
  !REGEX       fail as soon as it appears (e.g. an autorun's failure line)
  >TEXT        type TEXT and Enter; >@FILE types FILE's first line (a password stays
               out of the command line)
The raw serial bytes go to LOG. Exit 0 when the last step is done, 1 on a failure pattern,
a timeout (TIMEOUT seconds for each REGEX) or the end of the serial port (the guest powered
off) before it."""
import re
import socket
import sys
import time

from stackrescue_testing import qemu_serial

sock_path, log_path, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
steps = [p for p in sys.argv[4:] if not p.startswith("!")]
failing = [re.compile(p[1:].encode()) for p in sys.argv[4:] if p.startswith("!")]
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[a-zA-Z]")

try:
    s = qemu_serial.connect(sock_path)
except RuntimeError as e:
    sys.exit(str(e))
t0 = time.monotonic()
s.settimeout(1)
buf = b""   # console text since the last match, escape sequences removed


def stamp():
    return f"[{time.monotonic() - t0:6.1f}s]"


with open(log_path, "wb") as log:
    for step in steps:
        if step.startswith(">"):
            text = step[1:]
            if text.startswith("@"):
                with open(text[1:], encoding="utf-8") as f:
                    text = f.readline().strip()
                print(f"{stamp()} typed the contents of {step[2:]}", flush=True)
            else:
                print(f"{stamp()} typed: {text}", flush=True)
            time.sleep(2)  # a prompt may flush its input once it is drawn (sulogin does)
            s.sendall(text.encode() + b"\r")
            continue
        deadline = time.monotonic() + timeout
        while True:
            text = ESCAPES.sub(b"", buf)
            m = re.search(step.encode(), text)
            if m:
                print(f"{stamp()} seen: {m.group(0).decode(errors='replace').strip()}", flush=True)
                buf = text[m.end():]
                break
            bad = next((f for f in failing if f.search(text)), None)
            if bad or time.monotonic() > deadline:
                why = f"failure pattern {bad.pattern.decode()}" if bad else "timeout"
                print(f"{stamp()} {why} while waiting for {step}; last output:\n"
                      + text[-1500:].decode(errors="replace"), flush=True)
                sys.exit(1)
            try:
                data = s.recv(65536)
            except socket.timeout:
                continue
            if not data:
                print(f"{stamp()} serial port closed while waiting for {step}", flush=True)
                sys.exit(1)
            log.write(data)
            log.flush()
            buf += data
