"""A minimal Debian root entered with chroot (the release tests' foreign roots: the x86-64
one of tests/release/foreign-rootfs, the arm64 one of tools/build-ee --root): a private copy
of a cached root, commands run in it in their own mount namespace, and rescue.yml there.
The loopback network is shared, so the local cloud on 127.0.0.1 answers inside."""
import json
import os
import re
import shutil
import subprocess
import tempfile

import yaml

PATH = "/usr/bin:/bin:/usr/sbin:/sbin"


class Chroot:
    """A private copy of the cached root file system."""

    def __init__(self, rootfs, name):
        self.dir = tempfile.mkdtemp(prefix="stackrescue-foreign-%s-" % name, dir="/var/tmp")
        subprocess.run(["cp", "-a", rootfs + "/.", self.dir], check=True)

    def path(self, inside):
        return os.path.join(self.dir, inside.lstrip("/"))

    def put(self, source, inside, mode=0o644):
        os.makedirs(os.path.dirname(self.path(inside)), exist_ok=True)
        shutil.copyfile(source, self.path(inside))
        os.chmod(self.path(inside), mode)

    def run(self, command, env=None, timeout=900):
        """`command` (a shell line) inside the root, as root, HOME=/root; returns (rc, output)."""
        environment = {"PATH": PATH, "HOME": "/root", "LANG": "C.UTF-8", "ANSIBLE_NOCOLOR": "1",
                       "ANSIBLE_LOCALHOST_WARNING": "0", "ANSIBLE_INVENTORY_UNPARSED_WARNING": "0",
                       "ANSIBLE_RETRY_FILES_ENABLED": "0"}
        environment.update(env or {})
        inner = "mount -t proc proc %s/proc && mount --bind /dev %s/dev && exec chroot %s /usr/bin/env -i %s /bin/sh -c %s" % (
            self.dir, self.dir, self.dir, " ".join("%s=%s" % kv for kv in environment.items()), shquote(command))
        proc = subprocess.run(["unshare", "--mount", "--propagation", "private", "/bin/sh", "-c", inner],
                              capture_output=True, text=True, timeout=timeout)
        return proc.returncode, proc.stdout + proc.stderr

    def remove(self):
        # Nothing can be mounted below it (each run had its own mount namespace), but check.
        with open("/proc/mounts") as f:
            if any(line.split()[1].startswith(self.dir) for line in f):
                print("NOT removing %s: something is mounted below it" % self.dir)
                return
        shutil.rmtree(self.dir, ignore_errors=True)


def shquote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def clouds_for_root(clouds, auth_url=None):
    doc = {"clouds": {}}
    for name in ("member", "admin"):
        entry = json.loads(json.dumps(clouds[name]))
        if auth_url:
            entry["auth"]["auth_url"] = auth_url
        doc["clouds"][name] = entry
    return yaml.safe_dump(doc)


def write_inside(root, inside, text, mode=0o600):
    os.makedirs(os.path.dirname(root.path(inside)), exist_ok=True)
    with open(os.open(root.path(inside), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode), "w") as f:
        f.write(text)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def rescue_playbook(root, server, extra_env=None):
    env = {"OS_CLIENT_CONFIG_FILE": "/etc/openstack/clouds.yaml", "OS_CLOUD": "member"}
    env.update(extra_env or {})
    rc, out = root.run("ansible-playbook /root/rescue.yml -e server=%s" % server, env)
    recap = re.search(r"localhost\s+: (ok=\d+\s+changed=\d+.*failed=\d+)", out)
    check(rc == 0, "rescue.yml failed (%d):\n%s" % (rc, out[-4000:]))
    changed = [m for m in re.findall(r"^changed: \[localhost\]", out, re.M)]
    check(len(changed) >= 2, "rescue.yml changed nothing (expected the rescue and the unrescue):\n%s" % out[-3000:])
    return recap.group(1) if recap else "recap not found"
