#!/usr/bin/python3
"""capture_bfv_fixtures: records what the real cloud answers for a volume-backed server into
tests/fixtures/compute (needs Cinder in the local cloud: tests/cloud/lib/cinder.sh).

  OS_CLIENT_CONFIG_FILE=... tests/integration/capture_bfv_fixtures.py

Boots a server from a new volume (bfv_helper.py), and records: the server ACTIVE, RESCUE (at
2.87 with the tagged rescue image) and after unrescue; Nova's 400 to a rescue at 2.86, to one
with an image lacking hw_rescue_*, and to `"rescue": null` (no image: Nova falls back to the
server's own image, which a volume-backed server has not). Then deletes the server, its volume
and the image it uploaded. IDs are replaced as in capture_fixtures.py (also run by it).
"""
import contextlib
import io
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bfv_helper  # noqa: E402
import capture_fixtures as cf  # noqa: E402
import cloud_helper  # noqa: E402

VOLUME_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
PLAIN_IMAGE_ID = "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a"


def quietly(fn, *args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        fn(*args)
    return out.getvalue().split()


def capture(conn, rescue_image_id):
    """Records the fixtures; cf.replacements must already map the images and project."""
    compute = {"service_type": "compute"}

    def nova(method, path, body=None, mv="2.87"):
        return conn.session.request(path, method, json=body, endpoint_filter=compute, microversion=mv,
                                    raise_exc=False)

    def show(sid):
        return nova("GET", "/servers/" + sid).json()

    def wait(sid, status):
        while True:
            s = show(sid)
            if s["server"]["status"] == status and not s["server"]["OS-EXT-STS:task_state"]:
                return s
            time.sleep(0.1)

    name = "fixture-db-1"
    sid = plain = None
    try:
        sid = quietly(bfv_helper.create, [name])[0]
        plain = quietly(bfv_helper.image_plain, "fixture-plain-rescue")[0]
        active = show(sid)
        cf.replacements.update({sid: cf.VOLUME_SERVER_ID, name: "db-1", plain: PLAIN_IMAGE_ID,
                                active["server"]["os-extended-volumes:volumes_attached"][0]["id"]: VOLUME_ID})
        cf.save("compute/server_volume_backed.json", active)
        action = "/servers/%s/action" % sid
        cf.save("compute/rescue_volume_backed_below_2_87.json",
                nova("POST", action, {"rescue": {"rescue_image_ref": rescue_image_id}}, mv="2.86").json())
        cf.save("compute/rescue_volume_backed_image_lacks_hw_rescue.json",
                nova("POST", action, {"rescue": {"rescue_image_ref": plain}}).json())
        cf.save("compute/rescue_volume_backed_no_image.json", nova("POST", action, {"rescue": None}).json())
        r = nova("POST", action, {"rescue": {"rescue_image_ref": rescue_image_id}})
        assert r.status_code == 200, r.text
        cf.save("compute/server_volume_backed_rescued.json", wait(sid, "RESCUE"))
        assert nova("POST", action, {"unrescue": None}).status_code == 202
        wait(sid, "ACTIVE")
    finally:
        if plain:
            quietly(cloud_helper.main, ["image-delete", plain])
        if sid:
            quietly(bfv_helper.delete, [sid])


def main():
    conn = cloud_helper.member()
    image = {"service_type": "image"}
    rescue = conn.session.get("/v2/images", endpoint_filter=image,
                              params={"name": "stackrescue-rescue"}).json()["images"][0]
    boot = conn.session.get("/v2/images", endpoint_filter=image, params={"name": "stackrescue-boot"}).json()["images"][0]
    cf.replacements.update({rescue["id"]: cf.RESCUE_IMAGE_ID, boot["id"]: cf.BOOT_IMAGE_ID,
                            conn.current_project_id: cf.PROJECT_ID})
    capture(conn, rescue["id"])


if __name__ == "__main__":
    main()
