"""Fault scenarios, group transport: the transport between module and cloud: 503 with Retry-
After, connection resets, slow and lost answers, HTML where JSON belongs.

Run by run.py (tests/faults/scenarios/run.py transport <modules>); CTest: faults.transport.
"""
from stackrescue_testing import faults as fl

from common import (HTML, NOVA_503, RETRY_AFTER, check, check_failed, check_ok, lost_answer_warning,
                    rescue_counts, scenario, tokens)


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
