#!/usr/bin/python3
"""tools/build-ee's bindep.txt reader (`--bindep FILE`): the packages it installs for Debian
(platform:dpkg, default profile) and its refusals, on the shipped collection/bindep.txt and
on the forms of bindep's format it accepts or rejects. No root, no network (CTest: ee.bindep).
"""
import os
import subprocess
import sys
import tempfile

from stackrescue_testing import paths

BUILD_EE = os.path.join(paths.TOOLS, "build-ee")

ACCEPTED = [
    ("no selector: every platform", "foo\n", ["foo"]),
    ("platform:dpkg taken, platform:rpm left out", "a [platform:rpm]\nb [platform:dpkg]\n", ["b"]),
    ("platform:debian counts as this platform", "c [platform:debian]\n", ["c"]),
    ("one of several platforms", "d [platform:rpm platform:dpkg]\n", ["d"]),
    ("negated platform", "e [!platform:dpkg]\nf [!platform:rpm]\n", ["f"]),
    ("a profile other than default is not installed", "g [test platform:dpkg]\nh [default]\n", ["h"]),
    ("comments, blank lines, a trailing comment", "# x\n\n  i   # why\n", ["i"]),
    ("a package named twice is installed once", "j [platform:dpkg]\nj\n", ["j"]),
]
REJECTED = [
    ("version constraint", "k >= 1.2\n", "line 1"),
    ("unclosed selector", "ok\nl [platform:dpkg\n", "line 2"),
]


def read(text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as f:
        f.write(text)
        f.flush()
        return subprocess.run([BUILD_EE, "--bindep", f.name], capture_output=True, text=True)


def main():
    failures = 0
    shipped = subprocess.run([BUILD_EE, "--bindep", os.path.join(paths.REPO, "collection", "bindep.txt")],
                             capture_output=True, text=True)
    cases = [("the shipped collection/bindep.txt", shipped, shipped.returncode == 0
              and shipped.stdout.split() == ["ca-certificates"])]
    for title, text, expected in ACCEPTED:
        proc = read(text)
        cases.append((title, proc, proc.returncode == 0 and proc.stdout.split() == expected))
    for title, text, where in REJECTED:
        proc = read(text)
        cases.append((title + " refused", proc, proc.returncode == 1 and where in proc.stderr))
    for title, proc, ok in cases:
        failures += not ok
        print("%s  %-52s rc %d: %s" % ("PASS" if ok else "FAIL", title, proc.returncode,
                                       (proc.stdout.split() or proc.stderr.strip())))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
