"""stackrescue_testing.volumes (was tests/integration/bfv_helper.py): volume-backed servers
for the integration tests (the rest is in stackrescue_testing.cloud).
As a program: /usr/bin/python3 -m stackrescue_testing.volumes COMMAND ...

  ping                                       exit 77 unless the cloud answers and has block storage
                                             and the default zone's host ($IT_BFV_HOST, default
                                             minicloud) can rescue volume-backed servers
  create NAME [NAME...]                      boot from a new 1 GB volume made from the boot image
                                             (block_device_mapping_v2, boot_index 0, no network),
                                             wait ACTIVE, print IDs
  delete ID [ID...]                          delete the servers and their volumes, wait until gone
  stop ID                                    stop the server, wait SHUTOFF
  attach-new ID NAME                         a new empty 1 GB volume NAME attached to the server
                                             (a data volume next to the boot volume), print its ID
  snapshots ID                               JSON list of the Cinder snapshots whose metadata
                                             stackrescue_snapshot_of is ID: id, name, status,
                                             volume_id, metadata
  delete-snapshots ID                        delete them, wait until they are gone
  show ID                                    status/vm_state/task_state/image/volumes as JSON
  image-plain NAME                           an active image (tiny raw data) WITHOUT hw_rescue_*,
                                             print ID (delete it with stackrescue_testing.cloud image-delete)

Cloud: $IT_CLOUD (default member).
"""
import json
import os
import sys
import time

from stackrescue_testing.cloud import BOOT_IMAGE, FLAVOR, TIMEOUT, admin, find_id, member, ok, run_command_line

COMPUTE = {"service_type": "compute"}
VOLUME = {"service_type": "volumev3"}
VOLUME_GB = 1
# The compute host of the default zone (tests/cloud: the fake host).
BFV_HOST = os.environ.get("IT_BFV_HOST", "minicloud")


def server(conn, sid):
    r = conn.session.get("/servers/" + sid, endpoint_filter=COMPUTE, microversion="2.87", raise_exc=False)
    if r.status_code == 404:
        return None
    s = ok(r, 200).json()["server"]
    return {"id": sid, "name": s["name"], "status": s["status"], "vm_state": s["OS-EXT-STS:vm_state"],
            "task_state": s["OS-EXT-STS:task_state"], "image": s["image"], "fault": s.get("fault"),
            "volumes": [v["id"] for v in s["os-extended-volumes:volumes_attached"]]}


def wait_for(conn, sid, status):
    deadline = time.time() + TIMEOUT
    while True:
        state = server(conn, sid)
        if state and state["status"] == status and not state["task_state"]:
            return state
        if not state or state["status"] == "ERROR" or time.time() > deadline:
            sys.exit("server %s did not become %s: %s" % (sid, status, state))
        time.sleep(0.5)


def ping():
    try:
        conn = member()
        conn.session.get_token()
        ok(conn.session.get("/volumes", endpoint_filter=VOLUME), 200)
    except Exception as e:  # no cloud, no Cinder in the catalog, Cinder down: skip
        print("no cloud with block storage: %s" % e)
        return 77
    # Nova refuses a volume-backed rescue on a host without this trait (a local cloud whose
    # fake nova-compute started before tests/cloud/lib/services/cinder.sh's entry point existed). The
    # tests' servers land on the default zone's host; the libvirt host always has the trait.
    placement = admin().session
    rps = ok(placement.get("/resource_providers", params={"name": BFV_HOST, "required": "COMPUTE_RESCUE_BFV"},
                           endpoint_filter={"service_type": "placement"}, microversion="1.18"), 200)
    if not rps.json()["resource_providers"]:
        print("host %s lacks COMPUTE_RESCUE_BFV: restart the local cloud's nova-compute" % BFV_HOST)
        return 77
    return 0


def create(names):
    conn = member()
    image = find_id(conn, "image", "/v2/images", "images", BOOT_IMAGE)
    flavors = ok(conn.session.get("/flavors", endpoint_filter=COMPUTE), 200).json()["flavors"]
    flavor = [f["id"] for f in flavors if f["name"] == FLAVOR][0]
    ids = []
    for name in names:
        bdm = {"boot_index": 0, "uuid": image, "source_type": "image", "destination_type": "volume",
               "volume_size": VOLUME_GB, "delete_on_termination": True}
        body = {"server": {"name": name, "flavorRef": flavor, "networks": "none",
                           "block_device_mapping_v2": [bdm]}}
        r = ok(conn.session.post("/servers", json=body, endpoint_filter=COMPUTE, microversion="2.37"), 202)
        ids.append(r.json()["server"]["id"])
    for sid in ids:
        try:
            wait_for(conn, sid, "ACTIVE")
        except SystemExit:
            delete(ids)
            raise
    print("\n".join(ids))


def delete(ids):
    conn = member()
    volumes = []
    for sid in ids:
        state = server(conn, sid)
        if state:
            volumes += state["volumes"]
            conn.session.delete("/servers/" + sid, endpoint_filter=COMPUTE, raise_exc=False)
    deadline = time.time() + TIMEOUT
    for sid in ids:
        while server(conn, sid) and time.time() < deadline:
            time.sleep(0.5)
    # Nova deletes them (delete_on_termination); a cloud whose nova-compute sends no service
    # token cannot detach them (Cinder's bug 2004555 check), so finish that here: with the
    # server gone, Cinder lets the owner delete the attachment.
    for vid in volumes:
        while time.time() < deadline:
            r = conn.session.get("/volumes/" + vid, endpoint_filter=VOLUME, raise_exc=False)
            if r.status_code == 404:
                break
            vol = ok(r, 200).json()["volume"]
            if vol["status"] == "in-use":
                for att in vol["attachments"]:
                    conn.session.delete("/attachments/" + att["attachment_id"], endpoint_filter=VOLUME,
                                        microversion="3.27", raise_exc=False)
            elif vol["status"] in ("available", "error"):
                conn.session.delete("/volumes/" + vid, endpoint_filter=VOLUME, raise_exc=False)
            time.sleep(1)


def wait_volume(conn, vid, status):
    deadline = time.time() + TIMEOUT
    while True:
        vol = ok(conn.session.get("/volumes/" + vid, endpoint_filter=VOLUME), 200).json()["volume"]
        if vol["status"] == status:
            return vol
        if vol["status"] == "error" or time.time() > deadline:
            sys.exit("volume %s did not become %s: %s" % (vid, status, vol["status"]))
        time.sleep(0.5)


def attach_new(sid, name):
    conn = member()
    r = ok(conn.session.post("/volumes", json={"volume": {"size": VOLUME_GB, "name": name}}, endpoint_filter=VOLUME),
           202)
    vid = r.json()["volume"]["id"]
    wait_volume(conn, vid, "available")
    ok(conn.session.post("/servers/%s/os-volume_attachments" % sid, json={"volumeAttachment": {"volumeId": vid}},
                         endpoint_filter=COMPUTE), 200)
    wait_volume(conn, vid, "in-use")
    print(vid)


SNAPSHOT_OF = "stackrescue_snapshot_of"


def snapshots(conn, sid):
    params = {"metadata": json.dumps({SNAPSHOT_OF: sid}), "limit": 1000}
    found = ok(conn.session.get("/snapshots/detail", endpoint_filter=VOLUME, params=params,
                                headers={"OpenStack-API-Version": "volume 3.40"}), 200).json()["snapshots"]
    return [{k: s[k] for k in ("id", "name", "status", "volume_id", "metadata")}
            for s in found if s["metadata"].get(SNAPSHOT_OF) == sid]


def delete_snapshots(sid):
    conn = member()
    found = snapshots(conn, sid)
    deadline = time.time() + TIMEOUT
    for snap in found:
        # Cinder deletes only available or error snapshots: wait out one still creating.
        while time.time() < deadline:
            r = conn.session.delete("/snapshots/" + snap["id"], endpoint_filter=VOLUME, raise_exc=False)
            if r.status_code in (202, 404):
                break
            time.sleep(1)
    while snapshots(conn, sid) and time.time() < deadline:
        time.sleep(0.5)
    print("deleted %d" % len(found))


def stop(sid):
    conn = member()
    ok(conn.session.post("/servers/%s/action" % sid, json={"os-stop": None}, endpoint_filter=COMPUTE), 202)
    wait_for(conn, sid, "SHUTOFF")


def image_plain(name):
    conn = member()
    glance = {"service_type": "image"}
    r = ok(conn.session.post("/v2/images", endpoint_filter=glance,
                             json={"name": name, "disk_format": "raw", "container_format": "bare"}), 201)
    iid = r.json()["id"]
    ok(conn.session.put("/v2/images/%s/file" % iid, endpoint_filter=glance, data=b"\0" * 65536,
                        headers={"Content-Type": "application/octet-stream"}), 204)
    print(iid)


def main(argv):
    if not argv:
        sys.exit(__doc__)
    cmd, args = argv[0], argv[1:]
    if cmd == "ping":
        return ping()
    if cmd == "create":
        create(args)
    elif cmd == "delete":
        delete(args)
    elif cmd == "stop":
        stop(args[0])
    elif cmd == "attach-new":
        attach_new(args[0], args[1])
    elif cmd == "snapshots":
        print(json.dumps(snapshots(member(), args[0])))
    elif cmd == "delete-snapshots":
        delete_snapshots(args[0])
    elif cmd == "show":
        print(json.dumps(server(member(), args[0])))
    elif cmd == "image-plain":
        image_plain(args[0])
    else:
        sys.exit("unknown command %s\n%s" % (cmd, __doc__))
    return 0


if __name__ == "__main__":
    run_command_line(main, "stackrescue_testing.volumes")
