#!/usr/bin/python3
"""bench/real_host.py: rescue on a real guest (the local cloud's libvirt host, zone qemu).

  bench/real_host.py [--rounds N]     (needs ANSIBLE_COLLECTIONS_PATH with the collection)

One guest (m1.guest, stackrescue-boot); each round runs one rescue/unrescue cycle per
contender, alternating which goes first:
  * stackrescue: server_rescue, server_console_log wait_for STACKRESCUE-RESCUE-UP <id>,
    server_rescue state=unrescued, server_console_log wait_for STACKRESCUE-BOOT-UP <id>
    (ad-hoc `ansible`, one process per step);
  * cli: `openstack server rescue --image`, `openstack server show` polled until RESCUE, then
    `openstack console log show` polled until the line (the CLI itself cannot tell that the
    rescue system is up: an operator reads the log); the same for unrescue.
Times are from the start of the rescue (or unrescue) command to each milestone. bench/run
--real-host calls measure() and adds the section to docs/performance.md.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
import cloud_helper  # noqa: E402
import real_guest  # noqa: E402

OPENSTACK = "/usr/bin/openstack"
ANSIBLE = "/usr/bin/ansible"
MILESTONES = ["rescue_status", "rescue_up", "unrescue_status", "unrescue_up"]
LABELS = {"rescue_status": "rescue → `RESCUE`", "rescue_up": "rescue → rescue system up (console line)",
          "unrescue_status": "unrescue → `ACTIVE`", "unrescue_up": "unrescue → own system up (console line)"}


def log(msg):
    print("[real-host %s] %s" % (time.strftime("%H:%M:%S"), msg), file=sys.stderr, flush=True)


def check(cmd, env):
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    if r.returncode:
        raise RuntimeError("%s failed (%d):\n%s%s" % (" ".join(cmd[:4]), r.returncode, r.stdout[-3000:], r.stderr[-2000:]))
    return r.stdout


def module(env, name, args):
    return check([ANSIBLE, "localhost", "-m", "stackrescue.openstack." + name, "-a", args], env)


def cli_until(env, cmd, done):
    while True:
        if done(check(cmd, env)):
            return
        time.sleep(0.5)


def stackrescue_cycle(env, sid):
    t, t0 = {}, time.perf_counter()
    module(env, "server_rescue", "server=%s image=%s" % (sid, real_guest.RESCUE_IMAGE))
    t["rescue_status"] = time.perf_counter() - t0
    module(env, "server_console_log", "server=%s wait_for='STACKRESCUE-RESCUE-UP %s' timeout=600" % (sid, sid))
    t["rescue_up"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    module(env, "server_rescue", "server=%s state=unrescued" % sid)
    t["unrescue_status"] = time.perf_counter() - t0
    module(env, "server_console_log", "server=%s wait_for='STACKRESCUE-BOOT-UP %s' timeout=600" % (sid, sid))
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


def measure(env, rounds):
    """{"stackrescue": [cycle...], "cli": [...], "boot": seconds, "server": id}"""
    env = dict(env, OS_CLOUD="member", ANSIBLE_NOCOLOR="1", ANSIBLE_LOCALHOST_WARNING="0",
               ANSIBLE_INVENTORY_UNPARSED_WARNING="0", IT_FLAVOR=real_guest.FLAVOR, IT_ZONE=real_guest.ZONE)
    name = "bench-real-%d" % (time.time() * 1000)
    t0 = time.perf_counter()
    sid = check([sys.executable, os.path.join(ROOT, "tests", "integration", "cloud_helper.py"), "create", name],
                env).strip()
    res = {"stackrescue": [], "cli": [], "server": sid}
    try:
        module(env, "server_console_log", "server=%s wait_for='STACKRESCUE-BOOT-UP %s' timeout=600" % (sid, sid))
        res["boot"] = time.perf_counter() - t0
        contenders = [("stackrescue", stackrescue_cycle), ("cli", cli_cycle)]
        for i in range(rounds):
            for key, cycle in (contenders if i % 2 == 0 else contenders[::-1]):
                log("round %d/%d: %s" % (i + 1, rounds, key))
                res[key].append(cycle(env, sid))
    finally:
        subprocess.run([sys.executable, os.path.join(ROOT, "tests", "integration", "cloud_helper.py"), "delete",
                        sid], env=env, capture_output=True)
    return res


def section(res):
    """The markdown section for docs/performance.md."""
    out = ["## A real hypervisor: rescue that boots", ""]
    n = len(res["stackrescue"])
    out.append("The local cloud's libvirt host (`minicloud-qemu`, zone `qemu`, QEMU without KVM: TCG emulation, "
               "as nested virtualisation does not work on this machine), one guest (`m1.guest`, image "
               "`stackrescue-boot`, booted to its `STACKRESCUE-BOOT-UP` line in %.0f s), %d round(s) per "
               "contender, alternating which goes first. Seconds from the start of the rescue (unrescue) "
               "command to each milestone, median (min–max). StackRescue: `server_rescue` then "
               "`server_console_log wait_for`; CLI: `openstack server rescue` + `server show` polled, then "
               "`openstack console log show` polled by hand (the CLI itself cannot tell when the rescue system "
               "is up)." % (res["boot"], n))
    out.append("")
    out.append("| milestone | StackRescue | openstack CLI |")
    out.append("|---|---|---|")
    for m in MILESTONES:
        cells = []
        for key in ("stackrescue", "cli"):
            v = [c[m] for c in res[key]]
            cells.append("%.1f (%.1f–%.1f)" % (statistics.median(v), min(v), max(v)))
        out.append("| %s | %s |" % (LABELS[m], " | ".join(cells)))
    out.append("")
    gap = statistics.median([c["rescue_up"] - c["rescue_status"] for c in res["stackrescue"]])
    out.append("Most of the time is the guest itself: Nova asks it to power off first (the busybox guest ignores "
               "ACPI, so the image's `os_shutdown_timeout` of 5 s runs out), then the rescue system boots under "
               "TCG. Nova reports `RESCUE` a median %.1f s before the rescue system prints its line: a tool that "
               "stops at the status hands the operator a console that shows nothing yet." % gap)
    out.append("")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--output", help="also write the section, with a header, to this file")
    args = parser.parse_args()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load_before = open("/proc/loadavg").read().split()[:3]
    res = measure(dict(os.environ), args.rounds)
    print(json.dumps(res, indent=1), file=sys.stderr)
    text = section(res)
    print(text)
    if args.output:
        with open(args.output, "w") as f:
            f.write("# Performance on a real hypervisor\n\nGenerated by `bench/real_host.py --rounds %d "
                    "--output %s` on %s (load average before: %s; after: %s; the machine is shared with "
                    "other builds and tests). `bench/run --real-host` adds the same section to "
                    "[performance.md](performance.md). Do not edit by hand.\n\n%s"
                    % (args.rounds, args.output, started, " ".join(load_before),
                       " ".join(open("/proc/loadavg").read().split()[:3]), text.replace("## ", "## ", 1)))


if __name__ == "__main__":
    main()
