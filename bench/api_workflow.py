#!/usr/bin/python3
"""The physical floor of the rescue workflow: the same steps as playbooks-examples/rescue.yml
over the raw API, in one process with one keystoneauth session (stackrescue_testing.cloud),
polling GET /servers/{id} every 0.05 s, so Nova's own transition times show:

  api_workflow.py SERVER_NAME [TAG]     prints one JSON object (seconds; see keys below)

  auth            token request (reported, not part of `total`)
  lookup          rescue image by tag + server by name (2 GETs)
  rescue          POST rescue (2.87, rescue_image_ref) until GET shows RESCUE/rescued/no task
  verify          one GET
  console         POST remote-consoles (noVNC)
  unrescue        POST unrescue until GET shows ACTIVE/active/no task
  verify_after    one GET
  total           lookup .. verify_after (no interpreter start, no import, no auth)
  rescue_polls, unrescue_polls, requests, get_ms (median latency of a GET /servers/{id})

A transition is measured from just before its POST to the first GET that shows the goal state:
an upper bound on Nova's time, by at most one poll interval plus one GET.

A process of its own, run by bench/run (section 2) with the PYTHONPATH bench/run sets
(tests/support/python, for stackrescue_testing); by hand:
  PYTHONPATH=tests/support/python bench/api_workflow.py SERVER_NAME
"""
import json
import statistics
import sys
import time

from stackrescue_testing import cloud as cloud_helper  # one keystoneauth session, raw API calls

POLL = 0.05
TIMEOUT = 120
COMPUTE = {"service_type": "compute"}
IMAGE = {"service_type": "image"}


def main(argv):
    name, tag = argv[0], (argv[1] if len(argv) > 1 else "system-rescue")
    conn = cloud_helper.member()
    session = conn.session
    out = {"requests": 0}
    get_ms = []

    def request(method, path, endpoint, codes, **kw):
        out["requests"] += 1
        r = getattr(session, method)(path, endpoint_filter=endpoint, raise_exc=False, **kw)
        return cloud_helper.ok(r, *codes)

    def state(sid):
        out["requests"] += 1
        t = time.perf_counter()
        s = cloud_helper.server_state(conn, sid)
        get_ms.append((time.perf_counter() - t) * 1000)
        return s

    def until(sid, status, vm_state):
        polls = 0
        deadline = time.monotonic() + TIMEOUT
        while True:
            polls += 1
            s = state(sid)
            if s["status"] == status and s["vm_state"] == vm_state and not s["task_state"]:
                return polls
            if s["status"] == "ERROR" or time.monotonic() > deadline:
                sys.exit("api_workflow: %s did not reach %s: %s" % (sid, status, s))
            time.sleep(POLL)

    t = time.perf_counter()
    session.get_token()
    out["auth"] = time.perf_counter() - t

    start = t = time.perf_counter()
    images = request("get", "/v2/images", IMAGE, (200,),
                     params={"tag": tag, "status": "active", "sort": "created_at:desc"}).json()["images"]
    if not images:
        sys.exit("api_workflow: no active image tagged %s" % tag)
    image = images[0]["id"]
    servers = request("get", "/servers/detail", COMPUTE, (200,), params={"name": "^%s$" % name},
                      microversion="2.87").json()["servers"]
    matches = [s["id"] for s in servers if s["name"] == name]
    if len(matches) != 1:
        sys.exit("api_workflow: expected one server named %s, found %s" % (name, matches))
    sid = matches[0]
    out["lookup"] = time.perf_counter() - t

    t = time.perf_counter()
    request("post", "/servers/%s/action" % sid, COMPUTE, (200,), json={"rescue": {"rescue_image_ref": image}},
            microversion="2.87")
    out["rescue_polls"] = until(sid, "RESCUE", "rescued")
    out["rescue"] = time.perf_counter() - t

    t = time.perf_counter()
    state(sid)
    out["verify"] = time.perf_counter() - t

    t = time.perf_counter()
    body = request("post", "/servers/%s/remote-consoles" % sid, COMPUTE, (200,),
                   json={"remote_console": {"protocol": "vnc", "type": "novnc"}}, microversion="2.87").json()
    if not body["remote_console"]["url"]:
        sys.exit("api_workflow: no console URL")
    out["console"] = time.perf_counter() - t

    t = time.perf_counter()
    request("post", "/servers/%s/action" % sid, COMPUTE, (202,), json={"unrescue": None}, microversion="2.87")
    out["unrescue_polls"] = until(sid, "ACTIVE", "active")
    out["unrescue"] = time.perf_counter() - t

    t = time.perf_counter()
    state(sid)
    out["verify_after"] = time.perf_counter() - t
    out["total"] = time.perf_counter() - start
    out["get_ms"] = statistics.median(get_ms)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
