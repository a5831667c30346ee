"""bench/run --repair: repair.yml on a real broken server (the fstab case: an fstab line for a
disk that is gone, the boot in emergency mode) against the floor of the same repair, measured
in the same run on the same server:

  repair.yml  `ansible-playbook stackrescue.openstack.repair.repair -e server=NAME
              -e repair_tasks=auto -e repair_snapshot=false` (the installed collection), wall
              time and each task's (ansible.posix.profile_tasks)
  floor       Nova's rescue transition + the rescue system's boot + the commands' own run +
              Nova's unrescue transition + the server's boot, each waited with tight polling
              (raw API calls, the serial console's websocket)

  bench/run --repair [--runs 2] [--build-dir build] [--output docs/performance.md] [--no-write] [--keep-tmp]

One stackrescue-debian server (m1.distro, zone qemu: a TCG guest, about a minute per boot),
broken again before every measurement; --runs of each, alternating. It is deleted at the end,
also after a failure or an interruption. The measurement is runs/repair.py and
runs/repair_floor.py, the section report/repair.py; it goes between the repair markers of
docs/performance.md. Figures only: the section says whether the issue's goal (≤ 1.2× the
floor) was met.
"""
import argparse
import time

from stackrescue_bench import sections
from stackrescue_bench.modes.diagnose import at_least
from stackrescue_bench.paths import ROOT
from stackrescue_bench.report.repair import BEGIN, END, section
from stackrescue_bench.runs.repair import Repair


def main(argv, prog):
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    # Each run of each side costs about four TCG boots (the break's two, the measurement's two).
    parser.add_argument("--runs", type=at_least(1), default=2, help="runs of repair.yml and of the floor")
    sections.add_arguments(parser, ROOT)
    args = parser.parse_args(argv)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    bench = Repair(args)
    return sections.run_mode(bench, lambda: section(bench, argv, started), args, BEGIN, END)
