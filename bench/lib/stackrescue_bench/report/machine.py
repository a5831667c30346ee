"""The machine table of the default report: hardware, Debian, the peers' versions, our commit."""
import os
import subprocess

from stackrescue_bench.paths import ROOT
from stackrescue_bench.peers import oc_version


def machine():
    def first(path, key):
        try:
            with open(path) as f:
                for line in f:
                    if line.startswith(key):
                        return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return "?"

    def deb(pkg):
        r = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", pkg], capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 and r.stdout.strip() else "not installed"

    mem_kb = int(first("/proc/meminfo", "MemTotal").split()[0])
    try:
        with open("/etc/debian_version") as f:
            debian = f.read().strip()
    except OSError:
        debian = "?"
    oc = oc_version()
    head = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %s"], capture_output=True,
                          text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "src", "modules"], capture_output=True,
                           text=True).stdout.strip()
    return [
        ("CPUs (nproc)", str(os.cpu_count())),
        ("CPU model", first("/proc/cpuinfo", "model name")),
        ("RAM", "%.1f GiB" % (mem_kb / 1024 / 1024)),
        ("kernel", os.uname().release),
        ("Debian", debian),
        ("python3-openstackclient (OSC)", deb("python3-openstackclient")),
        ("python3-openstacksdk", deb("python3-openstacksdk")),
        ("ansible-core", deb("ansible-core")),
        ("ansible (openstack.cloud %s)" % oc, deb("ansible")),
        ("StackRescue commit", head + (" (uncommitted changes in src/ or modules/)" if dirty else "")),
    ]
