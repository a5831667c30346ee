"""Section 7 of docs/performance.md (bench/run --diagnose), between the diagnose markers."""
import os

from stackrescue_bench.report.format import Stats, fmt_s, ratio
from stackrescue_bench.report.machine import machine
from stackrescue_bench.sections import markers

BEGIN, END = markers("diagnose", "bench/run --diagnose")
GOAL = 10.0     # seconds for 200 servers in one call (the issue)
GOAL_SERVERS = 200
LABELS = {
    "p8": "(1) `server_diagnose`, one process, `parallel: 8` (the default)",
    "ansible": "(1) through `ansible localhost -m stackrescue.openstack.server_diagnose`",
    "p1": "(2) `server_diagnose`, one process, `parallel: 1` (one server at a time)",
    "p16": "(3) `server_diagnose`, one process, `parallel: 16`",
    "p32": "(3) `server_diagnose`, one process, `parallel: 32`",
    "sdk": "(4) openstacksdk, one session, one server at a time",
    "cli": "(4) `openstack` CLI, one server at a time",
    "processes": "(5) one `server_diagnose` process per server (`server: ID`)",
}


def good(runs):
    return [r for r in runs if not r.get("problem")]


def median(d, key, field="wall"):
    """The median of a field over the right runs of a contender (nan when none)."""
    return Stats(r[field] for r in good(d.rows.get(key, []))).median


def service(d, r, name):
    """CPU seconds a service used during run r (the CLI's: extrapolated as its wall)."""
    return r.get("services", {}).get(name, float("nan")) * (len(d.ids) / r["sample"] if "sample" in r else 1)


def row(d, key, base):
    runs = d.rows.get(key, [])
    ok = good(runs)
    if not runs:
        return None
    wall = Stats(r["wall"] for r in ok)
    requests = Stats(r["requests"] for r in ok).median
    errors = [r["http_errors"] for r in ok if r.get("http_errors") is not None]
    label = LABELS[key]
    if key == "cli" and ok:
        label += ": **%d server(s) measured (%.1f s), extrapolated ×%g**" % (
            ok[0]["sample"], ok[0]["sample_wall"], len(d.ids) / ok[0]["sample"])
    runs_cell = "%d" % len(runs) if len(ok) == len(runs) else "%d (**%d wrong, not counted**)" % (
        len(runs), len(runs) - len(ok))
    latency = Stats(r["latency_ms"] for r in ok if r.get("latency_ms") is not None)
    cloud = "–" if not ok else " / ".join(fmt_s(Stats(service(d, r, k) for r in ok).median, 1)
                                           for k in ("nova-api", "nova-compute", "database"))
    return "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
        label, runs_cell, fmt_s(wall.median), wall.range() if wall.n > 1 else "–",
        "–" if requests != requests else "%.0f" % requests,
        "–" if requests != requests else "%.0f" % (requests / wall.median),
        "–" if not latency.n else "%.0f" % latency.median,
        "–" if not errors else "%d" % max(errors), fmt_s(Stats(r["cpu"] for r in ok).median), cloud,
        ratio(wall.median, base))


def api_workers():
    """osapi_compute_workers of the local cloud's nova.conf (next to its clouds.yaml), or None."""
    conf = os.path.join(os.path.dirname(os.environ.get("OS_CLIENT_CONFIG_FILE", "")), "etc", "nova", "nova.conf")
    try:
        with open(conf) as f:
            for line in f:
                if line.split("=")[0].strip() == "osapi_compute_workers":
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return None


def busy(d, key, name):
    """The share of a run's wall time a service spent on the CPU (100% = one core), median."""
    share = Stats(service(d, r, name) / r["wall"] for r in good(d.rows.get(key, []))).median
    return "–" if share != share else "%.0f%%" % (100 * share)


def findings(d):
    """The goal, the ratio one-at-a-time / parallel, scaling, Ansible's and the processes' cost."""
    n, p8 = len(d.ids), median(d, "p8")
    w = []
    if n == GOAL_SERVERS:
        verdict = "met" if p8 <= GOAL else "not met" if p8 == p8 else "not measured (no right run)"
        w.append("**Goal: %d servers diagnosed in one call in ≤ %.0f s on this machine: %s** (median %s s)."
                 % (n, GOAL, verdict, fmt_s(p8)))
    else:
        w.append("The goal (%d servers in ≤ %.0f s) is not judged here: this run had %d servers."
                 % (GOAL_SERVERS, GOAL, n))
    w.append("One server at a time against parallel 8, the same reads in the same process: %s (%s s against %s s)."
             % (ratio(median(d, "p1"), p8), fmt_s(median(d, "p1")), fmt_s(p8)))
    scaling = ", ".join("parallel %s: %s s (a request answered in %s ms, nova-api busy %s of the wall)" % (
        k[1:], fmt_s(median(d, k)), fmt_s(median(d, k, "latency_ms"), 0), busy(d, k, "nova-api"))
        for k in ("p1", "p8", "p16", "p32"))
    workers = api_workers()
    walls = {int(k[1:]): median(d, k) for k in ("p1", "p8", "p16", "p32") if median(d, k) == median(d, k)}
    fastest = min(walls, key=walls.get) if walls else None
    close = [str(p) for p, x in sorted(walls.items()) if p != fastest and x <= 1.1 * walls[fastest]]
    w.append("Scaling: %s. The fastest: parallel %s%s; past the point where nova-api is busy, more servers at a "
             "time only make each request wait longer. nova-api %s: every request is Python work in %s, and each "
             "console-log read is moreover an RPC round trip to the fake host's nova-compute, one process too." % (
                 scaling, fastest, " (within 10%% of it: parallel %s)" % ", ".join(close) if close else "",
                 "runs `osapi_compute_workers = %s` process(es) here" % workers if workers else
                 "(its worker count not found)", "that one process" if workers == "1" else "those processes"))
    p8_walls = Stats(r["wall"] for r in good(d.rows.get("p8", [])))
    if p8_walls.n and min(p8_walls.values) <= median(d, "ansible") <= max(p8_walls.values):
        w.append("Ansible's own overhead for the one call is within the spread of (1)'s runs: `ansible` took %s s "
                 "(one run), the binary run directly %s s." % (fmt_s(median(d, "ansible")), p8_walls.range()))
    else:
        w.append("Ansible's own overhead for the one call: %s s (`ansible` minus the binary run directly)."
                 % fmt_s(median(d, "ansible") - p8))
    per = median(d, "processes") / n if n else float("nan")
    w.append("One process per server (what a loop over `server_diagnose` with `server:` would cost, not counting "
             "what Ansible adds per loop item, section 3's per-task floor): %s s per server, %s the one call."
             % (fmt_s(per, 3), ratio(median(d, "processes"), p8)))
    return [x for line in w for x in (line, "")][:-1]


def oddities(d):
    w = []
    for key, runs in d.rows.items():
        for r in runs:
            if r.get("problem"):
                w.append("- %s: wrong answer, not counted: `%s`" % (LABELS[key], r["problem"].replace("`", "'")[:400]))
    for service, (count, first) in sorted((d.log_errors or {}).items()):
        w.append("- %s logged %d ERROR line(s) during the measurement%s (the cloud is shared: not all "
                 "need be ours)." % (service, count, ": `%s`" % first.replace("`", "'") if first else ""))
    return w


def intro(d, argv, started):
    n, cpu = len(d.ids), dict(machine())
    return [
        "`%s`, %s. %d servers booted for the run on the local cloud's fake host (zone `nova`, `m1.tiny`, "
        "`stackrescue-boot`, no network), named `%s*`, deleted at the end. Every contender reads, for every server, "
        "its last 5 instance actions (`GET /servers/{id}/os-instance-actions?limit=5`) and its console log "
        "(`POST /servers/{id}/action` `os-getConsoleOutput`). `server_diagnose` selects them with `name_regex` (one "
        "list request) and `boot_timeout: 86400`. Every answer is checked before its time counts: %d entries, all "
        "`booting` (the fake driver's canned console log), none unread; openstacksdk: %d servers, each with a "
        "console log and its create action; the CLI: a console log and a create event per server."
        % (" ".join(["bench/run", "--diagnose"] + argv), started, n, d.prefix, n, n),
        "",
        "(1), (2) and openstacksdk: median of %d runs, their order rotated, after a warm-up of (1) that fills the "
        "token cache; the others once. Wall: the whole process; CPU: it and its children; HTTP requests: the "
        "modules' `STACKRESCUE_TRACE`, the SDK's session, the CLI's `--debug` (one more run, not timed); "
        "requests/s: requests / median wall; ms a request: the median time a module waited for one answer (its "
        "trace); HTTP errors: answers with an error status (the most in one run); the cloud's CPU: what its "
        "nova-api processes, the fake host's nova-compute and MariaDB used during the run (from /proc; the cloud is "
        "shared, so other tests' requests count too). Machine: %s CPUs (%s), %s RAM, "
        "shared with other builds and tests; load average (1/5/15 min) %s."
        % (d.args.runs, cpu["CPUs (nproc)"], cpu["CPU model"], cpu["RAM"], "; ".join("%s %s" % x for x in d.loads)),
        ""]


def section(d, argv, started):
    w = [BEGIN, "## 7. Diagnosing a fleet: every server's boot in one call", ""] + intro(d, argv, started)
    w.append("| contender | runs | wall s (median) | range | HTTP requests | requests/s | ms a request "
             "| HTTP errors | CPU s | the cloud's CPU s: nova-api / nova-compute / database | × (1) |")
    w.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    base = median(d, "p8")
    w += [x for x in (row(d, k, base) for k in LABELS) if x]
    w.append("")
    w += findings(d)
    odd = oddities(d)
    if odd:
        w += ["", "Seen during the run:", ""] + odd
    w.append(END)
    return "\n".join(w) + "\n"
