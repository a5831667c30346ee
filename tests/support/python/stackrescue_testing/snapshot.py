"""stackrescue_testing.snapshot (was tests/integration/snapshot_helper.py): the snapshots
server_rescue's `snapshot: true` makes, as Glance shows them (the rest is in
stackrescue_testing.cloud). As a program: /usr/bin/python3 -m stackrescue_testing.snapshot ...

  list SERVER_ID                     JSON list of the images whose property
                                     stackrescue_snapshot_of is SERVER_ID, newest first:
                                     id, name, status, stackrescue_snapshot_of
  delete SERVER_ID                   delete them all (none is fine)
  restore SERVER_ID                  rebuild the server from its newest active snapshot
                                     (what docs/howto-repair.md tells an operator to do),
                                     wait until it is ACTIVE again; print the snapshot's ID

Cloud: $IT_CLOUD (default member).
"""
import json
import sys
import time

from stackrescue_testing.cloud import TIMEOUT, member, ok, server_state

IMAGE = {"service_type": "image"}
PROPERTY = "stackrescue_snapshot_of"


def snapshots(conn, sid):
    params = {PROPERTY: sid, "sort": "created_at:desc,id:asc", "limit": 100}
    images = ok(conn.session.get("/v2/images", endpoint_filter=IMAGE, params=params, raise_exc=False), 200).json()
    return [{"id": i["id"], "name": i["name"], "status": i["status"], PROPERTY: i.get(PROPERTY)}
            for i in images["images"] if i.get(PROPERTY) == sid]


def restore(conn, sid, found):
    active = [i for i in found if i["status"] == "active"]
    if not active:
        sys.exit("no active snapshot of %s" % sid)
    ok(conn.session.post("/servers/%s/action" % sid, endpoint_filter={"service_type": "compute"},
                         json={"rebuild": {"imageRef": active[0]["id"]}}, microversion="2.87", raise_exc=False), 202)
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        s = server_state(conn, sid)
        if s["status"] == "ACTIVE" and not s["task_state"]:
            print(active[0]["id"])
            return 0
        if s["status"] == "ERROR":
            sys.exit("rebuild of %s failed: %s" % (sid, s["fault"]))
        time.sleep(1)
    sys.exit("rebuild of %s not done in %d s" % (sid, TIMEOUT))


def main(argv):
    if len(argv) != 2 or argv[0] not in ("list", "delete", "restore"):
        sys.exit(__doc__)
    conn = member()
    found = snapshots(conn, argv[1])
    if argv[0] == "list":
        print(json.dumps(found))
        return 0
    if argv[0] == "restore":
        return restore(conn, argv[1], found)
    for image in found:
        ok(conn.session.delete("/v2/images/" + image["id"], endpoint_filter=IMAGE, raise_exc=False), 204, 404)
    print("deleted %d" % len(found))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
