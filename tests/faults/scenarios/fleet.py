"""Fault scenarios, group fleet: the fleet playbook (playbooks-examples/fleet-rescue.yml) on 20
servers under 503s, resets and lost answers.

Run by run.py (tests/faults/scenarios/run.py fleet <modules>); CTest: faults.fleet.
"""
import json
import os
import subprocess
import uuid

from stackrescue_testing import faults as fl

from common import NOVA_503, RETRY_AFTER, check, collections_dir, scenario, tokens

NOVA_500_CONSOLE = json.dumps({"computeFault": {"code": 500, "message": "Unexpected API Error (console proxy test)"}})


FLEET_PLAYBOOK = os.path.join(fl.TESTS, "..", "playbooks-examples", "fleet-rescue.yml")
FLEET_SIZE = 20
SERVER_PATH = "^/v2.1/servers/[0-9a-f-]{36}$"


def run_fleet(ws, collections, tag, action, name=None):
    report = os.path.join(ws.dir, "fleet-%s.json" % (name or action))
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


ROUNDTRIP_SIZE = 3


@scenario("fleet", "fleet_action=roundtrip of %d servers with every console POST answered 500: the step after "
          "the rescue fails (issue 18, item 6)" % ROUNDTRIP_SIZE, "fleet roundtrip", needs_server=False)
def s_fleet_roundtrip_console_fails(ctx):
    tag = "fx-round-" + uuid.uuid4().hex[:6]
    ids = fl.create_servers(["%s-%02d" % (tag, i) for i in range(ROUNDTRIP_SIZE)])
    try:
        for sid in ids:
            fl.cloud_helper.tag(sid, tag)
        ctx.proxy.rules({"service": "compute", "method": "POST", "path": "/remote-consoles$",
                         "fault": {"kind": "status", "status": 500, "body": NOVA_500_CONSOLE}})
        rows = run_fleet(ctx.ws, collections_dir(), tag, "roundtrip", name="roundtrip-console-500")
        c = ctx.counts()
        check(set(rows) == set(ids), "the report does not list exactly the fleet")
        check(all(r["outcome"] == "failed" for r in rows.values()), "outcomes: %s" % rows)
        check(all("unrescued again" in r["message"] for r in rows.values()),
              "the report must say each server was unrescued again: %s" % [r["message"] for r in rows.values()])
        finals = [fl.final_state(sid) for sid in ids]
        check(finals == ["ACTIVE/active"] * ROUNDTRIP_SIZE, "a roundtrip left servers behind: %s" % finals)
        received, forwarded = per_server(c, ids, "rescue")
        check(forwarded == [1] * ROUNDTRIP_SIZE, "rescue POSTs forwarded per server: %s" % forwarded)
        received, forwarded = per_server(c, ids, "unrescue")
        check(forwarded == [1] * ROUNDTRIP_SIZE, "unrescue POSTs forwarded per server: %s" % forwarded)
        result = {"failed": False, "changed": True,
                  "msg": "%d rescued, console refused, %d unrescued again; report: %s" % (
                      ROUNDTRIP_SIZE, ROUNDTRIP_SIZE, next(iter(rows.values()))["message"])}
        return result, "every server failed at its console and was unrescued in the block's always: (1 unrescue POST each)"
    finally:
        fl.delete_servers(ids)
