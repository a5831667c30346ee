#!/usr/bin/python3
"""The example playbooks with the inventories users give them (issue 18, items 12 and 7).

fleet-rescue.yml, rescue.yml and repair/repair.yml run on the controller. They must work the
same with no inventory (Ansible's implicit localhost), with `-i localhost,` and with an
inventory file that lists localhost: there localhost is an ordinary host, whose connection is
ssh unless a play says otherwise. For each of the three, on the local cloud's fake host:
  - fleet-rescue.yml, fleet_action=roundtrip on two servers: both rescued and unrescued
    (outcome unrescued, ACTIVE again), no host UNREACHABLE, and no console URL in the output
    (a URL carries a token that opens the console: printed only with fleet_show_console_urls);
  - rescue.yml on one server: the whole workflow, no UNREACHABLE;
  - repair/repair.yml --check on one server: with repair_tasks [fsck] the play runs (it
    predicts the snapshot and the rescue); with the default auto it says already_booting (a
    fresh server boots) and rescues nothing; no UNREACHABLE.
Then one fleet run with fleet_show_console_urls=true prints each console URL.

    inventories_test.py        (CTest: integration.inventories)

Needs OS_CLIENT_CONFIG_FILE and STACKRESCUE_COLLECTIONS; exits 77 (skipped) without a cloud.
"""
import os
import re
import shutil
import sys
import tempfile
import uuid

from stackrescue_testing import paths
from stackrescue_testing.fleet import Run, cloud_secrets, helper, skip_without_cloud

CONSOLE_URL = re.compile(r"https?://[^\s\"']*token[^\s\"']*")


def inventories(workdir):
    listing = os.path.join(workdir, "hosts.ini")
    with open(listing, "w") as f:
        f.write("[controller]\nlocalhost\n")
    return {"no inventory": [], "-i localhost,": ["-i", "localhost,"], "an inventory file": ["-i", listing]}


def check_run(run, what):
    assert run.proc.returncode == 0, "%s failed (%d):\n%s" % (what, run.proc.returncode, run.log[-4000:])
    assert "UNREACHABLE" not in run.log, "%s: a host was UNREACHABLE:\n%s" % (what, run.log[-4000:])


def main():
    skip_without_cloud()
    tag = "sr18-inv-" + uuid.uuid4().hex[:6]
    ids = helper("create", tag + "-00", tag + "-01").split()
    workdir = tempfile.mkdtemp(prefix="stackrescue-inventories-")
    secrets = cloud_secrets()
    try:
        for sid in ids:
            helper("tag", sid, tag)
        for number, (label, options) in enumerate(inventories(workdir).items()):
            fleet = Run(workdir, "fleet-%d" % number, {"servers_tag": tag, "fleet_action": "roundtrip"},
                        options=options)
            check_run(fleet, "fleet-rescue.yml with " + label)
            rows = fleet.rows()
            assert sorted(rows) == sorted(ids), rows
            assert all(r["outcome"] == "unrescued" for r in rows.values()), rows
            assert not CONSOLE_URL.search(fleet.log), "a console URL is printed by default (%s)" % label
            fleet.check_no_secret(secrets)
            states = [helper("show", sid) for sid in ids]
            assert all('"status": "ACTIVE"' in s for s in states), states

            example = Run(workdir, "rescue-%d" % number, {"server": ids[0]},
                          playbook=os.path.join(paths.EXAMPLES, "rescue.yml"), options=options)
            check_run(example, "rescue.yml with " + label)
            repair = Run(workdir, "repair-%d" % number, {"server": ids[1], "repair_tasks": ["fsck"]},
                         playbook=os.path.join(paths.EXAMPLES, "repair", "repair.yml"),
                         options=list(options) + ["--check"])
            check_run(repair, "repair.yml --check with " + label)
            assert re.search(r"TASK \[Snapshot and rescue [^\]]*\] \**\n(changed|ok):", repair.log), repair.log[-3000:]
            # repair_tasks auto (the default) on a server that is booting: nothing to do.
            auto = Run(workdir, "repair-auto-%d" % number, {"server": ids[1]},
                       playbook=os.path.join(paths.EXAMPLES, "repair", "repair.yml"), options=list(options) + ["--check"])
            check_run(auto, "repair.yml --check (auto) with " + label)
            assert re.search(r": already_booting: its last boot \((create|unrescue), \d+ s ago\)", auto.log), auto.log[-3000:]
            # Shown as skipped (repair.yml's block), never run.
            assert not re.search(r"TASK \[Snapshot and rescue [^\]]*\] \**\n(changed|ok):", auto.log), auto.log[-3000:]
            print("%-18s fleet %s; rescue.yml ok; repair.yml --check ok" % (
                label, ", ".join(sorted(r["outcome"] for r in rows.values()))))

        shown = Run(workdir, "fleet-shown", {"servers_tag": tag, "fleet_action": "roundtrip",
                                             "fleet_show_console_urls": True})
        check_run(shown, "fleet-rescue.yml with fleet_show_console_urls")
        assert len(set(CONSOLE_URL.findall(shown.log))) >= len(ids), "fleet_show_console_urls printed no URL"
        print("fleet_show_console_urls=true: %d console URLs printed" % len(set(CONSOLE_URL.findall(shown.log))))
        return 0
    finally:
        helper("delete", *ids)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
