"""stackrescue_testing.fleet (taken from tests/integration/fleet_test.py): what the fleet
playbook tests (tests/integration/drivers/fleet_test.py, fleet_budget_test.py) share: the
cloud helper as a program (helper(), HELPER), the skip without a cloud, the cloud passwords
to look for, and Run, one ansible-playbook run of playbooks-examples/fleet-rescue.yml with a
fresh token cache and a request trace.
"""
import json
import os
import subprocess
import sys

import yaml

from stackrescue_testing import paths

# stackrescue_testing.cloud as a program (Debian's python: it has the OpenStack libraries).
HELPER = [sys.executable if sys.executable.startswith("/usr/bin") else "/usr/bin/python3", "-m",
          "stackrescue_testing.cloud"]
PLAYBOOK = os.path.join(paths.EXAMPLES, "fleet-rescue.yml")
SKIP = 77


def helper(*args):
    out = subprocess.run(HELPER + list(args), capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        raise RuntimeError("stackrescue_testing.cloud %s failed: %s%s" % (args[0], out.stdout, out.stderr))
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

    def __init__(self, workdir, name, extra, playbook=PLAYBOOK, options=()):
        """extra: variables (-e); options: more ansible-playbook options (e.g. -i localhost,)."""
        self.dir = os.path.join(workdir, name)
        os.makedirs(self.dir)
        self.report = os.path.join(self.dir, "fleet-report.json")
        env = dict(os.environ, PATH="/usr/bin:/bin:/usr/sbin:/sbin:" + os.environ.get("PATH", ""),
                   ANSIBLE_COLLECTIONS_PATH=os.environ.get("STACKRESCUE_COLLECTIONS", ""),
                   ANSIBLE_NOCOLOR="1", ANSIBLE_RETRY_FILES_ENABLED="0", ANSIBLE_LOCALHOST_WARNING="0",
                   ANSIBLE_INVENTORY_UNPARSED_WARNING="0", ANSIBLE_DEPRECATION_WARNINGS="0",
                   XDG_CACHE_HOME=os.path.join(self.dir, "cache"), STACKRESCUE_TRACE=os.path.join(self.dir, "trace"))
        # repair.yml's audit record goes here, not next to the playbook in the source tree.
        self.audit_dir = os.path.join(self.dir, "repair-audit")
        args = ["ansible-playbook", playbook, *options, "-e", "cloud=member", "-e", "fleet_report=" + self.report,
                "-e", "repair_audit_dir=" + self.audit_dir]
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
