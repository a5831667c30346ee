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
  4. unrescue                   -> FLEET-2 unrescued, the locked 2 unchanged;
and in every report: one row per selected server, nothing secret.

    fleet_test.py [--fleet N] [--keep-report DIR]

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

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
HELPER = [sys.executable if sys.executable.startswith("/usr/bin") else "/usr/bin/python3", os.path.join(HERE, "cloud_helper.py")]
PLAYBOOK = os.path.join(HERE, "..", "..", "playbooks-examples", "fleet-rescue.yml")
SKIP = 77


def helper(*args):
    out = subprocess.run(HELPER + list(args), capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        raise RuntimeError("cloud_helper %s failed: %s%s" % (args[0], out.stdout, out.stderr))
    return out.stdout


def skip_without_cloud():
    """Ends the test as skipped (exit 77) when there is no cloud to run it against."""
    if not os.environ.get("OS_CLIENT_CONFIG_FILE"):
        print("SKIP: OS_CLIENT_CONFIG_FILE is not set")
        sys.exit(SKIP)
    if subprocess.run(HELPER + ["ping"], capture_output=True).returncode != 0:
        print("SKIP: the cloud does not answer")
        sys.exit(SKIP)


def cloud_secrets():
    clouds = yaml.safe_load(open(os.environ["OS_CLIENT_CONFIG_FILE"])) or {}
    return [str(c["auth"][k]) for c in clouds.get("clouds", {}).values() for k in ("password", "token")
            if (c.get("auth") or {}).get(k)]


class Run:
    """One ansible-playbook run of the fleet playbook with a fresh token cache and a trace."""

    def __init__(self, workdir, name, extra):
        self.dir = os.path.join(workdir, name)
        os.makedirs(self.dir)
        self.report = os.path.join(self.dir, "fleet-report.json")
        env = dict(os.environ, PATH="/usr/bin:/bin:/usr/sbin:/sbin:" + os.environ.get("PATH", ""),
                   ANSIBLE_COLLECTIONS_PATH=os.environ.get("STACKRESCUE_COLLECTIONS", ""),
                   ANSIBLE_NOCOLOR="1", ANSIBLE_RETRY_FILES_ENABLED="0", ANSIBLE_LOCALHOST_WARNING="0",
                   ANSIBLE_INVENTORY_UNPARSED_WARNING="0", ANSIBLE_DEPRECATION_WARNINGS="0",
                   XDG_CACHE_HOME=os.path.join(self.dir, "cache"), STACKRESCUE_TRACE=os.path.join(self.dir, "trace"))
        args = ["ansible-playbook", PLAYBOOK, "-e", "cloud=member", "-e", "fleet_report=" + self.report]
        for key, value in extra.items():
            args += ["-e", json.dumps({key: value})]
        self.proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=1200, cwd=self.dir)
        self.log = self.proc.stdout + self.proc.stderr

    def rows(self):
        with open(self.report) as f:
            return {row["id"]: row for row in json.load(f)["servers"]}

    def token_requests(self):
        if not os.path.exists(os.path.join(self.dir, "trace")):
            return 0
        return sum(1 for line in open(os.path.join(self.dir, "trace")) if " POST " in line and "/auth/tokens" in line)

    def check_no_secret(self, secrets):
        texts = [self.log]
        for path in (self.report, self.report[:-5] + ".md"):
            if os.path.exists(path):
                texts.append(open(path).read())
        for text in texts:
            assert not any(s in text for s in secrets), "a secret appears in the output or the report"
            assert "adminPass" not in text and "admin_password\": \"" not in text


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
