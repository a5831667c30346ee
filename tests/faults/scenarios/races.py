"""Fault scenarios, group races: races with other actors: two ansible-playbook runs on one
server, the server deleted or the rescue image deactivated mid-workflow.

Run by run.py (tests/faults/scenarios/run.py races <modules>); CTest: faults.races.
"""
import json
import os
import subprocess
import uuid

from stackrescue_testing import faults as fl

from common import NOVA_500, check, check_failed, collections_dir, rescue_counts, scenario


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
