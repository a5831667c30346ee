#!/usr/bin/python3
"""The per-server console lock between rescue_command and server_rescue's unrescue, with the
real modules (ansible ad-hoc, the installed collection) on a fake-host server of the local
cloud. The test holds the lock file itself, exactly as the modules do (an flock on
$XDG_CACHE_HOME/stackrescue/tokens/console-<server id>.lock), standing in for the other run:

  stale status   rescue_command waits for the lock; meanwhile the server is unrescued behind
                 its back (openstack server unrescue, which takes no lock); the lock is
                 released: rescue_command reads the server again and fails "not RESCUE"
                 without typing (no rc, no stdout), instead of typing into the server's own
                 console
  unrescue waits server_rescue state=unrescued while the lock is held: the server stays in
                 RESCUE and no unrescue POST is sent until the lock is released (the trace's
                 POST time is after the release), then it unrescues
  lock timeout   held past server_rescue's timeout: it fails ("another run is typing into the
                 console ... not unrescuing under it") and the server is still in RESCUE

  console_lock_test.py    exit 0 passed, 1 failed, 77 skipped (no cloud);
                          $STACKRESCUE_COLLECTIONS = the installed collection
"""
import fcntl
import json
import os
import subprocess
import sys
import tempfile
import time

from stackrescue_testing import cloud

RESCUE_IMAGE = "stackrescue-rescue"


class Modules:
    """Runs stackrescue.openstack.<module> with ansible's ad-hoc command, in a private cache
    directory (so the lock file's path is known) and with a request trace."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.cache = os.path.join(workdir, "cache")
        os.makedirs(os.path.join(self.cache, "stackrescue", "tokens"), mode=0o700)
        self.env = dict(os.environ, XDG_CACHE_HOME=self.cache, OS_CLOUD=os.environ.get("IT_CLOUD", "member"),
                        ANSIBLE_COLLECTIONS_PATH=os.environ["STACKRESCUE_COLLECTIONS"], ANSIBLE_NOCOLOR="1",
                        ANSIBLE_LOCALHOST_WARNING="0", ANSIBLE_INVENTORY_UNPARSED_WARNING="0",
                        ANSIBLE_LOCAL_TEMP=os.path.join(workdir, "ansible-tmp"))

    def lock_path(self, sid):
        return os.path.join(self.cache, "stackrescue", "tokens", "console-%s.lock" % sid)

    def start(self, module, args, trace=None):
        env = dict(self.env, STACKRESCUE_TRACE=trace) if trace else self.env
        return subprocess.Popen(["/usr/bin/ansible", "localhost", "-o", "-m", "stackrescue.openstack." + module,
                                 "-a", args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)

    @staticmethod
    def result(proc, timeout=180):
        out, _ = proc.communicate(timeout=timeout)
        at = out.find("=> {")
        if at < 0:
            raise AssertionError("no module result in: " + out[-2000:])
        result = json.loads(out[at + 3:].strip().splitlines()[0])
        # The one-line display drops the "failed" key: "localhost | FAILED! => {...}" says it.
        result["failed"] = out[:at].rstrip().endswith("FAILED!")
        return result

    def run(self, module, args):
        return self.result(self.start(module, args))


class HeldLock:
    """The console lock of a server, held by this test as the modules hold it."""

    def __init__(self, path):
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def release(self):
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor releases the flock
            self.fd = None


def wait_state(conn, sid, status, timeout=120):
    deadline = time.time() + timeout
    while True:
        state = cloud.server_state(conn, sid)
        if state and state["status"] == status and not state["task_state"]:
            return state
        if time.time() > deadline:
            raise AssertionError("server %s not %s after %d s: %s" % (sid, status, timeout, state))
        time.sleep(0.5)


def rescue(modules, conn, sid):
    result = modules.run("server_rescue", "server=%s image=%s" % (sid, RESCUE_IMAGE))
    assert not result.get("failed"), "rescue failed: %s" % result.get("msg")
    wait_state(conn, sid, "RESCUE")


def check(failures, name, condition, detail):
    print("%s: %s%s" % ("ok" if condition else "FAIL", name, "" if condition else " (%s)" % detail))
    if not condition:
        failures.append(name)


def stale_status(modules, conn, sid, failures):
    rescue(modules, conn, sid)
    held = HeldLock(modules.lock_path(sid))
    try:
        proc = modules.start("rescue_command", "server=%s cmd='echo typed-into-the-wrong-system' timeout=120" % sid)
        time.sleep(3)
        check(failures, "rescue_command waits for the held console lock", proc.poll() is None,
              "it ended before the lock was released")
        subprocess.run(["/usr/bin/openstack", "server", "unrescue", sid], check=True, env=modules.env)
        wait_state(conn, sid, "ACTIVE")
    finally:
        held.release()
    result = modules.result(proc)
    msg = result.get("msg", "")
    check(failures, "stale status: rescue_command fails 'not RESCUE'", result.get("failed") and "not RESCUE" in msg,
          msg)
    check(failures, "stale status: nothing ran (no rc, no stdout)", "rc" not in result and "stdout" not in result,
          {k: result.get(k) for k in ("rc", "stdout")})


def unrescue_waits(modules, conn, sid, failures):
    rescue(modules, conn, sid)
    trace = os.path.join(modules.workdir, "unrescue.trace")
    held = HeldLock(modules.lock_path(sid))
    try:
        proc = modules.start("server_rescue", "server=%s state=unrescued timeout=120" % sid, trace=trace)
        time.sleep(6)
        state = cloud.server_state(conn, sid)
        check(failures, "unrescue under the lock: server still in RESCUE after 6 s",
              state["status"] == "RESCUE" and not state["task_state"], state)
        check(failures, "unrescue under the lock: still waiting", proc.poll() is None, "it ended")
    finally:
        released = time.time()
        held.release()
    result = modules.result(proc)
    check(failures, "unrescue after the release: changed, ACTIVE",
          not result.get("failed") and result.get("changed") and result["server"]["status"] == "ACTIVE",
          result.get("msg"))
    posts = [line.split() for line in open(trace) if " POST " in line and "/action" in line]
    check(failures, "unrescue POST sent after the lock was released",
          len(posts) == 1 and int(posts[0][0]) >= int(released * 1000),
          "release at %d ms, POSTs %s" % (released * 1000, posts))


def lock_timeout(modules, conn, sid, failures):
    rescue(modules, conn, sid)
    held = HeldLock(modules.lock_path(sid))
    try:
        result = modules.run("server_rescue", "server=%s state=unrescued timeout=3" % sid)
        state = cloud.server_state(conn, sid)
    finally:
        held.release()
    msg = result.get("msg", "")
    check(failures, "lock held past the timeout: server_rescue fails",
          result.get("failed") and "another run is typing into the console of" in msg
          and "not unrescuing under it" in msg, msg)
    check(failures, "lock held past the timeout: server still in RESCUE", state["status"] == "RESCUE", state)


def main():
    if subprocess.run([sys.executable, "-m", "stackrescue_testing.cloud", "ping"]).returncode != 0:
        print("SKIP: no cloud")
        return 77
    if not os.path.isdir(os.environ.get("STACKRESCUE_COLLECTIONS", "")):
        print("SKIP: STACKRESCUE_COLLECTIONS does not name the installed collection")
        return 77
    workdir = tempfile.mkdtemp(prefix="stackrescue-console-lock-")
    modules = Modules(workdir)
    conn = cloud.member()
    sid = subprocess.run([sys.executable, "-m", "stackrescue_testing.cloud", "create",
                          "it-console-lock-%s" % os.urandom(4).hex()],
                         capture_output=True, text=True, check=True).stdout.split()[0]
    failures = []
    try:
        stale_status(modules, conn, sid, failures)
        unrescue_waits(modules, conn, sid, failures)
        lock_timeout(modules, conn, sid, failures)
    finally:
        cloud.delete([sid])
    print("FAIL: %s" % ", ".join(failures) if failures else "PASS: the console lock, rescue_command and unrescue")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
