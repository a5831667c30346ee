"""A real-distribution server broken the way the real-guest tests break one, for what measures a
repair of it (bench/run --repair): booted, rescued, a script of
tests/integration/real_guests/break/ typed into the rescue system, unrescued, its failed boot
seen on its console. Through the collection's own modules run by `ansible localhost -m`
(ANSIBLE_COLLECTIONS_PATH in the environment given), as tests/integration/drivers/
real_repair_test.py does; what the steps printed goes to files in a log folder.

    guest = BrokenGuest("h20bench-1a2b3c", "stackrescue-debian", env, logs)
    guest.boot()                                    # waits for `<name> login:`
    guest.break_boot("fstab_gone_disk.sh", {"MP": "/mnt", "DEV": "/dev/vda1"}, EMERGENCY)
    ...
    guest.delete()
"""
import json
import os
import re
import subprocess

from stackrescue_testing import cloud
from stackrescue_testing.paths import TESTS

BREAK_DIR = os.path.join(TESTS, "integration", "real_guests", "break")
BOOT_TIMEOUT = 420          # seconds: a TCG boot under load, with Nova's shutdown wait
EMERGENCY = r"You are in emergency mode"
FLAVOR, ZONE = "m1.distro", "qemu"


class GuestFailed(Exception):
    pass


class BrokenGuest:
    def __init__(self, name, image, env, logs):
        self.name, self.image, self.env, self.logs = name, image, env, logs
        self.sid = None
        self.steps = 0

    def _run(self, what, argv, env=None):
        self.steps += 1
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env=env or self.env, timeout=BOOT_TIMEOUT * 2)
        with open(os.path.join(self.logs, "%02d-%s.log" % (self.steps, what)), "w") as log:
            log.write("$ %s\n%s\n(exit %d)\n" % (" ".join(argv), proc.stdout, proc.returncode))
        if proc.returncode:
            raise GuestFailed("%s: exit %d:\n%s" % (what, proc.returncode, proc.stdout[-3000:]))
        return proc.stdout

    def module(self, module, args):
        """The module's result (JSON) on localhost."""
        out = self._run(module, ["/usr/bin/ansible", "localhost", "-o", "-m", "stackrescue.openstack." + module,
                                 "-a", json.dumps(args)])
        return json.loads(out[out.find("=> {") + 3:].strip().splitlines()[0])

    def see(self, pattern):
        """Waits for PATTERN (a regular expression) on the console; the matching line."""
        result = self.module("server_console_log", {"server": self.sid, "wait_for": pattern,
                                                    "timeout": BOOT_TIMEOUT, "lines": 200})
        if not result.get("match"):
            raise GuestFailed("/%s/ not on the console of %s: %s" % (pattern, self.name, result.get("msg")))
        return result["match"]

    def boot(self):
        env = dict(self.env, IT_BOOT_IMAGE=self.image, IT_FLAVOR=FLAVOR, IT_ZONE=ZONE)
        self.sid = self._run("create", ["/usr/bin/python3", "-m", "stackrescue_testing.cloud", "create", self.name],
                             env=env).split()[0]
        self.see(r"^%s login: " % re.escape(self.name))

    def break_boot(self, script, variables, then):
        """Rescues the server, runs break/SCRIPT (with VARIABLES) in the rescue system,
        unrescues it and waits for THEN (its failed boot) on the console."""
        self.module("server_rescue", {"server": self.sid})
        with open(os.path.join(BREAK_DIR, script)) as f:
            body = "".join("%s=%s\n" % kv for kv in variables.items()) + f.read()
        result = self.module("rescue_command", {"server": self.sid, "script": body, "timeout": 600})
        if result.get("rc") != 0 or not re.search(r"^broken: ", result.get("stdout", ""), re.M):
            raise GuestFailed("%s did not break %s: rc %s, %s" % (script, self.name, result.get("rc"),
                                                                  result.get("msg")))
        self.module("server_rescue", {"server": self.sid, "state": "unrescued"})
        return self.see(then)

    def delete(self):
        if self.sid:
            cloud.delete([self.sid])
