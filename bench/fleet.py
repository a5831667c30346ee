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
sys.path.insert(0, BENCH)
import sections  # noqa: E402

benchrun = SourceFileLoader("bench_run", os.path.join(BENCH, "run")).load_module()
log, read_trace, kind, ratio = benchrun.log, benchrun.read_trace, benchrun.kind, benchrun.ratio

PLAYBOOK = os.path.join(ROOT, "playbooks-examples", "fleet-rescue.yml")
MODULES = ["rescue_image_info", "server_info", "server_rescue", "server_rescue_info", "server_console"]
BEGIN, END = sections.markers("fleet", "bench/run --fleet")
COMPUTE = {"service_type": "compute"}
POLL = 0.1


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


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
    """Runs cmd in its own session; returns (wall, peak tree RSS MiB, rc, output, CPU seconds of
    it and every descendant it waited for)."""
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

    def kill():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)    # wait4: the CPU time of the whole tree
    except BaseException:
        kill()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(proc.pid, 0)
        proc.returncode = -9
        raise
    finally:
        timer.cancel()
        done.set()
        sampler.join()
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    return (wall, peak[0] / 1024, proc.returncode, out.read().decode(errors="replace"),
            usage.ru_utime + usage.ru_stime)


class Fleet(benchrun.Workspace):
    def __init__(self, args):
        super().__init__(args.build_dir, "stackrescue-bench-fleet.")
        self.args = args
        self.sizes = [int(s) for s in args.sizes.split(",")]
        self.run_id = secrets.token_hex(3)
        self.ids, self.decoys, self.locked = [], [], []
        self.rows = {}          # size -> {contender: dict}
        self.budget = None      # the 50-server run with 2 locked
        self.loads = []         # (when, 1/5/15-minute load average)
        self.conn = None

    def setup(self):
        self.conn = cloud_helper.member()
        self.install_collection()
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
        wall, mib, rc, out, cpu = measured(cmd, env, cwd=work)
        rows = read_trace(trace)
        doc = json.load(open(report)) if os.path.exists(report) else {"servers": [], "summary": {}}
        return {"wall": wall, "mib": mib, "rc": rc, "out": out, "cpu": cpu, "report": doc,
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
        wall, mib, rc, out, cpu = measured(["/bin/bash", "-c", script], dict(self.env, OS_CLOUD="member"))
        return {"wall": wall, "mib": mib, "rc": rc, "out": out, "cpu": cpu}

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
            self.loads.append(("%d servers" % size, loadavg()))
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
        self.loads.append(("budget run", loadavg()))
        self.budget_run()
        self.loads.append(("end", loadavg()))

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
    return "–" if value is None or value != value else "%.1f" % value


def with_ratio(r, key):
    """A CLI peer's wall time and its ratio to the fleet playbook's in the same size."""
    if key not in r:
        return "not run"
    return "%s (%s)" % (s(r[key]["wall"]), ratio(r[key]["wall"], r["fleet"]["wall"]))


def per_server(rows, a, b, key, field="wall"):
    """Growth of key's field per added server from a to b servers (None when not measured)."""
    if key not in rows[a] or key not in rows[b] or field not in rows[a][key] or field not in rows[b][key]:
        return None
    return (rows[b][key][field] - rows[a][key][field]) / (b - a)


def growth_table(f):
    sizes = list(f.rows)
    w = ["| from → to servers | fleet playbook | Ansible's floor | Nova's floor | floors summed | `xargs -P` CLI "
         "| CLI shell loop | fleet CPU s | peak memory MiB: fleet / Ansible's floor |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for a, b in zip(sizes, sizes[1:]):
        g = {k: per_server(f.rows, a, b, k) for k in ("fleet", "ansible", "nova", "xargs", "loop")}
        floors = None if g["ansible"] is None or g["nova"] is None else g["ansible"] + g["nova"]
        w.append("| %d → %d | %s | %s | %s | %s | %s | %s | %s | %s / %s |" % (
            a, b, *["–" if g[k] is None else "%.2f" % g[k] for k in ("fleet", "ansible", "nova")],
            "–" if floors is None else "%.2f" % floors,
            *["not run" if g[k] is None else "%.2f" % g[k] for k in ("xargs", "loop")],
            s(per_server(f.rows, a, b, "fleet", "cpu")), s(per_server(f.rows, a, b, "fleet", "mib")),
            s(per_server(f.rows, a, b, "ansible", "mib"))))
    return w


def analysis(f):
    """What grows faster than it must, read from this run's figures."""
    sizes = list(f.rows)
    a, b = sizes[-2], sizes[-1]
    rows = f.rows
    fleet_g = per_server(rows, a, b, "fleet")
    floor_g = per_server(rows, a, b, "ansible") + per_server(rows, a, b, "nova")
    mem_g, mem_floor_g = per_server(rows, a, b, "fleet", "mib"), per_server(rows, a, b, "ansible", "mib")
    cpu_b = rows[b]["fleet"].get("cpu")
    cores = os.cpu_count() or 1
    w = []
    w.append("From %d to %d servers the fleet playbook's wall time grows %.2f s per added server, its two floors "
             "together %.2f s (Ansible's %.2f, Nova's %.2f): %s. Its CPU time at %d servers is %.0f s "
             "(ansible-playbook, its workers and the module processes), so on %d cores its own CPU accounts for "
             "at least %.0f s of its %.0f s wall: %s."
             % (a, b, fleet_g, floor_g, per_server(rows, a, b, "ansible"), per_server(rows, a, b, "nova"),
                "%s its floors" % ratio(fleet_g, floor_g) if floor_g > 0 else "the floors did not grow",
                b, cpu_b, cores, cpu_b / cores, rows[b]["fleet"]["wall"],
                "it is bound by the CPU of the controller, not by Nova" if cpu_b / cores > 0.6 * rows[b]["fleet"]["wall"]
                else "the rest is waiting, on Nova and, with a load above the core count, on the CPU other "
                "processes took"))
    w.append("")
    if mem_g > 2 * max(mem_floor_g, 1.0):
        w.append("Peak controller memory grows %.1f MiB per added server for the fleet and %.1f MiB for Ansible's "
                 "floor: with real modules every one of the %d Ansible workers (forks = servers) is alive at once, "
                 "each waiting on Nova through its module, while with no-op modules the workers finish before the "
                 "next ones start. That memory is Ansible's worker per fork, not the modules' (a module process "
                 "peaks at ~14 MiB, section 4); it is what to limit with `fleet_throttle` and forks on a small "
                 "controller." % (mem_g, mem_floor_g, b))
    else:
        w.append("Peak controller memory grows %.1f MiB per added server for the fleet and %.1f MiB for Ansible's "
                 "floor from %d to %d servers: not faster than the floor's. It is Ansible's (a worker per fork), not "
                 "the modules' (a module process peaks at ~14 MiB, section 4); `fleet_throttle` and forks bound it "
                 "on a small controller." % (mem_g, mem_floor_g, a, b))
    w.append("")
    w.append("Keystone token requests at %s servers: %s (the single flight). Nova requests per server: %.1f at %d, "
             "%.1f at %d (the selection, the version document and the rescue image are read once per run, so they "
             "weigh less in a large fleet); the %.1f against Nova's floor of %.1f are each module re-reading the "
             "server (lookup by ID, both verify steps, the console step)."
             % ("/".join(str(n) for n in sizes), "/".join(str(rows[n]["fleet"]["tokens"]) for n in sizes),
                rows[sizes[0]]["fleet"]["nova"] / sizes[0],
                sizes[0], rows[b]["fleet"]["nova"] / b, b, rows[b]["fleet"]["nova"] / b, rows[b]["nova"]["nova"] / b))
    cli = [n for n in sizes if "xargs" in rows[n]]
    if cli:
        n = cli[-1]
        x = rows[n]["xargs"]
        w.append("")
        w.append("The CLI: `xargs -P %d` takes %.0f s for %d servers, %s the playbook's time, and %.0f s of CPU "
                 "(%.1f s per server: every `openstack` command starts a Python interpreter, imports the SDK and "
                 "authenticates anew), so on %d cores it cannot go below %.0f s however many run in parallel."
                 % (n, x["wall"], n, ratio(x["wall"], rows[n]["fleet"]["wall"]), x.get("cpu", float("nan")),
                    x.get("cpu", float("nan")) / n, cores, x.get("cpu", float("nan")) / cores))
        loops = [m for m in sizes if "loop" in rows[m]]
        if loops:
            m = loops[-1]
            w.append("The shell loop, one server after the other, takes %.0f s for %d servers (%.1f s each)."
                     % (rows[m]["loop"]["wall"], m, rows[m]["loop"]["wall"] / m))
    return w


def section(f, argv):
    w = []
    w.append(BEGIN)
    w.append("## 5. Fleet rescue: one playbook, dozens of servers")
    w.append("")
    w.append("`bench/run --fleet %s` on %s. `playbooks-examples/fleet-rescue.yml` with "
             "`fleet_action=roundtrip` (per server: rescue, verify, console URL, unrescue, verify), forks = "
             "`fleet_throttle` = servers, an **empty token cache** at the start of every run; the servers are "
             "booted once on the fake host (m1.tiny, `networks: none`) and selected by a tag per size plus a name "
             "pattern. One run per contender and size (each one is long). Load average (1/5/15 min) at the start "
             "of each size: %s." % (
                 " ".join(argv), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                 "; ".join("%s: %s" % x for x in f.loads)))
    w.append("")
    loads = [float(v.split()[0]) for _, v in f.loads]
    if loads and max(loads) > (os.cpu_count() or 1):
        w.append("**Noisy figures**: the machine (%d cores) is shared; other engineers' builds, tests and real QEMU "
                 "guests ran meanwhile, and the 1-minute load average reached %.1f. Absolute times are inflated, "
                 "and one run per size cannot average that out." % (os.cpu_count(), max(loads)))
        w.append("")
    w.append("| servers | fleet playbook s | Ansible's floor s | Nova's floor s | floors summed s | fleet / floors "
             "(goal ≤ 1.5×) | Keystone token requests | Nova requests per server | peak controller memory MiB "
             "(fleet / Ansible's floor) | fleet CPU s | `xargs -P` CLI s (× fleet) | CLI shell loop s (× fleet) |")
    w.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, r in f.rows.items():
        fleet, ans, nova = r["fleet"], r["ansible"], r["nova"]
        floors = ans["wall"] + nova["wall"]
        ok = all(r[k]["rc"] == 0 for k in r)
        w.append("| %d%s | %s | %s | %s | %s | %s | %d | %.1f | %.0f / %.0f | %s | %s | %s |" % (
            size, "" if ok else " (a run failed: see below)", s(fleet["wall"]), s(ans["wall"]), s(nova["wall"]),
            s(floors), ratio(fleet["wall"], floors), fleet["tokens"], fleet["nova"] / size, fleet["mib"], ans["mib"],
            s(fleet.get("cpu")), with_ratio(r, "xargs"), with_ratio(r, "loop")))
    w.append("")
    sizes = list(f.rows)
    if len(sizes) >= 2:
        w.append("How each grows: seconds per added server between two sizes (memory: MiB per added server).")
        w.append("")
        w.extend(growth_table(f))
        w.append("")
        w.extend(analysis(f))
        w.append("")
        w.append("Requests the fleet's modules sent (kinds, largest run): " +
                 "; ".join("`%s`" % k for k in f.rows[sizes[-1]]["fleet"]["kinds"]) + ".")
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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,25,50")
    # The CLI costs ~2-4 s of CPU per command: 50 servers x 8 commands is minutes on 2 cores.
    parser.add_argument("--loop-max", type=int, default=10, help="largest fleet for the sequential CLI loop")
    parser.add_argument("--xargs-max", type=int, default=50, help="largest fleet for the xargs -P CLI run")
    sections.add_arguments(parser, ROOT)
    args = parser.parse_args(argv)
    fleet = Fleet(args)
    return sections.run_mode(fleet, lambda: section(fleet, argv if argv is not None else sys.argv[1:]), args,
                             BEGIN, END)


if __name__ == "__main__":
    sys.exit(main())
