"""What bench/run --real-host measures: rescue cycles of one real guest on the local cloud's
libvirt host, StackRescue against the openstack CLI (the report: report.real_host)."""
import shutil
import subprocess
import sys
import time

from stackrescue_testing import real_guest

from stackrescue_bench.measure import loadavg, log
from stackrescue_bench.paths import ANSIBLE, OPENSTACK, testing_command
from stackrescue_bench.workspace import Workspace


def check(cmd, env):
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    if r.returncode:
        raise RuntimeError("%s failed (%d):\n%s%s"
                           % (" ".join(cmd[:4]), r.returncode, r.stdout[-3000:], r.stderr[-2000:]))
    return r.stdout


def module(env, name, args):
    return check([ANSIBLE, "localhost", "-m", "stackrescue.openstack." + name, "-a", args], env)


def wait_line(env, sid, line):
    module(env, "server_console_log", "server=%s wait_for='%s %s' timeout=600" % (sid, line, sid))


def cli_until(env, cmd, done):
    while True:
        if done(check(cmd, env)):
            return
        time.sleep(0.5)


def stackrescue_cycle(env, sid):
    t, t0 = {}, time.perf_counter()
    module(env, "server_rescue", "server=%s image=%s" % (sid, real_guest.RESCUE_IMAGE))
    t["rescue_status"] = time.perf_counter() - t0
    wait_line(env, sid, "STACKRESCUE-RESCUE-UP")
    t["rescue_up"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    module(env, "server_rescue", "server=%s state=unrescued" % sid)
    t["unrescue_status"] = time.perf_counter() - t0
    wait_line(env, sid, "STACKRESCUE-BOOT-UP")
    t["unrescue_up"] = time.perf_counter() - t0
    return t


def cli_cycle(env, sid):
    show = [OPENSTACK, "server", "show", sid, "-f", "value", "-c", "status"]
    console = [OPENSTACK, "console", "log", "show", sid]
    t, t0 = {}, time.perf_counter()
    check([OPENSTACK, "--os-compute-api-version", "2.87", "server", "rescue", "--image", real_guest.RESCUE_IMAGE,
           sid], env)
    cli_until(env, show, lambda out: out.strip() == "RESCUE")
    t["rescue_status"] = time.perf_counter() - t0
    cli_until(env, console, lambda out: "STACKRESCUE-RESCUE-UP " + sid in out)
    t["rescue_up"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    check([OPENSTACK, "server", "unrescue", sid], env)
    cli_until(env, show, lambda out: out.strip() == "ACTIVE")
    t["unrescue_status"] = time.perf_counter() - t0
    cli_until(env, console, lambda out: "STACKRESCUE-BOOT-UP " + sid in out)
    t["unrescue_up"] = time.perf_counter() - t0
    return t


class RealHost(Workspace):
    def __init__(self, args):
        super().__init__(args.build_dir, "stackrescue-bench-real.")
        self.args = args
        self.env.update(OS_CLOUD="member", IT_FLAVOR=real_guest.FLAVOR, IT_ZONE=real_guest.ZONE)
        self.sid = None
        self.res = {"stackrescue": [], "cli": [], "loads": []}

    def go(self):
        self.res["loads"].append(("start", loadavg()))
        if subprocess.run(testing_command("real_guest", "zone"), env=self.env, capture_output=True).returncode != 0:
            sys.exit("bench: zone %s has no libvirt host that is up (tests/cloud/local-cloud status)" % real_guest.ZONE)
        self.install_collection()
        name = "bench-real-%d" % (time.time() * 1000)
        t0 = time.perf_counter()
        self.sid = check(testing_command("cloud", "create", name), self.env).strip()
        log("guest %s (%s): waiting for its boot line" % (name, self.sid))
        wait_line(self.env, self.sid, "STACKRESCUE-BOOT-UP")
        self.res["boot"] = time.perf_counter() - t0
        contenders = [("stackrescue", stackrescue_cycle), ("cli", cli_cycle)]
        for i in range(self.args.rounds):
            for key, cycle in (contenders if i % 2 == 0 else contenders[::-1]):
                log("round %d/%d: %s" % (i + 1, self.args.rounds, key))
                self.res[key].append(cycle(self.env, self.sid))
            self.res["loads"].append(("after round %d" % (i + 1), loadavg()))
        self.res["loads"].append(("end", loadavg()))

    def cleanup(self):
        if self.sid:
            log("deleting guest %s" % self.sid)
            subprocess.run(testing_command("cloud", "delete", self.sid), env=self.env, capture_output=True)
        if not self.args.keep_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
