#!/usr/bin/python3
"""The fleet playbook (playbooks-examples/fleet-rescue.yml) with the real ansible-playbook
against the local cloud's fake host.

Boots FLEET servers (default 20) named <prefix>-NN carrying a tag, two of them locked by
the admin, and two decoys outside the selection (one with the tag but another name, one
with the name pattern but no tag). Then:
  1. no selector given          -> the play fails before selecting anything;
  2. rescue (empty token cache) -> FLEET-2 rescued, 2 failed with Nova's reason (locked),
                                   decoys untouched, exactly 1 Keystone token request;
  3. the same again             -> idempotent: FLEET-2 unchanged, the 2 still failed;
  4. diagnose                   -> one row per server: the rescued unknown (their logs hold
                                   only the rescue system), the locked 2 booting;
  5. repair (repair.yml each,   -> the rescued: failed before any change (no repair fits what
     auto, 4 at a time)            their logs show), the locked 2 already_booting; each
                                   server's log and outcome kept, its variables file gone;
  6. unrescue                   -> FLEET-2 unrescued, the locked 2 unchanged;
and in every report: one row per selected server, nothing secret.

    fleet_test.py [--fleet N] [--keep-report DIR]

Needs OS_CLIENT_CONFIG_FILE (clouds member and admin) and STACKRESCUE_COLLECTIONS (the
installed collection); exits 77 (skipped) without a cloud.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

from stackrescue_testing.fleet import HELPER, Run, cloud_secrets, helper, skip_without_cloud


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fleet", type=int, default=20)
    parser.add_argument("--keep-report", help="copy the first run's report (JSON and Markdown) here")
    opts = parser.parse_args()
    skip_without_cloud()
    run_id = uuid.uuid4().hex[:6]
    prefix, tag = "sr11-fleet-%s" % run_id, "sr11-broken-%s" % run_id
    names = ["%s-%02d" % (prefix, i) for i in range(opts.fleet)]
    decoy_names = ["sr11-decoy-%s" % run_id, "%s-untagged" % prefix]
    # Our servers plus whatever other tests have running in the project.
    print(helper("quota-instances", str(opts.fleet + len(decoy_names) + 30)).strip())
    ids = helper("create", *names).split()
    decoys = helper("create", *decoy_names).split()
    by_id = dict(zip(ids, names))
    secrets = cloud_secrets()
    workdir = tempfile.mkdtemp(prefix="stackrescue-fleet-")
    locked = ids[3:5]
    try:
        for sid in ids + decoys[:1]:
            helper("tag", sid, tag)
        for sid in locked:
            helper("lock", sid)
        selection = {"servers_tag": tag, "servers_name_regex": "^%s-[0-9]+$" % prefix}
        forks = {"fleet_throttle": opts.fleet}

        unselective = Run(workdir, "no-selector", {})
        assert unselective.proc.returncode != 0, "a run without a selector must fail"
        assert "at least one of servers_tag, servers_name_regex, servers_status" in unselective.log, unselective.log[-2000:]
        assert not os.path.exists(unselective.report)

        first = Run(workdir, "rescue", dict(selection, **forks))
        print(first.log[-3000:])
        assert first.proc.returncode == 0, "the fleet run failed as a whole"
        rows = first.rows()
        assert set(rows) == set(ids), "the report must list exactly the selected servers"
        for sid, row in rows.items():
            assert row["name"] == by_id[sid]
            if sid in locked:
                assert row["outcome"] == "failed" and "is locked" in row["message"], row
            else:
                assert row["outcome"] == "rescued", row
            assert isinstance(row["seconds"], (int, float)) and row["seconds"] >= 0
        tokens = first.token_requests()
        assert tokens == 1, "expected exactly 1 Keystone token request for the whole run, saw %d" % tokens
        for sid in ids:
            state = json.loads(helper("show", sid))
            want = "ACTIVE" if sid in locked else "RESCUE"
            assert state["status"] == want and not state["task_state"], (sid, state)
        for sid in decoys:
            state = json.loads(helper("show", sid))
            assert state["status"] == "ACTIVE" and state["vm_state"] == "active", ("decoy touched", state)
        table = open(first.report[:-5] + ".md").read()
        assert table.count("| rescued |") == opts.fleet - 2 and table.count("| failed |") == 2, table
        first.check_no_secret(secrets)
        if opts.keep_report:
            os.makedirs(opts.keep_report, exist_ok=True)
            shutil.copy(first.report, opts.keep_report)
            shutil.copy(first.report[:-5] + ".md", opts.keep_report)

        again = Run(workdir, "rescue-again", dict(selection, **forks))
        assert again.proc.returncode == 0
        for sid, row in again.rows().items():
            assert row["outcome"] == ("failed" if sid in locked else "unchanged"), row
        again.check_no_secret(secrets)

        # Read-only, one server_diagnose call: the rescued servers' logs hold only the rescue
        # system (unknown, saying so), the locked ones were just booted (booting).
        # A boot counts as booting for a day: the verdict must not depend on how long the runs
        # before took on a loaded machine.
        diagnosed = Run(workdir, "diagnose", dict(selection, fleet_action="diagnose", fleet_boot_timeout=86400))
        assert diagnosed.proc.returncode == 0, diagnosed.log[-3000:]
        rows = diagnosed.rows()
        assert sorted(rows) == sorted(ids), rows
        for sid, row in rows.items():
            if sid in locked:
                assert row["outcome"] == "booting", row
            else:
                assert row["outcome"] == "unknown" and "only the rescue system's boot" in row["message"], row
        assert summary(diagnosed)["total"] == opts.fleet and summary(diagnosed)["booting"] == len(locked)
        assert "| state | findings | repairs | reason |" in diagnosed.log, diagnosed.log[-3000:]

        # repair.yml per server (auto): nothing fits a log that holds only the rescue system, so
        # each fails before any change; the locked ones boot (already_booting).
        repaired = Run(workdir, "repair", dict(selection, fleet_action="repair", fleet_throttle=4,
                                               fleet_repair_vars={"repair_root_password": secrets[0], "repair_boot_timeout": 86400}))
        assert repaired.proc.returncode == 0, repaired.log[-3000:]
        rows = repaired.rows()
        assert sorted(rows) == sorted(ids), rows
        for sid, row in rows.items():
            if sid in locked:
                assert row["outcome"] == "already_booting", row
            else:
                assert row["outcome"] == "failed" and row["message"].startswith("no repair task fits: it is rescued"), row
            base = os.path.join(repaired.dir, "fleet-report-repairs", "repair-" + sid)
            assert os.path.exists(base + ".log") and json.load(open(base + ".json"))["server"] == sid, base
            assert not os.path.exists(base + ".vars.json"), base
            repaired.log += open(base + ".log").read()   # checked for secrets below, with the report
        # Each repair's audit record, and one page with a row per server (issue 20).
        audit = os.path.join(repaired.dir, "fleet-report-repairs", "audit")
        page = open(os.path.join(audit, "report.html")).read()
        assert page.count("<tr><td>") == opts.fleet and "<script" not in page, page[:2000]
        for path in glob.glob(os.path.join(audit, "*", "*")):
            repaired.log += open(path, errors="replace").read()   # the records too: checked for secrets below
        assert summary(repaired) == {"total": opts.fleet, "repaired": 0, "already_booting": len(locked),
                                     "restored": 0, "failed": opts.fleet - len(locked)}, summary(repaired)
        for sid in ids:
            assert json.loads(helper("show", sid))["status"] == ("ACTIVE" if sid in locked else "RESCUE")
        repaired.check_no_secret(secrets)

        back = Run(workdir, "unrescue", dict(selection, fleet_action="unrescue", **forks))
        assert back.proc.returncode == 0
        for sid, row in back.rows().items():
            assert row["outcome"] == ("unchanged" if sid in locked else "unrescued"), row
        for sid in ids + decoys:
            assert json.loads(helper("show", sid))["status"] == "ACTIVE"
        back.check_no_secret(secrets)
        print("fleet of %d: rescue %s, again %s, unrescue %s; %d token request(s) in the first run" % (
            opts.fleet, summary(first), summary(again), summary(back), tokens))
        return 0
    finally:
        for sid in locked:
            subprocess.run(HELPER + ["unlock", sid], capture_output=True)
        helper("delete", *(ids + decoys))
        shutil.rmtree(workdir, ignore_errors=True)


def summary(run):
    with open(run.report) as f:
        return json.load(f)["summary"]


if __name__ == "__main__":
    sys.exit(main())
