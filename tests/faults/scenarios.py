#!/usr/bin/python3
"""Fault scenarios against the real local cloud, through the fault proxy (faultproxy.py).

Each scenario switches the proxy's rules, runs a real module binary (or two real
ansible-playbook runs), and asserts three things, each read independently:
  * the module's result (failed/changed/msg/warnings) and how long it took,
  * the cloud's final state, read directly from Nova (cloud_helper, not through the proxy),
  * the proxy's request counts (what reached the proxy, what it forwarded to the service).

    scenarios.py GROUP <directory with the built module binaries>
    GROUP: transport | auth | races | cache | all

Needs OS_CLIENT_CONFIG_FILE naming the local cloud's clouds.yaml; exits 77 without it.
Rows for docs/reliability.md go to $STACKRESCUE_REPORT_DIR/faults-GROUP.jsonl when that is set.
Scenarios marked KNOWN_BUG assert the behaviour we want and are expected to fail until the
bug they name is fixed in src/ (they run only with --known-bugs; see docs/reliability.md).
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid

import faultlib as fl

GROUP = sys.argv[1] if len(sys.argv) > 1 else "all"
MODULES = sys.argv[2] if len(sys.argv) > 2 else "build/modules"
KNOWN_BUGS = "--known-bugs" in sys.argv
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


# =============================================================================== transport

@scenario("transport", "503 with Retry-After: 1, twice each, on every read (server lookup, image list, "
          "wait poll)", "find server, find image, wait")
def s_503_burst_reads(ctx):
    unavailable = {"kind": "status", "status": 503, "headers": RETRY_AFTER, "body": NOVA_503}
    ctx.proxy.rules(
        {"service": "compute", "method": "GET", "path": "^/v2.1/servers/detail$", "times": 2, "fault": unavailable},
        {"service": "image", "method": "GET", "path": "^/v2/images$", "times": 2, "fault": unavailable},
        {"service": "compute", "method": "GET", "path": "^/v2.1/servers/%s$" % ctx.sid, "after": ctx.rescue_key(),
         "times": 2, "fault": unavailable})
    result = ctx.run(server=ctx.name)
    c = ctx.counts()
    check_ok(result, changed=True)
    check(fl.final_state(ctx.sid) == "RESCUE/rescued", "final %s" % fl.final_state(ctx.sid))
    check(fl.received(c, ctx.rescue_key()) == 1 and fl.forwarded(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
    check(fl.received(c, "compute GET /v2.1/servers/detail") == fl.forwarded(c, "compute GET /v2.1/servers/detail") + 2,
          "the server lookup was not retried twice")
    check(result["_elapsed"] >= 6, "Retry-After not honoured: %.1f s for six 503s" % result["_elapsed"])
    return result, "%s; each 503'd GET resent after 1 s (6 resends, %.1f s)" % (rescue_counts(c, ctx),
                                                                                result["_elapsed"])


@scenario("transport", "503 with Retry-After on Keystone's token POST, twice", "authenticate", needs_server=False)
def s_503_token(ctx):
    ctx.proxy.rules({"service": "identity", "method": "POST", "times": 2,
                     "fault": {"kind": "status", "status": 503, "headers": RETRY_AFTER, "body": ""}})
    result = ctx.run("rescue_image_info")
    c = ctx.counts()
    check_ok(result, changed=False)
    check(fl.token_posts_received(c) == 3 and fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + " (the token POST changes nothing: safe to resend)"


@scenario("transport", "503 with Retry-After on the rescue POST (not forwarded)", "rescue POST")
def s_503_rescue_post(ctx):
    ctx.proxy.rules({"service": "compute", "method": "POST", "action_name": "rescue",
                     "fault": {"kind": "status", "status": 503, "headers": RETRY_AFTER, "body": NOVA_503}})
    result = ctx.run()
    c = ctx.counts()
    check_failed(result, "not sent again")
    check(fl.final_state(ctx.sid) == "ACTIVE/active", "final %s" % fl.final_state(ctx.sid))
    check(fl.received(c, ctx.rescue_key()) == 1 and fl.forwarded(c, ctx.rescue_key()) == 0, rescue_counts(c, ctx))
    return result, rescue_counts(c, ctx) + " (never resent)"


@scenario("transport", "503 on every GET of the server", "read server (server_rescue_info)")
def s_503_forever(ctx):
    ctx.proxy.rules({"service": "compute", "method": "GET", "path": "^/v2.1/servers/%s$" % ctx.sid,
                     "fault": {"kind": "status", "status": 503, "headers": RETRY_AFTER, "body": NOVA_503}})
    result = ctx.run("server_rescue_info")
    c = ctx.counts()
    check_failed(result, "503")
    check(fl.received(c, ctx.server_get()) == 4, "GETs: %d" % fl.received(c, ctx.server_get()))
    check(result["_elapsed"] < 15, "took %.1f s" % result["_elapsed"])
    return result, "server GET: 4 received (1 + 3 retries), 0 forwarded; %.1f s" % result["_elapsed"]


@scenario("transport", "connection reset (RST) on reads and on the token POST", "authenticate, find server, wait")
def s_reset_reads(ctx):
    ctx.proxy.rules(
        {"service": "identity", "method": "POST", "times": 1, "fault": {"kind": "reset"}},
        {"service": "compute", "method": "GET", "path": "^/v2.1/servers/detail$", "times": 2, "fault": {"kind": "reset"}},
        {"service": "compute", "method": "GET", "path": "^/v2.1/servers/%s$" % ctx.sid, "after": ctx.rescue_key(),
         "times": 1, "fault": {"kind": "reset"}})
    result = ctx.run(server=ctx.name)
    c = ctx.counts()
    check_ok(result, changed=True)
    check(fl.final_state(ctx.sid) == "RESCUE/rescued", "final %s" % fl.final_state(ctx.sid))
    check(fl.forwarded(c, ctx.rescue_key()) == 1 and fl.received(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
    check(fl.token_posts_received(c) == 2 and fl.token_posts(c) == 1, tokens(c))
    return result, "%s; %s; 3 reads reset and resent" % (rescue_counts(c, ctx), tokens(c))


@scenario("transport", "connection reset on the rescue POST before it reaches Nova", "rescue POST")
def s_reset_rescue_post(ctx):
    ctx.proxy.rules({"service": "compute", "method": "POST", "action_name": "rescue", "fault": {"kind": "reset"}})
    result = ctx.run()
    c = ctx.counts()
    check_failed(result, "not sent again")
    check(fl.final_state(ctx.sid) == "ACTIVE/active", "final %s" % fl.final_state(ctx.sid))
    check(fl.received(c, ctx.rescue_key()) == 1 and fl.forwarded(c, ctx.rescue_key()) == 0, rescue_counts(c, ctx))
    return result, rescue_counts(c, ctx) + " (never resent)"


@scenario("transport", "rescue POST forwarded to Nova, connection dropped (RST) before the answer",
          "rescue POST (lost answer)")
def s_lost_answer_reset(ctx):
    ctx.proxy.rules({"service": "compute", "method": "POST", "action_name": "rescue", "times": 1,
                     "fault": {"kind": "forward_then_reset"}})
    result = ctx.run()
    c = ctx.counts()
    check_ok(result, changed=True)
    check(lost_answer_warning(result), "no lost-answer warning: %s" % result.get("warnings"))
    check(result["server"]["status"] == "RESCUE", "result server %s" % result["server"])
    check(fl.final_state(ctx.sid) == "RESCUE/rescued", "final %s" % fl.final_state(ctx.sid))
    check(fl.received(c, ctx.rescue_key()) == 1 and fl.forwarded(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
    return result, rescue_counts(c, ctx) + "; re-read the server instead of resending"


@scenario("transport", "rescue POST forwarded to Nova, answer slower than api_timeout (2 s)",
          "rescue POST (lost answer)")
def s_lost_answer_slow(ctx):
    ctx.proxy.rules({"service": "compute", "method": "POST", "action_name": "rescue", "times": 1,
                     "fault": {"kind": "slow", "seconds": 6}})
    result = ctx.run(api_timeout=2)
    c = ctx.counts()
    check_ok(result, changed=True)
    check(lost_answer_warning(result), "no lost-answer warning: %s" % result.get("warnings"))
    check(fl.final_state(ctx.sid) == "RESCUE/rescued", "final %s" % fl.final_state(ctx.sid))
    check(fl.received(c, ctx.rescue_key()) == 1 and fl.forwarded(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
    check(result["_elapsed"] < 15, "took %.1f s" % result["_elapsed"])
    return result, "%s; %.1f s" % (rescue_counts(c, ctx), result["_elapsed"])


@scenario("transport", "one wait poll slower than api_timeout (2 s)", "wait")
def s_slow_poll_once(ctx):
    ctx.proxy.rules({"service": "compute", "method": "GET", "path": "^/v2.1/servers/%s$" % ctx.sid,
                     "after": ctx.rescue_key(), "times": 1, "fault": {"kind": "slow", "seconds": 5}})
    result = ctx.run(api_timeout=2)
    c = ctx.counts()
    check_ok(result, changed=True)
    check(fl.final_state(ctx.sid) == "RESCUE/rescued", "final %s" % fl.final_state(ctx.sid))
    check(fl.forwarded(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
    return result, "%s; the slow GET was resent; %.1f s" % (rescue_counts(c, ctx), result["_elapsed"])


@scenario("transport", "every GET of the server slower than api_timeout (2 s)", "read server (server_rescue_info)")
def s_slow_forever(ctx):
    ctx.proxy.rules({"service": "compute", "method": "GET", "path": "^/v2.1/servers/%s$" % ctx.sid,
                     "fault": {"kind": "slow", "seconds": 4}})
    result = ctx.run("server_rescue_info", api_timeout=2)
    c = ctx.counts()
    check_failed(result, "no response", "within 2000 ms")
    check(result["_elapsed"] < 20, "took %.1f s" % result["_elapsed"])
    check(fl.received(c, ctx.server_get()) == 4, "GETs %d" % fl.received(c, ctx.server_get()))
    return result, "server GET: 4 received; failed after %.1f s (4 x 2 s + backoff)" % result["_elapsed"]


@scenario("transport", "HTML body with status 200 on a read", "read server (server_rescue_info)")
def s_html_200_read(ctx):
    ctx.proxy.rules({"service": "compute", "method": "GET", "path": "^/v2.1/servers/%s$" % ctx.sid, "times": 1,
                     "fault": {"kind": "body", "status": 200, "body": HTML}})
    result = ctx.run("server_rescue_info")
    c = ctx.counts()
    check_failed(result, "not JSON")
    check(fl.received(c, ctx.server_get()) == 1, "GETs %d" % fl.received(c, ctx.server_get()))
    return result, "server GET: 1 (a 200 is an answer: not resent)"


@scenario("transport", "HTML 502 error page (a broken proxy) on reads, twice", "find server")
def s_html_502_reads(ctx):
    ctx.proxy.rules({"service": "compute", "method": "GET", "path": "^/v2.1/servers/detail$", "times": 2,
                     "fault": {"kind": "body", "status": 502, "body": HTML}})
    result = ctx.run("server_rescue_info", server=ctx.name)
    c = ctx.counts()
    check_ok(result, changed=False)
    check(fl.received(c, "servers/detail") == 3, "detail GETs %d" % fl.received(c, "servers/detail"))
    return result, "server lookup: 3 received (2 answered 502 HTML, resent)"


@scenario("transport", "HTML body (status 200) in answer to the rescue POST, Nova acted", "rescue POST (answer "
          "unreadable)")
def s_html_rescue_answer(ctx):
    ctx.proxy.rules({"service": "compute", "method": "POST", "action_name": "rescue", "times": 1,
                     "fault": {"kind": "body", "status": 200, "body": HTML}})
    result = ctx.run()
    c = ctx.counts()
    fl.wait_settled(ctx.sid)
    final = fl.final_state(ctx.sid)
    check(fl.forwarded(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
    check(final == "RESCUE/rescued", "final %s" % final)
    # What we want: like any lost answer, re-read the server and report the rescue that happened.
    check(not result.get("failed") and result.get("changed"),
          "the module reported %s while Nova rescued the server (%s)" % (fl.describe_result(result), final))
    return result, rescue_counts(c, ctx)


@scenario("transport", "HTML body (status 201) in answer to the token POST", "authenticate", needs_server=False)
def s_html_token(ctx):
    ctx.proxy.rules({"service": "identity", "method": "POST", "fault": {"kind": "body", "status": 201, "body": HTML}})
    result = ctx.run("rescue_image_info")
    c = ctx.counts()
    check_failed(result, "without a token")
    check(fl.received(c, "compute") + fl.received(c, "image ") == 0, "requests sent without a token")
    return result, tokens(c) + "; nothing sent to Nova or Glance"


# =============================================================================== auth

@scenario("auth", "401 (token expired) on a wait poll after the rescue POST", "wait")
def s_401_mid_wait(ctx):
    ctx.proxy.rules({"service": "compute", "method": "GET", "path": "^/v2.1/servers/%s$" % ctx.sid,
                     "after": ctx.rescue_key(), "times": 1,
                     "fault": {"kind": "status", "status": 401, "body": KEYSTONE_401}})
    result = ctx.run()
    c = ctx.counts()
    check_ok(result, changed=True)
    check(fl.final_state(ctx.sid) == "RESCUE/rescued", "final %s" % fl.final_state(ctx.sid))
    check(fl.token_posts(c) == 2, tokens(c))
    check(fl.received(c, ctx.rescue_key()) == 1 and fl.forwarded(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
    return result, "%s (1 + one re-auth); %s" % (tokens(c), rescue_counts(c, ctx))


@scenario("auth", "401 (token revoked) on the rescue POST itself (not forwarded)", "rescue POST")
def s_401_rescue_post(ctx):
    ctx.proxy.rules({"service": "compute", "method": "POST", "action_name": "rescue", "times": 1,
                     "fault": {"kind": "status", "status": 401, "body": KEYSTONE_401}})
    result = ctx.run()
    c = ctx.counts()
    check_ok(result, changed=True)
    check(fl.final_state(ctx.sid) == "RESCUE/rescued", "final %s" % fl.final_state(ctx.sid))
    check(fl.token_posts(c) == 2, tokens(c))
    check(fl.received(c, ctx.rescue_key()) == 2 and fl.forwarded(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
    return result, "%s; %s (a 401 means Nova did nothing: one resend)" % (tokens(c), rescue_counts(c, ctx))


@scenario("auth", "401 on every GET of the server (token refused even when fresh)", "read server")
def s_401_forever(ctx):
    ctx.proxy.rules({"service": "compute", "method": "GET", "path": "^/v2.1/servers/%s$" % ctx.sid,
                     "fault": {"kind": "status", "status": 401, "body": KEYSTONE_401}})
    result = ctx.run("server_rescue_info")
    c = ctx.counts()
    check_failed(result, "freshly issued token")
    check(fl.token_posts(c) == 2, tokens(c))
    check(fl.received(c, ctx.server_get()) == 2, "GETs %d" % fl.received(c, ctx.server_get()))
    return result, "%s; server GET: 2 (no loop)" % tokens(c)


@scenario("auth", "Keystone unreachable (connection refused), no cached token", "authenticate", needs_server=False)
def s_keystone_down(ctx):
    ctx.proxy.down("identity")
    result = ctx.run("rescue_image_info")
    c = ctx.counts()
    check_failed(result, "connection refused", "127.0.0.1:%d" % ctx.proxy.port("identity"))
    check(result["_elapsed"] < 10, "took %.1f s" % result["_elapsed"])
    check(fl.received(c, "compute") + fl.received(c, "image ") == 0, "requests went out without a token")
    return result, "4 connection attempts (1 + 3 retries), nothing else sent; %.1f s" % result["_elapsed"]


@scenario("auth", "Keystone unreachable, token cached by an earlier run", "authenticate", needs_server=False)
def s_keystone_down_cached(ctx):
    fl_ok = ctx.run("rescue_image_info")
    check_ok(fl_ok)
    ctx.proxy.reset()
    ctx.proxy.down("identity")
    result = ctx.run("rescue_image_info")
    c = ctx.counts()
    check_ok(result, changed=False)
    check(fl.token_posts_received(c) == 0, tokens(c))
    return result, "token POSTs: 0 (cached token used); image GETs: %d" % fl.received(c, "image GET")


@scenario("auth", "Keystone accepts the connection and never answers (api_timeout 2 s)", "authenticate",
          needs_server=False)
def s_keystone_blackhole(ctx):
    ctx.proxy.rules({"service": "identity", "fault": {"kind": "blackhole"}})
    result = ctx.run("rescue_image_info", api_timeout=2)
    c = ctx.counts()
    check_failed(result, "no response", "within 2000 ms")
    check(result["_elapsed"] < 20, "took %.1f s" % result["_elapsed"])
    return result, "token POSTs: %d received, 0 answered; %.1f s" % (fl.token_posts_received(c), result["_elapsed"])


# =============================================================================== races

PLAYBOOK = os.path.join(fl.HERE, "rescue_once.yml")


def run_playbook(ctx, index, collections):
    out = os.path.join(ctx.ws.dir, "play-%d.json" % index)
    env = dict(ctx.ws.env, ANSIBLE_COLLECTIONS_PATH=collections, ANSIBLE_NOCOLOR="1",
               ANSIBLE_RETRY_FILES_ENABLED="0", ANSIBLE_LOCALHOST_WARNING="0",
               ANSIBLE_INVENTORY_UNPARSED_WARNING="0", ANSIBLE_DEPRECATION_WARNINGS="0",
               ANSIBLE_LOCAL_TEMP=os.path.join(ctx.ws.dir, "ansible-tmp-%d" % index))
    proc = subprocess.Popen(["/usr/bin/ansible-playbook", PLAYBOOK, "-e", "sid=%s" % ctx.sid, "-e", "out=%s" % out],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    return proc, out


def collections_dir():
    path = os.environ.get("STACKRESCUE_COLLECTIONS")
    if path and os.path.isdir(os.path.join(path, "ansible_collections", "stackrescue")):
        return path
    build = os.path.dirname(os.path.abspath(MODULES))
    path = os.path.join(tempfile.mkdtemp(prefix="stackrescue-faults-coll-"), "collections")
    subprocess.run([os.path.join(fl.TESTS, "..", "tools", "build-collection"), "--build-dir", build,
                    "--install", path], check=True, capture_output=True)
    return path


def two_playbooks(ctx, barrier, stagger=0):
    collections = collections_dir()
    if barrier:
        ctx.proxy.rules({"service": "compute", "method": "POST", "action_name": "rescue",
                         "fault": {"kind": "barrier", "count": 2, "max_seconds": 60, "stagger": stagger}})
    procs = [run_playbook(ctx, i, collections) for i in (1, 2)]
    results = []
    for proc, out in procs:
        log, _ = proc.communicate(timeout=300)
        check(proc.returncode == 0, "ansible-playbook failed (%d): %s" % (proc.returncode, log[-3000:]))
        results.append(json.load(open(out)))
    c = ctx.counts()
    check(all(not r["failed"] for r in results), "a playbook's task failed: %s" % results)
    changed = [r["changed"] for r in results]
    check(sorted(changed) == [False, True], "changed: %s (exactly one must be changed)" % changed)
    check(all(r["status"] == "RESCUE" for r in results), "results: %s" % results)
    check(fl.final_state(ctx.sid) == "RESCUE/rescued", "final %s" % fl.final_state(ctx.sid))
    statuses = c["statuses"].get(ctx.rescue_key(), [])
    module = "both ok; changed %s/%s; the unchanged one: %s" % (changed[0], changed[1],
                                                                [r["msg"] for r in results if not r["changed"]][0])
    return {"failed": False, "msg": module, "changed": True}, c, statuses


@scenario("races", "two ansible-playbook runs rescue the same server at once; the proxy holds both rescue POSTs "
          "until both arrived, then sends them 0.3 s apart", "rescue POST (409 race)")
def s_two_playbooks_staggered(ctx):
    result, c, statuses = two_playbooks(ctx, barrier=True, stagger=0.3)
    check(fl.forwarded(c, ctx.rescue_key()) == 2, rescue_counts(c, ctx))
    check(sorted(statuses) in (["200", "409"], ["202", "409"]), "Nova's answers: %s" % statuses)
    return result, "%s; Nova answered %s" % (rescue_counts(c, ctx), " and ".join(sorted(statuses)))


@scenario("races", "two ansible-playbook runs rescue the same server at once; the proxy forwards the first rescue "
          "POST and answers the second with Nova's own 500 for this race (UnexpectedTaskStateError)",
          "rescue POST (Nova's 500 race)")
def s_two_playbooks_nova_500(ctx):
    ctx.proxy.rules({"service": "compute", "method": "POST", "action_name": "rescue", "skip": 1,
                     "fault": {"kind": "status", "status": 500, "body": NOVA_500, "not_before": ctx.rescue_key(),
                               "headers": {"X-OpenStack-Request-Id": "req-" + str(uuid.uuid4()),
                                           "X-Compute-Request-Id": "req-" + str(uuid.uuid4())}}})
    result, c, statuses = two_playbooks(ctx, barrier=False)
    return result, "%s; answers %s" % (rescue_counts(c, ctx), " and ".join(sorted(statuses)))


@scenario("races", "two ansible-playbook runs rescue the same server at once; the proxy holds both rescue POSTs "
          "until both arrived, then sends them together to the real Nova", "rescue POST (simultaneous)",
          known_bug="nondeterministic: Nova answers 200+409, 200+500 (its UnexpectedTaskStateError, see the "
                    "scenario above) or 200+200 (Nova rescued twice: the fake driver finished the first rescue "
                    "before the second request's task_state check)")
def s_two_playbooks_simultaneous(ctx):
    try:
        result, c, statuses = two_playbooks(ctx, barrier=True)
    except AssertionError as e:
        c = ctx.counts()
        raise AssertionError("%s; Nova answered %s; Nova recorded %d rescue actions" % (
            e, c["statuses"].get(ctx.rescue_key()), len(fl.instance_actions(ctx.sid, "rescue"))))
    return result, "%s; Nova answered %s" % (rescue_counts(c, ctx), " and ".join(sorted(statuses)))


@scenario("races", "two ansible-playbook runs rescue the same server at once (natural timing, no proxy hold)",
          "whole run", known_bug="nondeterministic, as above")
def s_two_playbooks_free(ctx):
    try:
        result, c, statuses = two_playbooks(ctx, barrier=False)
    except AssertionError as e:
        c = ctx.counts()
        raise AssertionError("%s; Nova answered %s; Nova recorded %d rescue actions" % (
            e, c["statuses"].get(ctx.rescue_key()), len(fl.instance_actions(ctx.sid, "rescue"))))
    return result, "%s; Nova answered %s" % (rescue_counts(c, ctx), " and ".join(sorted(statuses)))


@scenario("races", "the server is deleted while the module waits (poll held until the delete completed)", "wait")
def s_deleted_while_waiting(ctx):
    ctx.proxy.rules({"service": "compute", "method": "GET", "path": "^/v2.1/servers/%s$" % ctx.sid,
                     "after": ctx.rescue_key(), "times": 1,
                     "fault": {"kind": "hold", "gate": "deleted", "max_seconds": 120}})
    join = ctx.run_async()
    ctx.proxy.wait_received(ctx.server_get(), n=1 + 1)  # the plan's read, then the held poll
    fl.delete_servers([ctx.sid])
    ctx.proxy.release("deleted")
    result = join()
    c = ctx.counts()
    check_failed(result, "deleted while waiting")
    check(fl.final_state(ctx.sid) == "deleted", "final %s" % fl.final_state(ctx.sid))
    check(fl.forwarded(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
    return result, rescue_counts(c, ctx) + "; the held poll got 404"


@scenario("races", "the rescue image is deactivated (as admin) between the module's lookup and its rescue POST",
          "find image -> rescue POST")
def s_image_deactivated(ctx):
    tag = "fx-rescue-%s" % uuid.uuid4().hex[:8]
    image = fl.create_active_image("fx-rescue-" + tag, tag)
    try:
        ctx.proxy.rules({"service": "compute", "method": "POST", "action_name": "rescue", "times": 1,
                         "fault": {"kind": "hold", "gate": "deactivated", "max_seconds": 120}})
        join = ctx.run_async(image_tag=tag)
        ctx.proxy.wait_received(ctx.rescue_key())
        fl.image_action(image, "deactivate")
        ctx.proxy.release("deactivated")
        result = join()
        c = ctx.counts()
        final = fl.wait_settled(ctx.sid)
        final_text = fl.final_state(ctx.sid)
        statuses = c["statuses"].get(ctx.rescue_key(), [])
        check(fl.forwarded(c, ctx.rescue_key()) == 1, rescue_counts(c, ctx))
        # Whatever Nova decides, the module must report exactly that.
        if result.get("failed"):
            check(final["vm_state"] != "rescued", "module failed but the server is rescued: %s" % final_text)
        else:
            check(final["vm_state"] == "rescued" and result["changed"], "module ok but final %s" % final_text)
        return result, "%s; Nova answered %s" % (rescue_counts(c, ctx), " ".join(statuses))
    finally:
        fl.image_action(image, "reactivate")
        fl.delete_image(image)


# =============================================================================== token cache

def warm_cache(ctx):
    check_ok(ctx.run("rescue_image_info"))
    files = ctx.ws.cache_files()
    check(len(files) == 1, "cache files: %s" % files)
    return files[0]


def plant(path, token, mode=0o600, owner=None):
    """Rewrites the cached file with `token` in place of the real one (same catalog)."""
    doc = json.load(open(path))
    doc["token"] = token
    os.unlink(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(doc, f)
    os.chmod(path, mode)
    if owner is not None:
        os.chown(path, owner, -1)


def sha(text):
    import hashlib
    return hashlib.sha256(text.encode()).hexdigest()


def cache_run(ctx, path, planted=None, refused=None):
    """Runs with the cache file as prepared; `refused`: the reason the module must warn of."""
    ctx.proxy.reset()
    result = ctx.run("rescue_image_info")
    c = ctx.counts()
    check_ok(result)
    warnings = [w for w in result.get("warnings", []) if "token cache file" in w]
    if refused:
        check(any(refused in w and "refused" in w for w in warnings), "no refusal warning: %s" % warnings)
    else:
        check(not warnings, "unexpected cache warning: %s" % warnings)
    used = planted is not None and sha(planted) in c["token_hashes"]
    files = ctx.ws.cache_files()
    check(files == [path], "cache files after: %s" % files)
    st = os.stat(path)
    check(st.st_uid == os.geteuid() and (st.st_mode & 0o777) == 0o600, "rewritten file mode %o uid %d" % (
        st.st_mode & 0o777, st.st_uid))
    json.load(open(path))  # valid again
    return result, c, used


@scenario("cache", "token cache warm (second run)", "authenticate", needs_server=False)
def s_cache_warm(ctx):
    path = warm_cache(ctx)
    result, c, _ = cache_run(ctx, path)
    check(fl.token_posts_received(c) == 0, tokens(c))
    return result, tokens(c)


@scenario("cache", "token cache file corrupted (random bytes)", "authenticate", needs_server=False)
def s_cache_corrupt(ctx):
    path = warm_cache(ctx)
    with open(path, "wb") as f:
        f.write(os.urandom(700))
    result, c, _ = cache_run(ctx, path, refused="corrupt or truncated")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned, file replaced by a valid 0600 one"


@scenario("cache", "token cache file truncated (first half)", "authenticate", needs_server=False)
def s_cache_truncated(ctx):
    path = warm_cache(ctx)
    data = open(path, "rb").read()
    with open(path, "wb") as f:
        f.write(data[:len(data) // 2])
    result, c, _ = cache_run(ctx, path, refused="corrupt or truncated")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned, file replaced by a valid 0600 one"


@scenario("cache", "token cache file a JSON object without expires_at (what the fuzzer found: bug B3)",
          "authenticate", needs_server=False)
def s_cache_missing_key(ctx):
    path = warm_cache(ctx)
    with open(path, "w") as f:
        f.write('{"token": "x", "token_body": {}}')
    result, c, _ = cache_run(ctx, path, refused="corrupt or truncated")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned, file replaced by a valid 0600 one"


@scenario("cache", "token cache file planted with a foreign token, owned by another user (nobody), 0600",
          "authenticate", needs_server=False)
def s_cache_other_owner(ctx):
    import pwd
    path = warm_cache(ctx)
    planted = "planted-" + uuid.uuid4().hex
    plant(path, planted, owner=pwd.getpwnam("nobody").pw_uid)
    result, c, used = cache_run(ctx, path, planted, refused="owned by another user")
    check(not used, "the planted token was sent")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned; planted token sent: 0 times"


@scenario("cache", "token cache file planted with a foreign token, world-readable (0644)", "authenticate",
          needs_server=False)
def s_cache_world_readable(ctx):
    path = warm_cache(ctx)
    planted = "planted-" + uuid.uuid4().hex
    plant(path, planted, mode=0o644)
    result, c, used = cache_run(ctx, path, planted, refused="readable or writable by others")
    check(not used, "the planted token was sent")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned; planted token sent: 0 times"


@scenario("cache", "control: the same planted token in a proper 0600 file of ours is used (and refused by the "
          "cloud: one re-auth)", "authenticate", needs_server=False)
def s_cache_planted_control(ctx):
    path = warm_cache(ctx)
    planted = "planted-" + uuid.uuid4().hex
    plant(path, planted)
    result, c, used = cache_run(ctx, path, planted)
    check(used, "the planted token was not sent: the detection above proves nothing")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; planted token sent once, answered 401, re-authenticated"


# =============================================================================== fleet

FLEET_PLAYBOOK = os.path.join(fl.TESTS, "..", "playbooks-examples", "fleet-rescue.yml")
FLEET_SIZE = 20
SERVER_PATH = "^/v2.1/servers/[0-9a-f-]{36}$"


def run_fleet(ws, collections, tag, action):
    report = os.path.join(ws.dir, "fleet-%s.json" % action)
    env = dict(ws.env, ANSIBLE_COLLECTIONS_PATH=collections, ANSIBLE_NOCOLOR="1", ANSIBLE_RETRY_FILES_ENABLED="0",
               ANSIBLE_LOCALHOST_WARNING="0", ANSIBLE_INVENTORY_UNPARSED_WARNING="0",
               ANSIBLE_DEPRECATION_WARNINGS="0", ANSIBLE_LOCAL_TEMP=os.path.join(ws.dir, "ansible-tmp"))
    proc = subprocess.run(["/usr/bin/ansible-playbook", FLEET_PLAYBOOK, "-f", str(FLEET_SIZE), "-e", "cloud=member",
                           "-e", "servers_tag=" + tag, "-e", "fleet_action=" + action,
                           "-e", "fleet_throttle=%d" % FLEET_SIZE, "-e", "fleet_report=" + report],
                          capture_output=True, text=True, env=env, timeout=900)
    check(proc.returncode == 0, "ansible-playbook failed (%d): %s" % (proc.returncode, (proc.stdout + proc.stderr)[-3000:]))
    return {row["id"]: row for row in json.load(open(report))["servers"]}


def per_server(c, ids, action):
    keys = ["compute POST /v2.1/servers/%s/action#%s" % (sid, action) for sid in ids]
    return [fl.received(c, k) for k in keys], [fl.forwarded(c, k) for k in keys]


@scenario("fleet", "fleet of %d (fleet-rescue.yml, forks 20): 503 bursts with Retry-After on the token POST, the "
          "selection, server reads and console POSTs; connection resets on server and image reads; two rescue "
          "answers lost after Nova got them" % FLEET_SIZE, "fleet rescue, re-run, unrescue", needs_server=False)
def s_fleet(ctx):
    unavailable = {"kind": "status", "status": 503, "headers": RETRY_AFTER, "body": NOVA_503}
    tag = "fx-fleet-" + uuid.uuid4().hex[:6]
    ids = fl.create_servers(["%s-%02d" % (tag, i) for i in range(FLEET_SIZE)])
    try:
        for sid in ids:
            fl.cloud_helper.tag(sid, tag)
        collections = collections_dir()
        ctx.proxy.rules(
            {"service": "identity", "method": "POST", "times": 1, "fault": unavailable},
            {"service": "compute", "method": "GET", "path": "^/v2.1/servers/detail$", "times": 2, "fault": unavailable},
            {"service": "compute", "method": "GET", "path": SERVER_PATH, "skip": 5, "times": 10, "fault": unavailable},
            {"service": "compute", "method": "GET", "path": SERVER_PATH, "skip": 10, "times": 6, "fault": {"kind": "reset"}},
            {"service": "image", "method": "GET", "times": 3, "fault": {"kind": "reset"}},
            {"service": "compute", "method": "POST", "action_name": "rescue", "skip": 3, "times": 2,
             "fault": {"kind": "forward_then_reset"}},
            {"service": "compute", "method": "POST", "path": "/remote-consoles$", "times": 4, "fault": unavailable})
        rows = run_fleet(ctx.ws, collections, tag, "rescue")
        c = ctx.counts()
        outcomes = sorted(row["outcome"] for row in rows.values())
        check(set(rows) == set(ids), "the report does not list exactly the fleet")
        check(outcomes == ["rescued"] * FLEET_SIZE, "outcomes: %s" % [(r["name"], r["outcome"], r["message"])
                                                                     for r in rows.values() if r["outcome"] != "rescued"])
        finals = [fl.final_state(sid) for sid in ids]
        check(finals == ["RESCUE/rescued"] * FLEET_SIZE, "final states: %s" % finals)
        received, forwarded = per_server(c, ids, "rescue")
        check(received == [1] * FLEET_SIZE and forwarded == [1] * FLEET_SIZE,
              "rescue POSTs per server: received %s, forwarded %s" % (received, forwarded))
        faults_hit = sum(fl.received(c, "compute GET /v2.1/servers/%s" % sid) -
                         fl.forwarded(c, "compute GET /v2.1/servers/%s" % sid) for sid in ids)
        check(fl.token_posts(c) == 1, tokens(c))
        first = "%d rescued, rescue POSTs per server: 1 received, 1 forwarded (2 answers lost); %s; %d server reads " \
                "answered 503/reset and resent" % (outcomes.count("rescued"), tokens(c), faults_hit)

        ctx.proxy.reset()
        rows = run_fleet(ctx.ws, collections, tag, "rescue")
        c = ctx.counts()
        check(sorted(r["outcome"] for r in rows.values()) == ["unchanged"] * FLEET_SIZE, "re-run: %s" % rows)
        check(sum(per_server(c, ids, "rescue")[0]) == 0, "the re-run sent rescue POSTs")

        ctx.proxy.reset()
        ctx.proxy.rules(
            {"service": "compute", "method": "GET", "path": SERVER_PATH, "skip": 5, "times": 10, "fault": unavailable},
            {"service": "compute", "method": "GET", "path": SERVER_PATH, "times": 4, "fault": {"kind": "reset"}})
        rows = run_fleet(ctx.ws, collections, tag, "unrescue")
        c = ctx.counts()
        check(sorted(r["outcome"] for r in rows.values()) == ["unrescued"] * FLEET_SIZE, "unrescue: %s" % rows)
        finals = [fl.final_state(sid) for sid in ids]
        check(finals == ["ACTIVE/active"] * FLEET_SIZE, "final states after unrescue: %s" % finals)
        received, forwarded = per_server(c, ids, "unrescue")
        check(forwarded == [1] * FLEET_SIZE, "unrescue POSTs forwarded per server: %s" % forwarded)
        result = {"failed": False, "changed": True,
                  "msg": "report right each time: %d rescued; re-run %d unchanged; %d unrescued" % (
                      FLEET_SIZE, FLEET_SIZE, FLEET_SIZE)}
        return result, first + "; re-run: 0 rescue POSTs; unrescue: 1 POST per server"
    finally:
        fl.delete_servers(ids)


# =============================================================================== runner

def main():
    path, clouds = fl.require_cloud()
    chosen = [s for s in SCENARIOS if GROUP in ("all", s["group"]) and (KNOWN_BUGS or not s["known_bug"])]
    if not chosen:
        sys.exit("no scenarios in group %s" % GROUP)
    report = fl.Report(GROUP)
    workdir = tempfile.mkdtemp(prefix="stackrescue-faults-")
    proxy = fl.Proxy(workdir)
    names = {}
    failures = 0
    try:
        need = [s for s in chosen if s["needs_server"]]
        # One server per scenario that needs one, booted together up front.
        if need:
            tag = uuid.uuid4().hex[:6]
            wanted = ["fx-%s-%d" % (tag, i) for i in range(len(need))]
            ids = fl.create_servers(wanted)
            names = dict(zip(ids, wanted))
        pool = list(names)
        for s in chosen:
            sid = pool.pop(0) if s["needs_server"] else None
            proxy.reset()
            ctx = Ctx(proxy, clouds, sid, names.get(sid))
            started = time.monotonic()
            try:
                result, counts = s["fn"](ctx)
                final = fl.final_state(sid) if sid else "-"
                status = "PASS"
            except Exception as e:  # noqa: BLE001 - one scenario's failure does not stop the others
                failures += 1
                status = "FAIL"
                result, counts, final = {"failed": True, "msg": "TEST FAILED: %s" % e}, "", (
                    fl.final_state(sid) if sid else "-")
                traceback.print_exc()
            finally:
                ctx.ws.remove()
            if s["known_bug"] and status == "FAIL":
                status = "KNOWN BUG (%s)" % s["known_bug"]
            print("%-5s %-28s %5.1fs  %s\n      module: %s\n      final: %s; %s" % (
                status if status in ("PASS", "FAIL") else "BUG", s["name"], time.monotonic() - started, s["fault"],
                fl.describe_result(result) if "TEST FAILED" not in result.get("msg", "") else result["msg"],
                final, counts), flush=True)
            report.add(name=s["name"], fault=s["fault"], step=s["step"], status=status,
                       module=fl.describe_result(result), warnings=result.get("warnings", []),
                       final=final, counts=counts, seconds=result.get("_elapsed"))
    finally:
        proxy.stop()
        if names:
            fl.delete_servers(list(names))
        report.write()
    print("%d scenarios, %d failed" % (len(chosen), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
