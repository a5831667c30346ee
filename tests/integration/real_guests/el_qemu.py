#!/usr/bin/python3
"""el_qemu.py: drives plain QEMU (TCG) serial consoles for the EL repair check
(el_repair_check.py). One VM at a time; the serial port is a unix socket QEMU serves
with wait=on, so a boot's clock starts when we connect. Every byte the guest prints goes
to the log file given to boot()."""
import base64
import hashlib
import os
import re
import socket
import subprocess
import time

from stackrescue_testing import qemu_serial

ANSI = re.compile(rb"\x1b\[[0-9;?]*[a-zA-Z]")


class Vm:
    def __init__(self, workdir, name, drives, log_path):
        """drives: (qcow2 path, bootindex or None) in /dev/vdX order."""
        self.sock_path = os.path.join(workdir, name + ".sock")
        self.name = name
        args = ["qemu-system-x86_64", "-accel", "tcg", "-m", "1024", "-smp", "1", "-display", "none",
                "-monitor", "none", "-no-reboot"]
        for i, (path, bootindex) in enumerate(drives):
            args += ["-drive", f"file={path},format=qcow2,if=none,id=d{i}",
                     "-device", f"virtio-blk-pci,drive=d{i}" + (f",bootindex={bootindex}" if bootindex is not None else "")]
        args += ["-chardev", f"socket,id=s0,path={self.sock_path},server=on,wait=on", "-serial", "chardev:s0"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.s = qemu_serial.connect(self.sock_path, tries=200)
        self.t0 = time.monotonic()
        self.log = open(log_path, "wb")
        self.buf = b""
        self.seq = 0

    def elapsed(self):
        return time.monotonic() - self.t0

    def say(self, text):
        print(f"[{self.name} {self.elapsed():6.1f}s] {text}", flush=True)

    def expect(self, pattern, what, timeout=420):
        """Reads until PATTERN (bytes regex, or a list of them) matches the text since the
        last match; returns (index of the pattern, text up to the match's end)."""
        patterns = pattern if isinstance(pattern, list) else [pattern]
        deadline = time.monotonic() + timeout
        self.s.settimeout(1)
        while True:
            for i, p in enumerate(patterns):
                m = re.search(p, self.buf)
                if m:
                    before, self.buf = self.buf[:m.end()], self.buf[m.end():]
                    self.say(f"{what}: {m.group(0).decode(errors='replace').strip()}")
                    return i, before
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name}: no {what} after {timeout} s; last output:\n"
                                   + self.clean(self.buf[-1500:]))
            try:
                data = self.s.recv(65536)
            except socket.timeout:
                continue
            if not data:
                raise EOFError(f"{self.name}: serial port closed while waiting for {what}")
            self.log.write(data)
            self.log.flush()
            self.buf += data

    @staticmethod
    def clean(raw):
        return ANSI.sub(b"", raw).decode(errors="replace").replace("\r", "")

    def send(self, line):
        self.s.sendall(line.encode() + b"\r")

    def sh(self, command, timeout=600):
        """Runs COMMAND in the guest's shell; returns (exit status, its output). The end
        marker is printed by printf so that the echoed command line does not match it."""
        self.seq += 1
        self.send(f"{command}; printf '__E%s_%s__\\n' {self.seq} $?")
        _, out = self.expect(rb"__E%d_(\d+)__\r?\n" % self.seq, f"end of `{command[:50]}`", timeout)
        rc = int(re.search(rb"__E%d_(\d+)__" % self.seq, out).group(1))
        text = self.clean(out)
        # drop the echoed command line (the shell may echo it twice: the end of the line
        # holds the typed marker), keep what the command printed
        echo_end = text.rfind(f"printf '__E%s_%s__\\n' {self.seq} $?")
        text = text[text.find("\n", echo_end) + 1:] if echo_end >= 0 else text
        text = re.sub(r"__E\d+_\d+__\s*$", "", text)
        return rc, text

    def put(self, path, content):
        """Writes CONTENT (str) to PATH in the guest, through base64 lines."""
        b64 = base64.b64encode(content.encode()).decode()
        lines = [b64[i:i + 76] for i in range(0, len(b64), 76)]
        self.send(f"base64 -d >{path} <<'STKB64'")
        for chunk in range(0, len(lines), 20):
            self.s.sendall(("\r".join(lines[chunk:chunk + 20]) + "\r").encode())
            time.sleep(0.05)
        self.send("STKB64")
        _, out = self.sh(f"sha256sum {path}")
        if hashlib.sha256(content.encode()).hexdigest() not in out:
            raise RuntimeError(f"cannot write {path} in the guest: {out}")

    def wait_exit(self, timeout=180):
        """Waits for QEMU to end (a poweroff, with -no-reboot); kills it after TIMEOUT."""
        self.s.settimeout(1)
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            try:
                data = self.s.recv(65536)
                if data:
                    self.log.write(data)
            except (socket.timeout, OSError):
                pass
        if self.proc.poll() is None:
            self.say("still running: killed")
            self.kill()
        else:
            self.say(f"QEMU ended (exit {self.proc.returncode})")
        self.log.close()

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        try:
            self.s.close()
        except OSError:
            pass
