"""Section 6 of docs/performance.md (bench/run --real-host), between the real-host markers."""
import os
import statistics

from stackrescue_bench.report.format import ratio
from stackrescue_bench.sections import markers

BEGIN, END = markers("real-host", "bench/run --real-host")
MILESTONES = ["rescue_status", "rescue_up", "unrescue_status", "unrescue_up"]
LABELS = {"rescue_status": "rescue → `RESCUE`",
          "rescue_up": "rescue → rescue system up",
          "unrescue_status": "unrescue → `ACTIVE`",
          "unrescue_up": "unrescue → server up"}
# How each contender knows it reached the milestone.
HOW = {"rescue_status": ("`server_rescue` returns (it waits on `task_state`)", "`server show` re-run every 0.5 s"),
       "rescue_up": ("`server_console_log wait_for`", "**cannot tell**: `console log show` re-run every 0.5 s and "
                     "searched for the line, as an operator reading it would"),
       "unrescue_status": ("`server_rescue state=unrescued` returns", "`server show` re-run every 0.5 s"),
       "unrescue_up": ("`server_console_log wait_for`", "**cannot tell**: as above")}
CONTENDERS = ("stackrescue", "cli")


def cell(values):
    if not values:
        return "–"
    return "%.1f (%.1f–%.1f)" % (statistics.median(values), min(values), max(values))


def seconds(value):
    return "–" if value is None else "%.1f" % value


def column(entry, contender, milestone):
    return [c[milestone] for c in entry[contender] if milestone in c]


def median(entry, contender, milestone):
    values = column(entry, contender, milestone)
    return statistics.median(values) if values else None


def rounds_cell(e):
    if not e["error"]:
        return "%d" % len(e["stackrescue"])
    return "%d of %d (**failed**)" % (len(e["stackrescue"]), e["rounds"])


def image_name(entry):
    return "`%s`" % entry["image"].boot_image


def summary_table(images):
    """The per-image table: boot, rescue → rescue system up, unrescue → server up."""
    out = ["| image, flavor | rounds | boot: create → up | rescue → rescue system up: StackRescue | "
           "openstack CLI | unrescue → server up: StackRescue | openstack CLI |",
           "|---|---|---|---|---|---|---|"]
    for e in images:
        boot = ", ".join("%.1f (`ACTIVE` at %.1f)" % (b["up"], b["active"]) for b in e.get("boots", [])) or "–"
        out.append("| %s: %s, `%s` | %s | %s | %s | %s | %s | %s |" % (
            e["key"], image_name(e), e["image"].flavor, rounds_cell(e), boot,
            cell(column(e, "stackrescue", "rescue_up")), cell(column(e, "cli", "rescue_up")),
            cell(column(e, "stackrescue", "unrescue_up")), cell(column(e, "cli", "unrescue_up"))))
    return out


def section(res, argv, started):
    """The markdown section for docs/performance.md, between the real-host markers."""
    images = res["images"]
    out = [BEGIN, "## 6. A real hypervisor: rescue that boots", ""]
    out.append("`%s` on %s. The local cloud's libvirt host (`minicloud-qemu`, zone `qemu`, QEMU without KVM: TCG "
               "emulation, as nested virtualisation does not work on this machine), one guest per image, created "
               "for the run and deleted after its rounds; each round runs one rescue/unrescue cycle per "
               "contender, alternating which goes first. Boot: seconds from the create request to the guest's "
               "first \"up\" line (one boot per image; it includes the host fetching a new image into its cache). "
               "Rescue and unrescue: seconds from the start of the command to each milestone, median (min–max) "
               "over the rounds. StackRescue: `server_rescue`, then `server_console_log` with `wait_for` (ad-hoc "
               "`ansible`, one process per step); CLI: `openstack server rescue` and `openstack server show` "
               "polled, then `openstack console log show` polled. Load average (1/5/15 min): %s."
               % (" ".join(["bench/run", "--real-host"] + argv), started,
                  "; ".join("%s %s" % (label, v) for label, v in res["loads"])))
    out.append("")
    out += summary_table(images)
    out.append("")
    out.append("The images and the console lines that count as \"up\" (regular expressions, searched line by "
               "line):")
    out.append("")
    out.append("| image | the guest, and its \"server up\" line | rescued with, and its \"rescue system up\" line |")
    out.append("|---|---|---|")
    for e in images:
        out.append("| %s | %s | %s |" % (image_name(e), e["image"].guest, e["image"].rescue_system))
    for e in images:
        for number, fault in enumerate(e.get("failures", []), 1):
            out.append("")
            out.append("**%s: a cycle failed** (%s): %s" % (
                e["key"], "the image's rounds end there" if e["error"] and number == len(e["failures"]) else
                "a new guest was booted for the rounds left, the failed round not counted",
                fault.replace("|", "\\|")))
    out.append("")
    out.append("Every milestone, median (min–max) s:")
    out.append("")
    out.append("| image | milestone | StackRescue s | openstack CLI s | CLI / StackRescue |")
    out.append("|---|---|---|---|---|")
    for e in images:
        for m in MILESTONES:
            out.append("| %s | %s | %s | %s | %s |" % (
                e["key"], LABELS[m], cell(column(e, "stackrescue", m)), cell(column(e, "cli", m)),
                ratio(median(e, "cli", m), median(e, "stackrescue", m))))
    out.append("")
    out.append("| milestone | StackRescue knows it by | the CLI knows it by |")
    out.append("|---|---|---|")
    for m in MILESTONES:
        out.append("| %s | %s | %s |" % (LABELS[m], HOW[m][0], HOW[m][1]))
    out.append("")
    gaps = []
    for e in images:
        g = [c["rescue_up"] - c["rescue_status"] for c in e["stackrescue"]]
        if g:
            gaps.append("%.1f s (%s)" % (statistics.median(g), e["key"]))
    out.append("Most of the time is the guest itself: Nova asks it to power off first (the busybox guest ignores "
               "ACPI, so its image's `os_shutdown_timeout` of 5 s runs out; the Debian-based guests power off "
               "on ACPI through systemd-logind, with `os_shutdown_timeout` 15 s as the cap), then the rescue "
               "system boots under TCG; unrescue boots the server's own system again, through GRUB and systemd "
               "for the distributions. Nova reports `RESCUE` a median %s before the rescue system is up: a tool "
               "that stops at the status hands the operator a console that shows nothing usable yet. The CLI has "
               "no way to wait for a console line; its figures for the \"up\" milestones are what a script "
               "polling the console log achieves, a lower bound for an operator reading it by eye. That polling "
               "is not free either: each `openstack` command is a Python process of a second or more of CPU, and "
               "on this 2-core machine it competes with the TCG guest it waits for, which may explain part of "
               "the CLI's longer \"up\" times for the distribution guests (minutes of polling per cycle); "
               "`server_console_log` reads the log every 2 s inside one process."
               % (", ".join(gaps) if gaps else "–"))
    out.append("")
    out.append("Every round (s; rescue → RESCUE, → up, unrescue → ACTIVE, → up):")
    out.append("")
    out.append("| image | round | StackRescue | openstack CLI |")
    out.append("|---|---|---|---|")
    for e in images:
        for i in range(max(len(e["stackrescue"]), len(e["cli"]))):
            out.append("| %s | %d | %s |" % (e["key"], i + 1, " | ".join(
                " / ".join("%.1f" % e[k][i][m] for m in MILESTONES) if i < len(e[k]) else "–"
                for k in CONTENDERS)))
    loads = [float(v.split()[0]) for _, v in res["loads"]]
    if loads and max(loads) > (os.cpu_count() or 1):
        out.append("")
        out.append("The 1-minute load average reached %.1f on %d cores while this ran (other builds, tests and "
                   "real guests share the machine and the cloud): absolute times are inflated and noisy; the "
                   "ratios, from alternated rounds, hold better." % (max(loads), os.cpu_count()))
    out.append(END)
    return "\n".join(out) + "\n"
