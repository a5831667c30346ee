#!/usr/bin/python3
"""Idempotent bootstrap steps of tests/cloud/local-cloud, via the raw REST API.

One keystoneauth session as the Keystone bootstrap admin does everything: the
`openstack` CLI costs 2.5-4 s per call, this whole script a few seconds.

Usage (the secrets come from the environment, PW_* as in etc/secrets.env):
  bootstrap.py identity                 service users, catalog, member project
  bootstrap.py compute IMAGE_DIR QEMU_HOST ZONE [IMAGE=DIR...]
                                        flavors, quota, images, zone aggregate;
                                        IMAGE=DIR: a real-distribution image
                                        (DIR/IMAGE.qcow2, lib/distro_images.sh)
  bootstrap.py cleanup ISO_UTC_TIME HOST|!HOST
                                        delete servers created before that time
                                        on HOST (or on any host but HOST)
"""

import hashlib
import json
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
# The busybox rescue image's tag: the fast tests ask for it by this tag (or by name);
# "system-rescue" marks the SystemRescue-like image, as on a real cloud.
FAST_RESCUE_TAG = "busybox-rescue"

# Real-distribution images (lib/distro_images.sh), uploaded as qcow2: name -> properties.
# os_shutdown_timeout 15: under TCG a healthy guest powers off in a few seconds, but a
# guest stuck in emergency mode, in its initramfs shell or in GRUB ignores ACPI, and
# every rescue of a broken server would wait Nova's default 60 s before forcing it off.
DISTRO_IMAGES = {
    "stackrescue-debian": {"os_distro": "debian", "os_version": "12",
                           "os_shutdown_timeout": "15"},
    # stackrescue-debian with nothing on its serial port: an empty console log (issue 21).
    "stackrescue-debian-noserial": {"os_distro": "debian", "os_version": "12",
                                    "os_shutdown_timeout": "15"},
    "stackrescue-el": {"os_distro": "debian", "os_version": "12",
                       "os_shutdown_timeout": "15"},
    # Stable-device rescue (microversion 2.87 for volume-backed servers): the server's
    # own disk stays /dev/vda, the rescue disk comes after it and is booted first.
    "stackrescue-sysrescue": {"tags": ["system-rescue"], "hw_rescue_device": "disk",
                              "hw_rescue_bus": "virtio", "os_shutdown_timeout": "5"},
}


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
        # Follows a changed password in etc/secrets.env, but only when it changed: Keystone
        # revokes every token of a user whose password is set, even to the same value, and
        # the services that keep running (nova's service token, sent to glance and cinder)
        # would then send revoked tokens until they re-authenticate.
        if not self.password_works(user["id"], password):
            self.s.patch(KEYSTONE + "/users/" + user["id"], json={"user": {"password": password}})
        return user

    def password_works(self, user_id, password):
        body = {"auth": {"identity": {"methods": ["password"],
                                      "password": {"user": {"id": user_id, "password": password}}}}}
        answer = self.s.post(KEYSTONE + "/auth/tokens", json=body, authenticated=False,
                             raise_exc=False)
        return answer.status_code == 201

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


# m1.tiny for the fake host; m1.guest fits a real guest of the libvirt host.
FLAVORS = {"m1.tiny": {"ram": 512, "vcpus": 1, "disk": 1},
           "m1.guest": {"ram": 256, "vcpus": 1, "disk": 1},
           # The real-distribution images: 2.0-2.3 GiB disks, systemd wants 1 GiB.
           "m1.distro": {"ram": 1024, "vcpus": 1, "disk": 3}}


def ensure_flavors(sess):
    flavors = sess.get("/flavors", endpoint_filter={"service_type": "compute"}).json()["flavors"]
    have = {f["name"] for f in flavors}
    for name, spec in FLAVORS.items():
        if name not in have:
            sess.post("/flavors", endpoint_filter={"service_type": "compute"},
                      json={"flavor": dict(spec, name=name)})


def ensure_zone(sess, host, zone):
    """An aggregate ZONE with availability zone ZONE that holds HOST."""
    compute = {"service_type": "compute"}
    aggregates = sess.get("/os-aggregates", endpoint_filter=compute).json()["aggregates"]
    agg = next((a for a in aggregates if a["name"] == zone), None)
    if agg is None:
        agg = sess.post("/os-aggregates", endpoint_filter=compute,
                        json={"aggregate": {"name": zone, "availability_zone": zone}}
                        ).json()["aggregate"]
    if host not in agg.get("hosts", []):
        sess.post("/os-aggregates/%s/action" % agg["id"], endpoint_filter=compute,
                  json={"add_host": {"host": host}})


def ensure_quota(sess):
    project = sess.get(KEYSTONE + "/projects?name=" + MEMBER_PROJECT).json()["projects"][0]
    compute = {"service_type": "compute"}
    path = "/os-quota-sets/" + project["id"]
    current = sess.get(path, endpoint_filter=compute).json()["quota_set"]
    # Only ever raised: Nova refuses a limit below what the project uses right now (a
    # test may hold more servers than the default while the cloud is re-started).
    raise_to = {k: v for k, v in MEMBER_QUOTA.items() if current.get(k, 0) != -1 and current.get(k, 0) < v}
    if raise_to:
        sess.put(path, endpoint_filter=compute, json={"quota_set": raise_to})


def file_sha256(path):
    """PATH's SHA-256: from PATH.sha256 when one at least as new as PATH is there (the
    real-distribution images have one, lib/distro_images.sh), else computed."""
    recorded = path + ".sha256"
    if os.path.exists(recorded) and os.path.getmtime(recorded) >= os.path.getmtime(path):
        with open(recorded) as f:
            return f.read().strip()
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ensure_image(sess, name, data_file, extra, disk_format="raw"):
    """A public image NAME holding DATA_FILE, with EXTRA properties/tags.

    An image with other content (an older build) is replaced: the new one is
    uploaded first and the old one deleted after, so a test that looks the
    name up always finds an active image.
    """
    glance = {"service_type": "image"}
    # Identifies content and properties: a change of either replaces the image.
    sha = hashlib.sha256((file_sha256(data_file) + json.dumps(extra, sort_keys=True))
                         .encode()).hexdigest()
    old = sess.get("/v2/images?name=" + name, endpoint_filter=glance).json()["images"]
    current = [i for i in old if i["status"] == "active" and i.get("visibility") == "public"
               and i.get("stackrescue_sha256") == sha]
    if current:
        return current[0]
    body = {"name": name, "disk_format": disk_format, "container_format": "bare",
            "visibility": "public", "stackrescue_sha256": sha}
    body.update(extra)
    image = sess.post("/v2/images", endpoint_filter=glance, json=body).json()
    with open(data_file, "rb") as f:  # streamed: the distribution images are ~800 MB
        sess.put("/v2/images/%s/file" % image["id"], endpoint_filter=glance, data=f,
                 headers={"Content-Type": "application/octet-stream"})
    for stale in old:
        sess.delete("/v2/images/" + stale["id"], endpoint_filter=glance, raise_exc=False)
    return image


def bootstrap_compute(image_dir, qemu_host, zone, distro_dirs):
    sess = admin_session()
    ensure_flavors(sess)
    ensure_quota(sess)
    ensure_zone(sess, qemu_host, zone)
    # Real bootable disks (tests/cloud/lib/images.sh); the fake host only
    # uses their names.
    # The busybox guest ignores ACPI power-off: without a short
    # os_shutdown_timeout, every rescue and stop would wait Nova's 60 s
    # before it forces the guest off.
    boot = ensure_image(sess, BOOT_IMAGE, os.path.join(image_dir, BOOT_IMAGE + ".raw"),
                        {"os_shutdown_timeout": "5"})
    rescue = ensure_image(sess, RESCUE_IMAGE, os.path.join(image_dir, RESCUE_IMAGE + ".raw"),
                          {"tags": [FAST_RESCUE_TAG], "hw_rescue_device": "disk",
                           "hw_rescue_bus": "virtio", "os_shutdown_timeout": "5"})
    distro = []
    for arg in distro_dirs:
        name, directory = arg.split("=", 1)
        image = ensure_image(sess, name, os.path.join(directory, name + ".qcow2"),
                             DISTRO_IMAGES[name], disk_format="qcow2")
        distro.append("%s %s" % (name, image["id"]))
    print("compute: flavors %s, member quota, zone %s = %s, images %s"
          % (", ".join(FLAVORS), zone, qemu_host,
             ", ".join(["%s %s" % (BOOT_IMAGE, boot["id"]), "%s %s" % (RESCUE_IMAGE, rescue["id"])]
                       + distro)))


def cleanup_servers(before_iso, host_spec):
    """Delete servers created before BEFORE_ISO (UTC, 'YYYY-MM-DDTHH:MM:SSZ')
    on host HOST_SPEC, or on any host but X when HOST_SPEC is '!X'.

    The fake driver keeps instances in memory only: after nova-compute
    restarted, older servers still look ACTIVE but a rescue sends them to
    ERROR; the libvirt host's guests are gone after libvirtd restarted.
    Nothing can use them, so they go.
    """
    sess = admin_session()
    compute = {"service_type": "compute"}
    servers = sess.get("/servers/detail?all_tenants=1",
                       endpoint_filter=compute).json()["servers"]
    negate, host = host_spec.startswith("!"), host_spec.lstrip("!")
    stale = [s for s in servers if s["created"] < before_iso
             and (s.get("OS-EXT-SRV-ATTR:host") == host) != negate]
    for server in stale:
        sess.delete("/servers/" + server["id"], endpoint_filter=compute, raise_exc=False)
    left, deadline = stale, time.time() + 60
    while left and time.time() < deadline:
        time.sleep(1)
        left = [s for s in left
                if sess.get("/servers/" + s["id"], endpoint_filter=compute,
                            raise_exc=False).status_code != 404]
    print("cleanup: deleted %d server(s) on host %s created before %s%s"
          % (len(stale), host_spec, before_iso,
             " (%d still deleting)" % len(left) if left else ""))


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    step = argv[1]
    if step == "identity":
        bootstrap_identity()
    elif step == "compute":
        bootstrap_compute(argv[2], argv[3], argv[4], argv[5:])
    elif step == "cleanup":
        cleanup_servers(argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
