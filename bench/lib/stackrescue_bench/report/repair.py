"""Section 8 of docs/performance.md (bench/run --repair), between the repair markers."""
from stackrescue_bench.report.format import Stats, fmt_s
from stackrescue_bench.runs.repair_floor import CHUNK, POLL, PROBE
from stackrescue_bench.sections import markers

BEGIN, END = markers("repair", "bench/run --repair")
GOAL = 1.2      # repair.yml's wall time over the floor's (the issue)

# repair.yml's share of each piece of the floor: (its phases, the floor's pieces, what the
# difference is made of).
PAIRS = [
    ("Nova's rescue transition", ["rescue"], ["rescue"],
     "`server_rescue`'s process (Ansible's module start, token, finding the server and the rescue image) "
     "and its polling (250 ms backing off to 2 s) against %.1f s polls" % POLL),
    ("boot 1: the rescue system up, and locate", ["locate"], ["boot1"],
     "`rescue_command`'s wait for the shell (a newline every 1.5 s, a prompt seen after 0.4 s of quiet; the "
     "floor types a newline every %.1f s) and tasks/locate.yml: "
     "its script typed over the serial console and run (the same script run alone: the table's last "
     "line, not in the floor)" % PROBE),
    ("the repair commands (tasks/fstab.yml, tasks/unmount.yml)", ["fstab", "unmount"], ["commands"],
     "two `rescue_command` processes: console URL, websocket, the lock, the script typed "
     "(the floor uploads it before the clock starts) and its markers"),
    ("Nova's unrescue transition", ["unrescue"], ["unrescue"], "`server_rescue state=unrescued`'s process and polling"),
    ("boot 2: the server's login prompt", ["verify"], ["boot2"],
     "`server_console_log wait_for` reads the whole console log every second (the floor streams the serial console)"),
]


def median(rows, key):
    return Stats(r[key] for r in rows if key in r).median


def section(bench, argv, started):
    rep, flo = bench.rows["repair"], bench.rows["floor"]
    wall, floor = median(rep, "wall"), median(flo, "floor")
    ratio = wall / floor if floor == floor and floor else float("nan")
    n = min(len(rep), len(flo))
    out = [BEGIN, "## 8. repair.yml against the floor: a real broken server repaired", ""]
    out.append(
        "`bench/run --repair%s`, %s. One `stackrescue-debian` server (`m1.distro`, zone `qemu`: a real guest "
        "under QEMU TCG), named `%s`, deleted at the end. Before each measurement it is broken the same way "
        "(`tests/integration/real_guests/break/fstab_gone_disk.sh` typed into the rescue system, as "
        "`real_repair_test.py` does: an fstab line for a disk that is gone) and its boot is seen in emergency "
        "mode; each measurement ends with the server at its `login:` prompt. %d run(s) of each, alternating "
        "(medians; the break and the first boot are not timed). Load average: %s." % (
            (" " + " ".join(argv)) if argv else "", started, bench.guest.name if bench.guest else "?", n,
            ", ".join("%s %s" % kv for kv in bench.loads)))
    out += ["",
            "- **repair.yml**: `ansible-playbook stackrescue.openstack.repair.repair -e server=NAME "
            "-e repair_tasks=auto -e repair_snapshot=false` from the installed collection "
            "(`tools/build-collection --install`), with `ansible.posix.profile_tasks` for each task's time; "
            "it must end `repaired: up again after … login:`.",
            "- **the floor**: the same steps with the least overhead anything could have: raw API calls on one "
            "keystoneauth session, each transition polled every %.1f s; the rescue system's shell probed on "
            "its serial console every %.1f s (the tests' websocket client); the scripts tasks/fstab.yml and "
            "tasks/unmount.yml type, rendered by Ansible's templar exactly as repair.yml renders them, uploaded "
            "before the clock starts, only their run timed; the login prompt streamed on the serial console. "
            "Floor = Nova's rescue transition + boot 1 + the commands + Nova's unrescue transition + boot 2 "
            "(the issue's definition)." % (POLL, PROBE),
            "- **snapshot excluded from both sides** (`repair_snapshot=false`; repair.yml's default is `true`): "
            "the snapshot is a Glance upload of the whole disk whose time depends on the disk and the image "
            "store, not on the repair; it is the issue's floor's business neither way. A repair with the "
            "default pays it once more, before the rescue.", ""]
    goal = "met" if ratio == ratio and ratio <= GOAL else "not met"
    out += ["| | repair.yml (s) | floor (s) | range repair.yml | range floor |", "|---|---|---|---|---|",
            "| whole repair | %s | %s | %s | %s |" % (fmt_s(wall, 1), fmt_s(floor, 1),
                                                     Stats(r["wall"] for r in rep).range("%.1f"),
                                                     Stats(r["floor"] for r in flo).range("%.1f"))]
    for label, ours, theirs, _ in PAIRS:
        a = Stats(sum(r[k] for k in ours) for r in rep)
        b = Stats(sum(r[k] for k in theirs) for r in flo)
        out.append("| %s | %s | %s | %s | %s |" % (label, fmt_s(a.median, 1), fmt_s(b.median, 1),
                                                  a.range("%.1f"), b.range("%.1f")))
    out += ["| server_diagnose (before the rescue) | %s | – | | |" % fmt_s(median(rep, "diagnose"), 1),
            "| the other tasks (assert, set_fact, debug, include_tasks) | %s | – | | |" % fmt_s(median(rep, "other"), 1),
            "| ansible-playbook's start and end (wall − the tasks) | %s | – | | |" % fmt_s(median(rep, "startup"), 1),
            "| locate's script run alone (in the floor's rescue system, not in the floor) | – | %s | | |"
            % fmt_s(median(flo, "locate_cmd"), 1)]
    if any("upload" in r for r in flo):
        out.append("| the fstab and unmount scripts typed in (the floor's upload, %d-byte lines, not in the floor) "
                   "| – | %s | | |" % (CHUNK, fmt_s(median(flo, "upload"), 1)))
    out += ["", "**Ratio repair.yml / floor: %s (goal ≤ %.1f×: %s).**" % (
        "–" if ratio != ratio else "%.2f×" % ratio, GOAL, goal), ""]
    out += beyond(rep, flo, wall, floor)
    if getattr(bench, "shutdowns", None):
        out += ["nova-compute on the guest's clean shutdowns in this run (every rescue starts with one, waited up "
                "to the image's `os_shutdown_timeout`; the breaks' rescues find the server booted, the measured "
                "ones find it in emergency mode, where nothing answers the ACPI power button): %s. That wait is "
                "most of Nova's rescue transition, on both sides alike." % "; ".join(
                    "“%s” ×%d" % kv for kv in sorted(bench.shutdowns.items())), ""]
    out.append(END)
    return "\n".join(out) + "\n"


def beyond(rep, flo, wall, floor):
    """Where repair.yml's time beyond the floor goes: the parts that hold no boot (largest
    first), then the two that do (their difference is mostly one TCG boot against another),
    and an estimate with equal boots."""
    if wall != wall or floor != floor:
        return ["No complete run of both: no breakdown.", ""]

    def extra(ours, theirs):
        return Stats(sum(r[k] for k in ours) for r in rep).median - Stats(sum(r[k] for k in theirs) for r in flo).median

    fixed = [(extra(ours, theirs), label, why) for label, ours, theirs, why in PAIRS if "boot" not in label]
    fixed += [(median(rep, "diagnose"), "server_diagnose", "one module process: token, the server, its actions, "
               "its console log, the rules"),
              (median(rep, "other"), "the other tasks", "Ansible's per-task cost (section 3) × the play's small tasks"),
              (median(rep, "startup"), "ansible-playbook's start and end", "Python, the collection, the play parsed")]
    booted = [(extra(ours, theirs), label, why) for label, ours, theirs, why in PAIRS if "boot" in label]
    boots = Stats(r["boot1"] + r["boot2"] for r in flo).median
    per_call = extra(["fstab", "unmount"], ["commands"]) / 2
    poll = 0.5      # half of server_console_log's 1-s poll, on average
    equal = sum(e for e, _, _ in fixed) + per_call + median(flo, "locate_cmd") + poll
    lines = ["The two boots are %.0f%% of the floor (%.1f s of %.1f s): under TCG, and more on a loaded machine, they "
             "set the ratio's denominator, and one boot differs from the next by seconds. What repair.yml adds is "
             "better read in seconds: %.1f s here, median against median." % (100 * boots / floor, boots, floor,
                                                                                wall - floor), "",
             "What holds no boot (the same work on both sides, so the difference is repair.yml's own), largest first:", ""]
    lines += ["- %s: %+.1f s — %s" % (label, e, why) for e, label, why in sorted(fixed, key=lambda p: -p[0])]
    lines += ["", "What holds a boot (the difference is one boot against another, plus what is named):", ""]
    lines += ["- %s: %+.1f s — %s" % (label, e, why) for e, label, why in booted]
    lines += ["", "With equal boots on both sides, repair.yml's own cost is about **%.1f s**: the parts without a boot "
              "(%.1f s), plus what the locate step adds to boot 1 — one `rescue_command` call (%.1f s: half of the two "
              "repair commands' extra) and its script (%.1f s) — plus half of `server_console_log`'s 1-s poll "
              "(%.1f s); **%.2f×** this floor." % (equal, sum(e for e, _, _ in fixed), per_call,
                                                  median(flo, "locate_cmd"), poll, (floor + equal) / floor), ""]
    return lines
