"""The contenders of bench/run --diagnose, each a function of the Diagnose bench (runs.diagnose)
returning one run's figures: wall and CPU seconds, HTTP requests (and how many answered with an
error status), and `problem`, set when the answer was wrong (its time must not count)."""
import json
import os
import secrets
import statistics
import tempfile

from stackrescue_bench.measure import run
from stackrescue_bench.paths import ANSIBLE, OPENSTACK, PYTHON, bench_file
from stackrescue_bench.runs.diagnose_checks import (BOOT_TIMEOUT, fleet_problem, parsed, sdk_problem,
                                                    single_problem)
from stackrescue_bench.runs.workflow_parts import HTTP_REQUEST_LINE
from stackrescue_bench.trace import read_trace

TIMEOUT = 3600


def figures(r, rows, problem, **more):
    """One run's figures from its process (measure.Run) and its STACKRESCUE_TRACE rows."""
    out = {"wall": r.wall, "cpu": r.cpu, "requests": len(rows),
           "tokens": sum(1 for x in rows if x["method"] == "POST" and "/auth/tokens" in x["url"]),
           "http_errors": sum(1 for x in rows if not x["status"].startswith(("2", "3"))),
           "latency_ms": statistics.median(x["ms"] for x in rows) if rows else None,
           "problem": problem or (None if r.rc == 0 else "exit %d: %s" % (r.rc, (r.out + r.err)[-300:]))}
    out.update(more)
    return out


def traced(b, cmd, stdin_text=None, env=None):
    """Runs cmd with STACKRESCUE_TRACE on: (measure.Run, trace rows)."""
    trace = os.path.join(b.tmp, "trace." + secrets.token_hex(4))
    r = run(cmd, dict(env or b.env, STACKRESCUE_TRACE=trace), stdin_text=stdin_text, timeout=TIMEOUT)
    return r, read_trace(trace)


def selection(b, **more):
    return dict({"cloud": "member", "name_regex": "^" + b.prefix, "boot_timeout": BOOT_TIMEOUT}, **more)


def module_fleet(b, parallel):
    """server_diagnose over every server, one process: the binary with its arguments on stdin."""
    r, rows = traced(b, [b.binary], json.dumps(selection(b, parallel=parallel)))
    return figures(r, rows, fleet_problem(parsed(r.out), b.ids))


def ansible(b):
    """The same call (parallel 8) through `ansible localhost -m`: Ansible's own overhead."""
    r, rows = traced(b, [ANSIBLE, "localhost", "-m", "stackrescue.openstack.server_diagnose",
                         "-a", json.dumps(selection(b))])
    return figures(r, rows, fleet_problem(parsed(r.out), b.ids))


def processes(b):
    """One server_diagnose process per server (`server: ID`), one after the other: what an
    Ansible loop over the module costs without Ansible's own per-task overhead."""
    work = tempfile.mkdtemp(dir=b.tmp)
    for i, sid in enumerate(b.ids):
        with open(os.path.join(work, "%05d.args" % i), "w") as f:
            json.dump({"cloud": "member", "server": sid, "boot_timeout": BOOT_TIMEOUT}, f)
    loop = 'for f in "$1"/*.args; do "$2" < "$f" > "${f%.args}.json" || exit 1; done'
    r, rows = traced(b, ["/bin/bash", "-c", loop, "loop", work, b.binary])
    problem = None
    for i, sid in enumerate(b.ids):
        path = os.path.join(work, "%05d.json" % i)
        problem = problem or single_problem(parsed(open(path).read()) if os.path.exists(path) else {}, sid)
    return figures(r, rows, problem, processes=len(b.ids))


def sdk(b):
    """openstacksdk: one session, the same two reads per server, one server at a time."""
    r = run([PYTHON, bench_file("sdk_diagnose.py"), "^" + b.prefix], b.env, timeout=TIMEOUT)
    result = parsed(r.out)
    problem = result.get("msg") if result.get("failed") else sdk_problem(result, len(b.ids))
    return figures(r, [], problem, requests=result.get("requests", 0), http_errors=None)


def cli(b):
    """The openstack CLI, `console log show` and `server event list` per server, one after the
    other, on a sample of servers; wall, CPU and requests are extrapolated to all of them. The
    requests come from one more run of the two commands with --debug (not timed)."""
    sample = b.ids[:b.args.cli_sample]
    work = tempfile.mkdtemp(dir=b.tmp)
    loop = ('d=$1 cli=$2; shift 2; for id in "$@"; do "$cli" console log show "$id" > "$d/$id.console" && '
            '"$cli" server event list "$id" > "$d/$id.events" || exit 1; done')
    r = run(["/bin/bash", "-c", loop, "loop", work, OPENSTACK] + sample, b.env, timeout=TIMEOUT)
    problem = None
    for sid in sample:
        console, events = (os.path.join(work, sid + x) for x in (".console", ".events"))
        if not (os.path.exists(console) and os.path.getsize(console) and os.path.exists(events)
                and "create" in open(events).read()):
            problem = problem or "%s: no console log or no create event from the CLI" % sid
    counted = 0
    for cmd in (["console", "log", "show"], ["server", "event", "list"]):
        counted += len(HTTP_REQUEST_LINE.findall(run([OPENSTACK, "--debug"] + cmd + [sample[0]], b.env).err))
    scale = len(b.ids) / len(sample)
    r.wall, r.cpu = r.wall * scale, r.cpu * scale
    return figures(r, [], problem, requests=counted * len(b.ids), http_errors=None, sample=len(sample),
                   sample_wall=r.wall / scale)


CONTENDERS = {
    "p8": lambda b: module_fleet(b, 8),
    "p1": lambda b: module_fleet(b, 1),
    "p16": lambda b: module_fleet(b, 16),
    "p32": lambda b: module_fleet(b, 32),
    "ansible": ansible,
    "processes": processes,
    "sdk": sdk,
    "cli": cli,
}
