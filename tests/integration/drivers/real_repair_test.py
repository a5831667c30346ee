#!/usr/bin/python3
"""Real servers broken the ways real servers break, repaired by the repair library, booting
again (issue 19). Two chains run at the same time, one server each, in the local cloud's
libvirt zone (qemu, flavor m1.distro), rescued with the SystemRescue-like image that
`system-rescue` finds:

  debian (stackrescue-debian: GRUB, ext4 / and /data by UUID, systemd)
    1. break: an fstab line for a disk that is gone          -> boot: emergency mode
    2. repair.yml auto (fstab, with a snapshot)               -> `<name> login:`
       break: ext4 root                                       -> boot: systemd-fsck-root fails
    3. repair.yml auto (fsck)                                 -> `<name> login:`
       break: a broken newest kernel                          -> boot: the kernel fails
    4. repair.yml with a wrong task (fstab /data), a snapshot, repair_restore_on_failure and a
       fingerprint: the boot still fails, the server is rebuilt from the snapshot: outcome
       restored                                               -> boot: the kernel fails
    5. repair.yml [auto (kernel), root_password], fingerprinted first: the same fingerprint as
       in 4 (every file of the disk as before the wrong repair) -> `<name> login:`
  el (stackrescue-el: /boot ext4, VG el with an XFS root LV and swap, fstab by /dev/mapper)
    1. break: the XFS root                                    -> boot: root does not mount
    2. repair.yml auto (fsck: locate activates the VG, xfs_repair) -> `<name> login:`
       break: fstab line for a logical volume that is gone    -> boot: emergency mode
    3. repair.yml auto (fstab)                                -> `<name> login:`
  noserial (stackrescue-debian-noserial: nothing on its serial port, an empty console log),
  after el in the same process (el is the shorter chain):
    boot: `<name> login:` on its screen (server_console_screenshot's text), the log empty
    1. break: an fstab line for a disk that is gone           -> the screen: emergency mode
       (the screenshot kept as noserial-emergency.png); server_diagnose reads the screen

Every repair is repair_tasks auto (the tasks and their variables, the fstab mount point, the
kernel to remove, come from server_diagnose) and ends as repair.yml verifies it: outcome
repaired, the server at its login prompt (then diagnosed booted) — but the wrong one of
debian 4, which ends restored. Each breakage is made in a rescue of its own, and TCG boots
(about a minute each) are the cost of this test. Breakages are made by
the scripts in tests/integration/real_guests/break/, typed into the rescue system with
rescue_command. Every failure and the final login prompt are read on the server's console
(server_console_log, wait_for); the rescue system's screen is saved as noVNC shows it in
Chromium (sysrescue-console.png in the logs). Every task's claim is then checked against the guest itself:
the test logs in on the serial console as root (tests' own websocket client, not the modules)
and reads the files the repairs changed. The passwords: the image's (the cloud's state dir)
and, after root_password, a new random one: the old must be refused, the new accepted.
After every boot, server_diagnose must name what that boot shows (issue 20): its state, the
kinds of its findings exactly, and the repair_tasks/repair_vars repair.yml's `auto` would
take; on the first rescue it must say unknown (the log holds only the rescue system).

  real_repair_test.py [debian] [el] [noserial] [el+noserial]
                                      (+: one after the other; default: debian, el+noserial
                                      side by side); exit 0 passed, 1 failed, 77 skipped (no zone qemu or
                                      no real-distribution image); logs in
                                      $STACKRESCUE_IT_LOGS/real-repair-<chain>-*.log
"""
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time

from stackrescue_testing import cloud
from stackrescue_testing.serial_console import SerialConsole

HERE = os.path.dirname(os.path.abspath(__file__))
BREAK_DIR = os.path.join(HERE, "..", "real_guests", "break")
PASSWORDS = os.path.join(os.environ.get("STACKRESCUE_CLOUD_DIR", "/var/tmp/stackrescue-cloud"), "guest-passwords")
BOOT_TIMEOUT = 420  # a TCG boot under the load of the other chain, with Nova's shutdown wait
# A breakage typed into the rescue system: kernel_broken.sh's mkinitramfs and update-grub take
# minutes under TCG (562 s when three chains shared the 2 cores, 2026-12-08); a step's process
# (a repair.yml run: snapshot, two boots, the repair) at most STEP_TIMEOUT.
BREAK_TIMEOUT = 900
STEP_TIMEOUT = 1500

EMERGENCY = r"You are in emergency mode"
LOGIN = r"^{name} login: "


class Failed(Exception):
    pass


def fill(pattern, values):
    """PATTERN with each {key} of VALUES replaced by the value (as a literal); other braces,
    such as a regex's {8}, stay."""
    return re.sub(r"\{(\w+)\}", lambda m: re.escape(values[m.group(1)]) if m.group(1) in values else m.group(0),
                  pattern)


class Chain:
    """One server through its rounds; everything it ran and saw goes to its log files."""

    def __init__(self, name, image, rounds, checks, logs, workdir):
        self.chain, self.image, self.rounds, self.checks = name, image, rounds, checks
        self.logs, self.workdir = logs, workdir
        self.name = "it-real-%s-%s" % (name, secrets.token_hex(3))
        self.sid = None
        self.screen_only = image.endswith("-noserial")  # its boots are seen on the screen only
        self.found = {}       # values the breakages printed (e.g. the broken kernel's version)
        self.fingerprints = []  # the repairs' fingerprints of the disk (repair_fingerprint)
        self.timings = []     # (what, seconds)
        self.env = dict(os.environ, OS_CLOUD=os.environ.get("IT_CLOUD", "member"),
                        ANSIBLE_COLLECTIONS_PATH=os.environ["STACKRESCUE_COLLECTIONS"], ANSIBLE_NOCOLOR="1",
                        ANSIBLE_LOCALHOST_WARNING="0", ANSIBLE_INVENTORY_UNPARSED_WARNING="0",
                        ANSIBLE_RETRY_FILES_ENABLED="0", ANSIBLE_DEPRECATION_WARNINGS="0",
                        ANSIBLE_LOCAL_TEMP=os.path.join(workdir, "ansible-tmp"))

    # -- running things ------------------------------------------------------------------
    def run(self, step, argv, env=None, fails=False):
        start = time.monotonic()
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env=env or self.env, timeout=STEP_TIMEOUT)
        took = time.monotonic() - start
        self.timings.append((step, took))
        with open(os.path.join(self.logs, "real-repair-%s-%s.log" % (self.chain, step)), "w") as log:
            log.write("$ %s\n%s\n(exit %d, %.1f s)\n" % (" ".join(argv), proc.stdout, proc.returncode, took))
        if (proc.returncode != 0) != fails:
            raise Failed("%s: exit %d%s:\n%s" % (step, proc.returncode, " (expected to fail)" if fails else "",
                                                 proc.stdout[-3000:]))
        return proc.stdout

    def module(self, step, module, args):
        out = self.run(step, ["/usr/bin/ansible", "localhost", "-o", "-m", "stackrescue.openstack." + module,
                              "-a", json.dumps(args)])
        at = out.find("=> {")
        return json.loads(out[at + 3:].strip().splitlines()[0])

    def expect(self, step, text, pattern):
        if not re.search(pattern, text, re.M):
            raise Failed("%s: /%s/ not in its output:\n%s" % (step, pattern, text[-3000:]))

    # -- the steps -----------------------------------------------------------------------
    def boot(self):
        env = dict(self.env, IT_BOOT_IMAGE=self.image, IT_FLAVOR="m1.distro", IT_ZONE="qemu")
        self.sid = self.run("create", ["/usr/bin/python3", "-m", "stackrescue_testing.cloud", "create", self.name],
                            env=env).split()[0]
        if self.screen_only:
            self.wait_screen("boot", fill(LOGIN, {"name": self.name}))
            log = self.module("boot-log", "server_console_log", {"server": self.sid})
            if log.get("log_lines"):
                raise Failed("boot-log: the console log of a guest without a serial console is not empty: %s"
                             % log["log_lines"][-5:])
        else:
            self.wait_console("boot", fill(LOGIN, {"name": self.name}))

    def wait_screen(self, step, pattern, keep=None):
        """Screenshots every few seconds until the screen's text has a line matching `pattern`
        (its trailing blanks dropped: the screen's lines have none)."""
        pattern = pattern.rstrip(" ")
        png = os.path.join(self.logs, keep or "real-repair-%s-%s.png" % (self.chain, step))
        deadline = time.monotonic() + BOOT_TIMEOUT
        while True:
            shot = self.module(step, "server_console_screenshot", {"server": self.sid, "dest": png})
            text = shot.get("text") or ""
            with open(os.path.join(self.logs, "real-repair-%s-%s-screen.txt" % (self.chain, step)), "w") as f:
                f.write(text)
            if re.search(pattern, text, re.M):
                return text
            if time.monotonic() > deadline:
                raise Failed("%s: /%s/ not on the screen after %d s; it shows:\n%s" % (step, pattern, BOOT_TIMEOUT, text))
            time.sleep(5)

    def wait_console(self, step, pattern):
        result = self.module(step, "server_console_log", {"server": self.sid, "wait_for": pattern,
                                                          "timeout": BOOT_TIMEOUT, "lines": 10000})
        # The whole log as Nova returned it: what server_diagnose's fixtures were taken from.
        with open(os.path.join(self.logs, "real-repair-%s-%s-console.txt" % (self.chain, step)), "w") as f:
            f.write(result.get("log", ""))
        if not result.get("match"):
            raise Failed("%s: /%s/ not on the console: %s" % (step, pattern, result.get("msg")))
        return result["match"]

    def repair(self, step, variables, expected, last=False, restored=False):
        """repair.yml with `variables`: it unrescues and verifies the boot itself (outcome
        repaired, the login prompt), or, for a repair that is to fail (`restored`), the play
        fails with the outcome restored. (`last` False: left rescued, not verified.)"""
        varfile = os.path.join(self.workdir, "%s-%s-vars.json" % (self.chain, step))
        with open(os.open(varfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            # console_wait_timeout: TCG boots under load come near repair.yml's default of 300 s.
            json.dump(dict(variables, repair_leave_rescued=not (last or restored), console_wait_timeout=600), f)
        if last:
            expected = list(expected) + [r": repaired: up again after [\d.]+ s: {name} login:"]
        if restored:
            expected = list(expected) + [r": restored: no /.*/ on the console before the boot failed after the repair; "
                                         r"then: boot_failed: .*restored from the snapshot {name}-rescue-\d{8}T\d{6}Z"]
        out = self.run(step, ["/usr/bin/ansible-playbook", "stackrescue.openstack.repair.repair",
                              "-e", "server=" + self.name, "-e", "@" + varfile], fails=restored)
        for pattern in expected:
            self.expect(step, out, fill(pattern, dict(self.found, name=self.name)))
        self.fingerprints += re.findall(r"fingerprint of \S+: files=\d+ entries=\d+ sha256=[0-9a-f]{64}", out)

    def rescue(self, step):
        self.module(step, "server_rescue", {"server": self.sid})

    def break_with(self, step, script, env):
        with open(os.path.join(BREAK_DIR, script)) as f:
            body = "".join("%s=%s\n" % kv for kv in env.items()) + f.read()
        result = self.module(step, "rescue_command", {"server": self.sid, "script": body,
                                                         "timeout": BREAK_TIMEOUT})
        out = result.get("stdout", "")
        if result.get("rc") != 0 or not re.search(r"^broken: ", out, re.M):
            raise Failed("%s: %s did not break the server: rc %s, %s\n%s" % (step, script, result.get("rc"),
                                                                           result.get("msg"), out[-2000:]))
        for key, value in re.findall(r"^broken: (\w+) (\S+)", out, re.M):
            self.found[key] = value

    def screenshot(self, step):
        """The rescue system's screen (tty1) in noVNC, as an operator's browser shows it."""
        url = self.module(step + "-url", "server_console", {"server": self.sid})["url"]
        node_path = os.environ.get("STACKRESCUE_NODE_PATH") or subprocess.run(
            [os.path.join(HERE, "..", "..", "cloud", "local-cloud"), "env"], capture_output=True, text=True
        ).stdout.split("STACKRESCUE_NODE_PATH=")[-1].strip()
        self.run(step, ["node", os.path.join(HERE, "..", "runners", "console_screenshot.js"), url,
                        os.path.join(self.logs, "sysrescue-console.png")], env=dict(self.env, NODE_PATH=node_path))

    def unrescue_and_see(self, step, pattern, also=(), diagnosis=None):
        self.module(step + "-unrescue", "server_rescue", {"server": self.sid, "state": "unrescued"})
        self.see(step, pattern, also, diagnosis)

    def see(self, step, pattern, also=(), diagnosis=None):
        if self.screen_only:
            self.wait_screen(step + "-boot", fill(pattern, dict(self.found, name=self.name)),
                             keep="%s-screen.png" % self.chain)
            if diagnosis:
                self.diagnose(step + "-diagnose", diagnosis)
            return
        self.wait_console(step + "-boot", fill(pattern, dict(self.found, name=self.name)))
        for number, extra in enumerate(also, 1):  # on the same boot's console (a new log per boot)
            self.wait_console("%s-boot-also%d" % (step, number), fill(extra, self.found))
        if diagnosis:
            self.diagnose(step + "-diagnose", diagnosis)

    def diagnose(self, step, expected):
        """server_diagnose on the boot just seen: its state, its kinds (exactly), the repair it
        calls for (repair.yml's repair_tasks: auto takes these)."""
        result = self.module(step, "server_diagnose", {"server": self.sid})
        got = {"state": result.get("state"), "kinds": sorted(f["kind"] for f in result.get("findings", [])),
               "repair_tasks": result.get("repair_tasks"), "repair_vars": result.get("repair_vars")}
        want = {"state": expected["state"], "kinds": sorted(expected.get("kinds", [])),
                "repair_tasks": expected.get("repair_tasks", []),
                "repair_vars": {k: v.format(**self.found) if isinstance(v, str) else v
                                for k, v in expected.get("repair_vars", {}).items()}}
        if got != want:
            raise Failed("%s: server_diagnose said %s, expected %s (reason: %s)" % (step, got, want, result.get("reason")))

    def go(self):
        self.boot()
        for number, rnd in enumerate(self.rounds, 1):
            step = "round%d" % number
            if "repair" in rnd:
                variables, expected = rnd["repair"]
                restored = rnd.get("restored", False)
                self.repair(step + "-repair", variables(self) if callable(variables) else variables, expected,
                            last=not restored, restored=restored)
                if not restored:  # repaired and verified: at its login prompt
                    self.diagnose(step + "-diagnose-repaired", {"state": "booted"})
            if "break" in rnd:
                self.rescue(step + "-rescue")
                script, env = rnd["break"]
                self.break_with(step + "-break", script, env)
                if rnd.get("screenshot"):
                    self.screenshot(step + "-screenshot")
                if number == 1:  # a rescued server's log holds only the rescue system: nothing to say about it
                    self.diagnose(step + "-diagnose-rescued", {"state": "unknown"})
                self.unrescue_and_see(step, rnd["then"], rnd.get("also", ()), rnd.get("diagnosis"))
            elif rnd.get("restored"):  # repair.yml rebuilt it from the snapshot: it boots by itself
                self.see(step, rnd["then"], rnd.get("also", ()), rnd.get("diagnosis"))
            # else: the repair verified the boot itself (its login prompt), diagnosed booted above
        self.checks(self)

    def cleanup(self):
        if self.sid:
            subprocess.run(["/usr/bin/python3", "-m", "stackrescue_testing.snapshot", "delete", self.sid],
                           env=self.env, capture_output=True)
            cloud.delete([self.sid])

    # -- reading the guest ---------------------------------------------------------------
    def login(self, password):
        conn = cloud.member()
        with SerialConsole.of(conn, self.sid) as console:
            return console.login("root", password)

    def in_guest(self, password, commands):
        conn = cloud.member()
        with SerialConsole.of(conn, self.sid) as console:
            if not console.login("root", password):
                raise Failed("root login on the repaired server's serial console refused")
            out = {c: console.run(c) for c in commands}
            console.type("exit\n")
        with open(os.path.join(self.logs, "real-repair-%s-guest.log" % self.chain), "w") as log:
            log.write("".join("# %s\n%s" % kv for kv in out.items()))
        return out


def image_password(image):
    with open(os.path.join(PASSWORDS, image)) as f:
        return f.read().strip()


# -- the chains ----------------------------------------------------------------------------
# What the failing boots print (found on these images by booting them broken).
# The image's initramfs has no fsck (built before its fstab existed); systemd-fsck-root runs
# the same preen check (fsck -a), which stops ("UNEXPECTED INCONSISTENCY; RUN fsck MANUALLY" in
# its journal) and sends the boot to emergency mode.
FSCK_STOPS = r"Failed to start .*File System Check on Root Device"
# The broken kernel's initrd has no modules (no virtio_blk): the initramfs gives up on root.
KERNEL_FAILS = r"ALERT!  UUID=\S+ does not exist\.  Dropping to a shell!"
# xfs_root.sh damages the hash index of /usr/lib/x86_64-linux-gnu: the root mounts, but no
# program's loader is found there, and /sbin/init does not start.
XFS_ROOT_FAILS = r"run-init: /sbin/init: Structure needs cleaning"
ROOT = {"MP": "/mnt", "DEV": "/dev/vda1"}
EL_ROOT = {"MP": "/mnt", "DEV": "/dev/mapper/el-root"}


def debian_rounds():
    return [
        {"break": ("fstab_gone_disk.sh", ROOT), "screenshot": True, "then": EMERGENCY,
         "diagnosis": {"state": "boot_failed", "kinds": ["fstab_mount_failed", "emergency_mode"],
                       "repair_tasks": ["fstab"], "repair_vars": {"repair_fstab_mountpoints": ["/srv/archive"]}}},
        {"repair": ({"repair_tasks": "auto"},
                    [r"boot_failed: .*; repairs: fstab\b", r"after snapshot .it-real-debian-\w+-rescue-\d{8}T\d{6}Z",
                     r"changed: commented out: UUID=\S+\s+/srv/archive\s"]),
         "break": ("ext4_root.sh", {"DEV": "/dev/vda1"}), "then": FSCK_STOPS, "also": [EMERGENCY],
         "diagnosis": {"state": "boot_failed", "kinds": ["fsck_required", "emergency_mode"], "repair_tasks": ["fsck"]}},
        {"repair": ({"repair_tasks": "auto", "repair_snapshot": False},
                    [r"; repairs: fsck\b", r"the read-only check of /dev/vda1 found problems",
                     r"changed: repaired the file system on /dev/vda1; the check is clean now"]),
         "break": ("kernel_broken.sh", ROOT), "then": KERNEL_FAILS,
         "also": [r"BOOT_IMAGE=/boot/vmlinuz-{kernel} "],   # GRUB's default was the broken kernel
         "diagnosis": {"state": "boot_failed", "kinds": ["root_fs_not_found", "emergency_mode"],
                       "repair_tasks": ["kernel"], "repair_vars": {"repair_kernel_remove": "{kernel}"}}},
        # A repair that cannot work (the kernel is what is broken): the verify sees the boot fail,
        # the server is rebuilt from the snapshot taken before this rescue.
        {"repair": ({"repair_tasks": ["fstab"], "repair_fstab_mountpoints": ["/data"], "repair_snapshot": True,
                     "repair_restore_on_failure": True, "repair_fingerprint": True},
                    [r"changed: commented out: UUID=[0-9a-f-]+(\\t|\s)+/data(\\t|\s)", r"fingerprint of /dev/vda1: files=\d+"]),
         "restored": True, "then": KERNEL_FAILS,
         "diagnosis": {"state": "boot_failed", "kinds": ["root_fs_not_found", "emergency_mode"],
                       "repair_tasks": ["kernel"], "repair_vars": {"repair_kernel_remove": "{kernel}"}}},
        {"repair": (lambda chain: {"repair_tasks": ["auto", "root_password"], "repair_snapshot": False,
                                   "repair_root_password": chain.new_password, "repair_fingerprint": True},
                    [r"; repairs: root_password, kernel\b", r"kernel: /boot/vmlinuz-{kernel} ",
                     r"changed: removed kernel {kernel} \(package linux-image-{kernel}\)",
                     r"changed: new password of root in the server's /etc/shadow"]),
         "then": LOGIN, "diagnosis": {"state": "booted"}},
    ]


def debian_checks(chain):
    # The disk the last repair found (after the restore) is the disk the wrong repair found
    # (before its change): every file, its content and attributes.
    if len(chain.fingerprints) != 2 or chain.fingerprints[0] != chain.fingerprints[1]:
        raise Failed("the restore did not give back the disk as it was: fingerprints %s" % chain.fingerprints)
    if chain.login(image_password(chain.image)):
        raise Failed("the image's old root password still logs in after root_password")
    kernel = chain.found["kernel"]
    out = chain.in_guest(chain.new_password, [
        "grep -n /srv/archive /etc/fstab", "ls /etc/fstab.stackrescue-*", "findmnt -n -o SOURCE,TARGET /data",
        "uname -r", "grep -c -- '%s' /boot/grub/grub.cfg" % kernel, "ls /boot",
        "dpkg-query -W -f='${db:Status-Status}\\n' linux-image-%s 2>&1" % kernel,
        "dmesg | grep -c 'EXT4-fs error'"])
    must = {
        "grep -n /srv/archive /etc/fstab": r"^\d+:#stackrescue# UUID=\S+\s+/srv/archive\s",
        "ls /etc/fstab.stackrescue-*": r"^/etc/fstab\.stackrescue-\d{8}T\d{6}Z$",
        "findmnt -n -o SOURCE,TARGET /data": r"^/dev/vda2\s+/data$",
        "grep -c -- '%s' /boot/grub/grub.cfg" % kernel: r"^0$",
        "dpkg-query -W -f='${db:Status-Status}\\n' linux-image-%s 2>&1" % kernel:
            r"^(not-installed|config-files|dpkg-query: no packages found)",
        "dmesg | grep -c 'EXT4-fs error'": r"^0$",
    }
    check_guest(out, must)
    if kernel in out["uname -r"] or kernel in out["ls /boot"]:
        raise Failed("the broken kernel %s is still there: uname -r %r, /boot %r" % (kernel, out["uname -r"],
                                                                                   out["ls /boot"]))


def el_rounds():
    return [
        {"break": ("xfs_root.sh", {"DEV": "/dev/mapper/el-root"}), "then": XFS_ROOT_FAILS,
         "also": [r"Kernel panic - not syncing: Attempted to kill init!"],
         "diagnosis": {"state": "boot_failed", "kinds": ["filesystem_errors", "kernel_panic"], "repair_tasks": ["fsck"]}},
        {"repair": ({"repair_tasks": "auto", "repair_snapshot": False},
                    # The rescue system's udev may have activated the VG at its boot already.
                    [r"; repairs: fsck\b", r"(activated|already active): volume group el", r"deactivated: volume group el",
                     r"device=/dev/mapper/el-root", r"fstype=xfs",
                     r"changed: repaired the file system on /dev/mapper/el-root; the check is clean now"]),
         "break": ("fstab_gone_lv.sh", EL_ROOT), "then": EMERGENCY,
         "diagnosis": {"state": "boot_failed", "kinds": ["fstab_mount_failed", "emergency_mode"],
                       "repair_tasks": ["fstab"], "repair_vars": {"repair_fstab_mountpoints": ["/srv/archive"]}}},
        {"repair": ({"repair_tasks": "auto", "repair_snapshot": False},
                    [r"; repairs: fstab\b", r"changed: commented out: /dev/mapper/el-archive\s+/srv/archive\s"]),
         "then": LOGIN, "diagnosis": {"state": "booted"}},
    ]


def el_checks(chain):
    out = chain.in_guest(image_password(chain.image), [
        "findmnt -n -o SOURCE,FSTYPE /", "grep -n /srv/archive /etc/fstab", "ls /etc/fstab.stackrescue-*",
        "findmnt -n -o SOURCE /boot", "swapon --show=NAME --noheadings"])
    check_guest(out, {
        "findmnt -n -o SOURCE,FSTYPE /": r"^/dev/mapper/el-root\s+xfs$",
        "grep -n /srv/archive /etc/fstab": r"^\d+:#stackrescue# /dev/mapper/el-archive\s+/srv/archive\s",
        "ls /etc/fstab.stackrescue-*": r"^/etc/fstab\.stackrescue-\d{8}T\d{6}Z$",
        "findmnt -n -o SOURCE /boot": r"^/dev/vda1$",
        "swapon --show=NAME --noheadings": r"^/dev/(dm-\d+|mapper/el-swap)$",
    })


def check_guest(out, must):
    wrong = ["%s -> %r (expected /%s/)" % (c, out[c], p) for c, p in must.items() if not re.search(p, out[c], re.M)]
    if wrong:
        raise Failed("the guest's own files do not show the repairs:\n  " + "\n  ".join(wrong))


def noserial_rounds():
    return [
        {"break": ("fstab_gone_disk.sh", ROOT), "then": EMERGENCY,
         "diagnosis": {"state": "boot_failed", "kinds": ["emergency_mode"]}},
    ]


CHAINS = {"debian": ("stackrescue-debian", debian_rounds, debian_checks),
          "el": ("stackrescue-el", el_rounds, el_checks),
          "noserial": ("stackrescue-debian-noserial", noserial_rounds, lambda chain: None)}
# What runs by default: one process per entry, the chains of an entry one after the other.
# Two at once: on 2 cores the TCG guests keep both busy. (Three, the Debian rounds split over two
# servers, measured 2026-12-08: each boot took half as long again, and the slowest chain's
# rescue system missed repair.yml's 300 s for its first command; no time won.)
DEFAULT_RUNS = ["debian", "el+noserial"]


def skip_reason():
    if not os.path.isdir(PASSWORDS):
        return "no real-distribution images in this cloud (%s)" % PASSWORDS
    probe = subprocess.run(["/usr/bin/python3", "-m", "stackrescue_testing.real_guest", "zone"], capture_output=True)
    return None if probe.returncode == 0 else "zone qemu is not up"


def run_chain(key, logs):
    """One chain in this process: its rounds, its checks, its clean-up; prints its steps."""
    image, rounds, checks = CHAINS[key]
    chain = Chain(key, image, rounds(), checks, logs, tempfile.mkdtemp(prefix="real-repair-"))
    chain.new_password = secrets.token_urlsafe(12)
    error = None
    try:
        chain.go()
    except Exception as e:  # reported below, after the clean-up
        error = "%s: %s" % (type(e).__name__, e)
    finally:
        chain.cleanup()
    print("== %s (%s, server %s %s): %s" % (key, image, chain.name, chain.sid, "FAILED" if error else "passed"))
    for step, took in chain.timings:
        print("   %-26s %6.1f s" % (step, took))
    if error:
        print("   " + error.replace("\n", "\n   "))
    return 1 if error else 0


def main(argv):
    reason = skip_reason()
    if reason:
        print("SKIP:", reason)
        return 77
    logs = os.environ.get("STACKRESCUE_IT_LOGS", os.getcwd())
    os.makedirs(logs, exist_ok=True)
    keys = argv or DEFAULT_RUNS
    if len(keys) == 1:
        return max(run_chain(key, logs) for key in keys[0].split("+"))
    # Several chains at once, one process each (openstacksdk deadlocks when a connection is
    # made in a thread and another one later in the main thread).
    start = time.monotonic()
    children = {key: subprocess.Popen([sys.executable, os.path.abspath(__file__), key], stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, text=True) for key in keys}
    status = 0
    for key, child in children.items():
        out, _ = child.communicate()
        print(out, end="")
        status = status or child.returncode
    print("all chains: %.0f s" % (time.monotonic() - start))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
