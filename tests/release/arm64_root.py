#!/usr/bin/python3
"""The release tarball on arm64 without arm64 hardware (issue 22): a Debian 12 arm64 root
(tools/build-ee --root --arch arm64: mmdebstrap minbase with ansible-core and
python3-ansible-runner, cached under /var/tmp; the same root the arm64 EE image is made
of) entered with chroot, every program in it run by qemu-aarch64-static through binfmt_misc
(tools/with-qemu-binfmt: registered with the F flag for this test, undone after it).

    arm64_root.py RELEASE_DIR     (holding the tarball of tools/build-release; CTest: release.arm64_root)

1. The root: `uname -m` says aarch64, dpkg's architecture is arm64.
2. `ansible-galaxy collection install` of the tarball; the installed bin/stackrescue-modules
   carries x86_64 and aarch64.
3. playbooks-examples/rescue.yml against a fresh server of the local cloud (the fake compute
   host, as playbooks-examples/run-demo --fast), clouds.yaml copied into the root: rescue
   and unrescue changed, the play recap without failures.
4. Which binary ran, from outside: while the play runs, this machine's processes are watched
   (stackrescue_testing.emulation.ModuleProcesses): each module task was a process of
   qemu-aarch64-static running the aarch64 binary the dispatcher unpacked, none a native
   x86_64 one.

Timings go to $STACKRESCUE_REPORT_DIR/arm64-root.json (docs/install.md). Exits 77 without the
local cloud or without root.
"""
import glob
import json
import os
import re
import subprocess
import sys
import time
import uuid

from stackrescue_testing import emulation, paths
from stackrescue_testing import faults as fl  # servers through stackrescue_testing.cloud
from stackrescue_testing.chroot import Chroot, check, clouds_for_root, rescue_playbook, write_inside
from stackrescue_testing.packed_modules import packed_binaries

PACKAGES = ("mmdebstrap", "arch-test", "qemu-user-static")
INSTALLED = "/root/.ansible/collections/ansible_collections/stackrescue/openstack"
# Modules rescue.yml always runs (the console ones depend on what the fake host offers).
PLAY_MODULES = {"rescue_image_info", "server_rescue", "server_rescue_info"}


def timed(report, name, fn):
    started = time.monotonic()
    result = fn()
    report[name + "_seconds"] = round(time.monotonic() - started, 1)
    print("%-52s %6.1f s  %s" % (name, report[name + "_seconds"], result), flush=True)
    return result


def main():
    release = os.path.abspath(sys.argv[1])
    tarballs = glob.glob(os.path.join(release, "stackrescue-openstack-*.tar.gz"))
    if len(tarballs) != 1:
        sys.exit("expected one tarball in %s: %s" % (release, tarballs))
    tarball = tarballs[0]
    _, clouds = fl.require_cloud()
    if os.geteuid() != 0:
        fl.skip("needs root (mmdebstrap, chroot, binfmt_misc)")
    rc = subprocess.run([os.path.join(paths.TESTS, "tls", "ensure-packages"), *PACKAGES]).returncode
    if rc == 77:
        fl.skip("%s missing and cannot be installed" % " ".join(PACKAGES))
    check(rc == 0, "cannot install %s" % " ".join(PACKAGES))
    emulation.under_binfmt()
    report = {"tarball": os.path.basename(tarball), "tarball_bytes": os.path.getsize(tarball)}

    def rootfs():
        proc = subprocess.run([os.path.join(paths.TOOLS, "build-ee"), "--root", "--arch", "arm64"],
                              capture_output=True, text=True, timeout=3600)
        print(proc.stderr[-2000:], end="")
        check(proc.returncode == 0, "tools/build-ee --root --arch arm64 failed (%d)" % proc.returncode)
        report["root_built_now"] = "built in" in proc.stderr
        return proc.stdout.strip().splitlines()[-1]

    rootfs = timed(report, "root", rootfs)
    report["root"] = os.path.basename(rootfs)
    root = timed(report, "copy", lambda: Chroot(rootfs, "arm64"))
    print("copy in %s" % root.dir)
    name = "arm64-%s" % uuid.uuid4().hex[:8]
    sid = None
    try:
        def platform():
            rc, out = root.run("uname -m; dpkg --print-architecture; ldd --version | head -1; ansible --version | head -1")
            lines = out.strip().splitlines()
            check(rc == 0 and lines[:2] == ["aarch64", "arm64"], "the root is not arm64: %s" % out)
            report["platform"] = lines
            return " / ".join(lines)

        def install():
            root.put(tarball, "/root/" + os.path.basename(tarball))
            rc, out = root.run("ansible-galaxy collection install /root/%s" % os.path.basename(tarball))
            check(rc == 0 and "was installed successfully" in out, "install failed (%d): %s" % (rc, out[-2000:]))
            arches = sorted(packed_binaries(root.path(INSTALLED + "/bin/stackrescue-modules")))
            check(arches == ["aarch64", "x86_64"], "the installed collection carries %s" % arches)
            return "installed, carrying %s" % " and ".join(arches)

        timed(report, "platform", platform)
        timed(report, "galaxy_install", install)
        root.put(os.path.join(paths.EXAMPLES, "rescue.yml"), "/root/rescue.yml")
        write_inside(root, "/etc/openstack/clouds.yaml", clouds_for_root(clouds))
        sid = fl.create_servers([name])[0]

        def play():
            with emulation.ModuleProcesses() as processes:
                recap = rescue_playbook(root, name)
            report["recap"] = recap
            report["emulated_modules"] = sorted(processes.emulated)
            check(not re.search(r"failed=[1-9]", recap), "rescue.yml: %s" % recap)
            check(not processes.native, "x86_64 module processes ran: %s" % sorted(processes.native))
            missing = PLAY_MODULES - processes.emulated
            check(not missing, "no qemu-aarch64 process of the unpacked binary seen for %s (seen: %s)" % (
                sorted(missing), sorted(processes.emulated)))
            return "%s; aarch64 binary under qemu-aarch64 for %s" % (recap, ", ".join(sorted(processes.emulated)))

        timed(report, "rescue_yml", play)
    finally:
        if sid:
            fl.delete_servers([sid])
        root.remove()
        directory = os.environ.get("STACKRESCUE_REPORT_DIR")
        if directory:
            os.makedirs(directory, exist_ok=True)
            with open(os.path.join(directory, "arm64-root.json"), "w") as f:
                json.dump(report, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
