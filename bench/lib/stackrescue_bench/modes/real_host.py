"""bench/real_host.py (bench/run --real-host): rescue on a real guest of the local cloud's
libvirt host (zone qemu), StackRescue against the openstack CLI in the same run.

  bench/run --real-host [--rounds 5] [--build-dir build] [--output docs/performance.md]
                        [--no-write] [--keep-tmp]

One guest (m1.guest, stackrescue-boot); each round runs one rescue/unrescue cycle per
contender, alternating which goes first:
  * stackrescue: server_rescue, server_console_log wait_for STACKRESCUE-RESCUE-UP <id>,
    server_rescue state=unrescued, server_console_log wait_for STACKRESCUE-BOOT-UP <id>
    (ad-hoc `ansible`, one process per step, the collection built from this tree);
  * cli: `openstack server rescue --image`, `openstack server show` polled until RESCUE, then
    `openstack console log show` polled until the line (the CLI itself cannot tell that the
    rescue system is up: an operator reads the log); the same for unrescue.
Times are from the start of the rescue (or unrescue) command to each milestone. The
measurement is runs/real_host.py, the section report/real_host.py; it goes between the
real-host markers of docs/performance.md (sections.py). Figures only: nothing here asserts a
timing. (The first line above is the --help text, kept as it was when this mode was the
script bench/real_host.py.)
"""
import argparse
import time

from stackrescue_bench import sections
from stackrescue_bench.paths import ROOT
from stackrescue_bench.report.real_host import BEGIN, END, section
from stackrescue_bench.runs.real_host import RealHost


def main(argv, prog):
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    sections.add_arguments(parser, ROOT)
    args = parser.parse_args(argv)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    bench = RealHost(args)
    return sections.run_mode(bench, lambda: section(bench.res, argv, started), args, BEGIN, END)
