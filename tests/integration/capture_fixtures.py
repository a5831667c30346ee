#!/usr/bin/python3
"""capture_fixtures: records what the real cloud answers into tests/fixtures/compute and
tests/fixtures/image, for the ops unit tests.

  OS_CLIENT_CONFIG_FILE=... tests/integration/capture_fixtures.py

Boots a server, rescues and unrescues it (catching the rescuing/unrescuing states), asks
for consoles, provokes the 404/409 answers, lists the tagged images, creates a queued
image; then deletes what it created. IDs are replaced by the fixed ones the unit tests
use, and a few timestamps are pinned, so re-capturing only changes what Nova/Glance changed.
The ERROR-with-fault fixture (compute/server_error.json) cannot be provoked on the fake
driver on demand; it is the captured ACTIVE server with Nova's documented fault object.
"""
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cloud_helper  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")
SERVER_ID = "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"
VOLUME_SERVER_ID = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"
RESCUE_IMAGE_ID = "5e1c2f7a-3b9d-4c8e-a1f2-6d7e8f9a0b1c"
BOOT_IMAGE_ID = "0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4"
QUEUED_IMAGE_ID = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"
PROJECT_ID = "9f1d2c3b4a5e4d6c8b7a9f0e1d2c3b4a"

replacements = {}


def normalize(obj):
    text = json.dumps(obj)
    for real, fixed in replacements.items():
        text = text.replace(real, fixed)
    text = re.sub(r"token%3D[0-9a-f-]{36}", "token%3D3b1f8c2e-9d4a-4e6b-8f7c-1a2b3c4d5e6f", text)
    text = re.sub(r"token=[0-9a-f-]{36}", "token=4f1b2c3d-9e8f-4a7b-8c6d-5e4f3a2b1c0d", text)
    return json.loads(text)


def save(path, obj):
    with open(os.path.join(ROOT, path), "w") as f:
        json.dump(normalize(obj), f, indent=1)
        f.write("\n")
    print("wrote", path)


def main():
    conn = cloud_helper.member()
    image = {"service_type": "image"}
    nova = cloud_helper.nova_caller(conn)

    def show(sid):
        return nova("GET", "/servers/" + sid).json()

    images = conn.session.get("/v2/images", endpoint_filter=image,
                              params={"tag": "system-rescue", "sort": "created_at:desc,id:asc"}).json()
    rescue = [i for i in images["images"] if i["name"] == "stackrescue-rescue"][0]
    boot = [i for i in conn.session.get("/v2/images", endpoint_filter=image, params={"name": "stackrescue-boot"}).json()["images"]][0]
    replacements.update({rescue["id"]: RESCUE_IMAGE_ID, boot["id"]: BOOT_IMAGE_ID,
                         conn.current_project_id: PROJECT_ID})

    name = "fixture-web-1"
    sid = None
    queued = None
    try:
        import subprocess
        sid = subprocess.run([sys.executable, cloud_helper.__file__, "create", name], check=True,
                             capture_output=True, text=True).stdout.split()[0]
        replacements[sid] = SERVER_ID
        replacements[name] = "web-1"
        active = show(sid)
        save("compute/server_active.json", active)
        error = json.loads(json.dumps(active))
        error["server"].update({"status": "ERROR", "OS-EXT-STS:vm_state": "error", "OS-EXT-STS:power_state": 0,
                                "fault": {"code": 500, "created": "2026-11-10T08:00:00Z",
                                          "message": "Build of instance failed: old failure"}})
        save("compute/server_error.json", error)
        save("compute/servers_detail_empty.json",
             nova("GET", "/servers/detail?name=%5Enothing-named-so%24").json())

        save("compute/conflict_unrescue_active.json", nova("POST", "/servers/%s/action" % sid, {"unrescue": None}).json())
        save("compute/not_found.json", nova("GET", "/servers/00000000-0000-0000-0000-000000000000").json())
        replacements["00000000-0000-0000-0000-000000000000"] = SERVER_ID

        r = nova("POST", "/servers/%s/action" % sid, {"rescue": {"rescue_image_ref": rescue["id"]}})
        assert r.status_code == 200, r.text
        save("compute/rescue_accepted.json", {"adminPass": "Qx7rT2mB9wLk"} if "adminPass" in r.json() else r.json())
        seen = set()
        while True:
            s = show(sid)
            state = (s["server"]["status"], s["server"]["OS-EXT-STS:task_state"])
            if state == ("ACTIVE", "rescuing") and "rescuing" not in seen:
                save("compute/server_rescuing.json", s)
                seen.add("rescuing")
            if s["server"]["status"] == "RESCUE":
                save("compute/server_rescued.json", s)
                break
            time.sleep(0.05)
        save("compute/conflict_rescued.json", nova("POST", "/servers/%s/action" % sid, {"rescue": None}).json())
        save("compute/remote_console_novnc.json",
             nova("POST", "/servers/%s/remote-consoles" % sid, {"remote_console": {"protocol": "vnc", "type": "novnc"}}).json())
        save("compute/remote_console_serial.json",
             nova("POST", "/servers/%s/remote-consoles" % sid, {"remote_console": {"protocol": "serial", "type": "serial"}}).json())
        save("compute/legacy_console_novnc.json",
             nova("POST", "/servers/%s/action" % sid, {"os-getVNCConsole": {"type": "novnc"}}, mv="2.5").json())
        r = nova("POST", "/servers/%s/remote-consoles" % sid, {"remote_console": {"protocol": "vnc", "type": "spice-html5"}})
        save("compute/console_invalid_type.json", {"status": r.status_code, "body": r.json()})
        assert nova("POST", "/servers/%s/action" % sid, {"unrescue": None}).status_code == 202
        while True:
            s = show(sid)
            if s["server"]["OS-EXT-STS:task_state"] == "unrescuing" and "unrescuing" not in seen:
                save("compute/server_unrescuing.json", s)
                seen.add("unrescuing")
            if s["server"]["status"] == "ACTIVE" and not s["server"]["OS-EXT-STS:task_state"]:
                break
            time.sleep(0.05)
        subprocess.run([sys.executable, cloud_helper.__file__, "lock", sid], check=True)
        save("compute/conflict_locked.json", nova("POST", "/servers/%s/action" % sid, {"rescue": None}).json())
        subprocess.run([sys.executable, cloud_helper.__file__, "unlock", sid], check=True)
        r = nova("POST", "/servers/%s/action" % sid, {"rescue": {"rescue_image_ref": "11111111-2222-4333-8444-555555555555"}})
        save("compute/rescue_image_not_supported.json", r.json())
        print("seen transient states:", sorted(seen))

        # Glance
        queued = subprocess.run([sys.executable, cloud_helper.__file__, "image-queued", "stackrescue-rescue-new",
                                 "system-rescue"], check=True, capture_output=True, text=True).stdout.split()[0]
        replacements[queued] = QUEUED_IMAGE_ID
        save("image/image_rescue_queued.json", conn.session.get("/v2/images/" + queued, endpoint_filter=image).json())
        save("image/image_rescue_active.json", conn.session.get("/v2/images/" + rescue["id"], endpoint_filter=image).json())
        tagged = conn.session.get("/v2/images", endpoint_filter=image,
                                  params={"tag": "system-rescue", "sort": "created_at:desc,id:asc", "limit": 100}).json()
        save("image/images_tagged_live.json", tagged)
        save("image/images_empty.json", conn.session.get(
            "/v2/images", endpoint_filter=image, params={"tag": "nothing-tagged-so", "limit": 100}).json())
    finally:
        if queued:
            subprocess.run([sys.executable, cloud_helper.__file__, "image-delete", queued])
        if sid:
            subprocess.run([sys.executable, cloud_helper.__file__, "delete", sid])

    # The volume-backed answers, from a real volume-backed server (needs Cinder).
    import bfv_helper
    import capture_bfv_fixtures
    if bfv_helper.ping() == 0:
        capture_bfv_fixtures.capture(conn, rescue["id"])


if __name__ == "__main__":
    main()
