#!/usr/bin/python3
"""bench/fleet.py (bench/run --fleet): playbooks-examples/fleet-rescue.yml at 1, 10, 25 and 50
servers on the local cloud's fake host, forks = servers, against its peers in the same run:

  fleet        ansible-playbook fleet-rescue.yml, fleet_action=roundtrip (rescue, verify,
               console URL, unrescue, verify), fleet_throttle = forks = servers, empty token cache
  ansible      Ansible's floor: the same playbook and forks with no-op binary modules that
               return the same keys (bench/noop_module.c, results recorded from the real run)
  nova         Nova's floor: the same rescues, console URLs and unrescues sent in parallel over
               the raw API from one process (one keystoneauth session, one thread per server,
               polling GET /servers/{id} every 0.1 s)
  xargs        bench/cli-workflow per server with `xargs -P servers` (openstack CLI)
  loop         bench/cli-workflow per server in a shell loop (only up to --loop-max servers)

Per run: wall seconds, Keystone token requests and Nova requests per server (the modules'
STACKRESCUE_TRACE), the controller's peak memory (sum of the RSS of every process of the
run, sampled every 0.05 s). Then the error-budget run the issue asks to see: the 50
servers with 2 locked by the admin, fleet_action=rescue, and decoys outside the selection.

  bench/fleet.py [--sizes 1,10,25,50] [--loop-max 10] [--xargs-max 50] [--build-dir build] [--output docs/performance.md] [--no-write]

Writes its section of docs/performance.md between the fleet markers (the rest of the file is
bench/run's). Figures only: nothing here asserts a timing.
"""
import argparse
import concurrent.futures
import contextlib
import io
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from importlib.machinery import SourceFileLoader

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
import cloud_helper  # noqa: E402

benchrun = SourceFileLoader("bench_run", os.path.join(BENCH, "run")).load_module()
log, read_trace, kind, ratio = benchrun.log, benchrun.read_trace, benchrun.kind, benchrun.ratio

PLAYBOOK = os.path.join(ROOT, "playbooks-examples", "fleet-rescue.yml")
MODULES = ["rescue_image_info", "server_info", "server_rescue", "server_rescue_info", "server_console"]
BEGIN, END = "<!-- fleet:begin (bench/run --fleet) -->", "<!-- fleet:end -->"
COMPUTE = {"service_type": "compute"}
POLL = 0.1


def tree_rss_kb(session_id):
    """Sum of VmRSS over every process of the session (the run and all it started)."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[3]) != session_id:     # field 6 of stat: session
                continue
            with open("/proc/%s/status" % pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total


def measured(cmd, env, cwd=None, timeout=3600):
    """Runs cmd in its own session; returns (wall, peak tree RSS MiB, rc, output)."""
    out = tempfile.TemporaryFile()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))
            done.wait(0.05)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        proc.wait(timeout=timeout)
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    finally:
        done.set()
        sampler.join()
    wall = time.perf_counter() - start
    out.seek(0)
    return wall, peak[0] / 1024, proc.returncode, out.read().decode(errors="replace")


class Fleet:
    def __init__(self, args):
        self.args = args
        self.sizes = [int(s) for s in args.sizes.split(",")]
        self.build = os.path.abspath(args.build_dir)
        self.tmp = tempfile.mkdtemp(prefix="stackrescue-bench-fleet.")
        self.run_id = secrets.token_hex(3)
        self.ids, self.decoys, self.locked = [], [], []
        self.rows = {}          # size -> {contender: dict}
        self.budget = None      # the 50-server run with 2 locked
        self.env = benchrun.Bench.make_env(self)   # same environment as bench/run
        self.conn = None

    # bench/run's make_env reads these two attributes
    @property
    def collections(self):
        return os.path.join(self.tmp, "collections")

    @property
    def library(self):
        return os.path.join(self.tmp, "library")

    def setup(self):
        self.conn = cloud_helper.member()
        r = subprocess.run([os.path.join(ROOT, "tools", "build-collection"), "--build-dir", self.build, "--output",
                            os.path.join(self.tmp, "dist"), "--install", self.collections], capture_output=True,
                           text=True, env=self.env)
        if r.returncode:
            sys.exit("bench: build-collection failed:\n%s%s" % (r.stdout, r.stderr))
        self.make_noop_collection()
        biggest = max(self.sizes)
        with contextlib.redirect_stdout(io.StringIO()):
            cloud_helper.quota_instances(biggest + 2 + 40)   # ours, the decoys, other tests' servers
        log("booting %d servers and 2 decoys (networks: none, m1.tiny)" % biggest)
        names = ["benchf-%s-%02d" % (self.run_id, i) for i in range(biggest)]
        self.ids = self.create(names)
        self.decoys = self.create(["benchf-%s-decoy-a" % self.run_id, "benchf-%s-decoy-b" % self.run_id])
        for i, sid in enumerate(self.ids):
            for size in self.sizes:
                if i < size:
                    cloud_helper.tag(sid, self.tag(size))
        cloud_helper.tag(self.decoys[0], self.tag(biggest))   # tagged, but its name is outside the selection
        self.image = self.rescue_image()

    def create(self, names):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            cloud_helper.create(names)
        return buf.getvalue().split()

    def tag(self, size):
        return "benchf-%s-s%d" % (self.run_id, size)

    def rescue_image(self):
        r = self.conn.session.get("/v2/images", endpoint_filter={"service_type": "image"},
                                  params={"tag": "system-rescue", "status": "active", "sort": "created_at:desc"})
        return r.json()["images"][0]["id"]

    def make_noop_collection(self):
        """A copy of the collection whose modules are the no-op binary (results recorded later)."""
        self.noop_collections = os.path.join(self.tmp, "noop-collections")
        shutil.copytree(self.collections, self.noop_collections)
        binary = os.path.join(self.tmp, "noop_module")
        subprocess.run(["gcc", "-O2", "-o", binary, os.path.join(BENCH, "noop_module.c")], check=True)
        moddir = os.path.join(self.noop_collections, "ansible_collections", "stackrescue", "openstack", "plugins",
                              "modules")
        for m in MODULES:
            shutil.copy(binary, os.path.join(moddir, m))
        self.noop_dir = os.path.join(self.tmp, "noop-results")
        os.makedirs(self.noop_dir)

    def record_noop_results(self, size):
        """What each real module returns, recorded once per size (server_info: the selection)."""
        moddir = os.path.join(self.collections, "ansible_collections", "stackrescue", "openstack", "plugins", "modules")
        sid = self.ids[0]
        calls = {"server_info": {"tags": [self.tag(size)], "name_regex": "^benchf-%s-[0-9]+$" % self.run_id},
                 "rescue_image_info": {}, "server_rescue_info": {"server": sid}, "server_console": {"server": sid},
                 "server_rescue": {"server": sid, "state": "unrescued"}}
        for m, args in calls.items():
            out = subprocess.run([os.path.join(moddir, m)], input=json.dumps(dict(args, cloud="member")), text=True,
                                 capture_output=True, env=self.env).stdout
            result = json.loads(out)
            if m == "server_rescue":        # the keys of a real rescue: changed, server, admin_password
                result.update(changed=True, admin_password="not-a-real-password")
            if m == "server_rescue_info":    # both verify steps pass ("any" shape)
                result["rescued"] = True
            result.pop("invocation", None)
            with open(os.path.join(self.noop_dir, m + ".json"), "w") as f:
                json.dump(result, f)

    # -- contenders
    def playbook(self, size, noop=False, action="roundtrip", extra=None):
        work = os.path.join(self.tmp, "run-%s-%d-%s" % ("noop" if noop else "fleet", size, secrets.token_hex(2)))
        os.makedirs(work)
        trace = os.path.join(work, "trace")
        env = dict(self.env, XDG_CACHE_HOME=os.path.join(work, "cache"), STACKRESCUE_TRACE=trace,
                   ANSIBLE_FORKS=str(max(size, 1)))
        if noop:
            env.update(ANSIBLE_COLLECTIONS_PATH=self.noop_collections, STACKRESCUE_NOOP_DIR=self.noop_dir)
        report = os.path.join(work, "fleet-report.json")
        cmd = ["/usr/bin/ansible-playbook", PLAYBOOK, "-e", "cloud=member", "-e", "servers_tag=" + self.tag(size),
               "-e", "servers_name_regex=^benchf-%s-[0-9]+$" % self.run_id, "-e", "fleet_action=" + action,
               "-e", "fleet_throttle=%d" % size, "-e", "fleet_report=" + report]
        for k, v in (extra or {}).items():
            cmd += ["-e", "%s=%s" % (k, v)]
        wall, mib, rc, out = measured(cmd, env, cwd=work)
        rows = read_trace(trace)
        doc = json.load(open(report)) if os.path.exists(report) else {"servers": [], "summary": {}}
        return {"wall": wall, "mib": mib, "rc": rc, "out": out, "report": doc,
                "tokens": sum(1 for r in rows if r["method"] == "POST" and "/auth/tokens" in r["url"]),
                "nova": sum(1 for r in rows if ":8774" in r["url"]),
                "glance": sum(1 for r in rows if ":9292" in r["url"]),
                "kinds": sorted({kind(r["method"], r["url"]) for r in rows})}

    def nova_floor(self, size):
        """The same rescues, consoles and unrescues over the raw API, one thread per server."""
        session = self.conn.session
        session.get_token()
        ids = self.ids[:size]
        count = [0]
        lock = threading.Lock()

        def call(method, path, **kw):
            with lock:
                count[0] += 1
            r = getattr(session, method)(path, endpoint_filter=COMPUTE, raise_exc=False, microversion="2.87", **kw)
            return cloud_helper.ok(r, 200, 202)

        def until(sid, status):
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline:
                s = call("get", "/servers/" + sid).json()["server"]
                if s["status"] == status and not s["OS-EXT-STS:task_state"]:
                    return
                time.sleep(POLL)
            raise RuntimeError("%s did not reach %s" % (sid, status))

        def one(sid):
            call("post", "/servers/%s/action" % sid, json={"rescue": {"rescue_image_ref": self.image}})
            until(sid, "RESCUE")
            call("post", "/servers/%s/remote-consoles" % sid, json={"remote_console": {"protocol": "vnc", "type": "novnc"}})
            call("post", "/servers/%s/action" % sid, json={"unrescue": None})
            until(sid, "ACTIVE")

        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(max_workers=size) as pool:
            list(pool.map(one, ids))
        return {"wall": time.perf_counter() - start, "nova": count[0], "rc": 0}

    def cli(self, size, parallel):
        """bench/cli-workflow (the openstack CLI) per server: all at once with xargs -P, or one by one."""
        work = tempfile.mkdtemp(dir=self.tmp)
        ids = os.path.join(work, "ids")
        with open(ids, "w") as f:
            f.write("\n".join(self.ids[:size]) + "\n")
        workflow = os.path.join(BENCH, "cli-workflow")
        if parallel:
            script = "xargs -P %d -n 1 %s < %s > /dev/null" % (size, workflow, ids)
        else:
            script = "while read -r id; do %s \"$id\" > /dev/null || exit 1; done < %s" % (workflow, ids)
        wall, mib, rc, out = measured(["/bin/bash", "-c", script], dict(self.env, OS_CLOUD="member"))
        return {"wall": wall, "mib": mib, "rc": rc, "out": out}

    def ensure_active(self, size):
        """After a contender: every server ACTIVE again (a failed run may leave some rescued)."""
        for sid in self.ids[:size]:
            s = cloud_helper.server_state(self.conn, sid)
            if s["status"] == "RESCUE" and not s["task_state"]:
                log("server %s left RESCUE: unrescuing it" % s["name"])
                self.conn.session.post("/servers/%s/action" % sid, json={"unrescue": None}, endpoint_filter=COMPUTE,
                                       microversion="2.87", raise_exc=False)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                s = cloud_helper.server_state(self.conn, sid)
                if s["status"] == "ACTIVE" and not s["task_state"]:
                    break
                time.sleep(0.5)
            else:
                raise RuntimeError("server %s did not come back to ACTIVE: %s" % (sid, s))

    # -- the measurement
    def go(self):
        self.setup()
        for size in self.sizes:
            self.record_noop_results(size)
            contenders = [("fleet", lambda: self.playbook(size)), ("ansible", lambda: self.playbook(size, noop=True)),
                          ("nova", lambda: self.nova_floor(size))]
            if size <= self.args.xargs_max:
                contenders.append(("xargs", lambda: self.cli(size, True)))
            if size <= self.args.loop_max:
                contenders.append(("loop", lambda: self.cli(size, False)))
            self.rows[size] = {}
            for name, fn in contenders:
                log("%d server(s): %s" % (size, name))
                try:
                    result = fn()
                except Exception as e:  # noqa: BLE001 - one contender's failure is a row, not the end
                    result = {"wall": float("nan"), "mib": 0, "rc": 1, "out": str(e), "tokens": 0, "nova": 0}
                self.rows[size][name] = result
                if result["rc"]:
                    log("%s failed (rc %d): %s" % (name, result["rc"], result.get("out", "")[-2000:]))
                if name != "ansible":
                    self.ensure_active(size)
        self.budget_run()

    def budget_run(self):
        """The 50 (largest) servers, two locked by the admin, fleet_action=rescue, decoys around."""
        size = max(self.sizes)
        self.locked = self.ids[3:5]
        for sid in self.locked:
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tests", "integration", "cloud_helper.py"), "lock", sid],
                           check=True, env=self.env)
        log("%d servers, 2 locked: fleet_action=rescue" % size)
        result = self.playbook(size, action="rescue")
        decoys = [cloud_helper.server_state(self.conn, sid) for sid in self.decoys]
        states = [cloud_helper.server_state(self.conn, sid)["status"] for sid in self.ids]
        self.budget = dict(result, decoys=decoys, states=states)
        with open(os.path.join(self.tmp, "budget-report.md"), "w") as f:
            f.write(result["out"])

    def cleanup(self):
        for sid in self.locked:
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tests", "integration", "cloud_helper.py"), "unlock",
                            sid], env=self.env, capture_output=True)
        if self.ids or self.decoys:
            log("deleting %d servers" % len(self.ids + self.decoys))
            with contextlib.suppress(Exception):
                cloud_helper.delete(self.ids + self.decoys)
        if not self.args.keep_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)


def s(value):
    return "–" if value is None else "%.1f" % value


def section(f, argv):
    w = []
    w.append(BEGIN)
    w.append("## 5. Fleet rescue: one playbook, dozens of servers")
    w.append("")
    w.append("`bench/run --fleet %s` on %s (load at the start: %s). `playbooks-examples/fleet-rescue.yml` with "
             "`fleet_action=roundtrip` (per server: rescue, verify, console URL, unrescue, verify), forks = "
             "`fleet_throttle` = servers, an **empty token cache** at the start of every run; the servers are "
             "booted once on the fake host (m1.tiny, `networks: none`) and selected by a tag per size plus a name "
             "pattern. One run per contender and size (each one is long)." % (
                 " ".join(argv), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), f.load))
    w.append("")
    w.append("| servers | fleet playbook s | Ansible's floor s | Nova's floor s | floors summed s | fleet / floors "
             "(goal ≤ 1.5×) | Keystone token requests | Nova requests per server | peak controller memory MiB "
             "(fleet / Ansible's floor) | `xargs -P` CLI s | CLI shell loop s |")
    w.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, r in f.rows.items():
        fleet, ans, nova = r["fleet"], r["ansible"], r["nova"]
        floors = ans["wall"] + nova["wall"]
        ok = all(r[k]["rc"] == 0 for k in r)
        w.append("| %d%s | %s | %s | %s | %s | %s | %d | %.1f | %.0f / %.0f | %s | %s |" % (
            size, "" if ok else " (a run failed: see below)", s(fleet["wall"]), s(ans["wall"]), s(nova["wall"]), s(floors), ratio(fleet["wall"], floors),
            fleet["tokens"], fleet["nova"] / size, fleet["mib"], ans["mib"], s(r["xargs"]["wall"]) if "xargs" in r else "not run",
            s(r["loop"]["wall"]) if "loop" in r else "not run"))
    w.append("")
    sizes = list(f.rows)
    if len(sizes) >= 2:
        a, b = sizes[-2], sizes[-1]
        w.append("Growth from %d to %d servers, seconds per added server: fleet playbook %.3f, Ansible's floor %.3f, "
                 "Nova's floor %.3f, `xargs -P` CLI %.3f. Peak controller memory per added server: fleet %.1f MiB, "
                 "Ansible's floor %.1f MiB. Nova requests per server at %d: %.1f (Nova's floor: %.1f)." % (
                     a, b, *[(f.rows[b][k]["wall"] - f.rows[a][k]["wall"]) / (b - a) if k in f.rows[b] else float("nan")
                             for k in ("fleet", "ansible", "nova", "xargs")],
                     (f.rows[b]["fleet"]["mib"] - f.rows[a]["fleet"]["mib"]) / (b - a),
                     (f.rows[b]["ansible"]["mib"] - f.rows[a]["ansible"]["mib"]) / (b - a),
                     b, f.rows[b]["fleet"]["nova"] / b, f.rows[b]["nova"]["nova"] / b))
        w.append("")
        w.append("Requests the fleet's modules sent (kinds, largest run): " +
                 "; ".join("`%s`" % k for k in f.rows[b]["fleet"]["kinds"]) + ".")
        w.append("")
    if f.budget:
        bud = f.budget
        summary = bud["report"].get("summary", {})
        w.append("### The %d-server run with two servers locked by the admin (`fleet_action=rescue`)" % max(f.rows))
        w.append("")
        w.append("Summary: %s. Wall %.1f s, %d Keystone token request(s). Decoys outside the selection (one carries "
                 "the tag but not the name pattern, one neither): %s. Final states read from Nova: %s." % (
                     json.dumps(summary), bud["wall"], bud["tokens"],
                     ", ".join("%s %s/%s (locked %s)" % (d["name"], d["status"], d["vm_state"], d["locked"])
                               for d in bud["decoys"]),
                     ", ".join("%d %s" % (bud["states"].count(x), x) for x in sorted(set(bud["states"])))))
        w.append("")
        w.append("The report (`fleet-report.md` as the playbook wrote it):")
        w.append("")
        w.append("| id | name | outcome | seconds | message |")
        w.append("|---|---|---|---|---|")
        for row in bud["report"].get("servers", []):
            w.append("| %s | %s | %s | %s | %s |" % (row["id"], row["name"], row["outcome"], row["seconds"],
                                                     row["message"].replace("|", "\\|")))
        w.append("")
    failed = [(size, k, v.get("out", "")[-600:]) for size, r in f.rows.items() for k, v in r.items() if v["rc"]]
    for size, k, out in failed:
        w.append("Run failed: %d servers, %s: `%s`" % (size, k, out.replace("`", "'").replace("\n", " ")[-400:]))
    w.append(END)
    return "\n".join(w) + "\n"


def write_section(path, text):
    old = open(path).read() if os.path.exists(path) else ""
    if BEGIN in old and END in old:
        new = old[:old.index(BEGIN)] + text.rstrip("\n") + old[old.index(END) + len(END):]
    else:
        new = old.rstrip("\n") + "\n\n" + text
    with open(path, "w") as out:
        out.write(new)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,25,50")
    # The CLI costs ~2-4 s of CPU per command: 50 servers x 8 commands is minutes on 2 cores.
    parser.add_argument("--loop-max", type=int, default=10, help="largest fleet for the sequential CLI loop")
    parser.add_argument("--xargs-max", type=int, default=50, help="largest fleet for the xargs -P CLI run")
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    parser.add_argument("--output", default=os.path.join(ROOT, "docs", "performance.md"))
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--keep-tmp", action="store_true")
    args = parser.parse_args(argv)

    def on_signal(signum, _frame):
        raise KeyboardInterrupt("signal %d" % signum)
    signal.signal(signal.SIGTERM, on_signal)
    fleet = Fleet(args)
    with open("/proc/loadavg") as f:
        fleet.load = " ".join(f.read().split()[:3])
    try:
        fleet.go()
    except KeyboardInterrupt:
        return 130
    finally:
        fleet.cleanup()
    text = section(fleet, argv if argv is not None else sys.argv[1:])
    print(text)
    if not args.no_write:
        write_section(args.output, text)
        log("written to %s" % os.path.relpath(args.output, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
