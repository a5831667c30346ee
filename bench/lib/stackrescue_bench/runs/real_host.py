"""What bench/run --real-host measures: boot and rescue cycles of real guests on the local
cloud's libvirt host, one guest per image, StackRescue against the openstack CLI (the
report: report.real_host)."""
import json
import os
import re
import shutil
import subprocess
import sys
import time

from stackrescue_testing import real_guest

from stackrescue_bench.measure import loadavg, log
from stackrescue_bench.paths import ANSIBLE, OPENSTACK, testing_command
from stackrescue_bench.workspace import Workspace

WAIT_TIMEOUT = 600      # seconds for any one milestone (a TCG boot of a distribution: ~1 min alone)
POLL = 0.5              # the CLI's polling interval (server show, console log show)


class Image:
    """One guest image of the benchmark: what it boots with, what rescues it, and the console
    lines (regular expressions, searched line by line) that say each system is up. `{sid}` and
    `{name}` in a pattern are the server's ID and name."""

    def __init__(self, key, boot_image, flavor, rescue_image, rescue_up, up, rounds, guest, rescue_system):
        self.key, self.boot_image, self.flavor, self.rescue_image = key, boot_image, flavor, rescue_image
        self.rescue_up, self.up, self.rounds = rescue_up, up, rounds
        self.guest, self.rescue_system = guest, rescue_system     # for the report

    def patterns(self, sid, name):
        """(rescue system up, server up) for this server. IDs and bench names need no escaping
        (letters, digits, hyphens: the same in Python's and ECMAScript's syntax)."""
        assert re.fullmatch(r"[a-z0-9-]+", sid) and re.fullmatch(r"[a-z0-9-]+", name), (sid, name)
        return self.rescue_up.format(sid=sid, name=name), self.up.format(sid=sid, name=name)


SYSRESCUE = "stackrescue-sysrescue"     # tagged system-rescue: a SystemRescue-like autologin root shell
PROMPT = r"\[root@sysrescue ~\]#"
LOGIN = r"^{name} login:"               # the getty on ttyS0; the hostname is the server name (config drive)

IMAGES = {
    "busybox": Image("busybox", "stackrescue-boot", real_guest.FLAVOR, real_guest.RESCUE_IMAGE,
                     r"STACKRESCUE-RESCUE-UP {sid}", r"STACKRESCUE-BOOT-UP {sid}", 5,
                     "busybox kernel + initramfs, prints `STACKRESCUE-BOOT-UP <id>`",
                     "`stackrescue-rescue` (tag `busybox-rescue`): prints `STACKRESCUE-RESCUE-UP <id>`"),
    "debian": Image("debian", "stackrescue-debian", "m1.distro", SYSRESCUE, PROMPT, LOGIN, 2,
                    "Debian 12, GRUB, systemd, ext4 / and /data; up = `<name> login:` on ttyS0",
                    "`%s` (tag `system-rescue`): up = its prompt `[root@sysrescue ~]#`" % SYSRESCUE),
    "el": Image("el", "stackrescue-el", "m1.distro", SYSRESCUE, PROMPT, LOGIN, 2,
                "the EL layout (ext4 /boot, LVM VG `el`: XFS root, swap) on Debian 12; up = `<name> login:`",
                "`%s` (tag `system-rescue`): up = its prompt `[root@sysrescue ~]#`" % SYSRESCUE),
}
DEFAULT_IMAGES = "busybox,debian,el"


def parse_images(text):
    keys = [k.strip() for k in text.split(",") if k.strip()]
    unknown = [k for k in keys if k not in IMAGES]
    if unknown or not keys:
        raise ValueError("unknown image %s (known: %s)" % (", ".join(unknown) or "''", ", ".join(IMAGES)))
    return keys


COMPUTE_LOG = os.path.join(os.environ.get("STACKRESCUE_CLOUD_DIR", "/var/tmp/stackrescue-cloud"), "log",
                           "nova-compute-qemu.log")


def compute_log_reason(sid):
    """What the libvirt host's nova-compute logged as the server's last libvirtError (Nova's
    fault says only `libvirtError`), or None."""
    try:
        with open(COMPUTE_LOG, errors="replace") as f:
            found = [line for line in f if sid in line and "libvirt.libvirtError: " in line]
    except OSError:
        return None
    if not found:
        return None
    reason = found[-1].split("libvirt.libvirtError: ", 1)[1].strip()
    return re.sub(r"\x1b\[[0-9;]*m", "", reason)


def failure(error, sid=None):
    """One line for the report: the module's msg, else the error's first and last lines; for a
    libvirtError, the reason from the compute host's log."""
    text = str(error)
    m = re.search(r'"msg": "((?:[^"\\]|\\.)*)"', text)
    if m:
        line = m.group(1)
    else:
        lines = [x.strip() for x in text.strip().splitlines() if x.strip()]
        line = " … ".join(lines[:1] + lines[-1:] if len(lines) > 1 else lines)
    line = line[:300]
    if sid and "libvirtError" in text:
        reason = compute_log_reason(sid)
        if reason:
            line += " (nova-compute: %s)" % reason[-300:]
    return line


def check(cmd, env):
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    if r.returncode:
        raise RuntimeError("%s failed (%d):\n%s%s"
                           % (" ".join(cmd[:4]), r.returncode, r.stdout[-3000:], r.stderr[-2000:]))
    return r.stdout


def module(env, name, args):
    """One ad-hoc `ansible` run of a module of the collection (arguments as JSON, so regular
    expressions need no k=v quoting)."""
    return check([ANSIBLE, "localhost", "-m", "stackrescue.openstack." + name, "-a", json.dumps(args)], env)


def wait_line(env, sid, pattern):
    module(env, "server_console_log", {"server": sid, "wait_for": pattern, "timeout": WAIT_TIMEOUT})


def cli_until(env, cmd, done, what):
    deadline = time.monotonic() + WAIT_TIMEOUT
    while True:
        out = check(cmd, env)
        if done(out):
            return
        if time.monotonic() > deadline:
            raise RuntimeError("cli: no %s after %d s:\n%s" % (what, WAIT_TIMEOUT, out[-2000:]))
        time.sleep(POLL)


def status_is(wanted):
    def done(out):
        if out.strip() == "ERROR":
            raise RuntimeError("cli: the server went to ERROR (waiting for %s)" % wanted)
        return out.strip() == wanted
    return done


def stackrescue_cycle(env, guest):
    rescue_up, up = guest.patterns
    t, t0 = {}, time.perf_counter()
    module(env, "server_rescue", {"server": guest.sid, "image": guest.image.rescue_image})
    t["rescue_status"] = time.perf_counter() - t0
    wait_line(env, guest.sid, rescue_up)
    t["rescue_up"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    module(env, "server_rescue", {"server": guest.sid, "state": "unrescued"})
    t["unrescue_status"] = time.perf_counter() - t0
    wait_line(env, guest.sid, up)
    t["unrescue_up"] = time.perf_counter() - t0
    return t


def cli_cycle(env, guest):
    rescue_up, up = (re.compile(p, re.M) for p in guest.patterns)
    sid = guest.sid
    show = [OPENSTACK, "server", "show", sid, "-f", "value", "-c", "status"]
    console = [OPENSTACK, "console", "log", "show", sid]
    t, t0 = {}, time.perf_counter()
    check([OPENSTACK, "--os-compute-api-version", "2.87", "server", "rescue", "--image", guest.image.rescue_image,
           sid], env)
    cli_until(env, show, status_is("RESCUE"), "RESCUE")
    t["rescue_status"] = time.perf_counter() - t0
    cli_until(env, console, lambda out: rescue_up.search(out) is not None, rescue_up.pattern)
    t["rescue_up"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    check([OPENSTACK, "server", "unrescue", sid], env)
    cli_until(env, show, status_is("ACTIVE"), "ACTIVE")
    t["unrescue_status"] = time.perf_counter() - t0
    cli_until(env, console, lambda out: up.search(out) is not None, up.pattern)
    t["unrescue_up"] = time.perf_counter() - t0
    return t


class Guest:
    """The server of one image: created by the benchmark (named bench-real-<image>-<ms>,
    lowercase: the guest's hostname, from the config drive, is its name)."""

    def __init__(self, image):
        self.image = image
        self.name = "bench-real-%s-%d" % (image.key, time.time() * 1000)
        self.sid = None
        self.patterns = None


class RealHost(Workspace):
    def __init__(self, args):
        super().__init__(args.build_dir, "stackrescue-bench-real.")
        self.args = args
        self.env.update(OS_CLOUD="member", IT_ZONE=real_guest.ZONE)
        self.images = [IMAGES[k] for k in args.images]
        self.sids = []          # every server this run created, for cleanup
        self.res = {"images": [], "loads": []}

    def rounds(self, image):
        return self.args.rounds if self.args.rounds else image.rounds

    def go(self):
        self.res["loads"].append(("start", loadavg()))
        if subprocess.run(testing_command("real_guest", "zone"), env=self.env, capture_output=True).returncode != 0:
            sys.exit("bench: zone %s has no libvirt host that is up (tests/cloud/local-cloud status)" % real_guest.ZONE)
        self.install_collection()
        for image in self.images:
            entry = {"key": image.key, "image": image, "rounds": self.rounds(image), "stackrescue": [], "cli": [],
                     "error": None}
            self.res["images"].append(entry)
            try:
                self.measure(image, entry)
            except RuntimeError as e:        # one image's failure keeps the others' figures
                entry["error"] = failure(e)
                log("%s: FAILED: %s" % (image.key, e))
            self.res["loads"].append(("after %s" % image.key, loadavg()))
        self.res["loads"].append(("end", loadavg()))

    def measure(self, image, entry):
        """entry["rounds"] rounds on one guest. When a cycle fails (e.g. Nova puts the server in
        ERROR), the failure is recorded, the guest deleted and a new one booted for the rounds
        left, once; a second failure ends this image. A round counts only when both
        contenders completed it."""
        entry.update(boots=[], failures=[])
        order = [("stackrescue", stackrescue_cycle), ("cli", cli_cycle)]
        while len(entry["stackrescue"]) < entry["rounds"]:
            guest = None
            try:
                guest = self.boot(image, entry)
                while len(entry["stackrescue"]) < entry["rounds"]:
                    i = len(entry["stackrescue"])
                    done = {}
                    for key, cycle in (order if i % 2 == 0 else order[::-1]):
                        log("%s round %d/%d: %s" % (image.key, i + 1, entry["rounds"], key))
                        done[key] = cycle(self.env, guest)
                        log("  %s" % " ".join("%s %.1f" % kv for kv in done[key].items()))
                    for key, t in done.items():
                        entry[key].append(t)
                    self.res["loads"].append(("%s round %d" % (image.key, i + 1), loadavg()))
            except RuntimeError as e:
                entry["failures"].append(failure(e, guest.sid if guest else None))
                log("%s: cycle FAILED: %s" % (image.key, e))
                if len(entry["failures"]) > 1:
                    raise
            finally:
                if guest and guest.sid:
                    self.delete(guest.sid)

    def boot(self, image, entry):
        guest = Guest(image)
        env = dict(self.env, IT_BOOT_IMAGE=image.boot_image, IT_FLAVOR=image.flavor)
        t0 = time.perf_counter()
        out = subprocess.run(testing_command("cloud", "create", guest.name), env=env, capture_output=True, text=True,
                             timeout=900)
        ids = out.stdout.split()
        if out.returncode or len(ids) != 1:
            raise RuntimeError("create %s failed (%d): %s%s" % (guest.name, out.returncode, out.stdout[-1000:],
                                                                out.stderr[-1000:]))
        guest.sid = ids[0]
        self.sids.append(guest.sid)
        active = time.perf_counter() - t0
        guest.patterns = image.patterns(guest.sid, guest.name)
        log("%s: guest %s (%s): waiting for /%s/" % (image.key, guest.name, guest.sid, guest.patterns[1]))
        try:
            wait_line(self.env, guest.sid, guest.patterns[1])
        except BaseException:
            self.delete(guest.sid)
            raise
        entry["boots"].append({"server": guest.name, "active": active, "up": time.perf_counter() - t0})
        return guest

    def delete(self, sid):
        log("deleting guest %s" % sid)
        subprocess.run(testing_command("cloud", "delete", sid), env=self.env, capture_output=True)
        if sid in self.sids:
            self.sids.remove(sid)

    def cleanup(self):
        for sid in list(self.sids):
            self.delete(sid)
        if not self.args.keep_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
