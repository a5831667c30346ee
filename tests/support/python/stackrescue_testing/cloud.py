"""stackrescue_testing.cloud (was tests/integration/cloud_helper.py): what the integration
tests need from the cloud besides our modules:
creating and deleting their own servers and images, locking, and checking the cloud answers.
Raw API calls through one keystoneauth session (openstacksdk 0.101 for the session only:
it sends no microversion with its own server actions).

As a program: /usr/bin/python3 -m stackrescue_testing.cloud COMMAND ... (PYTHONPATH=tests/support/python)

  ping                            exit 77 unless the cloud issues a token
  create NAME [NAME...]           boot servers (no network), wait ACTIVE, print IDs
  delete ID [ID...]               delete servers (missing ones are fine), wait gone
  show ID                         print the server's status/vm_state/task_state/image as JSON
  stop ID                         stop the server (os-stop), wait SHUTOFF
  lock ID / unlock ID             as admin
  tag ID TAG                      add a server tag (as the member)
  quota-instances N               as admin: raise the member project's instance
                                  (and core/RAM) quota to at least N (never lowers it)
  image-queued NAME TAG           create an image with no data (status queued), print ID
  image-delete ID [ID...]

Cloud: $IT_CLOUD (default member); admin actions use $IT_ADMIN_CLOUD (default admin).
Servers: image $IT_BOOT_IMAGE, flavor $IT_FLAVOR, availability zone $IT_ZONE (default: none,
i.e. the cloud's default zone).
"""
import json
import os
import sys
import time

BOOT_IMAGE = os.environ.get("IT_BOOT_IMAGE", "stackrescue-boot")
FLAVOR = os.environ.get("IT_FLAVOR", "m1.tiny")
ZONE = os.environ.get("IT_ZONE")
TIMEOUT = 180


def connect(cloud):
    import openstack
    return openstack.connect(cloud=cloud)


def member():
    return connect(os.environ.get("IT_CLOUD", "member"))


def admin():
    return connect(os.environ.get("IT_ADMIN_CLOUD", "admin"))


def nova_caller(conn, default_mv="2.87"):
    """nova(method, path, body=None, mv=...): Nova's raw answer (no exception on an error
    status), for the scripts that record what the real cloud says."""
    def nova(method, path, body=None, mv=default_mv):
        return conn.session.request(path, method, json=body, endpoint_filter={"service_type": "compute"},
                                    microversion=mv, raise_exc=False)
    return nova


def ok(response, *codes):
    if response.status_code not in codes:
        sys.exit("%s %s -> %s %s" % (response.request.method, response.request.url, response.status_code, response.text))
    return response


def find_id(conn, service, path, key, name):
    body = ok(conn.session.get(path, endpoint_filter={"service_type": service}, params={"name": name}), 200).json()
    matches = [item["id"] for item in body[key] if item.get("name") == name]
    if len(matches) != 1:
        sys.exit("expected one %s named %s, found %s" % (key, name, matches))
    return matches[0]


def server_state(conn, sid):
    r = conn.session.get("/servers/" + sid, endpoint_filter={"service_type": "compute"}, microversion="2.87",
                         raise_exc=False)
    if r.status_code == 404:
        return None
    s = ok(r, 200).json()["server"]
    return {"id": sid, "name": s["name"], "status": s["status"], "vm_state": s["OS-EXT-STS:vm_state"],
            "task_state": s["OS-EXT-STS:task_state"], "locked": s.get("locked"), "fault": s.get("fault"),
            "image": s["image"].get("id") if isinstance(s.get("image"), dict) else None}


def create(names):
    conn = member()
    image = find_id(conn, "image", "/v2/images", "images", BOOT_IMAGE)
    flavors = ok(conn.session.get("/flavors", endpoint_filter={"service_type": "compute"}), 200).json()["flavors"]
    flavor = [f["id"] for f in flavors if f["name"] == FLAVOR][0]
    ids = []
    for name in names:
        body = {"server": {"name": name, "imageRef": image, "flavorRef": flavor, "networks": "none"}}
        if ZONE:
            body["server"]["availability_zone"] = ZONE
        r = ok(conn.session.post("/servers", json=body, endpoint_filter={"service_type": "compute"},
                                 microversion="2.37"), 202)
        ids.append(r.json()["server"]["id"])
    deadline = time.time() + TIMEOUT
    for sid in ids:
        while True:
            state = server_state(conn, sid)
            if state and state["status"] == "ACTIVE" and not state["task_state"]:
                break
            if not state or state["status"] == "ERROR" or time.time() > deadline:
                delete(ids)
                sys.exit("server %s did not become ACTIVE: %s" % (sid, state))
            time.sleep(0.5)
    print("\n".join(ids))


def tag(sid, name):
    conn = member()
    ok(conn.session.put("/servers/%s/tags/%s" % (sid, name), endpoint_filter={"service_type": "compute"},
                        microversion="2.26"), 201, 204)


def quota_instances(wanted):
    """Idempotent: reads the member project's quota and raises only what is below `wanted`
    servers of the test flavor (m1.tiny: 1 vCPU, 512 MiB)."""
    project = member().current_project_id
    conn = admin()
    path = "/os-quota-sets/" + project
    current = ok(conn.session.get(path, endpoint_filter={"service_type": "compute"}), 200).json()["quota_set"]
    needed = {"instances": wanted, "cores": wanted, "ram": wanted * 512}
    raise_to = {k: v for k, v in needed.items() if 0 <= current.get(k, 0) < v}
    if raise_to:
        ok(conn.session.put(path, json={"quota_set": raise_to}, endpoint_filter={"service_type": "compute"}), 200)
    print(json.dumps({"raised": raise_to}))


def delete(ids):
    conn = member()
    for sid in ids:
        conn.session.delete("/servers/" + sid, endpoint_filter={"service_type": "compute"}, raise_exc=False)
    deadline = time.time() + TIMEOUT
    for sid in ids:
        while server_state(conn, sid) and time.time() < deadline:
            time.sleep(0.5)


def main(argv):
    if not argv:
        sys.exit(__doc__)
    cmd, args = argv[0], argv[1:]
    if cmd == "ping":
        try:
            member().session.get_token()
        except Exception as e:  # any failure to reach or authenticate: skip, not fail
            print("cloud not reachable: %s" % e)
            return 77
    elif cmd == "create":
        create(args)
    elif cmd == "delete":
        delete(args)
    elif cmd == "show":
        print(json.dumps(server_state(member(), args[0])))
    elif cmd == "stop":
        conn = member()
        ok(conn.session.post("/servers/%s/action" % args[0], json={"os-stop": None},
                             endpoint_filter={"service_type": "compute"}, microversion="2.87"), 202)
        deadline = time.time() + TIMEOUT
        while (server_state(conn, args[0]) or {}).get("status") != "SHUTOFF" or \
                server_state(conn, args[0])["task_state"]:
            if time.time() > deadline:
                sys.exit("server %s did not stop: %s" % (args[0], server_state(conn, args[0])))
            time.sleep(0.5)
    elif cmd in ("lock", "unlock"):
        ok(admin().session.post("/servers/%s/action" % args[0], json={cmd: None},
                                endpoint_filter={"service_type": "compute"}, microversion="2.73"), 202)
    elif cmd == "tag":
        tag(args[0], args[1])
    elif cmd == "quota-instances":
        quota_instances(int(args[0]))
    elif cmd == "image-queued":
        conn = member()
        r = ok(conn.session.post("/v2/images", endpoint_filter={"service_type": "image"},
                                 json={"name": args[0], "tags": [args[1]], "disk_format": "qcow2",
                                       "container_format": "bare"}), 201)
        print(r.json()["id"])
    elif cmd == "image-delete":
        conn = member()
        for iid in args:
            conn.session.delete("/v2/images/" + iid, endpoint_filter={"service_type": "image"}, raise_exc=False)
    else:
        sys.exit("unknown command %s\n%s" % (cmd, __doc__))
    return 0


def run_command_line(main, program):
    """Exits with main(sys.argv[1:]); an error from keystoneauth or requests ends it with one
    line naming the command, not a traceback (the tests print what the helpers say)."""
    try:
        sys.exit(main(sys.argv[1:]))
    except Exception as e:  # noqa: BLE001  any failure talking to the cloud
        sys.exit("%s %s: %s: %s" % (program, " ".join(sys.argv[1:2]), type(e).__name__, e))


if __name__ == "__main__":
    run_command_line(main, "stackrescue_testing.cloud")
