#!/usr/bin/python3
"""A cloud whose compute API stops below 2.87 cannot rescue a volume-backed server: the module
must refuse, naming the microversion, and send nothing that changes the server.

The local cloud's Nova (max 2.93) is made to look older by the fault proxy (tests/faults):
its answer to the compute version document `GET /v2.1/` is replaced by one that announces
2.86. The real ansible-playbook (tests/faults/rescue_once.yml) rescues a real volume-backed
server (stackrescue_testing.volumes) through the proxy; then the proxy's counts show
that no rescue POST arrived, and Nova (read directly) shows the server untouched.

  volume_backed_old_cloud.py        exit 0 passed, 1 failed, 77 skipped (no cloud with
                                    block storage); $STACKRESCUE_COLLECTIONS = installed
                                    collection (CTest's collection.build)
"""
import contextlib
import io
import json
import os
import subprocess
import sys

from stackrescue_testing import faults as fl
from stackrescue_testing import volumes as bfv_helper

OLD_MAX = "2.86"
VERSION_DOC = {"version": {"id": "v2.1", "status": "CURRENT", "version": OLD_MAX, "min_version": "2.1",
                           "updated": "2013-07-23T11:33:21Z", "links": []}}


def playbook(ws, sid):
    out = os.path.join(ws.dir, "outcome.json")
    env = dict(ws.env, ANSIBLE_COLLECTIONS_PATH=os.environ["STACKRESCUE_COLLECTIONS"], ANSIBLE_NOCOLOR="1",
               ANSIBLE_RETRY_FILES_ENABLED="0", ANSIBLE_LOCALHOST_WARNING="0",
               ANSIBLE_INVENTORY_UNPARSED_WARNING="0", ANSIBLE_DEPRECATION_WARNINGS="0",
               ANSIBLE_LOCAL_TEMP=os.path.join(ws.dir, "ansible-tmp"))
    proc = subprocess.run(["/usr/bin/ansible-playbook", os.path.join(fl.HERE, "rescue_once.yml"),
                           "-e", "sid=%s" % sid, "-e", "out=%s" % out],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, "ansible-playbook failed (%d): %s" % (proc.returncode, proc.stdout[-3000:])
    return json.load(open(out))


def main():
    path, clouds = fl.require_cloud()
    with contextlib.redirect_stdout(io.StringIO()):
        if bfv_helper.ping() != 0:
            fl.skip("no cloud with block storage and volume-backed rescue")
    if not os.path.isdir(os.environ.get("STACKRESCUE_COLLECTIONS", "")):
        fl.skip("STACKRESCUE_COLLECTIONS does not name the installed collection")
    workdir_proxy = fl.tempfile.mkdtemp(prefix="stackrescue-bfv-old-")
    proxy = fl.Proxy(workdir_proxy)
    ws = fl.Workspace(proxy, clouds, name="bfv-old")
    out = io.StringIO()
    sid = None
    try:
        with contextlib.redirect_stdout(out):
            bfv_helper.create(["it-bfv-old-%s" % os.urandom(4).hex()])
        sid = out.getvalue().split()[0]
        proxy.rules({"service": "compute", "method": "GET", "path": r"^/v2\.1/?$",
                     "fault": {"kind": "body", "status": 200, "body": json.dumps(VERSION_DOC),
                               "content_type": "application/json"}})
        result = playbook(ws, sid)
        counts = proxy.counts()
        print("module: %s" % result)
        assert result["failed"], "the module did not fail: %s" % result
        assert not result["changed"], result
        assert "2.87" in result["msg"] and OLD_MAX in result["msg"], result["msg"]
        assert "volume-backed" in result["msg"], result["msg"]
        version_gets = fl.forwarded(counts, "compute GET /v2.1/")
        assert version_gets >= 1, "the version document was never read through the proxy: %s" % counts
        rescue_posts = fl.received(counts, "#rescue")
        writes = [k for k in counts["received"] if k.split(" ")[0] == "compute" and " GET " not in k]
        assert rescue_posts == 0 and not writes, "sent to Nova: %s" % writes
        state = bfv_helper.server(fl.member_conn(), sid)
        assert state["status"] == "ACTIVE" and state["task_state"] is None, state
        print("PASS: refused naming %s and 2.87; compute requests: %s; server %s untouched"
              % (OLD_MAX, sorted(k for k in counts["received"] if k.startswith("compute")), state["status"]))
        return 0
    except AssertionError as e:
        print("FAIL: %s" % e)
        return 1
    finally:
        proxy.stop()
        ws.remove()
        fl.shutil.rmtree(workdir_proxy, ignore_errors=True)
        if sid:
            with contextlib.redirect_stdout(io.StringIO()):
                bfv_helper.delete([sid])


if __name__ == "__main__":
    sys.exit(main())
