#!/usr/bin/python3
"""The error budget of the fleet playbook (fleet_max_fail_percent), with the real
ansible-playbook against the local cloud's fake host.

Boots FLEET servers (default 6) carrying a tag, asks server_info (the module play 1 uses)
in which order the play will take them, and has the admin lock LOCKED (default 3) of them,
right after the first. Then fleet-rescue.yml runs three times with fleet_throttle THROTTLE
(default 1, one server at a time; forks as many):
  0. --check: the play finishes, shows the table it would write, and changes nothing;
  1. fleet_max_fail_percent 20 (budget B = FLEET * 20 // 100 failed servers; B + 1 < LOCKED):
     - the play still finishes and writes the report, one row per selected server;
     - the first server, its turn before any failure, is rescued;
     - the budget is exceeded, but by one server at most, whatever the throttle (before
       issue 18 item 8, a throttle of 4 let the locked servers in flight fail together):
       B + 1 locked servers failed with Nova's reason ("is locked");
     - every other server is reported failed, "not attempted", and is untouched in Nova
       (ACTIVE, never rescued), at least one of them unlocked;
     - every server it did rescue is in RESCUE; nothing secret in the output or the report;
  2. the same again with a budget of exactly LOCKED servers (never spent): no server is left
     out: the first one unchanged, the locked ones failed with Nova's reason, every other
     one rescued, also those whose turn came while the budget could still be spent.

    fleet_budget_test.py [--fleet N] [--locked N] [--throttle N] [--prefix NAME]

Needs OS_CLIENT_CONFIG_FILE (clouds member and admin) and STACKRESCUE_COLLECTIONS (the
installed collection); exits 77 (skipped) without a cloud.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

from stackrescue_testing.fleet import HELPER, Run, cloud_secrets, helper, skip_without_cloud

BUDGET_PERCENT = 20
NOT_ATTEMPTED = "not attempted: more than %s%% of the fleet failed"


def selection_order(selection):
    """The servers in the order play 1 adds them as hosts: what server_info returns."""
    module = os.path.join(os.environ.get("STACKRESCUE_COLLECTIONS", ""), "ansible_collections", "stackrescue",
                          "openstack", "plugins", "modules", "server_info")
    args = {"cloud": "member", "tags": [selection["servers_tag"]], "name_regex": selection["servers_name_regex"]}
    out = subprocess.run([module], input=json.dumps(args), capture_output=True, text=True, timeout=120)
    result = json.loads(out.stdout)
    assert not result.get("failed"), result
    return [s["id"] for s in result["servers"]]


def budget_run(workdir, name, selection, opts, percent):
    run = Run(workdir, name, dict(selection, fleet_throttle=opts.throttle, fleet_max_fail_percent=percent),
              options=("-f", str(opts.throttle)))
    print(run.log)
    assert run.proc.returncode == 0, "the play must finish and report, even over the budget"
    run.check_no_secret(cloud_secrets())
    return run


def check_mode(workdir, selection, opts, ids):
    """Run 0: --check with the budget: it finishes, shows the table it would write, changes nothing."""
    run = Run(workdir, "check", dict(selection, fleet_throttle=opts.throttle, fleet_max_fail_percent=BUDGET_PERCENT),
              options=("--check", "-f", str(opts.throttle)))
    assert run.proc.returncode == 0, "check mode must finish: %s" % run.log[-3000:]
    assert not os.path.exists(run.report), "check mode wrote the report"
    run.check_no_secret(cloud_secrets())
    shown = [sid for sid in ids if "| %s |" % sid in run.log]
    assert shown == ids, "the table shown must list every server: %s of %s" % (shown, ids)
    states = [json.loads(helper("show", sid))["status"] for sid in ids]
    assert states == ["ACTIVE"] * len(ids), "check mode changed servers: %s" % states
    return "check mode: nothing changed, the table shown"


def check_spent(run, ids, order, locked, opts):
    """Run 1: the budget is spent, and exceeded by one failed server at most."""
    rows = run.rows()
    assert set(rows) == set(ids), "the report must list exactly the selected servers"
    not_attempted_msg = NOT_ATTEMPTED % BUDGET_PERCENT
    tried_locked = [sid for sid in locked if "is locked" in rows[sid]["message"]]
    not_attempted = [sid for sid in ids if rows[sid]["message"] == not_attempted_msg]
    rescued = [sid for sid in ids if rows[sid]["outcome"] == "rescued"]
    allowed = opts.fleet * BUDGET_PERCENT // 100
    assert len(tried_locked) > allowed, "the budget allows %d failure(s); it must be exceeded (%d)" % (
        allowed, len(tried_locked))
    assert len(tried_locked) <= allowed + 1, (
        "throttle %d: %d servers failed, one at a time allows at most %d (budget %d + 1): %s" % (
            opts.throttle, len(tried_locked), allowed + 1, allowed, [rows[s]["message"] for s in tried_locked]))
    assert order[0] in rescued, "the first server's turn came before any failure: it must be rescued"
    assert not_attempted, "the budget was exceeded but every server was attempted"
    assert set(not_attempted) - set(locked), "no unlocked server was left alone by the budget"
    for sid, row in rows.items():
        state = json.loads(helper("show", sid))
        if sid in rescued:
            assert sid not in locked and state["status"] == "RESCUE", (row, state)
        else:
            assert row["outcome"] == "failed", row
            assert sid in tried_locked or sid in not_attempted, ("a failed server must say why", row)
            assert state["status"] == "ACTIVE" and state["vm_state"] == "active" and not state["task_state"], (
                "a server the play did not rescue was touched", row, state)
    summary = json.load(open(run.report))["summary"]
    assert summary["failed"] == len(tried_locked) + len(not_attempted) and summary["rescued"] == len(rescued), summary
    table = open(run.report[:-5] + ".md").read()
    assert table.count(not_attempted_msg) == len(not_attempted) and table.count("is locked") == len(tried_locked), table
    return "budget %d%% (%d): %d failed as locked, %d not attempted, %d rescued; %s" % (
        BUDGET_PERCENT, allowed, len(tried_locked), len(not_attempted), len(rescued), summary)


def check_not_spent(run, ids, order, locked, percent):
    """Run 2: a budget of exactly the locked servers: every other server is done."""
    rows = run.rows()
    assert set(rows) == set(ids), "the report must list exactly the selected servers"
    for sid, row in rows.items():
        assert not row["message"].startswith("not attempted"), ("the budget was never spent", row)
        state = json.loads(helper("show", sid))
        if sid in locked:
            assert row["outcome"] == "failed" and "is locked" in row["message"], row
            assert state["status"] == "ACTIVE", (row, state)
        else:
            expected = "unchanged" if sid == order[0] else "rescued"
            assert row["outcome"] == expected and state["status"] == "RESCUE", (expected, row, state)
    put_off = "PLAY [Take the servers put off by the error budget, one at a time]"
    return "budget %s%% (%d): %d failed as locked, the others done; play 3 ran %d time(s)" % (
        percent, len(locked), len(locked), run.log.count(put_off))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fleet", type=int, default=6)
    parser.add_argument("--locked", type=int, default=3)
    parser.add_argument("--throttle", type=int, default=1)
    parser.add_argument("--prefix", default="sr11-budget", help="the servers' names start with PREFIX-<run>-")
    opts = parser.parse_args()
    assert opts.fleet * BUDGET_PERCENT // 100 + 1 < opts.locked < opts.fleet, "the budget must be overshot"
    skip_without_cloud()
    run_id = uuid.uuid4().hex[:6]
    prefix = tag = "%s-%s" % (opts.prefix, run_id)
    selection = {"servers_tag": tag, "servers_name_regex": "^%s-[0-9]+$" % prefix}
    print(helper("quota-instances", str(opts.fleet + 30)).strip())
    ids = helper("create", *["%s-%02d" % (prefix, i) for i in range(opts.fleet)]).split()
    workdir = tempfile.mkdtemp(prefix="stackrescue-fleet-budget-")
    locked = []
    try:
        for sid in ids:
            helper("tag", sid, tag)
        order = selection_order(selection)
        assert sorted(order) == sorted(ids), (order, ids)
        locked = order[1:1 + opts.locked]
        for sid in locked:
            helper("lock", sid)

        checked = check_mode(workdir, selection, opts, ids)
        spent = check_spent(budget_run(workdir, "spent", selection, opts, BUDGET_PERCENT), ids, order, locked, opts)
        # A budget of exactly the locked servers: percent * fleet == locked * 100.
        percent = 100.0 * opts.locked / opts.fleet
        kept = check_not_spent(budget_run(workdir, "kept", selection, opts, percent), ids, order, locked, percent)
        print("fleet of %d, %d locked, throttle %d: %s; %s; then %s" % (
            opts.fleet, len(locked), opts.throttle, checked, spent, kept))
        return 0
    finally:
        for sid in locked:
            subprocess.run(HELPER + ["unlock", sid], capture_output=True)
        helper("delete", *ids)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
