#!/usr/bin/python3
"""serial_login.py SOCKET IMAGE PASSWORD_FILE LOG HOSTNAME: the boot check of
lib/distro_images.sh. Talks to a QEMU serial port (a unix socket QEMU serves,
started with wait=on so the guest starts when we connect: the clock starts at
connect). stackrescue-debian: waits for `HOSTNAME login:`, tries a wrong
password (must fail), logs in as root with the password file, runs a few
commands. stackrescue-sysrescue: waits for
the autologin prompt `[root@sysrescue ~]#`, runs a few commands. Prints the
seconds to each step and the commands' output; the raw serial bytes go to LOG.
Exit 0 when every step was seen, 1 otherwise (timeout 600 s per step: TCG on a
busy 2-core machine)."""
import re
import socket
import sys
import time

from stackrescue_testing import qemu_serial

sock_path, image, pw_file, log_path, hostname = sys.argv[1:6]
TIMEOUT = 600

try:
    s = qemu_serial.connect(sock_path)
except RuntimeError as e:
    sys.exit(str(e))
t0 = time.monotonic()
log = open(log_path, "wb")
buf = b""


def expect(pattern, what):
    """Reads until PATTERN (bytes regex) matches the text since the last match."""
    global buf
    deadline = time.monotonic() + TIMEOUT
    s.settimeout(1)
    while True:
        m = re.search(pattern, buf)
        if m:
            before, buf = buf[:m.end()], buf[m.end():]
            print(f"[{time.monotonic() - t0:6.1f}s] {what}: {m.group(0).decode(errors='replace').strip()}",
                  flush=True)
            return before
        if time.monotonic() > deadline:
            print(f"[{time.monotonic() - t0:6.1f}s] TIMEOUT waiting for {what}; last output:\n"
                  + buf[-800:].decode(errors="replace"))
            sys.exit(1)
        try:
            data = s.recv(4096)
        except socket.timeout:
            continue
        if not data:
            print("serial port closed")
            sys.exit(1)
        log.write(data)
        log.flush()
        buf += data


def send(line):
    s.sendall(line.encode() + b"\r")


def run(cmd, prompt):
    send(cmd)
    out = expect(prompt, "prompt after `" + cmd[:40] + "`")
    # without the terminal's escape sequences (bracketed paste, colours)
    print(re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", out.decode(errors="replace")).replace("\r", ""), flush=True)


if image == "stackrescue-sysrescue":
    prompt = rb"\[root@" + re.escape(hostname.encode()) + rb" ~\]# "
    expect(prompt, "autologin root shell")
    run("lsblk -o NAME,FSTYPE,MOUNTPOINT; xfs_repair -V; lvm version | head -n 1; "
        "btrfs --version; grub-install --version", prompt)
else:
    password = open(pw_file).read().strip()
    login = b"\n" + re.escape(hostname.encode()) + b" login: "
    expect(login, "login prompt")
    send("root")
    expect(rb"Password: ", "password prompt")
    send(password + "-wrong")
    expect(rb"Login incorrect", "wrong password refused")
    expect(login, "login prompt again")
    send("root")
    expect(rb"Password: ", "password prompt")
    send(password)
    prompt = rb"root@" + re.escape(hostname.encode()) + rb":~# "
    expect(prompt, "root shell")
    run("hostname; lsblk -o NAME,FSTYPE,UUID,MOUNTPOINT; cat /proc/cmdline; "
        "grep -v '^#' /etc/fstab; systemctl is-system-running; systemctl --failed --no-legend", prompt)
print(f"[{time.monotonic() - t0:6.1f}s] check passed")
