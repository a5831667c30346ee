#!/usr/bin/python3
"""The repair library's shell scripts, run here against a made-up server root.

Each task file of playbooks-examples/repair/tasks types a script into the rescue system.
These tests render a task's script exactly as Ansible would (Ansible's own templar, the
library's vars/shell.yml), replace only the piece that mounts the server's disk (there is
no disk here: the "server's root" is a temporary directory) and run it with /bin/sh, with
stub commands first on PATH where a rescue system's tool must be imitated. What they check
is the script's own decision (refuse, NOT CHECKED, ...), which needs no rescue system.

    /usr/bin/python3 tests/repair_library/scripts_test.py [-v]
"""
import os
import shutil
import subprocess
import tempfile
import unittest

from stackrescue_testing.repair_library import task_script


class ScriptRun:
    """A made-up server root and a folder of stub commands for one script run."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="stackrescue-repair-")
        self.root = os.path.join(self.dir, "root")
        self.stubs = os.path.join(self.dir, "bin")
        self.steps = os.path.join(self.dir, "steps")   # repair_steps_dir: never the host's /run
        os.makedirs(self.root)
        os.makedirs(self.stubs)

    def close(self):
        shutil.rmtree(self.dir)

    def file(self, relative, content=""):
        path = os.path.join(self.root, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)

    def stub(self, name, script):
        path = os.path.join(self.stubs, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write("#!/bin/sh\n" + script + "\n")
        os.chmod(path, 0o755)

    def mounted_here(self):
        """Stands for vars/shell.yml's repair_sh_mount_rw: the root is this directory."""
        return "dev=/dev/stackrescue-test\nmp=%s\n" % self.root

    def run(self, script, path_tail="/usr/bin:/bin"):
        env = {"PATH": self.stubs + ":" + path_tail, "LC_ALL": "C"}
        done = subprocess.run(["/bin/sh", "-c", script], env=env, capture_output=True, text=True, timeout=60)
        return done.returncode, done.stdout + done.stderr


class KernelRemoval(unittest.TestCase):
    """tasks/kernel.yml: a kernel is removed only when another one can boot."""

    def made_up_root(self):
        run = ScriptRun()
        self.addCleanup(run.close)
        return run

    @staticmethod
    def removal(run, version):
        return task_script("kernel.yml", "Remove kernel {{ repair_kernel_remove }}",
                           repair_kernel_remove=version, repair_sh_mount_rw=run.mounted_here(),
                           repair_steps_dir=run.steps)

    def test_refused_when_the_other_kernel_is_only_a_module_tree(self):
        r = self.made_up_root()
        r.file("boot/vmlinuz-6.1.0-99-amd64", "new kernel")
        r.file("boot/initrd.img-6.1.0-99-amd64", "its initramfs")
        r.file("lib/modules/6.1.0-99-amd64/modules.dep")
        r.file("lib/modules/6.1.0-28-amd64/modules.dep")   # left behind: no vmlinuz, no initrd
        rc, out = r.run(self.removal(r, "6.1.0-99-amd64"))
        self.assertEqual(rc, 2, out)
        self.assertIn("refused: no other bootable kernel than 6.1.0-99-amd64", out)
        self.assertTrue(os.path.exists(os.path.join(r.root, "boot/vmlinuz-6.1.0-99-amd64")))

    def test_refused_when_the_other_kernel_has_no_initramfs(self):
        r = self.made_up_root()
        r.file("boot/vmlinuz-6.1.0-99-amd64", "new kernel")
        r.file("boot/vmlinuz-6.1.0-28-amd64", "old kernel, initramfs gone")
        rc, out = r.run(self.removal(r, "6.1.0-99-amd64"))
        self.assertEqual(rc, 2, out)
        self.assertIn("refused", out)

    def test_goes_on_when_a_debian_or_el_kernel_stays_bootable(self):
        for initramfs in ("boot/initrd.img-6.1.0-28-amd64", "boot/initramfs-6.1.0-28-amd64.img"):
            with self.subTest(initramfs=initramfs):
                r = self.made_up_root()
                r.file("boot/vmlinuz-6.1.0-99-amd64", "new kernel")
                r.file("boot/vmlinuz-6.1.0-28-amd64", "old kernel")
                r.file(initramfs, "its initramfs")
                rc, out = r.run(self.removal(r, "6.1.0-99-amd64"))
                self.assertIn("kept: kernel 6.1.0-28-amd64", out)
                # The made-up root has no /bin/sh: the script stops at the chroot, saying so.
                self.assertEqual(rc, 3, out)
                self.assertIn("NOT DONE: the server's root", out)


class FileSystemCheck(unittest.TestCase):
    """tasks/fsck.yml: never "clean" for a check that did not check."""

    def setUp(self):
        self.run_ = ScriptRun()
        self.addCleanup(self.run_.close)
        # A checker that checks nothing and says all is well, like fsck.xfs, reached through
        # util-linux's generic fsck when the type is unknown.
        for name in ("fsck", "fsck.xfs"):
            self.run_.stub(name, "exit 0")

    def check(self, fstype):
        return task_script("fsck.yml", "Check the server's root file system (read-only first)",
                           repair_device="/dev/stackrescue-test", repair_fstype=fstype, repair_fsck_fix=False,
                           repair_steps_dir=self.run_.steps)

    def test_unknown_type_is_not_checked(self):
        for fstype in ("", "unknown"):
            with self.subTest(fstype=fstype):
                rc, out = self.run_.run(self.check(fstype))
                self.assertEqual(rc, 3, out)
                self.assertIn("NOT CHECKED", out)
                self.assertNotIn("clean", out)

    def test_xfs_without_xfs_repair_is_not_checked(self):
        rc, out = self.run_.run(self.check("xfs"))
        self.assertEqual(rc, 3, out)
        self.assertIn("NOT CHECKED", out)

    def test_a_type_without_its_own_checker_is_not_checked(self):
        rc, out = self.run_.run(self.check("ext4"))
        self.assertEqual(rc, 3, out)
        self.assertIn("NOT CHECKED: this rescue system has no checker for /dev/stackrescue-test (ext4)", out)

    def test_the_checker_of_the_type_decides(self):
        self.run_.stub("fsck.ext4", 'echo "fsck.ext4 $*"; exit 0')
        rc, out = self.run_.run(self.check("ext4"))
        self.assertEqual(rc, 0, out)
        self.assertIn("fsck.ext4 -n /dev/stackrescue-test", out)
        self.assertIn("clean: /dev/stackrescue-test", out)

    def xfs_with_dirty_log(self, mount_works):
        """Stubs: xfs_repair refuses (exit 2) until a mount has replayed the log; every
        call's arguments go to calls. Returns the script with repair_fsck_fix true."""
        state = self.run_.dir
        self.run_.stub("xfs_repair", f"""echo "xfs_repair $*" >>{state}/calls
            if [ -f {state}/replayed ]; then exit 0; fi
            case $1 in -n) echo "ALERT: ... a log which is being ignored"; exit 1 ;; -L) exit 0 ;; esac
            echo "ERROR: The filesystem has valuable metadata changes in a log which needs to be replayed."
            exit 2""")
        self.run_.stub("mount", f'echo "mount $*" >>{state}/calls; ' +
                       (f"touch {state}/replayed" if mount_works else "exit 32"))
        self.run_.stub("umount", f'echo "umount $*" >>{state}/calls')
        return task_script("fsck.yml", "Check the server's root file system (read-only first)",
                           repair_device="/dev/stackrescue-test", repair_fstype="xfs", repair_fsck_fix=True,
                           repair_steps_dir=self.run_.steps)

    def calls(self):
        with open(os.path.join(self.run_.dir, "calls"), encoding="utf-8") as f:
            return f.read()

    def test_a_dirty_xfs_log_is_replayed_by_a_mount_never_zeroed(self):
        rc, out = self.run_.run(self.xfs_with_dirty_log(mount_works=True))
        self.assertEqual(rc, 0, out)
        self.assertIn("changed: replayed the log of /dev/stackrescue-test", out)
        self.assertIn("changed: repaired the file system on /dev/stackrescue-test; the check is clean now", out)
        self.assertRegex(self.calls(), r"xfs_repair /dev/stackrescue-test\nmount -t xfs /dev/stackrescue-test \S+\n"
                                       r"umount \S+\nxfs_repair /dev/stackrescue-test\nxfs_repair -n ")
        self.assertNotIn("-L", self.calls())

    def test_a_dirty_xfs_log_that_does_not_mount_is_left_for_a_person(self):
        rc, out = self.run_.run(self.xfs_with_dirty_log(mount_works=False))
        self.assertEqual(rc, 4, out)
        self.assertIn("NOT REPAIRED: /dev/stackrescue-test does not mount, so its log cannot be replayed", out)
        self.assertNotIn("changed:", out)
        self.assertNotIn("-L", self.calls())


if __name__ == "__main__":
    unittest.main()
