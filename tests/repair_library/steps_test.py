#!/usr/bin/python3
"""Steps of the repair library that must not be interrupted, typed into a console and hit by Ctrl-C.

rescue_command types Ctrl-C into the rescue system's console when it times out, and again
when its next run starts. These tests do what that console does: an interactive shell on a
pseudo-terminal (its own session, the terminal its controlling terminal, job control on),
the task's script typed in as rescue_command runs it (`( sh script ) </dev/null 2>&1`), and
Ctrl-C typed as the byte 0x03, so that the terminal sends SIGINT to its foreground process
group exactly as the serial console's does. The script is rendered as Ansible renders it
(scripts_test.task_script); e2fsck, the package manager, chroot and mount are stubs that
take their time and leave files behind.

Shells: dash (Debian's sh), the same without setsid (step_run's fallback), busybox ash with
busybox's applets only (the local cloud's rescue image: tests/cloud/lib/images.sh), bash as
sh (SystemRescue).

    /usr/bin/python3 tests/repair_library/steps_test.py [-v]
"""
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import time
import unittest

from scripts_test import ScriptRun
from stackrescue_testing.repair_library import library_vars, task_script

DEVICE = "/dev/stackrescue-test"
FSCK = "Check the server's root file system (read-only first)"
REMOVAL = "Remove kernel {{ repair_kernel_remove }}"
# The fake checker: -n finds problems until the repair has ended; -y notes that it started,
# takes its time and notes that it ended (a checker stopped mid-way never writes "ended").
# Like e2fsck it sets its own SIGINT handler (an ignored SIGINT inherited does not protect
# it), and stops on SIGINT.
FAKE_FSCK = """#!/usr/bin/python3
import os, signal, sys, time
log = %(log)r
def cancelled(*_):
    print("interrupted")
    sys.exit(8)
signal.signal(signal.SIGINT, cancelled)
if sys.argv[1] == "-n":
    print("clean" if os.path.exists(log + ".ended") else "problems found")
    sys.exit(0 if os.path.exists(log + ".ended") else 4)
with open(log, "a") as f:
    f.write("repair started\\n")
open(log + ".started", "w").close()
print("repairing", sys.argv[2], flush=True)
time.sleep(%(seconds)s)
with open(log, "a") as f:
    f.write("repair ended\\n")
open(log + ".ended", "w").close()
print("repaired", sys.argv[2])
sys.exit(1)
"""


def shells():
    """(name, argv of an interactive shell, PATH directories it gets besides the stubs)."""
    found = [("dash", ["/bin/dash", "-i"], ["/usr/bin", "/bin"]),
             ("dash without setsid", ["/bin/dash", "-i"], [commands_without_setsid()])]
    if shutil.which("busybox"):
        found.append(("busybox", ["/bin/busybox", "sh", "-i"], [busybox_applets()]))
    if os.path.exists("/bin/bash"):
        found.append(("bash as sh", ["/bin/bash", "--norc", "--noprofile", "-i"], [bash_as_sh(), "/usr/bin", "/bin"]))
    return found


_made = {}   # the folders below, made once, removed by tearDownModule
_folders = ScriptRun()


def tearDownModule():
    _folders.close()


def busybox_applets():
    """A folder of busybox's applets, as the rescue image's /bin. (Not without setsid: this
    busybox runs its own applets whatever PATH holds.)"""
    if "busybox" not in _made:
        folder = _made["busybox"] = os.path.join(_folders.dir, "busybox")
        os.makedirs(folder)
        for applet in subprocess.run(["/bin/busybox", "--list"], capture_output=True, text=True, check=True).stdout.split():
            os.symlink("/bin/busybox", os.path.join(folder, applet))
    return _made["busybox"]


def commands_without_setsid():
    """The host's commands but setsid: a rescue system where step_run takes its fallback."""
    if "no setsid" not in _made:
        folder = _made["no setsid"] = os.path.join(_folders.dir, "no-setsid")
        os.makedirs(folder)
        for where in ("/usr/sbin", "/usr/bin", "/sbin", "/bin"):
            for name in os.listdir(where):
                if name != "setsid" and not os.path.lexists(os.path.join(folder, name)):
                    os.symlink(os.path.join(where, name), os.path.join(folder, name))
        assert shutil.which("setsid", path=folder) is None and shutil.which("sh", path=folder)
    return _made["no setsid"]


def bash_as_sh():
    if "bash" not in _made:
        _made["bash"] = os.path.join(_folders.dir, "bash")
        os.makedirs(_made["bash"])
        os.symlink("/bin/bash", os.path.join(_made["bash"], "sh"))
    return _made["bash"]


class Console:
    """An interactive shell on a pseudo-terminal, as on the rescue system's serial console."""

    def __init__(self, argv, path):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:   # the child: a session leader whose controlling terminal is the pty
            os.execve(argv[0], argv, {"PATH": path, "PS1": "rescue# ", "LC_ALL": "C", "HOME": "/"})
        self.text = ""
        self.read_until(r"rescue# ", 10)

    def type(self, text):
        os.write(self.fd, text.encode())

    def run(self, script_path):
        """Types what rescue_command types for an uploaded script; its exit status follows END-."""
        self.mark = len(self.text)
        self.type("( sh %s ) </dev/null 2>&1; echo END-$?\n" % script_path)

    def read_until(self, pattern, timeout):
        """The output since the last run() once it matches pattern; fails after timeout seconds."""
        deadline = time.monotonic() + timeout
        start = getattr(self, "mark", 0)
        while not re.search(pattern, self.text[start:]):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("no /%s/ in %ds; the console showed:\n%s" % (pattern, timeout, self.text[start:]))
            if select.select([self.fd], [], [], left)[0]:
                try:
                    self.text += os.read(self.fd, 4096).decode(errors="replace").replace("\r", "")
                except OSError:   # the shell is gone
                    raise AssertionError("the shell ended; the console showed:\n" + self.text[start:])
        return self.text[start:]

    def interrupt(self):
        """Types Ctrl-C, as rescue_command does after a timeout; waits for the prompt again (the
        interactive shell drops the rest of the line, END- included, as it does rescue_command's
        end marker; a checker that handles SIGINT itself makes the script go on to its end)."""
        self.type("\x03")
        self.read_until(r"\^C(?:.*\n)*rescue# ", 10)

    def status(self, timeout):
        return int(re.search(r"END-(\d+)", self.read_until(r"END-\d+", timeout)).group(1))

    def close(self):
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def wait_for(path, timeout):
    deadline = time.monotonic() + timeout
    while not os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(0.1)
    return os.path.exists(path)


class Setup(unittest.TestCase):
    """A made-up root, a steps folder of its own, and a script file per rendered script."""

    def setUp(self):
        self.fresh()

    def fresh(self):
        self.r = ScriptRun()
        self.addCleanup(self.r.close)
        self.steps = self.r.steps
        self.log = os.path.join(self.r.dir, "tool.log")

    def script(self, task_file, task_name, **variables):
        text = task_script(task_file, task_name, repair_steps_dir=self.steps, repair_device=DEVICE,
                           repair_mountpoint=self.r.root, repair_sh_mount_rw=self.r.mounted_here(),
                           **variables)
        path = os.path.join(self.r.dir, "%s-%d.sh" % (task_file, len(os.listdir(self.r.dir))))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def fsck(self, timeout=60):
        return self.script("fsck.yml", FSCK, repair_fstype="ext4", repair_fsck_fix=True, repair_step_timeout=timeout)

    def unmount(self, timeout=60):
        return self.script("unmount.yml", "Sync and unmount the server's root file system",
                           repair_command_timeout=timeout)

    def repairs(self):
        with open(self.log, encoding="utf-8") as f:
            return f.read().count("repair started")

    def console(self, argv, path_tail):
        console = Console(argv, ":".join([self.r.stubs] + path_tail))
        self.addCleanup(console.close)
        return console

    def interrupted_step(self, shell, seconds):
        """A console whose fsck repair is running and whose foreground has just had Ctrl-C."""
        name, argv, path_tail = shell
        fake = os.path.join(self.r.stubs, "fsck.ext4")
        with open(fake, "w", encoding="utf-8") as f:
            f.write(FAKE_FSCK % {"log": self.log, "seconds": seconds})
        os.chmod(fake, 0o755)
        console = self.console(argv, path_tail)
        console.run(self.fsck())
        self.assertTrue(wait_for(self.log + ".started", 15), console.read_until("", 0))
        console.interrupt()
        return console


class CtrlC(Setup):
    """The fsck repair and the kernel removal go on through Ctrl-C; the next run waits for them."""

    def test_the_repair_goes_on_and_the_next_run_waits_for_it_and_reports_it(self):
        for shell in shells():
            with self.subTest(shell=shell[0]):
                self.fresh()
                console = self.interrupted_step(shell, seconds=3)
                self.assertFalse(os.path.exists(self.log + ".ended"))   # still at work
                console.run(self.unmount())
                out = console.read_until(r"END-\d+", 20)
                self.assertTrue(os.path.exists(self.log + ".ended"), "%s: the repair was killed:\n%s" % (shell[0], out))
                self.assertIn("waiting for an earlier fsck of %s (started " % DEVICE, out)
                self.assertRegex(out, r"an earlier fsck of %s \(started .*\) ended while no run watched it: exit 0" % DEVICE)
                self.assertIn("  | changed: repaired the file system on %s" % DEVICE, out)
                self.assertIn("END-0", out)
                self.assertEqual(self.repairs(), 1)
                self.assertEqual(os.listdir(self.steps), [])   # reported once, then gone

    def test_a_step_still_running_is_reported_never_run_twice(self):
        for shell in [s for s in shells() if s[0] in ("dash", "busybox")]:
            with self.subTest(shell=shell[0]):
                self.fresh()
                console = self.interrupted_step(shell, seconds=6)
                console.run(self.fsck(timeout=7))   # its own deadline: 7 s less the 5 s margin
                out = console.read_until(r"END-\d+", 20)
                self.assertRegex(out, r"an earlier fsck of %s \(started [0-9T:-]+Z, pid \d+, files in .*\) is still "
                                 r"running in the rescue system; not interrupting it" % DEVICE)
                self.assertIn("END-75", out)
                self.assertEqual(self.repairs(), 1)
                self.assertTrue(wait_for(self.log + ".ended", 15), "%s: the repair was killed" % shell[0])

    def test_the_kernel_removal_goes_on(self):
        name, argv, path_tail = shells()[0]
        self.r.file("boot/vmlinuz-6.1.0-99-amd64", "new kernel")
        self.r.file("boot/vmlinuz-6.1.0-28-amd64", "old kernel")
        self.r.file("boot/initrd.img-6.1.0-28-amd64", "its initramfs")
        fake_root_tools(self.r, self.log)
        self.r.stub("apt-get", 'echo "purge started" >>%(log)s; sleep 3; echo "purge ended: $*" >>%(log)s' % {"log": self.log})
        console = self.console(argv, path_tail)
        console.run(self.script("kernel.yml", REMOVAL, repair_kernel_remove="6.1.0-99-amd64", repair_step_timeout=60))
        deadline = time.monotonic() + 15
        while "purge started" not in read(self.log) and time.monotonic() < deadline:
            time.sleep(0.1)
        console.interrupt()
        console.run(self.unmount())
        out = console.read_until(r"END-\d+", 20)
        self.assertIn("purge ended: -y purge linux-image-6.1.0-99-amd64", read(self.log))
        self.assertIn("  | changed: removed kernel 6.1.0-99-amd64", out)
        # The binds were undone by the step itself, once the removal had ended.
        self.assertEqual(re.findall(r"^(?:mount|umount) .*$", read(self.log), re.M)[-1].split()[0], "umount")


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def fake_root_tools(run, log):
    """chroot, mount and umount stubs: chroot runs its command here (the stubs stand for the
    server's dpkg and apt-get), mount and umount only note what they were asked."""
    run.stub("chroot", 'shift; [ "$*" = "/bin/sh -c :" ] && exit 0; exec "$@"')
    run.stub("mount", 'echo "mount $*" >>%s' % log)
    run.stub("umount", 'echo "umount $*" >>%s' % log)
    run.stub("dpkg", 'case $1 in -S) echo "linux-image-${2#/boot/vmlinuz-}: $2" ;; esac')


class ChrootBinds(Setup):
    """Each task binds into the server's root only what its step needs."""

    def binds(self, path):
        rc, out = self.r.run(open(path, encoding="utf-8").read())
        return rc, out, re.findall(r"^mount -o bind /(\w+) ", read(self.log), re.M)

    def test_root_password_binds_nothing(self):
        fake_root_tools(self.r, self.log)
        self.r.stub("chpasswd", 'cat >/dev/null; echo "chpasswd $*" >>%s' % self.log)
        rc, out, binds = self.binds(self.script("root_password.yml", "Set the password inside the server's root (chroot, chpasswd -e)",
                                                repair_root_user="root", repair_password_hash="$6$salt$hash",
                                                repair_command_timeout=60))
        self.assertEqual(rc, 0, out)
        self.assertIn("chpasswd -e", read(self.log))
        self.assertEqual(binds, [], "root_password binds the rescue system's %s into the server's root" % binds)

    def test_the_kernel_removal_binds_dev_proc_sys_and_unbinds_them(self):
        self.r.file("boot/vmlinuz-6.1.0-99-amd64", "new kernel")
        self.r.file("boot/vmlinuz-6.1.0-28-amd64", "old kernel")
        self.r.file("boot/initrd.img-6.1.0-28-amd64", "its initramfs")
        fake_root_tools(self.r, self.log)
        self.r.stub("apt-get", "exit 0")
        rc, out, binds = self.binds(self.script("kernel.yml", REMOVAL, repair_kernel_remove="6.1.0-99-amd64",
                                                repair_step_timeout=60))
        self.assertEqual(rc, 0, out)
        self.assertEqual(sorted(binds), ["dev", "proc", "sys"])
        self.assertEqual(len(re.findall(r"^umount ", read(self.log), re.M)), 3)

    def test_a_chroot_without_its_bind_list_is_refused(self):
        # The piece alone, its test for a /bin/sh in the root passed.
        piece = library_vars()["repair_sh_chroot"].replace("chroot ", "true ", 1)
        rc, out = self.r.run(self.r.mounted_here() + piece)
        self.assertNotEqual(rc, 0)
        self.assertIn("set chroot_binds", out)


if __name__ == "__main__":
    unittest.main()
