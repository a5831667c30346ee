"""bench/run --diagnose: server_diagnose over N servers (default 200) of the local cloud's fake
host in ONE call, against the same reads made one server at a time, in the same run:

  (1) server_diagnose selecting them by name_regex, parallel 8 (the binary, arguments on stdin),
      median of --runs; once more through `ansible localhost -m` (Ansible's own overhead)
  (2) the same call with parallel 1: one server at a time, one process (median of --runs)
  (3) parallel 16 and 32, once each: where it stops scaling
  (4) openstacksdk (bench/sdk_diagnose.py): one session, the two reads per server one at a
      time (median of --runs); the openstack CLI (`console log show`, `server event list`)
      on --cli-sample servers only, extrapolated to N
  (5) one server_diagnose process per server (`server: ID`), once

  bench/run --diagnose [--servers 200] [--runs 3] [--cli-sample 10] [--batch 20]
                       [--build-dir build] [--output docs/performance.md] [--no-write] [--keep-tmp]

The servers are created for the run (m1.tiny, stackrescue-boot, zone nova, no network), --batch
at a time, and deleted at the end, also after a failure or an interruption. Every run's answer
is checked (one entry per server, all 'booting') before its time counts. The measurement is
runs/diagnose.py, the section report/diagnose.py; it goes between the diagnose markers of
docs/performance.md. Figures only: nothing here asserts a timing; the section says whether the
issue's goal (200 servers in ≤ 10 s) was met.
"""
import argparse
import time

from stackrescue_bench import sections
from stackrescue_bench.paths import ROOT
from stackrescue_bench.report.diagnose import BEGIN, END, section
from stackrescue_bench.runs.diagnose import Diagnose


def at_least(minimum):
    def parse(text):
        value = int(text)
        if value < minimum:
            raise argparse.ArgumentTypeError("must be at least %d, got %d" % (minimum, value))
        return value
    return parse


def main(argv, prog):
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    parser.add_argument("--servers", type=at_least(1), default=200)
    parser.add_argument("--runs", type=at_least(1), default=3, help="runs of (1), (2) and openstacksdk")
    # The CLI costs seconds of CPU per command: a sample, extrapolated.
    parser.add_argument("--cli-sample", type=at_least(1), default=10, help="servers the CLI reads")
    parser.add_argument("--batch", type=at_least(1), default=20, help="servers created at a time")
    sections.add_arguments(parser, ROOT)
    args = parser.parse_args(argv)
    args.cli_sample = min(args.cli_sample, args.servers)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    bench = Diagnose(args)
    return sections.run_mode(bench, lambda: section(bench, argv, started), args, BEGIN, END)
