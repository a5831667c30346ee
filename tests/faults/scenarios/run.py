#!/usr/bin/python3
"""Fault scenarios against the real local cloud, through the fault proxy
(tests/faults/faultproxy.py).

Each scenario switches the proxy's rules, runs a real module binary (or two real
ansible-playbook runs), and asserts three things, each read independently:
  * the module's result (failed/changed/msg/warnings) and how long it took,
  * the cloud's final state, read directly from Nova (stackrescue_testing.cloud, not through
    the proxy),
  * the proxy's request counts (what reached the proxy, what it forwarded to the service).

    tests/faults/scenarios/run.py GROUP <directory with the built module binaries> [--known-bugs]
    GROUP: transport | auth | races | cache | fleet | all

One file per group here (transport.py, auth.py, races.py, cache.py, fleet.py); what they
share is in common.py. CTest runs each group as faults.GROUP (tests/faults/CMakeLists.txt).
Needs OS_CLIENT_CONFIG_FILE naming the local cloud's clouds.yaml; exits 77 without it.
Rows for docs/reliability.md go to $STACKRESCUE_REPORT_DIR/faults-GROUP.jsonl when that is set.
Scenarios marked KNOWN_BUG assert the behaviour we want and are expected to fail until the
bug they name is fixed in src/ (they run only with --known-bugs; see docs/reliability.md).
"""
import sys
import tempfile
import time
import traceback
import uuid

from stackrescue_testing import faults as fl

import common
from common import SCENARIOS, Ctx
# Each registers its scenarios on import, in this order (the order of the report's rows).
import transport  # noqa: F401
import auth  # noqa: F401
import races  # noqa: F401
import cache  # noqa: F401
import fleet  # noqa: F401

GROUP = sys.argv[1] if len(sys.argv) > 1 else "all"
MODULES = sys.argv[2] if len(sys.argv) > 2 else "build/modules"
KNOWN_BUGS = "--known-bugs" in sys.argv
common.MODULES = MODULES


def main():
    path, clouds = fl.require_cloud()
    chosen = [s for s in SCENARIOS if GROUP in ("all", s["group"]) and (KNOWN_BUGS or not s["known_bug"])]
    if not chosen:
        sys.exit("no scenarios in group %s" % GROUP)
    report = fl.Report(GROUP)
    workdir = tempfile.mkdtemp(prefix="stackrescue-faults-")
    proxy = fl.Proxy(workdir)
    names = {}
    failures = 0
    try:
        need = [s for s in chosen if s["needs_server"]]
        # One server per scenario that needs one, booted together up front.
        if need:
            tag = uuid.uuid4().hex[:6]
            wanted = ["fx-%s-%d" % (tag, i) for i in range(len(need))]
            ids = fl.create_servers(wanted)
            names = dict(zip(ids, wanted))
        pool = list(names)
        for s in chosen:
            sid = pool.pop(0) if s["needs_server"] else None
            proxy.reset()
            ctx = Ctx(proxy, clouds, sid, names.get(sid))
            started = time.monotonic()
            try:
                result, counts = s["fn"](ctx)
                final = fl.final_state(sid) if sid else "-"
                status = "PASS"
            except Exception as e:  # noqa: BLE001 - one scenario's failure does not stop the others
                failures += 1
                status = "FAIL"
                result, counts, final = {"failed": True, "msg": "TEST FAILED: %s" % e}, "", (
                    fl.final_state(sid) if sid else "-")
                traceback.print_exc()
            finally:
                ctx.ws.remove()
            if s["known_bug"] and status == "FAIL":
                status = "KNOWN BUG (%s)" % s["known_bug"]
            print("%-5s %-28s %5.1fs  %s\n      module: %s\n      final: %s; %s" % (
                status if status in ("PASS", "FAIL") else "BUG", s["name"], time.monotonic() - started, s["fault"],
                fl.describe_result(result) if "TEST FAILED" not in result.get("msg", "") else result["msg"],
                final, counts), flush=True)
            report.add(name=s["name"], fault=s["fault"], step=s["step"], status=status,
                       module=fl.describe_result(result), warnings=result.get("warnings", []),
                       final=final, counts=counts, seconds=result.get("_elapsed"))
    finally:
        proxy.stop()
        if names:
            fl.delete_servers(list(names))
        report.write()
    print("%d scenarios, %d failed" % (len(chosen), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
