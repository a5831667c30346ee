#!/usr/bin/python3
"""The openstacksdk peer of server_diagnose over many servers (bench/run --diagnose): what a
user would write with the SDK to read the same things. One session; the servers whose name
matches NAME_REGEX (Nova's name filter), then for each server, one after the other, the two
reads server_diagnose makes: its last 5 instance actions and its console output.

  sdk_diagnose.py NAME_REGEX   prints {"servers": N, "requests": R, "with_console": C, "with_create": A}

R counts every HTTP request the session sent (token and discovery included); C the servers
whose console output was not empty, A those whose actions include their create. Timed by
bench/run as a whole process (interpreter start, `import openstack`, auth, the reads).
"""
import json
import os
import sys

MICROVERSION = "2.87"


def checked(response):
    if response.status_code != 200:
        sys.exit("%s %s -> %d %s" % (response.request.method, response.request.url, response.status_code,
                                     response.text[:300]))
    return response.json()


def main(argv):
    import openstack
    conn = openstack.connect(cloud=os.environ.get("OS_CLOUD", "member"))
    sent = [0]
    # keystoneauth sends everything through this requests.Session: its hook sees every request.
    conn.session.session.hooks["response"].append(lambda r, *a, **kw: sent.__setitem__(0, sent[0] + 1))
    compute = conn.compute
    servers, url, params = [], "/servers/detail", {"name": argv[0]}
    while url:
        page = checked(compute.get(url, params=params, microversion=MICROVERSION))
        servers += page["servers"]
        url, params = next((x["href"] for x in page.get("servers_links", []) if x["rel"] == "next"), None), None
    with_console = with_create = 0
    for server in servers:
        path = "/servers/%s" % server["id"]
        actions = checked(compute.get(path + "/os-instance-actions", params={"limit": 5},
                                      microversion=MICROVERSION))["instanceActions"]
        output = checked(compute.post(path + "/action", json={"os-getConsoleOutput": {}},
                                      microversion=MICROVERSION))["output"]
        with_console += bool(output)
        with_create += any(a["action"] == "create" for a in actions)
    print(json.dumps({"servers": len(servers), "requests": sent[0], "with_console": with_console,
                      "with_create": with_create}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
