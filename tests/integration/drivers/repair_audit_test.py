#!/usr/bin/python3
"""repair.yml's audit record (issue 20, "Audit record") on the local cloud's fake host, where
no command can be typed (no serial console), so every run below ends before a repair:

  - repair_tasks auto on a fresh server (it boots): already_booting, and still a record;
  - repair_tasks [fsck] with no snapshot: the rescue happens, the first typed command fails
    (no serial console), the play fails; the record is written anyway (the play's always):
    outcome failed, audit.jsonl with every module call up to the failure (the no_log
    rescue's record without its result, no password anywhere), report.html;
  - a second run into the same repair_audit_dir: its index page has one row per run.

    repair_audit_test.py        (CTest: integration.repair_audit)

Needs OS_CLIENT_CONFIG_FILE and STACKRESCUE_COLLECTIONS; exits 77 (skipped) without a cloud.
"""
import glob
import json
import os
import shutil
import sys
import tempfile
import uuid

from stackrescue_testing import paths
from stackrescue_testing.fleet import Run, cloud_secrets, helper, skip_without_cloud

REPAIR = os.path.join(paths.EXAMPLES, "repair", "repair.yml")


def run_dir(run):
    found = glob.glob(os.path.join(run.audit_dir, "*-*Z"))
    assert len(found) == 1, "%s: run directories %s\n%s" % (run.dir, found, run.log[-3000:])
    return found[0]


def records(directory):
    with open(os.path.join(directory, "audit.jsonl")) as f:
        return [json.loads(line) for line in f]


def report(directory):
    with open(os.path.join(directory, "report.json")) as f:
        return json.load(f)


def main():
    skip_without_cloud()
    sid = helper("create", "sr20-audit-" + uuid.uuid4().hex[:6]).split()[0]
    workdir = tempfile.mkdtemp(prefix="stackrescue-repair-audit-")
    secrets = cloud_secrets()
    try:
        auto = Run(workdir, "auto", {"server": sid}, playbook=REPAIR)
        assert auto.proc.returncode == 0, auto.log[-3000:]
        directory = run_dir(auto)
        r = report(directory)
        assert r["outcome"] == "already_booting", r["outcome"]
        assert [s["name"] for s in r["steps"]] == ["server_diagnose"], r["steps"]
        assert r["diagnosis"]["before"]["state"] in ("booted", "booting"), r["diagnosis"]["before"]
        assert os.path.exists(os.path.join(auto.audit_dir, "report.html"))
        print("auto: already_booting, record with 1 step, index written")

        failing = Run(workdir, "fsck", {"server": sid, "repair_tasks": ["fsck"], "repair_snapshot": False},
                      playbook=REPAIR)
        assert failing.proc.returncode != 0, failing.log[-3000:]
        assert "TASK [Write the run's report" in failing.log, failing.log[-3000:]
        directory = run_dir(failing)
        steps = records(directory)
        modules = [s["module"].split(".")[-1] for s in steps]
        assert modules[:2] == ["server_diagnose", "server_rescue"], modules
        assert steps[1].get("no_log") is True and "result" not in steps[1], steps[1]
        assert steps[-1]["failed"] is True and modules[-1] == "rescue_command", steps[-1]
        r = report(directory)
        assert r["outcome"] == "failed", r
        assert " failed: " in r["reason"], r["reason"]  # the failed step and its message
        assert r["extra"]["repair_tasks"] == ["fsck"], r["extra"]
        html = open(os.path.join(directory, "report.html")).read()
        assert "<svg" in html and "<script" not in html
        for path in glob.glob(os.path.join(directory, "*")) + [failing.report]:
            if os.path.exists(path):
                text = open(path).read()
                assert not any(s in text for s in secrets), "a secret in " + path
                assert "adminPass" not in text and "admin_password\": \"" not in text.replace(
                    "admin_password\": \"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", ""), path
        print("fsck on the fake host: failed at %s, record with %d steps" % (modules[-1], len(steps)))

        # A second run into the same repair_audit_dir: its index page lists both runs (the
        # server is still rescued: whatever this run ends with, it leaves a record).
        again = Run(workdir, "again", {"server": sid, "repair_audit_dir": failing.audit_dir}, playbook=REPAIR)
        assert len(glob.glob(os.path.join(failing.audit_dir, "*-*Z"))) == 2, again.log[-3000:]
        index_html = open(os.path.join(failing.audit_dir, "report.html")).read()
        assert index_html.count("<tr><td>") == 2, index_html
        assert "<script" not in index_html
        print("index page: one row per run (2)")
    finally:
        helper("delete", sid)
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
