"""Fault scenarios, group auth: authentication: 401 mid-workflow (expired or revoked token),
Keystone refused, silent or down with a cached token.

Run by run.py (tests/faults/scenarios/run.py auth <modules>); CTest: faults.auth.
"""
from stackrescue_testing import faults as fl

from common import KEYSTONE_401, check, check_failed, check_ok, rescue_counts, scenario, tokens


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
