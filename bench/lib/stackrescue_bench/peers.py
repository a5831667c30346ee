"""openstack.cloud, the peer that comes with Debian's `ansible` package (sections 1 and 3)."""
import json
import os
import subprocess

from stackrescue_bench.measure import log

OC_MODULE = "ansible_collections.openstack.cloud.plugins.modules.server_info"
OC_MANIFEST = "/usr/lib/python3/dist-packages/ansible_collections/openstack/cloud/MANIFEST.json"


def oc_version():
    if not os.path.exists(OC_MANIFEST):
        return "not installed"
    with open(OC_MANIFEST) as f:
        return json.load(f)["collection_info"]["version"]


def ensure_openstack_cloud():
    """openstack.cloud is a peer measured in sections 1 and 3: it comes with Debian's `ansible`
    package, which the bench installs (as root) rather than leave its rows out silently."""
    if oc_version() != "not installed":
        return
    if os.geteuid() != 0:
        log("openstack.cloud is not installed and this is not root: its rows are left out "
            "(apt-get install --no-install-recommends ansible)")
        return
    log("installing Debian's ansible package (openstack.cloud, a peer measured here)")
    r = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "ansible"],
                       capture_output=True, text=True, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    if r.returncode:
        log("apt-get install ansible failed (its rows are left out):\n%s" % r.stderr[-2000:])
