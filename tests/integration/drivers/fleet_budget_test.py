#!/usr/bin/python3
"""The error budget of the fleet playbook (fleet_max_fail_percent), with the real
ansible-playbook against the local cloud's fake host.

Boots FLEET servers (default 6) carrying a tag, asks server_info (the module play 1 uses)
in which order the play will take them, and has the admin lock LOCKED (default 3) of them,
right after the first. Then fleet-rescue.yml runs with fleet_throttle 1 (one server at a
time) and fleet_max_fail_percent 20 (at most 1 failed server of 6):
  - the play still finishes and writes the report, one row per selected server;
  - the first server, its turn before any failure, is rescued;
  - the locked servers it tried failed with Nova's reason ("is locked");
  - more failed than the budget allows, then the budget stopped the play: the servers not
    yet started are reported failed, "not attempted", and are untouched in Nova (ACTIVE,
    never rescued), at least one of them unlocked;
  - every server it did rescue is in RESCUE; nothing secret in the output or the report.

    fleet_budget_test.py [--fleet N] [--locked N]

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
NOT_ATTEMPTED = "not attempted: more than %d%% of the fleet failed" % BUDGET_PERCENT


def selection_order(selection):
    """The servers in the order play 1 adds them as hosts: what server_info returns."""
    module = os.path.join(os.environ.get("STACKRESCUE_COLLECTIONS", ""), "ansible_collections", "stackrescue",
                          "openstack", "plugins", "modules", "server_info")
    args = {"cloud": "member", "tags": [selection["servers_tag"]], "name_regex": selection["servers_name_regex"]}
    out = subprocess.run([module], input=json.dumps(args), capture_output=True, text=True, timeout=120)
    result = json.loads(out.stdout)
    assert not result.get("failed"), result
    return [s["id"] for s in result["servers"]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fleet", type=int, default=6)
    parser.add_argument("--locked", type=int, default=3)
    opts = parser.parse_args()
    skip_without_cloud()
    run_id = uuid.uuid4().hex[:6]
    prefix, tag = "sr11-budget-%s" % run_id, "sr11-budget-%s" % run_id
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

        run = Run(workdir, "budget", dict(selection, fleet_throttle=1, fleet_max_fail_percent=BUDGET_PERCENT))
        print(run.log)
        assert run.proc.returncode == 0, "the play must finish and report, even over the budget"
        rows = run.rows()
        assert set(rows) == set(ids), "the report must list exactly the selected servers"
        tried_locked = [sid for sid in locked if "is locked" in rows[sid]["message"]]
        not_attempted = [sid for sid in ids if rows[sid]["message"] == NOT_ATTEMPTED]
        rescued = [sid for sid in ids if rows[sid]["outcome"] == "rescued"]
        allowed = opts.fleet * BUDGET_PERCENT // 100
        assert len(tried_locked) > allowed, "the budget allows %d failure(s); it must be exceeded (%d)" % (
            allowed, len(tried_locked))
        assert order[0] in rescued, "the first server's turn came before any failure: it must be rescued"
        assert not_attempted, "the budget was exceeded but every server was attempted"
        assert set(not_attempted) - set(locked), "no unlocked server was left alone by the budget"
        for sid, row in rows.items():
            state = json.loads(helper("show", sid))
            if sid in rescued:
                assert sid not in locked and state["status"] == "RESCUE", (row, state)
            else:
                assert row["outcome"] == "failed", row
                assert sid in tried_locked or sid in not_attempted, row
                assert state["status"] == "ACTIVE" and state["vm_state"] == "active" and not state["task_state"], (
                    "a server the play did not rescue was touched", row, state)
        summary = json.load(open(run.report))["summary"]
        assert summary["failed"] == len(tried_locked) + len(not_attempted) and summary["rescued"] == len(rescued), summary
        table = open(run.report[:-5] + ".md").read()
        assert table.count(NOT_ATTEMPTED) == len(not_attempted) and table.count("is locked") == len(tried_locked), table
        run.check_no_secret(cloud_secrets())
        print("fleet of %d, %d locked, budget %d%%: %d failed as locked, %d not attempted, %d rescued; %s" % (
            opts.fleet, len(locked), BUDGET_PERCENT, len(tried_locked), len(not_attempted), len(rescued), summary))
        return 0
    finally:
        for sid in locked:
            subprocess.run(HELPER + ["unlock", sid], capture_output=True)
        helper("delete", *ids)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
