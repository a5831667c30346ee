"""What bench/run --diagnose measures (the report: report.diagnose): server_diagnose over the
servers of one run, booted on the local cloud's fake host, in ONE process (parallel 8 and 1
three times each, 16 and 32 once, and once through `ansible`), against the same reads made one
server at a time by openstacksdk, by the openstack CLI (a sample, extrapolated) and by one
module process per server. The contenders are in diagnose_contenders; a run's time counts only
when its answer was checked to be right (diagnose_checks)."""
import contextlib
import io
import os
import secrets
import shutil
import subprocess
import time

from stackrescue_testing import cloud as cloud_helper

from stackrescue_bench.measure import loadavg, log, rotated
from stackrescue_bench.paths import testing_command
from stackrescue_bench.runs import diagnose_contenders as contenders
from stackrescue_bench.runs.diagnose_checks import LogWatch, service_cpu
from stackrescue_bench.workspace import Workspace

ZONE = "nova"       # the fake host: a console log is a canned string, no guest boots
REPEATED = ["p8", "p1", "sdk"]      # --runs times each, in rotated order
ONCE = ["p16", "p32", "ansible", "processes", "cli"]
DELETE_WAIT = 600   # seconds for Nova to finish deleting the run's servers


class Diagnose(Workspace):
    def __init__(self, args):
        super().__init__(args.build_dir, "stackrescue-bench-diagnose.")
        self.args = args
        self.prefix = "benchd-%s-" % secrets.token_hex(3)
        self.ids = []
        self.rows = {}          # contender -> [figures of each run]
        self.loads = []         # (when, 1/5/15-minute load average)
        self.watch = None
        self.log_errors = None
        self.conn = None

    def setup(self):
        self.loads.append(("start", loadavg()))
        self.conn = cloud_helper.member()
        self.install_collection()
        self.binary = os.path.join(self.modules_dir(), "server_diagnose")
        with contextlib.redirect_stdout(io.StringIO()):
            cloud_helper.quota_instances(self.args.servers + 40)    # ours and other tests' servers
        n, batch = self.args.servers, self.args.batch
        log("booting %d servers %s* on the fake host (zone %s), %d at a time" % (n, self.prefix, ZONE, batch))
        for first in range(0, n, batch):
            names = ["%s%03d" % (self.prefix, i) for i in range(first, min(n, first + batch))]
            r = subprocess.run(testing_command("cloud", "create", *names), env=dict(self.env, IT_ZONE=ZONE),
                               capture_output=True, text=True)
            if r.returncode:
                raise RuntimeError("creating %s..: %s" % (names[0], (r.stdout + r.stderr)[-2000:]))
            self.ids += r.stdout.split()

    def go(self):
        self.setup()
        self.watch = LogWatch(("nova-api", "nova-compute"))
        log("warm-up (not counted): server_diagnose, parallel 8")
        contenders.module_fleet(self, 8)
        for i in range(self.args.runs):
            for key in rotated(REPEATED, i):
                self.measure(key)
        for key in ONCE:
            self.measure(key)
        self.loads.append(("end", loadavg()))
        self.log_errors = self.watch.errors()

    def measure(self, key):
        log("%s (run %d)" % (key, len(self.rows.get(key, [])) + 1))
        before = service_cpu()
        try:
            figures = contenders.CONTENDERS[key](self)
        except Exception as e:  # noqa: BLE001 - one contender's failure is a row, not the end
            figures = {"wall": float("nan"), "problem": "%s: %s" % (type(e).__name__, e)}
        figures["services"] = {k: v - before[k] for k, v in service_cpu().items()}
        if figures.get("problem"):
            log("%s: WRONG ANSWER, not counted: %s" % (key, figures["problem"]))
        self.rows.setdefault(key, []).append(figures)

    def listed(self):
        """The servers of this run Nova lists (also those of a batch interrupted before it printed
        their IDs); None when Nova cannot be asked."""
        with contextlib.suppress(Exception):
            r = self.conn.session.get("/servers", endpoint_filter={"service_type": "compute"},
                                      params={"name": "^" + self.prefix})
            return {s["id"] for s in r.json()["servers"] if s["name"].startswith(self.prefix)}
        return None

    def cleanup(self):
        ids = sorted(set(self.ids) | ((self.listed() or set()) if self.conn else set()))
        if ids:
            log("deleting %d servers %s*" % (len(ids), self.prefix))
            try:
                cloud_helper.delete(ids)
            except BaseException as e:  # noqa: BLE001  report, never mask the real failure
                log("could not delete every server %s*: %s" % (self.prefix, e))
            left, deadline = self.listed(), time.monotonic() + DELETE_WAIT
            while left and time.monotonic() < deadline:    # the helper waits 180 s at most in all
                time.sleep(2)
                left = self.listed()
            if left is None or left:
                log("servers %s* may be left (delete them by hand): %s" % (self.prefix, "Nova did not answer"
                                                                          if left is None else sorted(left)))
        if not self.args.keep_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
