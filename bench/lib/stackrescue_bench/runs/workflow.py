"""The default mode's measurement (bench/run without a mode): one server, sections 1 to 4.
The measurements themselves are in workflow_parts; the report in report.workflow."""
import contextlib
import io
import json
import os
import secrets
import shutil
import subprocess
import sys
import time

from stackrescue_testing import cloud as cloud_helper

from stackrescue_bench.measure import loadavg, log, run
from stackrescue_bench.paths import ANSIBLE_PLAYBOOK, OPENSTACK, PYTHON, ROOT, bench_file
from stackrescue_bench.peers import oc_version
from stackrescue_bench.runs import workflow_parts
from stackrescue_bench.trace import read_trace
from stackrescue_bench.workspace import Workspace

MODULES = workflow_parts.MODULES


class Bench(Workspace):
    def __init__(self, args):
        super().__init__(args.build_dir, "stackrescue-bench.")
        self.args = args
        self.quick = args.quick
        self.traces = os.path.join(self.tmp, "traces")
        os.makedirs(self.traces)
        os.makedirs(self.library)
        self.server_name = "bench-" + secrets.token_hex(4)
        self.server_id = None
        self.trace_seq = 0
        self.all_requests = []          # every trace row of every module run, for the latency table
        self.loads = []
        self.conn = None
        self.has_oc = oc_version() != "not installed"

    # -- set-up
    def loadavg(self, label):
        self.loads.append((label, loadavg()))

    def setup(self):
        self.loadavg("start")
        for m in MODULES:
            if not os.access(os.path.join(self.build, "modules", m), os.X_OK):
                sys.exit("bench: %s/modules/%s is missing: build first (cmake -S %s -B %s && cmake --build %s -j2)"
                         % (self.build, m, ROOT, self.build, self.build))
        for tool in (OPENSTACK, PYTHON, ANSIBLE_PLAYBOOK):
            if not os.access(tool, os.X_OK):
                sys.exit("bench: %s is missing" % tool)
        log("cloud: %s" % self.env["OS_CLIENT_CONFIG_FILE"])
        try:
            self.conn = cloud_helper.member()
            self.conn.session.get_token()
        except Exception as e:  # noqa: BLE001  any failure to reach the cloud
            sys.exit("bench: the local cloud does not answer (tests/cloud/local-cloud start): %s" % e)
        self.install_collection()
        self.moddir = self.modules_dir()
        cc = shutil.which("gcc") or shutil.which("cc")
        cmd = [cc, "-O2", "-o", os.path.join(self.library, "bench_empty"), bench_file("empty_module.c")]
        if not cc:
            cmd = ["g++", "-x", "c", "-O2", "-o", cmd[3], cmd[4]]
        subprocess.run(cmd, check=True)
        log("server %s (networks: none)" % self.server_name)
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            cloud_helper.create([self.server_name])
        self.server_id = buf.getvalue().split()[0]
        self.write_playbooks()

    def cleanup(self):
        if not self.server_id and self.conn:   # interrupted while it was being created: find it by name
            with contextlib.suppress(Exception):
                r = self.conn.session.get("/servers", endpoint_filter={"service_type": "compute"},
                                          params={"name": "^%s$" % self.server_name})
                ids = [x["id"] for x in r.json()["servers"] if x["name"] == self.server_name]
                self.server_id = " ".join(ids) or None
        if self.server_id:
            log("deleting server %s" % self.server_name)
            try:
                cloud_helper.delete(self.server_id.split())
            except BaseException as e:  # noqa: BLE001  report, never mask the real failure
                log("could not delete server %s (%s): %s" % (self.server_name, self.server_id, e))
            else:
                self.server_id = None
        if not self.args.keep_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)

    # -- helpers
    def trace_file(self):
        self.trace_seq += 1
        return os.path.join(self.traces, "%05d.trace" % self.trace_seq)

    def module(self, name, args, cold=False):
        """Runs one module binary directly, args on stdin. Returns (Run, trace rows, result)."""
        trace = self.trace_file()
        env = dict(self.env, STACKRESCUE_TRACE=trace)
        if cold:
            args = dict(args, token_cache=False)
        r = run([os.path.join(self.moddir, name)], env, stdin_text=json.dumps(dict(args, cloud="member")))
        rows = read_trace(trace)
        self.all_requests.extend(rows)
        try:
            result = json.loads(r.out)
        except ValueError:
            result = {"failed": True, "msg": "no JSON: %s %s" % (r.out[-300:], r.err[-300:])}
        return r, rows, result

    def state(self):
        return cloud_helper.server_state(self.conn, self.server_id)

    def ensure_active(self):
        """After a failed workflow run: unrescue if needed and wait for ACTIVE."""
        s = self.state()
        if s["status"] == "ACTIVE" and not s["task_state"]:
            return
        log("server is %s/%s/%s: bringing it back to ACTIVE" % (s["status"], s["vm_state"], s["task_state"]))
        deadline = time.time() + 120
        while time.time() < deadline:
            s = self.state()
            if s["status"] == "ACTIVE" and not s["task_state"]:
                return
            if s["vm_state"] == "rescued" and not s["task_state"]:
                self.conn.session.post("/servers/%s/action" % self.server_id, json={"unrescue": None},
                                       endpoint_filter={"service_type": "compute"}, raise_exc=False)
            time.sleep(0.5)
        raise RuntimeError("server %s did not come back to ACTIVE: %s" % (self.server_name, s))

    def write_playbooks(self):
        tasks = {
            "empty": "    - bench_empty: {}\n",
            "ours": "    - stackrescue.openstack.server_rescue_info: {cloud: member, server: %s}\n" % self.server_name,
            "oc": ("    - openstack.cloud.server_info: {cloud: member, server: %s}\n"
                   "      ignore_errors: true\n") % self.server_name,
        }
        self.playbooks = {}
        for key, task in tasks.items():
            for n in (1, 10):
                path = os.path.join(self.tmp, "%s-%d.yml" % (key, n))
                with open(path, "w") as f:
                    f.write("- hosts: localhost\n  connection: local\n  gather_facts: false\n  tasks:\n" + task * n)
                self.playbooks[(key, n)] = path
        with open(os.path.join(self.tmp, "oc-args.json"), "w") as f:
            json.dump({"ANSIBLE_MODULE_ARGS": {"cloud": "member", "server": self.server_name}}, f)

    def playbook(self, path, extra=(), trace=True):
        tfile = self.trace_file()
        env = dict(self.env, STACKRESCUE_TRACE=tfile) if trace else self.env
        r = run([ANSIBLE_PLAYBOOK, "-i", "localhost,", path] + list(extra), env, cwd=self.tmp, timeout=600)
        rows = read_trace(tfile)
        self.all_requests.extend(rows)
        return r, rows

    # -- the measurement: sections 1, 3, 2, 4 (in that order)
    def go(self):
        t0 = time.perf_counter()
        self.setup()
        workflow_parts.verify_step(self)
        self.loadavg("after part 1")
        workflow_parts.ansible_floor(self)
        self.loadavg("after part 3")
        workflow_parts.whole_workflow(self)
        self.loadavg("after part 2")
        workflow_parts.module_steps(self)
        self.loadavg("end")
        self.elapsed = time.perf_counter() - t0

