"""stackrescue_testing.faults (was tests/faults/faultlib.py): test-side helpers for the
fault scenarios: start/stop the fault proxy (the program tests/faults/faultproxy.py), switch
its rules, write a clouds.yaml whose auth_url is the proxy, run a module binary, and read
the cloud's real state independently (stackrescue_testing.cloud, which talks to the real
endpoints, never through the proxy)."""
import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

import yaml

from stackrescue_testing import cloud as cloud_helper  # create/delete/show servers
from stackrescue_testing import paths

HERE = paths.FAULTS  # tests/faults: faultproxy.py, rescue_once.yml
TESTS = paths.TESTS

SKIP = 77
PYTHON = "/usr/bin/python3"


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(SKIP)


def real_clouds():
    path = os.environ.get("OS_CLIENT_CONFIG_FILE", "")
    if not path or not os.path.exists(path):
        skip("OS_CLIENT_CONFIG_FILE does not name the local cloud's clouds.yaml")
    return path, yaml.safe_load(open(path))["clouds"]


def require_cloud():
    path, clouds = real_clouds()
    try:
        urllib.request.urlopen(clouds["member"]["auth"]["auth_url"], timeout=5).read()
    except Exception as e:  # noqa: BLE001 - unreachable means skip
        skip("Keystone does not answer: %s" % e)
    return path, clouds


class Proxy:
    """The fault proxy as a child process of this test (stopped by its own pid)."""

    def __init__(self, workdir):
        self.workdir = workdir
        state = os.path.join(workdir, "proxy.json")
        self.log = open(os.path.join(workdir, "proxy.log"), "w")
        self.proc = subprocess.Popen([PYTHON, os.path.join(HERE, "faultproxy.py"), "--state", state],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 20
        while not os.path.exists(state):
            if self.proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("fault proxy did not start (see %s)" % self.log.name)
            time.sleep(0.05)
        self.info = json.load(open(state))
        self.control = "http://127.0.0.1:%d" % self.info["control"]

    def port(self, service):
        return self.info["services"][service]

    def auth_url(self):
        return "http://127.0.0.1:%d/v3" % self.port("identity")

    def _call(self, method, path, doc=None):
        data = json.dumps(doc).encode() if doc is not None else (b"" if method != "GET" else None)
        req = urllib.request.Request(self.control + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read())

    def rules(self, *rules):
        self._call("PUT", "/rules", list(rules))

    def reset(self):
        self._call("POST", "/reset")

    def counts(self):
        return self._call("GET", "/counts")

    def release(self, gate):
        self._call("POST", "/release/" + gate)

    def down(self, service):
        self._call("POST", "/down/" + service)

    def up(self, service):
        self._call("POST", "/up/" + service)

    def wait_received(self, key_part, n=1, timeout=60):
        """Waits until `n` requests whose key contains key_part reached the proxy."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if received(self.counts(), key_part) >= n:
                return
            time.sleep(0.05)
        raise AssertionError("the proxy never saw %d request(s) matching %r" % (n, key_part))

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def _sum(table, part, method=None):
    return sum(n for k, n in table.items() if part in k and (method is None or (" %s " % method) in k))


def received(counts, part, method=None):
    return _sum(counts["received"], part, method)


def forwarded(counts, part, method=None):
    return _sum(counts["forwarded"], part, method)


def token_posts(counts):
    return forwarded(counts, "identity POST /v3/auth/tokens")


def token_posts_received(counts):
    return received(counts, "identity POST /v3/auth/tokens")


class Workspace:
    """A private HOME (so a private token cache), a clouds.yaml through the proxy, a trace."""

    def __init__(self, proxy, clouds, name="ws"):
        self.dir = tempfile.mkdtemp(prefix="stackrescue-faults-%s-" % name)
        os.chmod(self.dir, 0o700)
        self.clouds_file = os.path.join(self.dir, "clouds.yaml")
        self.trace = os.path.join(self.dir, "trace.log")
        doc = {"clouds": {}}
        for cloud in ("member", "admin"):
            entry = json.loads(json.dumps(clouds[cloud]))
            entry["auth"]["auth_url"] = proxy.auth_url() if proxy else entry["auth"]["auth_url"]
            doc["clouds"][cloud] = entry
        with open(os.open(self.clouds_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            yaml.safe_dump(doc, f)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
        self.env.update(HOME=self.dir, XDG_CACHE_HOME=os.path.join(self.dir, "cache"),
                        OS_CLIENT_CONFIG_FILE=self.clouds_file, STACKRESCUE_TRACE=self.trace,
                        PATH="/usr/bin:/bin:/usr/sbin:/sbin")

    def cache_dir(self):
        return os.path.join(self.dir, "cache", "stackrescue", "tokens")

    def cache_files(self):
        """The cache entries (<hash>.json); their <hash>.lock files (single flight) are not entries."""
        d = self.cache_dir()
        return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".json")) if os.path.isdir(d) else []

    def clear_cache(self):
        shutil.rmtree(os.path.join(self.dir, "cache"), ignore_errors=True)

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def run_module(modules_dir, name, args, ws, timeout=300):
    started = time.monotonic()
    proc = subprocess.run([os.path.join(modules_dir, name)], input=json.dumps(args), capture_output=True,
                          text=True, env=ws.env, timeout=timeout)
    elapsed = time.monotonic() - started
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, "expected one JSON line from %s, got stdout %r stderr %r" % (name, proc.stdout,
                                                                                           proc.stderr[-2000:])
    result = json.loads(lines[0])
    for sign in ("AddressSanitizer", "runtime error:", "terminate called", "Segmentation fault"):
        assert sign not in proc.stderr, "crash sign in stderr: %s" % proc.stderr[-2000:]
    result["_rc"], result["_elapsed"], result["_stderr"] = proc.returncode, round(elapsed, 1), proc.stderr
    return result


# ------------------------------------------------------------------ the real cloud, read directly

_member = None


def member_conn():
    global _member
    if _member is None:
        _member = cloud_helper.member()
    return _member


def create_servers(names):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cloud_helper.create(names)
    return out.getvalue().split()


def delete_servers(ids):
    with contextlib.redirect_stdout(io.StringIO()):
        cloud_helper.delete(ids)


def server(sid):
    """The server as Nova shows it (None once deleted), read with openstacksdk's session."""
    return cloud_helper.server_state(member_conn(), sid)


def final_state(sid):
    s = server(sid)
    if s is None:
        return "deleted"
    return "%s/%s%s" % (s["status"], s["vm_state"], "/" + s["task_state"] if s["task_state"] else "")


def wait_settled(sid, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        s = server(sid)
        if s is None or not s["task_state"]:
            return s
        time.sleep(0.3)
    raise AssertionError("server %s never settled: %s" % (sid, server(sid)))


def make_active(sid):
    """Unrescues (directly, not through the proxy) until the server is ACTIVE again."""
    s = wait_settled(sid)
    if s and s["vm_state"] == "rescued":
        cloud_helper.ok(member_conn().session.post("/servers/%s/action" % sid, json={"unrescue": None},
                                                   endpoint_filter={"service_type": "compute"}), 202)
        time.sleep(0.3)
        s = wait_settled(sid)
    assert s and s["status"] == "ACTIVE", "server %s is not ACTIVE: %s" % (sid, s)


class Report:
    """Collects one row per scenario; written as JSON lines for docs/reliability.md."""

    def __init__(self, group):
        self.group = group
        self.rows = []
        self.failures = []

    def add(self, **row):
        row["group"] = self.group
        self.rows.append(row)

    def write(self):
        """Rows as JSON lines in $STACKRESCUE_REPORT_DIR/faults-GROUP.jsonl (when set)."""
        directory = os.environ.get("STACKRESCUE_REPORT_DIR")
        if not directory:
            return
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, "faults-%s.jsonl" % self.group), "w") as f:
            for row in self.rows:
                f.write(json.dumps(row) + "\n")


def describe_result(result):
    """'ok, changed' / 'failed: <msg start>' for the table."""
    if result.get("failed"):
        return "failed: " + result.get("msg", "")[:160]
    return "ok, %s" % ("changed" if result.get("changed") else "unchanged")


# ------------------------------------------------------------------ images (Glance, directly)

GLANCE = {"service_type": "image"}


def create_active_image(name, tag):
    """A private raw image of the member project with a few bytes of data (status active)."""
    conn = member_conn()
    body = {"name": name, "tags": [tag], "disk_format": "raw", "container_format": "bare"}
    image = cloud_helper.ok(conn.session.post("/v2/images", json=body, endpoint_filter=GLANCE), 201).json()["id"]
    cloud_helper.ok(conn.session.put("/v2/images/%s/file" % image, data=b"\0" * 1024, endpoint_filter=GLANCE,
                                     headers={"Content-Type": "application/octet-stream"}), 204)
    deadline = time.time() + 60
    while cloud_helper.ok(conn.session.get("/v2/images/" + image, endpoint_filter=GLANCE), 200).json()["status"] \
            != "active":
        if time.time() > deadline:
            raise AssertionError("image %s never became active" % image)
        time.sleep(0.2)
    return image


def image_action(image, action):
    """deactivate / reactivate, as admin (Glance's default policy)."""
    cloud_helper.ok(cloud_helper.admin().session.post("/v2/images/%s/actions/%s" % (image, action),
                                                      endpoint_filter=GLANCE), 204)


def delete_image(image):
    member_conn().session.delete("/v2/images/" + image, endpoint_filter=GLANCE, raise_exc=False)


def instance_actions(sid, action=None):
    """Nova's record of the server's actions (newest first), optionally only `action`."""
    r = cloud_helper.ok(member_conn().session.get("/servers/%s/os-instance-actions" % sid,
                                                  endpoint_filter={"service_type": "compute"}), 200)
    return [a for a in r.json()["instanceActions"] if action is None or a["action"] == action]
