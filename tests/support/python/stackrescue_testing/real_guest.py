"""stackrescue_testing.real_guest (was tests/integration/real_guest.py): a real guest of
the local cloud's libvirt host (zone "qemu") through one rescue/unrescue cycle over the raw
API, timing each step and recording every (status, task_state) that Nova shows on the way.

  /usr/bin/python3 -m stackrescue_testing.real_guest zone
        exit 77 unless zone "qemu" has a host that is up
  /usr/bin/python3 -m stackrescue_testing.real_guest cycle [--stopped] [--base-image] [--json FILE]
        boot stackrescue-boot (m1.guest, zone qemu), wait for STACKRESCUE-BOOT-UP <id> in
        the console log, [stop it,] rescue (stackrescue-rescue, or the server's own image),
        wait RESCUE, wait STACKRESCUE-RESCUE-UP <id>, unrescue, wait ACTIVE, wait
        STACKRESCUE-BOOT-UP <id> again; delete. Prints one JSON object (timings in s,
        transitions); exits 1 if any step fails.

Used by bench/run (figures) and tests/integration (checks); the playbook-level tests
use our modules instead.
"""
import json
import re
import sys
import time

from stackrescue_testing import cloud as cloud_helper

ZONE = "qemu"
FLAVOR = "m1.guest"
RESCUE_IMAGE = "stackrescue-rescue"
COMPUTE = {"service_type": "compute"}
STEP_TIMEOUT = 300


class Guest:
    def __init__(self, conn):
        self.conn = conn
        self.sid = None
        self.transitions = []

    def api(self, method, path, **kw):
        return getattr(self.conn.session, method)(path, endpoint_filter=COMPUTE, microversion="2.87",
                                                  raise_exc=False, **kw)

    def state(self):
        r = self.api("get", "/servers/" + self.sid)
        s = cloud_helper.ok(r, 200).json()["server"]
        pair = (s["status"], s["OS-EXT-STS:task_state"])
        if not self.transitions or self.transitions[-1] != list(pair):
            self.transitions.append(list(pair))
        return s

    def wait_status(self, status):
        deadline = time.time() + STEP_TIMEOUT
        while True:
            s = self.state()
            if s["status"] == status and not s["OS-EXT-STS:task_state"]:
                return
            if s["status"] == "ERROR" or time.time() > deadline:
                raise RuntimeError("server %s: waiting for %s, got %s %s" % (self.sid, status, s["status"],
                                                                             s.get("fault")))
            time.sleep(0.2)

    def console(self):
        r = self.api("post", "/servers/%s/action" % self.sid, json={"os-getConsoleOutput": {"length": 200}})
        return r.json().get("output", "") if r.status_code == 200 else ""

    def wait_console(self, pattern):
        deadline = time.time() + STEP_TIMEOUT
        rx = re.compile(pattern)
        while time.time() < deadline:
            if rx.search(self.console()):
                return
            time.sleep(0.5)
        raise RuntimeError("server %s: %r not in the console log:\n%s" % (self.sid, pattern,
                                                                           self.console()[-2000:]))

    def create(self, name):
        """Boots stackrescue-boot as `name` (m1.guest, zone qemu, no network); sets sid."""
        image = cloud_helper.find_id(self.conn, "image", "/v2/images", "images", cloud_helper.BOOT_IMAGE)
        flavors = cloud_helper.ok(self.conn.session.get("/flavors", endpoint_filter=COMPUTE), 200).json()["flavors"]
        body = {"server": {"name": name, "imageRef": image, "flavorRef": [f["id"] for f in flavors
                                                                          if f["name"] == FLAVOR][0],
                           "networks": "none", "availability_zone": ZONE}}
        self.sid = cloud_helper.ok(self.api("post", "/servers", json=body), 202).json()["server"]["id"]

    def action(self, body, code):
        cloud_helper.ok(self.api("post", "/servers/%s/action" % self.sid, json=body), code)


def zone_up(conn):
    r = conn.session.get("/os-availability-zone", endpoint_filter=COMPUTE, raise_exc=False)
    if r.status_code != 200:
        return False
    for zone in r.json()["availabilityZoneInfo"]:
        if zone["zoneName"] == ZONE and zone["zoneState"]["available"]:
            return True
    return False


def cycle(stopped=False, base_image=False):
    conn = cloud_helper.member()
    boot_image = cloud_helper.find_id(conn, "image", "/v2/images", "images", cloud_helper.BOOT_IMAGE)
    rescue_image = cloud_helper.find_id(conn, "image", "/v2/images", "images", RESCUE_IMAGE)
    flavors = cloud_helper.ok(conn.session.get("/flavors", endpoint_filter=COMPUTE), 200).json()["flavors"]
    flavor = [f["id"] for f in flavors if f["name"] == FLAVOR][0]
    g = Guest(conn)
    t = {}
    name = "it-real-guest-%d" % (time.time() * 1000)
    body = {"server": {"name": name, "imageRef": boot_image, "flavorRef": flavor, "networks": "none",
                       "availability_zone": ZONE}}
    t0 = time.time()
    g.sid = cloud_helper.ok(g.api("post", "/servers", json=body), 202).json()["server"]["id"]
    try:
        g.wait_status("ACTIVE")
        t["boot_active"] = time.time() - t0
        g.wait_console(r"STACKRESCUE-BOOT-UP %s" % g.sid)
        t["boot_up"] = time.time() - t0
        if stopped:
            g.action({"os-stop": None}, 202)
            g.wait_status("SHUTOFF")
        g.transitions = []
        rescue = {"rescue": None} if base_image else {"rescue": {"rescue_image_ref": rescue_image}}
        t0 = time.time()
        g.action(rescue, 200)
        g.wait_status("RESCUE")
        t["rescue_status"] = time.time() - t0
        g.wait_console(r"STACKRESCUE-RESCUE-UP %s" % g.sid)
        t["rescue_up"] = time.time() - t0
        rescue_transitions = g.transitions
        g.transitions = []
        t0 = time.time()
        g.action({"unrescue": None}, 202)
        g.wait_status("ACTIVE")
        t["unrescue_status"] = time.time() - t0
        g.wait_console(r"STACKRESCUE-BOOT-UP %s" % g.sid)
        t["unrescue_up"] = time.time() - t0
        return {"server": g.sid, "stopped": stopped, "base_image": base_image, "seconds": t,
                "rescue_transitions": rescue_transitions, "unrescue_transitions": g.transitions}
    finally:
        cloud_helper.delete([g.sid])


def main(argv):
    if argv[:1] == ["zone"]:
        try:
            return 0 if zone_up(cloud_helper.member()) else 77
        except Exception as e:  # no cloud at all: skip too
            print("cloud not reachable: %s" % e)
            return 77
    if argv[:1] != ["cycle"]:
        sys.exit(__doc__)
    result = cycle(stopped="--stopped" in argv, base_image="--base-image" in argv)
    text = json.dumps(result, indent=1)
    print(text)
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1], "w") as f:
            f.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
