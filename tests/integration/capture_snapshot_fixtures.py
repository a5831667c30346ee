#!/usr/bin/python3
"""capture_snapshot_fixtures: records what the real cloud answers to a snapshot (Nova's
createImage, then Glance) into tests/fixtures/compute and tests/fixtures/image, for the
unit tests of server_rescue's `snapshot: true`.

  OS_CLIENT_CONFIG_FILE=... tests/integration/capture_snapshot_fixtures.py

Boots a real guest on the libvirt host (zone qemu, flavor m1.guest: the fake driver never
uploads a snapshot, its image stays queued) and records: createImage at 2.87 (body
{"image_id"}) and at 2.44 (Location header only), the server and the image at each step
until the image is active, the image list filtered by the stackrescue_snapshot_of property,
and Nova's 409 to a createImage of the rescued server. Deletes the server and the images.
IDs are replaced by the fixed ones of tests/unit/ops/test_cloud.hpp, the name by "web-1".
"""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import capture_fixtures as cf  # noqa: E402
import cloud_helper  # noqa: E402

SNAPSHOT_ID = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d"
OLD_SNAPSHOT_ID = "2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b"
USER_ID = "5d6e7f8091a24b3c8d4e5f6a7b8c9d0e"
PROPERTY = "stackrescue_snapshot_of"
NAME = "fixture-snap-web-1"


def main():
    conn = cloud_helper.member()
    image = {"service_type": "image"}
    nova = cloud_helper.nova_caller(conn)

    def glance(path, **params):
        return conn.session.get(path, endpoint_filter=image, params=params, raise_exc=False)

    rescue = cloud_helper.find_id(conn, "image", "/v2/images", "images", "stackrescue-rescue")
    boot = cloud_helper.find_id(conn, "image", "/v2/images", "images", "stackrescue-boot")
    cf.replacements.update({rescue: cf.RESCUE_IMAGE_ID, boot: cf.BOOT_IMAGE_ID,
                            conn.current_project_id: cf.PROJECT_ID, conn.current_user_id: USER_ID})
    env = dict(os.environ, IT_FLAVOR="m1.guest", IT_ZONE="qemu")
    sid, snapshots = None, []
    try:
        sid = subprocess.run([sys.executable, cloud_helper.__file__, "create", NAME], check=True, env=env,
                             capture_output=True, text=True).stdout.split()[0]
        cf.replacements.update({sid: cf.SERVER_ID, NAME: "web-1"})

        def snapshot(mv, name):
            r = nova("POST", "/servers/%s/action" % sid,
                     {"createImage": {"name": name, "metadata": {PROPERTY: sid}}}, mv)
            assert r.status_code == 202, r.text
            iid = r.json()["image_id"] if r.text else r.headers["Location"].rsplit("/", 1)[1]
            snapshots.append(iid)
            return r, iid

        # The older snapshot (2.44: Location header), so that the list shows two.
        r, old = snapshot("2.44", NAME + "-rescue-20261118T110000Z")
        cf.replacements[old] = OLD_SNAPSHOT_ID
        cf.save("compute/create_image_accepted_2_44.json",
                {"status": r.status_code, "headers": {"Location": r.headers["Location"]}, "body": None})
        wait_done(nova, glance, sid, old, {})

        r, iid = snapshot("2.87", NAME + "-rescue-20261118T110640Z")
        cf.replacements[iid] = SNAPSHOT_ID
        cf.save("compute/create_image_accepted.json", r.json())
        wait_done(nova, glance, sid, iid, {
            "queued": "image/snapshot_queued.json", "saving": "image/snapshot_saving.json",
            "active": "image/snapshot_active.json",
            "image_snapshot": "compute/server_image_snapshot.json",
            "image_uploading": "compute/server_image_uploading.json"})
        cf.save("image/snapshots_of_server.json",
                glance("/v2/images", **{PROPERTY: sid, "sort": "created_at:desc,id:asc", "limit": 100}).json())

        r = nova("POST", "/servers/%s/action" % sid, {"rescue": {"rescue_image_ref": rescue}})
        assert r.status_code == 200, r.text
        while nova("GET", "/servers/" + sid).json()["server"]["status"] != "RESCUE":
            time.sleep(0.5)
        r = nova("POST", "/servers/%s/action" % sid, {"createImage": {"name": "refused", "metadata": {}}})
        assert r.status_code == 409, r.text
        cf.save("compute/create_image_conflict_rescued.json", r.json())
    finally:
        if snapshots:
            subprocess.run([sys.executable, cloud_helper.__file__, "image-delete"] + snapshots)
        if sid:
            subprocess.run([sys.executable, cloud_helper.__file__, "delete", sid])


def wait_done(nova, glance, sid, iid, files):
    """Polls the server and the image until the image is active and the task is gone, saving
    the first answer seen in each image status / server task_state named in `files`."""
    deadline = time.time() + 300
    while time.time() < deadline:
        server = nova("GET", "/servers/" + sid).json()
        img = glance("/v2/images/" + iid).json()
        for key, doc in ((img["status"], img), (server["server"]["OS-EXT-STS:task_state"], server)):
            if key in files:
                cf.save(files.pop(key), doc)
        if img["status"] == "active" and not server["server"]["OS-EXT-STS:task_state"]:
            if files:
                print("not seen:", sorted(files))
            return
        time.sleep(0.1)
    raise SystemExit("snapshot %s not active in 300 s" % iid)


if __name__ == "__main__":
    print(json.dumps({"captured": main() is None}))
