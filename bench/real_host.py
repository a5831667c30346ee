#!/usr/bin/python3
"""bench/real_host.py (bench/run --real-host): rescue on a real guest of the local cloud's
libvirt host (zone qemu), StackRescue against the openstack CLI in the same run.

  bench/run --real-host [--rounds 5] [--build-dir build] [--output docs/performance.md] [--no-write] [--keep-tmp]

One guest (m1.guest, stackrescue-boot); each round runs one rescue/unrescue cycle per
contender, alternating which goes first:
  * stackrescue: server_rescue, server_console_log wait_for STACKRESCUE-RESCUE-UP <id>,
    server_rescue state=unrescued, server_console_log wait_for STACKRESCUE-BOOT-UP <id>
    (ad-hoc `ansible`, one process per step, the collection built from this tree);
  * cli: `openstack server rescue --image`, `openstack server show` polled until RESCUE, then
    `openstack console log show` polled until the line (the CLI itself cannot tell that the
    rescue system is up: an operator reads the log); the same for unrescue.
Times are from the start of the rescue (or unrescue) command to each milestone. Writes its
section of docs/performance.md between the real-host markers (bench/sections.py). Figures
only: nothing here asserts a timing.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from importlib.machinery import SourceFileLoader

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
sys.path.insert(0, BENCH)
import real_guest  # noqa: E402
import sections  # noqa: E402

benchrun = SourceFileLoader("bench_run", os.path.join(BENCH, "run")).load_module()
log, ratio = benchrun.log, benchrun.ratio

OPENSTACK = "/usr/bin/openstack"
ANSIBLE = "/usr/bin/ansible"
HELPER = os.path.join(ROOT, "tests", "integration", "cloud_helper.py")
BEGIN, END = sections.markers("real-host", "bench/run --real-host")
MILESTONES = ["rescue_status", "rescue_up", "unrescue_status", "unrescue_up"]
LABELS = {"rescue_status": "rescue POST → `RESCUE`",
          "rescue_up": "rescue POST → rescue system up (console line `STACKRESCUE-RESCUE-UP <id>`)",
          "unrescue_status": "unrescue POST → `ACTIVE`",
          "unrescue_up": "unrescue POST → original system up (console line `STACKRESCUE-BOOT-UP <id>`)"}
# How each contender knows it reached the milestone.
HOW = {"rescue_status": ("`server_rescue` returns (it waits on `task_state`)", "`server show` re-run every 0.5 s"),
       "rescue_up": ("`server_console_log wait_for`", "**cannot tell**: `console log show` re-run every 0.5 s and "
                     "searched for the line, as an operator reading it would"),
       "unrescue_status": ("`server_rescue state=unrescued` returns", "`server show` re-run every 0.5 s"),
       "unrescue_up": ("`server_console_log wait_for`", "**cannot tell**: as above")}


def check(cmd, env):
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    if r.returncode:
        raise RuntimeError("%s failed (%d):\n%s%s" % (" ".join(cmd[:4]), r.returncode, r.stdout[-3000:], r.stderr[-2000:]))
    return r.stdout


def module(env, name, args):
    return check([ANSIBLE, "localhost", "-m", "stackrescue.openstack." + name, "-a", args], env)


def wait_line(env, sid, line):
    module(env, "server_console_log", "server=%s wait_for='%s %s' timeout=600" % (sid, line, sid))


def cli_until(env, cmd, done):
    while True:
        if done(check(cmd, env)):
            return
        time.sleep(0.5)


def stackrescue_cycle(env, sid):
    t, t0 = {}, time.perf_counter()
    module(env, "server_rescue", "server=%s image=%s" % (sid, real_guest.RESCUE_IMAGE))
    t["rescue_status"] = time.perf_counter() - t0
    wait_line(env, sid, "STACKRESCUE-RESCUE-UP")
    t["rescue_up"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    module(env, "server_rescue", "server=%s state=unrescued" % sid)
    t["unrescue_status"] = time.perf_counter() - t0
    wait_line(env, sid, "STACKRESCUE-BOOT-UP")
    t["unrescue_up"] = time.perf_counter() - t0
    return t


def cli_cycle(env, sid):
    show = [OPENSTACK, "server", "show", sid, "-f", "value", "-c", "status"]
    console = [OPENSTACK, "console", "log", "show", sid]
    t, t0 = {}, time.perf_counter()
    check([OPENSTACK, "--os-compute-api-version", "2.87", "server", "rescue", "--image", real_guest.RESCUE_IMAGE,
           sid], env)
    cli_until(env, show, lambda out: out.strip() == "RESCUE")
    t["rescue_status"] = time.perf_counter() - t0
    cli_until(env, console, lambda out: "STACKRESCUE-RESCUE-UP " + sid in out)
    t["rescue_up"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    check([OPENSTACK, "server", "unrescue", sid], env)
    cli_until(env, show, lambda out: out.strip() == "ACTIVE")
    t["unrescue_status"] = time.perf_counter() - t0
    cli_until(env, console, lambda out: "STACKRESCUE-BOOT-UP " + sid in out)
    t["unrescue_up"] = time.perf_counter() - t0
    return t


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


class RealHost(benchrun.Workspace):
    def __init__(self, args):
        super().__init__(args.build_dir, "stackrescue-bench-real.")
        self.args = args
        self.env.update(OS_CLOUD="member", IT_FLAVOR=real_guest.FLAVOR, IT_ZONE=real_guest.ZONE)
        self.sid = None
        self.res = {"stackrescue": [], "cli": [], "loads": []}

    def go(self):
        self.res["loads"].append(("start", loadavg()))
        if subprocess.run([sys.executable, os.path.join(ROOT, "tests", "integration", "real_guest.py"), "zone"],
                          env=self.env, capture_output=True).returncode != 0:
            sys.exit("bench: zone %s has no libvirt host that is up (tests/cloud/local-cloud status)" % real_guest.ZONE)
        self.install_collection()
        name = "bench-real-%d" % (time.time() * 1000)
        t0 = time.perf_counter()
        self.sid = check([sys.executable, HELPER, "create", name], self.env).strip()
        log("guest %s (%s): waiting for its boot line" % (name, self.sid))
        wait_line(self.env, self.sid, "STACKRESCUE-BOOT-UP")
        self.res["boot"] = time.perf_counter() - t0
        contenders = [("stackrescue", stackrescue_cycle), ("cli", cli_cycle)]
        for i in range(self.args.rounds):
            for key, cycle in (contenders if i % 2 == 0 else contenders[::-1]):
                log("round %d/%d: %s" % (i + 1, self.args.rounds, key))
                self.res[key].append(cycle(self.env, self.sid))
            self.res["loads"].append(("after round %d" % (i + 1), loadavg()))
        self.res["loads"].append(("end", loadavg()))

    def cleanup(self):
        if self.sid:
            log("deleting guest %s" % self.sid)
            subprocess.run([sys.executable, HELPER, "delete", self.sid], env=self.env, capture_output=True)
        if not self.args.keep_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)


def cell(values):
    return "%.1f (%.1f–%.1f)" % (statistics.median(values), min(values), max(values))


def section(res, argv, started):
    """The markdown section for docs/performance.md, between the real-host markers."""
    n = len(res["stackrescue"])
    med = {k: {m: statistics.median([c[m] for c in res[k]]) for m in MILESTONES} for k in ("stackrescue", "cli")}
    out = [BEGIN, "## 6. A real hypervisor: rescue that boots", ""]
    out.append("`%s` on %s. The local cloud's libvirt host (`minicloud-qemu`, zone `qemu`, QEMU without KVM: TCG "
               "emulation, as nested virtualisation does not work on this machine), one guest (`m1.guest`, image "
               "`stackrescue-boot`, booted to its `STACKRESCUE-BOOT-UP` line in %.0f s), %d rounds per contender, "
               "alternating which goes first. Seconds from the start of the rescue (unrescue) command to each "
               "milestone, median (min–max) over the %d rounds. StackRescue: `server_rescue`, then "
               "`server_console_log` with `wait_for` (ad-hoc `ansible`, one process per step); CLI: "
               "`openstack server rescue` and `openstack server show` polled, then `openstack console log show` "
               "polled. Load average (1/5/15 min): %s."
               % (" ".join(["bench/run", "--real-host"] + argv), started, res["boot"], n, n,
                  "; ".join("%s %s" % (label, v) for label, v in res["loads"])))
    out.append("")
    out.append("| milestone | StackRescue s | openstack CLI s | CLI / StackRescue | StackRescue knows it by | "
               "the CLI knows it by |")
    out.append("|---|---|---|---|---|---|")
    for m in MILESTONES:
        out.append("| %s | %s | %s | %s | %s | %s |" % (
            LABELS[m], cell([c[m] for c in res["stackrescue"]]), cell([c[m] for c in res["cli"]]),
            ratio(med["cli"][m], med["stackrescue"][m]), HOW[m][0], HOW[m][1]))
    out.append("")
    gap = statistics.median([c["rescue_up"] - c["rescue_status"] for c in res["stackrescue"]])
    out.append("Most of the time is the guest itself: Nova asks it to power off first (the busybox guest ignores "
               "ACPI, so the image's `os_shutdown_timeout` of 5 s runs out), then the rescue system boots under "
               "TCG. Nova reports `RESCUE` a median %.1f s before the rescue system prints its line: a tool that "
               "stops at the status hands the operator a console that shows nothing yet. The CLI has no way to "
               "wait for that line; its figures for the two \"system up\" rows are what a script polling the "
               "console log achieves, a lower bound for an operator reading it by eye." % gap)
    out.append("")
    out.append("Every round (s; rescue → RESCUE, → up, unrescue → ACTIVE, → up):")
    out.append("")
    out.append("| round | StackRescue | openstack CLI |")
    out.append("|---|---|---|")
    for i in range(n):
        out.append("| %d | %s | %s |" % (i + 1, *[" / ".join("%.1f" % res[k][i][m] for m in MILESTONES)
                                                 for k in ("stackrescue", "cli")]))
    loads = [float(v.split()[0]) for _, v in res["loads"]]
    if max(loads) > (os.cpu_count() or 1):
        out.append("")
        out.append("The 1-minute load average reached %.1f on %d cores while this ran (other builds, tests and "
                   "real guests share the machine and the cloud): absolute times are inflated and noisy; the "
                   "ratios, from alternated rounds, hold better." % (max(loads), os.cpu_count()))
    out.append(END)
    return "\n".join(out) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    sections.add_arguments(parser, ROOT)
    args = parser.parse_args(argv)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    bench = RealHost(args)
    return sections.run_mode(bench, lambda: section(bench.res, argv if argv is not None else sys.argv[1:], started),
                             args, BEGIN, END)


if __name__ == "__main__":
    sys.exit(main())
