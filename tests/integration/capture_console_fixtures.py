#!/usr/bin/python3
"""Records Nova's os-getConsoleOutput answers from the local cloud into tests/fixtures/compute:
a real guest of the libvirt host (zone qemu) after boot, with `length`, and while rescued, and
a server of the fake host; and the server as the libvirt host shows it while rescued
(power_state 1: the rescue domain runs, where the fake driver shows 4) and on the way from
SHUTOFF to RESCUE. The server ID is replaced by the unit tests' fixed one.

  export OS_CLIENT_CONFIG_FILE=/var/tmp/stackrescue-cloud/clouds.yaml
  /usr/bin/python3 tests/integration/capture_console_fixtures.py
"""
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cloud_helper  # noqa: E402
import real_guest  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "fixtures", "compute")
SERVER_ID = "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"  # tests/unit/ops/test_cloud.hpp kServerId


def save(name, sid, body):
    text = json.dumps(body, indent=1, sort_keys=True).replace(sid, SERVER_ID)
    with open(os.path.join(OUT, name), "w") as f:
        f.write(text + "\n")
    print("wrote", name)


def output(g, length=None):
    body = {"os-getConsoleOutput": {} if length is None else {"length": length}}
    r = g.api("post", "/servers/%s/action" % g.sid, json=body)
    return r.json()


def main():
    conn = cloud_helper.member()
    g = real_guest.Guest(conn)
    image = cloud_helper.find_id(conn, "image", "/v2/images", "images", cloud_helper.BOOT_IMAGE)
    rescue = cloud_helper.find_id(conn, "image", "/v2/images", "images", real_guest.RESCUE_IMAGE)
    flavors = cloud_helper.ok(conn.session.get("/flavors", endpoint_filter=real_guest.COMPUTE), 200).json()
    guest = [f["id"] for f in flavors["flavors"] if f["name"] == real_guest.FLAVOR][0]
    tiny = [f["id"] for f in flavors["flavors"] if f["name"] == "m1.tiny"][0]
    ids = []
    try:
        body = {"server": {"name": "capture-console-fake", "imageRef": image, "flavorRef": tiny,
                           "networks": "none"}}
        g.sid = cloud_helper.ok(g.api("post", "/servers", json=body), 202).json()["server"]["id"]
        ids.append(g.sid)
        g.wait_status("ACTIVE")
        save("console_output_fake.json", g.sid, output(g))

        body["server"].update(name="capture-console-qemu", flavorRef=guest, availability_zone=real_guest.ZONE)
        g.sid = cloud_helper.ok(g.api("post", "/servers", json=body), 202).json()["server"]["id"]
        ids.append(g.sid)
        g.wait_status("ACTIVE")
        g.wait_console("STACKRESCUE-BOOT-UP " + g.sid)
        time.sleep(1)
        save("console_output_boot.json", g.sid, output(g))
        save("console_output_boot_length5.json", g.sid, output(g, 5))
        g.action({"rescue": {"rescue_image_ref": rescue}}, 200)
        g.wait_status("RESCUE")
        g.wait_console("STACKRESCUE-RESCUE-UP " + g.sid)
        time.sleep(1)
        save("console_output_rescue.json", g.sid, output(g))
        save("server_rescued_libvirt.json", g.sid, {"server": g.state()})

        # A stopped guest: every distinct (status, task_state) on the way to RESCUE.
        g.action({"unrescue": None}, 202)
        g.wait_status("ACTIVE")
        g.action({"os-stop": None}, 202)
        g.wait_status("SHUTOFF")
        g.action({"rescue": {"rescue_image_ref": rescue}}, 200)
        seen = set()
        while True:
            s = g.state()
            key = (s["status"], s["OS-EXT-STS:task_state"])
            if key not in seen:
                seen.add(key)
                save("server_libvirt_from_shutoff_%s_%s.json" % (key[0].lower(), key[1] or "none"), g.sid,
                     {"server": s})
            if s["status"] == "RESCUE" and not s["OS-EXT-STS:task_state"]:
                break
            time.sleep(0.1)
    finally:
        cloud_helper.delete(ids)


if __name__ == "__main__":
    main()
