#!/usr/bin/python3
"""Canary secrets: a throw-away user and project with canary credentials, every module run
through the real ansible-playbook (-vvv) with each way of authenticating, then a scan of
everything written for the canaries.

As admin it creates project and user canary-<random> (password Canary-<random>, role
member), an application credential of that user with the secret Canary-AppCred-<random>,
and a token of that user (a canary too). canary.yml then runs rescue_image_info,
server_rescue (admin_password Canary-Rescue-<random>), server_rescue_info, server_console
and server_rescue unrescued on a server of the canary project, once per way of
authenticating (clouds.yaml entry, auth dict, cloud dict, application credential, token),
with STACKRESCUE_TRACE set and ANSIBLE_LOG_PATH on.

Scanned afterwards, for every canary and for every token the modules were issued (read
from their token cache):
  * ansible-playbook's stdout/stderr (-vvv) and its log file,
  * the modules' trace file,
  * the token cache files (which must hold tokens, and never a password or secret),
  * every file left in the run's HOME and temporary directories, and every file under /tmp
    that changed during the run,
  * the local cloud's service logs (the bytes written during the run).
The test fails on a canary in anything StackRescue or Ansible wrote. What the services
themselves log is reported (and fails the test only if it is a secret StackRescue could
have kept from them, which it cannot: they receive the credentials by design).

    canary_test.py <directory with the built module binaries>

Exits 77 without the local cloud. Writes $STACKRESCUE_REPORT_DIR/secrets.json when set.
"""
import glob
import json
import os
import secrets as rnd
import shutil
import subprocess
import sys
import tempfile
import time

import yaml

from stackrescue_testing import cloud as cloud_helper
from stackrescue_testing import faults as fl

HERE = os.path.dirname(os.path.abspath(__file__))
CLOUD_HELPER = ["/usr/bin/python3", "-m", "stackrescue_testing.cloud"]

MODULES = sys.argv[1] if len(sys.argv) > 1 else "build/modules"
ROOT = os.path.dirname(os.path.dirname(HERE))
CLOUD_LOGS = os.environ.get("STACKRESCUE_CLOUD_DIR", "/var/tmp/stackrescue-cloud") + "/log"


class Canary:
    def __init__(self, clouds):
        tag = rnd.token_hex(4)
        self.name = "canary-" + tag
        self.password = "Canary-" + rnd.token_hex(12)
        self.appcred_secret = "Canary-AppCred-" + rnd.token_hex(12)
        self.rescue_password = "Canary-Rescue-" + rnd.token_hex(12)
        self.auth_url = clouds["admin"]["auth"]["auth_url"]
        self.admin = cloud_helper.admin()
        s = self.admin.session
        keystone = self.auth_url
        project = {"project": {"name": self.name, "domain_id": "default", "description": "canary (tests/secrets)"}}
        self.project = cloud_helper.ok(s.post(keystone + "/projects", json=project), 201).json()["project"]["id"]
        user = {"user": {"name": self.name, "password": self.password, "domain_id": "default",
                         "default_project_id": self.project}}
        self.user = cloud_helper.ok(s.post(keystone + "/users", json=user), 201).json()["user"]["id"]
        roles = cloud_helper.ok(s.get(keystone + "/roles?name=member"), 200).json()["roles"]
        cloud_helper.ok(s.put(keystone + "/projects/%s/users/%s/roles/%s" % (self.project, self.user,
                                                                            roles[0]["id"])), 204)
        self.token = self._token()
        self.appcred_id = self._appcred()

    def _user_auth(self):
        return {"identity": {"methods": ["password"], "password": {"user": {
            "id": self.user, "password": self.password}}}, "scope": {"project": {"id": self.project}}}

    def _token(self):
        import requests
        r = requests.post(self.auth_url + "/auth/tokens", json={"auth": self._user_auth()}, timeout=30)
        assert r.status_code == 201, r.text
        return r.headers["X-Subject-Token"]

    def _appcred(self):
        import requests
        r = requests.post(self.auth_url + "/users/%s/application_credentials" % self.user,
                          headers={"X-Auth-Token": self.token},
                          json={"application_credential": {"name": self.name, "secret": self.appcred_secret}},
                          timeout=30)
        assert r.status_code == 201, r.text
        return r.json()["application_credential"]["id"]

    def clouds_yaml(self, path):
        doc = {"clouds": {"canary": {"auth": {"auth_url": self.auth_url, "username": self.name,
                                              "password": self.password, "project_name": self.name,
                                              "user_domain_name": "Default", "project_domain_name": "Default"},
                                     "region_name": "RegionOne", "interface": "public",
                                     "identity_api_version": 3}}}
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            yaml.safe_dump(doc, f)

    def canaries(self):
        return {"password": self.password, "application credential secret": self.appcred_secret,
                "token given to the modules": self.token, "rescue admin_password": self.rescue_password}

    def delete(self):
        s = self.admin.session
        s.delete(self.auth_url + "/users/%s" % self.user, raise_exc=False)  # also its app credentials
        s.delete(self.auth_url + "/projects/%s" % self.project, raise_exc=False)


def log_offsets():
    files = [p for p in glob.glob(CLOUD_LOGS + "/**/*", recursive=True) if os.path.isfile(p)]
    return {p: os.path.getsize(p) for p in files}


def read_new(path, offset):
    with open(path, "rb") as f:
        f.seek(offset if os.path.getsize(path) >= offset else 0)
        return f.read()


def find_in(data, needles):
    return sorted(label for label, value in needles.items() if value.encode() in data)


def main():
    path, clouds = fl.require_cloud()
    collections = os.environ.get("STACKRESCUE_COLLECTIONS")
    if not collections or not os.path.isdir(os.path.join(collections, "ansible_collections", "stackrescue")):
        collections = os.path.join(tempfile.mkdtemp(prefix="stackrescue-secrets-coll-"), "collections")
        subprocess.run([os.path.join(ROOT, "tools", "build-collection"), "--build-dir",
                        os.path.dirname(os.path.abspath(MODULES)), "--install", collections], check=True,
                       capture_output=True)
    work = tempfile.mkdtemp(prefix="stackrescue-secrets-")
    os.chmod(work, 0o700)
    home, tmp = os.path.join(work, "home"), os.path.join(work, "tmp")
    os.makedirs(home)
    os.makedirs(tmp)
    inputs = {os.path.join(work, "clouds.yaml"), os.path.join(work, "vars.json")}  # hold the secrets by design
    marker = os.path.join(work, "marker")
    open(marker, "w").close()
    time.sleep(1.1)  # so files changed during the run are -newer than the marker on every file system
    offsets = log_offsets()
    canary = Canary(clouds)
    sid = None
    report = {"leaks": [], "service_log_hits": [], "scanned": {}}
    try:
        canary.clouds_yaml(os.path.join(work, "clouds.yaml"))
        # The canary project's server, booted with stackrescue_testing.cloud as the canary user.
        helper_env = dict(os.environ, OS_CLIENT_CONFIG_FILE=os.path.join(work, "clouds.yaml"), IT_CLOUD="canary")
        server_name = canary.name + "-server"
        out = subprocess.run(CLOUD_HELPER + ["create", server_name], env=helper_env, capture_output=True, text=True,
                             timeout=300)
        assert out.returncode == 0, out.stderr
        sid = out.stdout.split()[0]
        variables = {"sid": sid, "server_name": server_name, "auth_url": canary.auth_url, "user": canary.name,
                     "project": canary.name, "password": canary.password, "appcred_id": canary.appcred_id,
                     "appcred_secret": canary.appcred_secret, "token": canary.token,
                     "rescue_password": canary.rescue_password}
        with open(os.open(os.path.join(work, "vars.json"), os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            json.dump(variables, f)
        trace = os.path.join(work, "trace.log")
        ansible_log = os.path.join(work, "ansible.log")
        env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
        env.update(HOME=home, TMPDIR=tmp, PATH="/usr/bin:/bin:/usr/sbin:/sbin",
                   OS_CLIENT_CONFIG_FILE=os.path.join(work, "clouds.yaml"), STACKRESCUE_TRACE=trace,
                   ANSIBLE_COLLECTIONS_PATH=collections, ANSIBLE_LOG_PATH=ansible_log, ANSIBLE_NOCOLOR="1",
                   ANSIBLE_LOCAL_TEMP=os.path.join(tmp, "ansible-local"), ANSIBLE_RETRY_FILES_ENABLED="0",
                   ANSIBLE_LOCALHOST_WARNING="0", ANSIBLE_INVENTORY_UNPARSED_WARNING="0",
                   ANSIBLE_DEPRECATION_WARNINGS="0")
        started = time.monotonic()
        play = subprocess.run(["/usr/bin/ansible-playbook", os.path.join(HERE, "canary.yml"), "-vvv",
                               "-e", "@" + os.path.join(work, "vars.json")],
                              env=env, capture_output=True, text=True, timeout=900)
        output = play.stdout + play.stderr
        with open(os.path.join(work, "playbook-output.txt"), "w") as f:
            f.write(output)
        print("ansible-playbook -vvv: rc %d, %.0f s, %d lines of output" % (
            play.returncode, time.monotonic() - started, output.count("\n")))
        recap = [line for line in output.splitlines() if line.startswith("localhost ")]
        print("\n".join(recap))
        assert play.returncode == 0, "the playbook failed:\n" + output[-5000:]
        state = json.loads(subprocess.run(CLOUD_HELPER + ["show", sid],
                                          env=helper_env, capture_output=True, text=True).stdout)
        assert state["status"] == "ACTIVE", "server not ACTIVE after the run: %s" % state
        report["playbook"] = {"rc": play.returncode, "recap": recap, "final_state": state["status"]}

        # Tokens the modules were issued, from their cache: secrets too.
        cache_files = glob.glob(os.path.join(home, ".cache", "stackrescue", "tokens", "*.json"))  # not the .lock files
        issued = {}
        for i, p in enumerate(sorted(cache_files)):
            issued["issued token %d" % (i + 1)] = json.load(open(p))["token"]
        assert issued, "no token cache files: the modules cached nothing"
        needles = dict(canary.canaries(), **issued)
        never_in_cache = canary.canaries()

        def scan(label, data, which=needles):
            hits = find_in(data, which)
            report["scanned"][label] = len(data)
            for h in hits:
                report["leaks"].append({"where": label, "what": h})

        # Controls: the scanner finds each canary where it must be (the inputs), and the
        # output shows the masks where the secrets would have been.
        control = find_in(open(os.path.join(work, "vars.json"), "rb").read(), canary.canaries())
        assert control == sorted(canary.canaries()), "scanner control failed: %s" % control
        report["masks_in_output"] = output.count("VALUE_SPECIFIED_IN_NO_LOG_PARAMETER") + output.count("********")
        scan("ansible-playbook -vvv output", output.encode())
        scan("ANSIBLE_LOG_PATH log", open(ansible_log, "rb").read())
        scan("STACKRESCUE_TRACE file", open(trace, "rb").read())
        for p in cache_files:
            scan("token cache " + os.path.basename(p), open(p, "rb").read(), never_in_cache)
        own = set(cache_files) | {trace, ansible_log} | inputs | {os.path.join(work, "playbook-output.txt")}
        left = []
        for root_dir in (home, tmp, work):
            for dirpath, _, files in os.walk(root_dir):
                for name in files:
                    p = os.path.join(dirpath, name)
                    if p in own or p == marker:
                        continue
                    left.append(p)
        for p in sorted(set(left)):
            scan("left in HOME/TMPDIR: " + os.path.relpath(p, work), open(p, "rb").read())
        tmp_changed = subprocess.run(["find", "/tmp", "-xdev", "-type", "f", "-newer", marker, "-size", "-20M"],
                                     capture_output=True, text=True).stdout.split()
        tmp_changed = [p for p in tmp_changed if not p.startswith(work)]
        tmp_bytes = 0
        for p in tmp_changed:
            try:
                data = open(p, "rb").read()
            except OSError:
                continue
            tmp_bytes += len(data)
            for h in find_in(data, needles):
                report["leaks"].append({"where": p, "what": h})
        report["scanned"]["files changed under /tmp during the run (%d)" % len(tmp_changed)] = tmp_bytes
        log_bytes = 0
        for p, offset in sorted(log_offsets().items()):
            data = read_new(p, offsets.get(p, 0))
            log_bytes += len(data)
            for h in find_in(data, needles):
                report["service_log_hits"].append({"where": os.path.relpath(p, CLOUD_LOGS), "what": h})
        report["scanned"]["cloud service logs (bytes written during the run)"] = log_bytes
        report["canaries"] = sorted(needles)
        report["files_left"] = [os.path.relpath(p, work) for p in sorted(set(left))]
    finally:
        if sid:
            subprocess.run(CLOUD_HELPER + ["delete", sid], env=helper_env, capture_output=True)
        canary.delete()
        shutil.rmtree(work, ignore_errors=True)
        directory = os.environ.get("STACKRESCUE_REPORT_DIR")
        if directory:
            os.makedirs(directory, exist_ok=True)
            with open(os.path.join(directory, "secrets.json"), "w") as f:
                json.dump(report, f, indent=1)

    for where, size in report["scanned"].items():
        print("scanned %-70s %9d bytes" % (where, size))
    print("canaries: %s" % ", ".join(report["canaries"]))
    print("masks (VALUE_SPECIFIED_IN_NO_LOG_PARAMETER / ********) in the -vvv output: %d" % report["masks_in_output"])
    print("files left in HOME/TMPDIR besides the cache, trace and logs: %s" % (report["files_left"] or "none"))
    for hit in report["service_log_hits"]:
        print("service log: %(what)s in %(where)s" % hit)
    print("service logs: %d canary hits" % len(report["service_log_hits"]))
    for leak in report["leaks"]:
        print("LEAK: %(what)s in %(where)s" % leak)
    print("leaks: %d" % len(report["leaks"]))
    return 1 if report["leaks"] else 0


if __name__ == "__main__":
    sys.exit(main())
