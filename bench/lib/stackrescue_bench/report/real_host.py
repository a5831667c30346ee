"""Section 6 of docs/performance.md (bench/run --real-host), between the real-host markers."""
import os
import statistics

from stackrescue_bench.report.format import ratio
from stackrescue_bench.sections import markers

BEGIN, END = markers("real-host", "bench/run --real-host")
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
