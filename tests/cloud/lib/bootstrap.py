#!/usr/bin/python3
"""Idempotent bootstrap steps of tests/cloud/local-cloud, via the raw REST API.

One keystoneauth session as the Keystone bootstrap admin does everything: the
`openstack` CLI costs 2.5-4 s per call, this whole script a few seconds.

Usage (the secrets come from the environment, PW_* as in etc/secrets.env):
  bootstrap.py identity                 service users, catalog, member project
  bootstrap.py compute STATE_DIR        flavor, quota, images
  bootstrap.py cleanup ISO_UTC_TIME     delete servers created before that time
"""

import os
import sys
import time

from keystoneauth1 import session as ks_session
from keystoneauth1.identity import v3

KEYSTONE = "http://127.0.0.1:5000/v3"
REGION = "RegionOne"

# Services in the catalog: type -> (name, URL).
CATALOG = {
    "image": ("glance", "http://127.0.0.1:9292"),
    "placement": ("placement", "http://127.0.0.1:8778"),
    "compute": ("nova", "http://127.0.0.1:8774/v2.1"),
    # Test fixture tests/cloud/lib/neutron_stub.py, not a real Neutron.
    "network": ("neutron", "http://127.0.0.1:9696"),
}
SERVICE_USERS = {"glance": "PW_SVC_GLANCE", "placement": "PW_SVC_PLACEMENT",
                 "nova": "PW_SVC_NOVA"}
MEMBER_PROJECT = "stackrescue"
MEMBER_USER = "stackrescue-member"
# The smoke test runs 10 servers in parallel; the integration tests may run more.
MEMBER_QUOTA = {"instances": 50, "cores": 100, "ram": 51200}

BOOT_IMAGE = "stackrescue-boot"
RESCUE_IMAGE = "stackrescue-rescue"


def admin_session():
    auth = v3.Password(auth_url=KEYSTONE, username="admin", password=os.environ["PW_ADMIN"],
                       project_name="admin", user_domain_name="Default",
                       project_domain_name="Default")
    return ks_session.Session(auth=auth)


class Identity:
    """Find-or-create helpers on the Keystone v3 API."""

    def __init__(self, sess):
        self.s = sess

    def _get(self, path):
        return self.s.get(KEYSTONE + path).json()

    def _post(self, path, body):
        return self.s.post(KEYSTONE + path, json=body).json()

    def find_or_create(self, collection, key, name, body, query=None):
        found = self._get("/%s?%s" % (collection, query or "name=" + name))[collection]
        if found:
            return found[0]
        return self._post("/" + collection, {key: body})[key]

    def project(self, name, description):
        return self.find_or_create("projects", "project", name,
                                   {"name": name, "domain_id": "default",
                                    "description": description})

    def user(self, name, password, project_id=None):
        user = self.find_or_create("users", "user", name,
                                   {"name": name, "domain_id": "default",
                                    "password": password,
                                    "default_project_id": project_id})
        # Follows a changed password in etc/secrets.env.
        self.s.patch(KEYSTONE + "/users/" + user["id"], json={"user": {"password": password}})
        return user

    def role(self, name):
        return self.find_or_create("roles", "role", name, {"name": name})

    def grant(self, project, user, role):
        self.s.put(KEYSTONE + "/projects/%s/users/%s/roles/%s" % (project["id"], user["id"],
                                                                   role["id"]))

    def service(self, stype, name):
        return self.find_or_create("services", "service", name,
                                   {"type": stype, "name": name}, query="type=" + stype)

    def endpoints(self, service, url):
        have = {e["interface"]: e for e in
                self._get("/endpoints?service_id=" + service["id"])["endpoints"]}
        for iface in ("public", "internal", "admin"):
            if iface in have:
                if have[iface]["url"] != url:
                    self.s.patch(KEYSTONE + "/endpoints/" + have[iface]["id"],
                                 json={"endpoint": {"url": url}})
                continue
            self._post("/endpoints", {"endpoint": {"service_id": service["id"],
                                                   "interface": iface, "url": url,
                                                   "region_id": REGION}})


def bootstrap_identity():
    ident = Identity(admin_session())
    admin_role = ident.role("admin")
    member_role = ident.role("member")
    service_project = ident.project("service", "OpenStack service users")
    for name, var in SERVICE_USERS.items():
        ident.grant(service_project, ident.user(name, os.environ[var]), admin_role)
    for stype, (name, url) in CATALOG.items():
        ident.endpoints(ident.service(stype, name), url)
    project = ident.project(MEMBER_PROJECT, "StackRescue tests (member role only)")
    user = ident.user(MEMBER_USER, os.environ["PW_MEMBER"], project["id"])
    ident.grant(project, user, member_role)
    print("identity: service users, catalog (%s), project %s, user %s"
          % (", ".join(CATALOG), MEMBER_PROJECT, MEMBER_USER))


def ensure_flavor(sess):
    flavors = sess.get("/flavors", endpoint_filter={"service_type": "compute"}).json()["flavors"]
    if not any(f["name"] == "m1.tiny" for f in flavors):
        sess.post("/flavors", endpoint_filter={"service_type": "compute"},
                  json={"flavor": {"name": "m1.tiny", "ram": 512, "vcpus": 1, "disk": 1}})


def ensure_quota(sess):
    project = sess.get(KEYSTONE + "/projects?name=" + MEMBER_PROJECT).json()["projects"][0]
    sess.put("/os-quota-sets/" + project["id"], endpoint_filter={"service_type": "compute"},
             json={"quota_set": MEMBER_QUOTA})


def ensure_image(sess, name, data_file, extra):
    """A public raw image NAME with EXTRA properties/tags; re-created if broken."""
    glance = {"service_type": "image"}
    for image in sess.get("/v2/images?name=" + name, endpoint_filter=glance).json()["images"]:
        if image["status"] == "active" and image.get("visibility") == "public":
            return image
        sess.delete("/v2/images/" + image["id"], endpoint_filter=glance)
    body = {"name": name, "disk_format": "raw", "container_format": "bare",
            "visibility": "public"}
    body.update(extra)
    image = sess.post("/v2/images", endpoint_filter=glance, json=body).json()
    with open(data_file, "rb") as f:
        sess.put("/v2/images/%s/file" % image["id"], endpoint_filter=glance, data=f.read(),
                 headers={"Content-Type": "application/octet-stream"})
    return image


def bootstrap_compute(state_dir):
    sess = admin_session()
    ensure_flavor(sess)
    ensure_quota(sess)
    # Tiny image files are enough: the fake virt driver never boots them.
    data_file = os.path.join(state_dir, "data", "tiny-image.raw")
    if not os.path.exists(data_file):
        with open(data_file, "wb") as f:
            f.write(b"\0" * 65536)
    ensure_image(sess, BOOT_IMAGE, data_file, {})
    ensure_image(sess, RESCUE_IMAGE, data_file,
                 {"tags": ["system-rescue"], "hw_rescue_device": "disk",
                  "hw_rescue_bus": "virtio"})
    print("compute: flavor m1.tiny, member quota %s, images %s, %s"
          % (MEMBER_QUOTA, BOOT_IMAGE, RESCUE_IMAGE))


def cleanup_servers(before_iso):
    """Delete servers created before BEFORE_ISO (UTC, 'YYYY-MM-DDTHH:MM:SSZ').

    The fake driver keeps instances in memory only: after nova-compute
    restarted, older servers still look ACTIVE but a rescue sends them to
    ERROR. Nothing can use them, so they go.
    """
    sess = admin_session()
    compute = {"service_type": "compute"}
    servers = sess.get("/servers/detail?all_tenants=1",
                       endpoint_filter=compute).json()["servers"]
    stale = [s for s in servers if s["created"] < before_iso]
    for server in stale:
        sess.delete("/servers/" + server["id"], endpoint_filter=compute, raise_exc=False)
    left, deadline = stale, time.time() + 60
    while left and time.time() < deadline:
        time.sleep(1)
        left = [s for s in left
                if sess.get("/servers/" + s["id"], endpoint_filter=compute,
                            raise_exc=False).status_code != 404]
    print("cleanup: deleted %d server(s) created before %s%s"
          % (len(stale), before_iso, " (%d still deleting)" % len(left) if left else ""))


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    step = argv[1]
    if step == "identity":
        bootstrap_identity()
    elif step == "compute":
        bootstrap_compute(argv[2])
    elif step == "cleanup":
        cleanup_servers(argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
