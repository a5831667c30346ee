"""What bench/run --fleet measures: playbooks-examples/fleet-rescue.yml at several fleet sizes
against its floors and the CLI, then the error-budget run (the report: report.fleet)."""
import concurrent.futures
import contextlib
import io
import json
import os
import secrets
import shutil
import subprocess
import tempfile
import threading
import time

from stackrescue_testing import cloud as cloud_helper

from stackrescue_bench.measure import loadavg, log, measured
from stackrescue_bench.paths import ANSIBLE_PLAYBOOK, ROOT, bench_file, testing_command
from stackrescue_bench.trace import kind, read_trace
from stackrescue_bench.workspace import Workspace

PLAYBOOK = os.path.join(ROOT, "playbooks-examples", "fleet-rescue.yml")
MODULES = ["rescue_image_info", "server_info", "server_rescue", "server_rescue_info", "server_console"]
COMPUTE = {"service_type": "compute"}
POLL = 0.1


class Fleet(Workspace):
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
        subprocess.run(["gcc", "-O2", "-o", binary, bench_file("noop_module.c")], check=True)
        moddir = self.modules_dir(self.noop_collections)
        for m in MODULES:
            shutil.copy(binary, os.path.join(moddir, m))
        self.noop_dir = os.path.join(self.tmp, "noop-results")
        os.makedirs(self.noop_dir)

    def record_noop_results(self, size):
        """What each real module returns, recorded once per size (server_info: the selection)."""
        moddir = self.modules_dir()
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
        cmd = [ANSIBLE_PLAYBOOK, PLAYBOOK, "-e", "cloud=member", "-e", "servers_tag=" + self.tag(size),
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
            call("post", "/servers/%s/remote-consoles" % sid,
                 json={"remote_console": {"protocol": "vnc", "type": "novnc"}})
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
        workflow = bench_file("cli-workflow")
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
            subprocess.run(testing_command("cloud", "lock", sid), check=True, env=self.env)
        log("%d servers, 2 locked: fleet_action=rescue" % size)
        result = self.playbook(size, action="rescue")
        decoys = [cloud_helper.server_state(self.conn, sid) for sid in self.decoys]
        states = [cloud_helper.server_state(self.conn, sid)["status"] for sid in self.ids]
        self.budget = dict(result, decoys=decoys, states=states)
        with open(os.path.join(self.tmp, "budget-report.md"), "w") as f:
            f.write(result["out"])

    def cleanup(self):
        for sid in self.locked:
            subprocess.run(testing_command("cloud", "unlock", sid), env=self.env, capture_output=True)
        if self.ids or self.decoys:
            log("deleting %d servers" % len(self.ids + self.decoys))
            with contextlib.suppress(Exception):
                cloud_helper.delete(self.ids + self.decoys)
        if not self.args.keep_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
