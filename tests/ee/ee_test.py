#!/usr/bin/python3
"""The collection in an execution environment, run as AWX runs it (issue 22).

    ee_test.py RELEASE_DIR [amd64|arm64]   (RELEASE_DIR: the tarball of tools/build-release;
                                            CTest: ee.amd64, ee.arm64)

1. tools/build-ee builds the image from the tarball (a cached base of mmdebstrap minbase +
   ansible-core + python3-ansible-runner, then bindep.txt's packages and the collection);
   checked in the image: user 1000 with HOME=/runner, the collection where ansible-builder
   puts it, every platform:dpkg package of bindep.txt installed and nothing installed on top
   of the base that bindep.txt does not name.
2. A private data dir as AWX writes one: env/ (settings: podman, the image, host network;
   envvars: OS_CLIENT_CONFIG_FILE pointing at a clouds.yaml in env/, as AWX's OpenStack
   credential does; extravars), inventory/hosts, project/ (rescue.yml, fleet-rescue.yml,
   fleet/ from playbooks-examples). `ansible-runner run --process-isolation` runs rescue.yml on
   one fake-driver server, then fleet-rescue.yml (roundtrip) on two tagged ones.
3. Asserted from artifacts/<ident>/job_events/*.json only: the runner's status, no
   runner_on_failed / runner_on_unreachable, server_rescue_info's results (RESCUE, then
   ACTIVE) per server, playbook_on_stats with no failures; the job's files in the private
   data dir (token cache under /runner/.cache, the fleet report) owned by uid 1000; no cloud
   password in the events or stdout.

arm64 (the tarball carrying both architectures): the image of the arm64 base root (the one
tests/release/arm64_root.py enters), every program in it run by qemu-aarch64-static through
binfmt_misc (tools/with-qemu-binfmt: registered with the F flag for this test, undone after);
steps 1 and 3 as above, step 2 with one playbook of one module task (rescue_image_info, after
`uname -m`): emulation is slow. Asserted besides: `uname -m` in the job says aarch64, and,
from this machine's processes, the module ran as the aarch64 binary under qemu-aarch64
(stackrescue_testing.emulation.ModuleProcesses), never as a native x86_64 one.

Timings and sizes go to $STACKRESCUE_REPORT_DIR/ee-<arch>.json (docs/install.md). Exits 77
without the local cloud, without root, or when podman/runc/mmdebstrap cannot be installed.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import yaml

from stackrescue_testing import emulation, paths
from stackrescue_testing.fleet import cloud_secrets, helper, skip_without_cloud

SKIP = 77
RUNNER_UID = 1000
PACKAGES = ("podman", "runc", "mmdebstrap", "python3-ansible-runner")
EMULATION_PACKAGES = ("arch-test", "qemu-user-static")
# arm64's one module task (with `uname -m` before it), a playbook of the project.
MODULE_TASK = """\
- name: One module task in the arm64 execution environment
  hosts: localhost
  gather_facts: false
  tasks:
    - name: The machine the job runs on
      ansible.builtin.command: uname -m
      changed_when: false
    - name: Find the rescue image
      stackrescue.openstack.rescue_image_info:
        cloud: member
"""
CONTAINERS_CONF = os.path.join(paths.TOOLS, "ee-containers.conf")
ENV = dict(os.environ, PATH="/usr/bin:/bin:/usr/sbin:/sbin", CONTAINERS_CONF=CONTAINERS_CONF)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def podman_out(*args):
    return subprocess.run(["podman", *args], env=ENV, check=True, capture_output=True, text=True).stdout


def label(image, name):
    return podman_out("image", "inspect", "--format", '{{index .Config.Labels "org.stackrescue.%s"}}' % name,
                      image).strip()


def build_image(tarball, arch):
    started = time.monotonic()
    proc = subprocess.run([os.path.join(paths.TOOLS, "build-ee"), "--collection", tarball, "--arch", arch],
                          env=ENV, capture_output=True, text=True, timeout=3600)
    print(proc.stderr[-3000:])
    check(proc.returncode == 0, "tools/build-ee failed (%d)" % proc.returncode)
    image = proc.stdout.strip().splitlines()[-1]
    return image, time.monotonic() - started, proc.stderr


def image_facts(image, bindep_packages):
    """What the image is, read inside it (as its own user: that is the check)."""
    out = podman_out("run", "--rm", "--network", "none", image, "/bin/sh", "-c",
                     "id -u; echo $HOME; pwd; ls -d /usr/share/ansible/collections/ansible_collections/stackrescue/"
                     "openstack/plugins/modules/server_rescue; ldd --version | head -1")
    uid, home, cwd, module, glibc = out.strip().splitlines()
    check(uid == str(RUNNER_UID) and home == "/runner" and cwd == "/runner",
          "image user/HOME/WORKDIR: %s %s %s" % (uid, home, cwd))
    ee_packages = set(podman_out("run", "--rm", "--network", "none", image, "dpkg-query", "-W",
                                 "-f=${Package}\\n").split())
    base = label(image, "base")
    base_packages = set(podman_out("run", "--rm", "--network", "none", base, "dpkg-query", "-W",
                                   "-f=${Package}\\n").split())
    missing = [p for p in bindep_packages if p not in ee_packages]
    extra = sorted(ee_packages - base_packages - set(bindep_packages))
    check(not missing, "bindep.txt packages not installed: %s" % missing)
    check(not extra, "packages the metadata does not name: %s" % extra)
    return {"uid": int(uid), "home": home, "glibc": glibc, "packages": len(ee_packages),
            "base_packages": len(base_packages), "added_packages": sorted(ee_packages - base_packages),
            "base": base}


class PrivateDataDir:
    """ansible-runner's input, as AWX lays it out; the job writes into it as uid 1000."""

    def __init__(self, image, clouds):
        self.dir = tempfile.mkdtemp(prefix="stackrescue-ee-job-", dir="/var/tmp")
        for sub in ("env", "inventory", "project"):
            os.makedirs(os.path.join(self.dir, sub))
        self.write("env/settings", yaml.safe_dump({
            "process_isolation_executable": "podman", "container_image": image,
            # The local cloud listens on the host's 127.0.0.1.
            "container_options": ["--network=host"]}))
        self.write("env/envvars", yaml.safe_dump({
            "OS_CLIENT_CONFIG_FILE": "/runner/env/clouds.yaml", "OS_CLOUD": "member",
            "ANSIBLE_NOCOLOR": "1", "ANSIBLE_LOCALHOST_WARNING": "0"}))
        self.write("env/clouds.yaml", yaml.safe_dump({"clouds": {"member": clouds["member"]}}), 0o600)
        self.write("inventory/hosts", "localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3\n")
        for name in ("rescue.yml", "fleet-rescue.yml"):
            shutil.copy(os.path.join(paths.EXAMPLES, name), os.path.join(self.dir, "project", name))
        shutil.copytree(os.path.join(paths.EXAMPLES, "fleet"), os.path.join(self.dir, "project", "fleet"))
        self.write("project/module-task.yml", MODULE_TASK)
        # The container's user writes here (artifacts, its HOME=/runner, the fleet report).
        subprocess.run(["chown", "-R", "%d:0" % RUNNER_UID, self.dir], check=True)

    def write(self, inside, text, mode=0o644):
        with open(os.open(os.path.join(self.dir, inside), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode), "w") as f:
            f.write(text)

    def run(self, playbook, extravars):
        self.write("env/extravars", yaml.safe_dump(extravars))
        ident = "%s-%s" % (os.path.splitext(playbook)[0], uuid.uuid4().hex[:6])
        # ansible-runner runs as root on this host and would make these root's, mode 0700:
        # the job (uid 1000) writes its events and fact cache there. (AWX's runner, through
        # receptor, runs `ansible-runner worker` inside the EE as that user.)
        events_dir = os.path.join(self.dir, "artifacts", ident, "job_events")
        os.makedirs(events_dir, 0o770)
        subprocess.run(["chown", "-R", "%d:0" % RUNNER_UID, os.path.dirname(events_dir)], check=True)
        started = time.monotonic()
        proc = subprocess.run(["ansible-runner", "run", "--process-isolation", "--ident", ident, "-p", playbook,
                               self.dir], env=ENV, capture_output=True, text=True, timeout=1200)
        seconds = time.monotonic() - started
        artifacts = os.path.join(self.dir, "artifacts", ident)
        events = []
        for path in glob.glob(os.path.join(artifacts, "job_events", "*.json")):
            with open(path) as f:
                events.append(json.load(f))
        events.sort(key=lambda e: e.get("counter", 0))
        status = open(os.path.join(artifacts, "status")).read().strip() if os.path.exists(
            os.path.join(artifacts, "status")) else "no status file"
        return Job(ident, proc, seconds, events, status)

    def owners(self, *inside):
        return {p: os.stat(os.path.join(self.dir, p)).st_uid for p in inside if os.path.exists(os.path.join(self.dir, p))}

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


class Job:
    def __init__(self, ident, proc, seconds, events, status):
        self.ident, self.proc, self.seconds, self.events, self.status = ident, proc, seconds, events, status

    def of(self, kind):
        return [e for e in self.events if e.get("event") == kind]

    def results(self, action):
        """{host: [result, ...]} of the runner_on_ok events of module `action`."""
        found = {}
        for e in self.of("runner_on_ok"):
            data = e.get("event_data", {})
            if data.get("task_action") == action:
                found.setdefault(data.get("host"), []).append(data.get("res", {}))
        return found

    def check_clean(self, what, secrets):
        check(self.proc.returncode == 0 and self.status == "successful",
              "%s: runner rc %d, status %s:\n%s" % (what, self.proc.returncode, self.status, self.proc.stdout[-3000:]))
        check(self.events, "%s: no job events" % what)
        for kind in ("runner_on_failed", "runner_on_unreachable"):
            bad = self.of(kind)
            check(not bad, "%s: %d %s events, first: %s" % (what, len(bad), kind, json.dumps(bad[:1])[:1500]))
        stats = self.of("playbook_on_stats")
        check(len(stats) == 1, "%s: %d playbook_on_stats events" % (what, len(stats)))
        data = stats[0]["event_data"]
        check(not data.get("failures") and not data.get("dark"), "%s: stats %s" % (what, data))
        text = json.dumps(self.events) + self.proc.stdout
        check(not any(s in text for s in secrets), "%s: a cloud password is in the job events/stdout" % what)
        return data

    def summary(self):
        return sorted({(e.get("event"), e.get("event_data", {}).get("task_action"), e.get("event_data", {}).get("host"))
                       for e in self.events if e.get("event", "").startswith("runner_on_")}, key=str)

    def statuses(self, host):
        """server_rescue_info's server.status values for `host`, in task order."""
        return [r.get("server", {}).get("status") for r in self.results("stackrescue.openstack.server_rescue_info")
                .get(host, [])]


def playbooks(image, clouds, secrets, report):
    """amd64: rescue.yml on one server, then fleet-rescue.yml (roundtrip) on two tagged ones."""
    tag = "h21ee-" + uuid.uuid4().hex[:6]
    ids = helper("create", tag + "-r", tag + "-f0", tag + "-f1").split()
    job_dir = PrivateDataDir(image, clouds)
    try:
        single, fleet = ids[0], ids[1:]
        for sid in fleet:
            helper("tag", sid, tag)
        job = job_dir.run("rescue.yml", {"server": single})
        stats = job.check_clean("rescue.yml", secrets)
        check(job.statuses("localhost") == ["RESCUE", "ACTIVE"],
              "rescue.yml: server_rescue_info saw %s, not RESCUE then ACTIVE; events: %s" % (
                  job.statuses("localhost"), job.summary()))
        rescued = job.results("stackrescue.openstack.server_rescue").get("localhost", [])
        check(len(rescued) == 2 and all(r.get("changed") for r in rescued),
              "rescue.yml: server_rescue events %s" % rescued)
        report["rescue"] = {"ident": job.ident, "seconds": round(job.seconds, 1), "events": len(job.events),
                            "stats_changed": stats.get("changed"), "statuses": job.statuses("localhost")}
        print("rescue.yml in the EE: %.1f s, %d events, server_rescue_info %s" % (
            job.seconds, len(job.events), job.statuses("localhost")))

        job = job_dir.run("fleet-rescue.yml", {"servers_tag": tag, "fleet_action": "roundtrip",
                                               "cloud": "member", "fleet_report": "/runner/fleet-report.json"})
        stats = job.check_clean("fleet-rescue.yml", secrets)
        for sid in fleet:
            check(job.statuses(sid) == ["RESCUE", "ACTIVE"],
                  "fleet-rescue.yml: %s: server_rescue_info saw %s; events: %s" % (
                      sid, job.statuses(sid), job.summary()))
        owners = job_dir.owners("fleet-report.json", ".cache/stackrescue/tokens",
                                "artifacts/%s/job_events" % job.ident)
        check(len(owners) == 3 and set(owners.values()) == {RUNNER_UID},
              "files the job wrote in HOME=/runner are not all uid %d's: %s" % (RUNNER_UID, owners))
        with open(os.path.join(job_dir.dir, "fleet-report.json")) as f:
            rows = {r["id"]: r["outcome"] for r in json.load(f)["servers"]}
        check(rows == {sid: "unrescued" for sid in fleet}, "fleet report: %s" % rows)
        report["fleet"] = {"ident": job.ident, "seconds": round(job.seconds, 1), "events": len(job.events),
                           "stats_changed": stats.get("changed"), "outcomes": sorted(rows.values()),
                           "owners": owners}
        print("fleet-rescue.yml in the EE: %.1f s, %d events, outcomes %s; written by uid %s" % (
            job.seconds, len(job.events), sorted(rows.values()), sorted(set(owners.values()))))
        left = podman_out("ps", "--all", "--format", "{{.Names}}").split()
        ours = [n for n in left if n.endswith((report["rescue"]["ident"], job.ident))]
        check(not ours, "ansible-runner's containers were left: %s" % ours)
    finally:
        helper("delete", *ids)
        job_dir.remove()


def module_task(image, clouds, secrets, report):
    """arm64 under emulation: module-task.yml, `uname -m` then rescue_image_info."""
    job_dir = PrivateDataDir(image, clouds)
    try:
        with emulation.ModuleProcesses() as processes:
            job = job_dir.run("module-task.yml", {})
        job.check_clean("module-task.yml", secrets)
        machine = [r.get("stdout") for r in job.results("ansible.builtin.command").get("localhost", [])]
        check(machine == ["aarch64"], "uname -m in the job said %s, not aarch64" % machine)
        found = job.results("stackrescue.openstack.rescue_image_info").get("localhost", [])
        check(len(found) == 1 and (found[0].get("image") or {}).get("name"),
              "rescue_image_info's job event holds no image: %s" % found)
        check("rescue_image_info" in processes.emulated and not processes.native,
              "the module did not run as the aarch64 binary under qemu-aarch64 (emulated: %s, native: %s)" % (
                  sorted(processes.emulated), sorted(processes.native)))
        report["module_task"] = {"ident": job.ident, "seconds": round(job.seconds, 1), "events": len(job.events),
                                 "uname_m": machine[0], "image": found[0]["image"]["name"],
                                 "emulated_modules": sorted(processes.emulated)}
        print("module-task.yml in the arm64 EE: %.1f s, %d events; uname -m %s; rescue_image_info found %s; "
              "ran as aarch64 under qemu: %s" % (job.seconds, len(job.events), machine[0],
                                                 found[0]["image"]["name"], sorted(processes.emulated)))
    finally:
        job_dir.remove()


def main():
    release = os.path.abspath(sys.argv[1])
    arch = sys.argv[2] if len(sys.argv) > 2 else "amd64"
    tarballs = glob.glob(os.path.join(release, "stackrescue-openstack-*.tar.gz"))
    if len(tarballs) != 1:
        sys.exit("expected one tarball in %s: %s" % (release, tarballs))
    skip_without_cloud()
    if os.geteuid() != 0:
        print("SKIP: needs root (podman's system storage, mmdebstrap)")
        return SKIP
    packages = PACKAGES + (EMULATION_PACKAGES if arch == "arm64" else ())
    rc = subprocess.run([os.path.join(paths.TESTS, "tls", "ensure-packages"), *packages]).returncode
    if rc == SKIP:
        return SKIP
    check(rc == 0, "cannot install %s" % " ".join(packages))
    if arch == "arm64":
        emulation.under_binfmt()
    with open(os.environ["OS_CLIENT_CONFIG_FILE"]) as f:
        clouds = yaml.safe_load(f)["clouds"]
    secrets = cloud_secrets()
    report = {"arch": arch, "tarball": os.path.basename(tarballs[0])}
    try:
        image, report["build_seconds"], build_log = build_image(tarballs[0], arch)
        report["image"] = image
        report["base_cached"] = "(cached)" in build_log
        report["image_bytes"] = int(podman_out("image", "inspect", "--format", "{{.Size}}", image).strip())
        bindep = [p for p in label(image, "bindep").split() if p != "none"]
        report["image_facts"] = image_facts(image, bindep)
        print("image %s: %.0f MB, built in %.0f s (base %s); %s" % (image, report["image_bytes"] / 1e6,
              report["build_seconds"], "cached" if report["base_cached"] else "built", report["image_facts"]))
        (module_task if arch == "arm64" else playbooks)(image, clouds, secrets, report)
    finally:
        directory = os.environ.get("STACKRESCUE_REPORT_DIR")
        if directory:
            os.makedirs(directory, exist_ok=True)
            with open(os.path.join(directory, "ee-%s.json" % arch), "w") as f:
                json.dump(report, f, indent=1)
    return 0

if __name__ == "__main__":
    sys.exit(main())
