"""arm64 code on this amd64 machine, through qemu-user-static and binfmt_misc: the tests of
the arm64 root and the arm64 execution environment (issue 22)."""
import os
import re
import sys
import threading
import time

from stackrescue_testing import paths

ENTRY = "/proc/sys/fs/binfmt_misc/qemu-aarch64"
QEMU = "/usr/bin/qemu-aarch64-static"


def under_binfmt():
    """Runs this test again through tools/with-qemu-binfmt unless qemu-aarch64 is registered
    already: registered for the test's run and undone after it (also when it fails)."""
    if os.path.exists(ENTRY):
        return
    if os.environ.get("STACKRESCUE_BINFMT_TRIED"):
        sys.exit("%s is still missing under tools/with-qemu-binfmt" % ENTRY)
    os.environ["STACKRESCUE_BINFMT_TRIED"] = "1"
    tool = os.path.join(paths.TOOLS, "with-qemu-binfmt")
    sys.stdout.flush()
    os.execv(tool, [tool, sys.executable, os.path.abspath(sys.argv[0]), *sys.argv[1:]])


# The dispatcher (collection/dispatcher.sh) unpacks the binary of `uname -m` into a folder
# .stackrescue.XXXXXX next to AnsiballZ_<module> (or in TMPDIR) and execs it there.
UNPACKED = re.compile(r"/\.?stackrescue\.[^/]+/AnsiballZ_(\w+)$")


class ModuleProcesses:
    """Watches this machine's processes (every 50 ms, from a thread) for the modules the
    dispatcher starts: the proof of which binary ran is the kernel's, not the module's word.
    An aarch64 binary executed through binfmt is a process of the interpreter whose argv is
    [qemu-aarch64-static, <unpacked binary>, ...] (no P flag); an x86_64 one would be a
    native process whose argv[0] is the unpacked binary."""

    def __init__(self):
        self.emulated, self.native = set(), set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _watch(self):
        while not self._stop.is_set():
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    with open("/proc/%s/cmdline" % pid, "rb") as f:
                        argv = f.read().decode(errors="replace").split("\0")
                    exe = os.readlink("/proc/%s/exe" % pid)
                except OSError:
                    continue
                self.classify(argv, exe)
            time.sleep(0.05)

    def classify(self, argv, exe):
        if len(argv) >= 2 and argv[0] == QEMU and exe == QEMU:
            m = UNPACKED.search(argv[1])
            if m:
                self.emulated.add(m.group(1))
                return
        m = UNPACKED.search(argv[0])
        if m and not exe.startswith(QEMU):
            self.native.add(m.group(1))
