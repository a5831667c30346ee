#!/usr/bin/python3
"""The openstacksdk one-shot a user would write for the verify step:

  sdk_server_show.py SERVER           print status, vm_state, task_state of SERVER ($OS_CLOUD)
  sdk_server_show.py --count SERVER   the same, and print one line per HTTP request to stderr

Timed by bench/run as a whole process (interpreter start, `import openstack`, auth, lookup).
"""
import os
import sys


def main(argv):
    count = argv[:1] == ["--count"]
    if count:
        argv = argv[1:]
        import logging
        # urllib3 logs one line per request: `http://host:port "GET /path HTTP/1.1" 200 123`.
        # Only that logger: keystoneauth's debug output is not wanted here.
        handler = logging.StreamHandler(sys.stderr)
        log = logging.getLogger("urllib3.connectionpool")
        log.setLevel(logging.DEBUG)
        log.addHandler(handler)
    import openstack
    conn = openstack.connect(cloud=os.environ.get("OS_CLOUD", "member"))
    # find_server lists without details (status etc. are None): read the server, as OSC does.
    server = conn.compute.get_server(conn.compute.find_server(argv[0], ignore_missing=False))
    print(server.status, server.vm_state, server.task_state)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
