#!/usr/bin/python3
"""Idempotent Keystone and quota steps for Cinder in tests/cloud (lib/services/cinder.sh).

Usage (PW_ADMIN and PW_SVC_CINDER from the environment):
  cinder_bootstrap.py identity   service user cinder, catalog volumev3 + block-storage
  cinder_bootstrap.py quota      volume quota of the member project
"""

import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in lib/: local-cloud checksums lib/*
from bootstrap import KEYSTONE, MEMBER_PROJECT, Identity, admin_session  # noqa: E402

VOLUME_URL = "http://127.0.0.1:8776/v3/%(project_id)s"
# Nova (Zed) looks up "volumev3"; newer clients "block-storage".
CATALOG = {"volumev3": "cinderv3", "block-storage": "cinder"}
# Enough for the integration tests' volume-backed servers (1 GB each) and a
# parallel run next to them.
MEMBER_VOLUME_QUOTA = {"volumes": 50, "gigabytes": 200, "snapshots": 50}


def bootstrap_identity():
    ident = Identity(admin_session())
    admin_role = ident.role("admin")
    service_project = ident.project("service", "OpenStack service users")
    ident.grant(service_project, ident.user("cinder", os.environ["PW_SVC_CINDER"]), admin_role)
    # Cinder accepts the deletion of an in-use attachment only with a service
    # token whose user has this role (bug 2004555); Nova sends the nova user's.
    service_role = ident.role("service")
    for user in ("nova", "cinder"):
        ident.grant(service_project, ident.find_or_create("users", "user", user, None),
                    service_role)
    for stype, name in CATALOG.items():
        ident.endpoints(ident.service(stype, name), VOLUME_URL)
    print("cinder identity: user cinder, role service for nova and cinder, catalog %s" % ", ".join(CATALOG))


def bootstrap_quota():
    sess = admin_session()
    project = sess.get(KEYSTONE + "/projects?name=" + MEMBER_PROJECT).json()["projects"][0]
    sess.put("/os-quota-sets/" + project["id"], endpoint_filter={"service_type": "volumev3"},
             json={"quota_set": MEMBER_VOLUME_QUOTA})
    print("cinder quota: project %s %s" % (MEMBER_PROJECT, MEMBER_VOLUME_QUOTA))


def main(argv):
    steps = {"identity": bootstrap_identity, "quota": bootstrap_quota}
    if len(argv) != 2 or argv[1] not in steps:
        sys.exit(__doc__)
    steps[argv[1]]()


if __name__ == "__main__":
    main(sys.argv)
