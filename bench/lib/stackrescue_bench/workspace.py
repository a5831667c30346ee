"""The temporary directory, environment and installed collection every bench mode starts from."""
import os
import re
import subprocess
import sys
import tempfile

from stackrescue_bench.measure import log, run
from stackrescue_bench.paths import PYTHON, ROOT


class Workspace:
    """What every bench mode starts from: a temporary directory, the environment its tools run
    in (the local cloud as `member`, a token cache of its own, Ansible finding the collection
    of this tree first) and that collection, built and installed there."""

    def __init__(self, build_dir, prefix):
        self.build = os.path.abspath(build_dir)
        self.tmp = tempfile.mkdtemp(prefix=prefix)
        self.collections = os.path.join(self.tmp, "collections")
        self.library = os.path.join(self.tmp, "library")
        self.env = self.make_env()

    def make_env(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("STACKRESCUE_", "ANSIBLE_"))}
        env["PATH"] = "/usr/bin:/bin:/usr/sbin:/sbin"
        if not env.get("OS_CLIENT_CONFIG_FILE"):
            out = subprocess.run([os.path.join(ROOT, "tests", "cloud", "local-cloud"), "env"], capture_output=True,
                                 text=True, check=True).stdout
            m = re.search(r"OS_CLIENT_CONFIG_FILE=(\S+)", out)
            if not m:
                sys.exit("bench: `tests/cloud/local-cloud env` printed no OS_CLIENT_CONFIG_FILE")
            env["OS_CLIENT_CONFIG_FILE"] = m.group(1).strip("'\"")
        env["OS_CLOUD"] = "member"
        env["XDG_CACHE_HOME"] = os.path.join(self.tmp, "cache")     # our own token cache, nobody else's
        env.update({
            "ANSIBLE_COLLECTIONS_PATH": self.collections,
            "ANSIBLE_LIBRARY": self.library,
            "ANSIBLE_PYTHON_INTERPRETER": PYTHON,    # no interpreter discovery charged to openstack.cloud
            "ANSIBLE_LOCALHOST_WARNING": "0",
            "ANSIBLE_INVENTORY_UNPARSED_WARNING": "0",
            "ANSIBLE_DEPRECATION_WARNINGS": "0",
            "ANSIBLE_RETRY_FILES_ENABLED": "0",
            "ANSIBLE_NOCOLOR": "1",
        })
        os.environ["OS_CLIENT_CONFIG_FILE"] = env["OS_CLIENT_CONFIG_FILE"]   # for cloud_helper in this process
        os.environ["PATH"] = env["PATH"]
        return env

    def install_collection(self):
        log("collection -> %s" % self.collections)
        r = run([os.path.join(ROOT, "tools", "build-collection"), "--build-dir", self.build, "--output",
                 os.path.join(self.tmp, "dist"), "--install", self.collections], self.env)
        if r.rc:
            sys.exit("bench: build-collection failed:\n%s%s" % (r.out, r.err))

    def modules_dir(self, collections=None):
        """The installed collection's modules (of `collections`, default the real one)."""
        return os.path.join(collections or self.collections, "ansible_collections", "stackrescue", "openstack",
                            "plugins", "modules")
