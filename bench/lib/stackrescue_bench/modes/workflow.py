"""bench/run: StackRescue against the tools operators use today, on the local cloud.

  bench/run [--quick] [--build-dir DIR] [--output FILE] [--no-write] [--keep-tmp]

Needs the modules built (cmake --build build) and the local cloud running
(tests/cloud/local-cloud start). Creates one server named bench-<random> (deleted at the end,
also on failure or Ctrl-C), builds the collection into a temporary directory and measures
(runs/workflow.py, runs/workflow_parts.py):

  1. one verify step: the server_rescue_info binary (warm and cold token cache) vs
     `openstack server show` vs an openstacksdk one-shot script vs openstack.cloud.server_info
  2. the whole workflow: playbooks-examples/rescue.yml vs the same steps with the openstack CLI
     (bench/cli-workflow) vs the raw API in one session (bench/api_workflow.py: Nova's floor)
  3. Ansible's floor: playbooks of 1 and 10 tasks of an empty binary module
     (bench/empty_module.c), of server_rescue_info and of openstack.cloud.server_info
  4. peak RSS and HTTP requests (STACKRESCUE_TRACE) of every module step
The two long modes write their own sections (5. fleets, 6. a real guest on the libvirt host,
zone qemu), between markers that a run of the other sections keeps (sections.py).

Contenders are alternated round by round (the order rotates every round). Prints the
markdown report (report/workflow.py) and writes it to docs/performance.md (or --output).
Figures only: nothing here asserts a timing, and it is not a test.
"""
import argparse
import datetime
import os
import signal

from stackrescue_bench import sections
from stackrescue_bench.measure import interrupt_on, log
from stackrescue_bench.paths import ROOT
from stackrescue_bench.peers import ensure_openstack_cloud
from stackrescue_bench.report.workflow import report
from stackrescue_bench.runs.workflow import Bench


def main(argv, prog):
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a few minutes)")
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build"), help="CMake build directory (build)")
    parser.add_argument("--output", default=os.path.join(ROOT, "docs", "performance.md"),
                        help="where the report goes (docs/performance.md)")
    parser.add_argument("--no-write", action="store_true", help="print the report only")
    parser.add_argument("--keep-tmp", action="store_true", help="keep the temporary directory")
    args = parser.parse_args(argv)
    interrupt_on(signal.SIGTERM, signal.SIGHUP)

    started = datetime.datetime.now(datetime.timezone.utc)
    ensure_openstack_cloud()
    bench = Bench(args)
    try:
        bench.go()
    except KeyboardInterrupt as e:
        log("interrupted (%s): cleaning up" % (e or "Ctrl-C"))
        return 130
    finally:
        bench.cleanup()
    text = report(bench, argv, started)
    print(text)
    if not args.no_write:
        # The sections of --fleet and --real-host survive a run of the other sections.
        kept = sections.kept_sections(args.output)
        with open(args.output, "w") as f:
            f.write(text + "".join("\n" + s + "\n" for s in kept))
        log("written to %s" % os.path.relpath(args.output, ROOT))
    return 0
