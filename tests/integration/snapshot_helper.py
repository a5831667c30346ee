#!/usr/bin/python3
"""snapshot_helper: the snapshots server_rescue's `snapshot: true` makes, as Glance shows
them (the rest is in cloud_helper.py).

  snapshot_helper.py list SERVER_ID      JSON list of the images whose property
                                         stackrescue_snapshot_of is SERVER_ID, newest first:
                                         id, name, status, stackrescue_snapshot_of
  snapshot_helper.py delete SERVER_ID    delete them all (none is fine)

Cloud: $IT_CLOUD (default member).
"""
import json
import sys

from cloud_helper import member, ok

IMAGE = {"service_type": "image"}
PROPERTY = "stackrescue_snapshot_of"


def snapshots(conn, sid):
    params = {PROPERTY: sid, "sort": "created_at:desc,id:asc", "limit": 100}
    images = ok(conn.session.get("/v2/images", endpoint_filter=IMAGE, params=params, raise_exc=False), 200).json()
    return [{"id": i["id"], "name": i["name"], "status": i["status"], PROPERTY: i.get(PROPERTY)}
            for i in images["images"] if i.get(PROPERTY) == sid]


def main(argv):
    if len(argv) != 2 or argv[0] not in ("list", "delete"):
        sys.exit(__doc__)
    conn = member()
    found = snapshots(conn, argv[1])
    if argv[0] == "list":
        print(json.dumps(found))
        return 0
    for image in found:
        ok(conn.session.delete("/v2/images/" + image["id"], endpoint_filter=IMAGE, raise_exc=False), 204, 404)
    print("deleted %d" % len(found))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
