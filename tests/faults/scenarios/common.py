"""What the fault scenarios (tests/faults/scenarios/<group>.py) share: the registry
(@scenario), the checks, Ctx (one scenario's proxy, workspace and server), the counts'
wording, and the installed collection for the ansible-playbook scenarios.

MODULES (the directory with the module binaries) is set by run.py from its command line.
"""
import os
import subprocess
import tempfile
import threading

from stackrescue_testing import faults as fl

MODULES = "build/modules"
RETRY_AFTER = {"Retry-After": "1"}
NOVA_503 = '{"computeFault": {"code": 503, "message": "Service Unavailable (faultproxy)"}}'
HTML = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
NOVA_500 = '{"computeFault": {"code": 500, "message": "Unexpected API Error. Please report this at ' \
           'http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.\\n<class ' \
           '\'nova.exception.UnexpectedTaskStateError\'>"}}'
KEYSTONE_401 = '{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires ' \
               'authentication."}}'

SCENARIOS = []


def scenario(group, fault, step, needs_server=True, known_bug=None):
    def register(fn):
        SCENARIOS.append({"fn": fn, "group": group, "fault": fault, "step": step, "needs_server": needs_server,
                          "known_bug": known_bug, "name": fn.__name__})
        return fn
    return register


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def check_ok(result, changed=None):
    check(not result.get("failed") and result["_rc"] == 0,
          "module failed: %s %s" % (result.get("msg"), result["_stderr"][-500:]))
    if changed is not None:
        check(result["changed"] == changed, "changed is %s, expected %s" % (result["changed"], changed))


def check_failed(result, *needles):
    check(result.get("failed") and result["_rc"] == 1, "module did not fail: %s" % result.get("msg"))
    for needle in needles:
        check(needle.lower() in result["msg"].lower(), "%r not in msg: %s" % (needle, result["msg"]))


class Ctx:
    def __init__(self, proxy, clouds, sid, name):
        self.proxy, self.clouds, self.sid, self.name = proxy, clouds, sid, name
        self.ws = fl.Workspace(proxy, clouds, "scn")

    # keys the proxy counts under
    def rescue_key(self):
        return "compute POST /v2.1/servers/%s/action#rescue" % self.sid

    def server_get(self):
        return "compute GET /v2.1/servers/%s" % self.sid

    def run(self, module="server_rescue", **args):
        full = {"cloud": "member"}
        if module in ("server_rescue", "server_rescue_info", "server_console"):
            full["server"] = self.sid
        full.update(args)
        return fl.run_module(MODULES, module, full, self.ws)

    def run_async(self, module="server_rescue", **args):
        box = {}

        def target():
            try:
                box["result"] = self.run(module, **args)
            except Exception as e:  # noqa: BLE001 - reported by join()
                box["error"] = e
        thread = threading.Thread(target=target)
        thread.start()

        def join(timeout=300):
            thread.join(timeout)
            if "error" in box:
                raise box["error"]
            check("result" in box, "the module did not finish in %d s" % timeout)
            return box["result"]
        return join

    def counts(self):
        return self.proxy.counts()


def rescue_counts(c, ctx):
    return "rescue POST: %d received, %d forwarded to Nova" % (fl.received(c, ctx.rescue_key()),
                                                                fl.forwarded(c, ctx.rescue_key()))


def tokens(c):
    received = fl.token_posts_received(c)
    forwarded = fl.token_posts(c)
    if received == forwarded:
        return "token POSTs: %d" % forwarded
    return "token POSTs: %d received, %d forwarded" % (received, forwarded)


def lost_answer_warning(result):
    return any("answer to the rescue request was lost" in w for w in result.get("warnings", []))


def collections_dir():
    path = os.environ.get("STACKRESCUE_COLLECTIONS")
    if path and os.path.isdir(os.path.join(path, "ansible_collections", "stackrescue")):
        return path
    build = os.path.dirname(os.path.abspath(MODULES))
    path = os.path.join(tempfile.mkdtemp(prefix="stackrescue-faults-coll-"), "collections")
    subprocess.run([os.path.join(fl.TESTS, "..", "tools", "build-collection"), "--build-dir", build,
                    "--install", path], check=True, capture_output=True)
    return path
