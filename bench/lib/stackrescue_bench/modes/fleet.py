"""bench/fleet.py (bench/run --fleet): playbooks-examples/fleet-rescue.yml at 1, 10, 25 and 50
servers on the local cloud's fake host, forks = servers, against its peers in the same run:

  fleet        ansible-playbook fleet-rescue.yml, fleet_action=roundtrip (rescue, verify,
               console URL, unrescue, verify), fleet_throttle = forks = servers, empty token cache
  ansible      Ansible's floor: the same playbook and forks with no-op binary modules that
               return the same keys (bench/noop_module.c, results recorded from the real run)
  nova         Nova's floor: the same rescues, console URLs and unrescues sent in parallel over
               the raw API from one process (one keystoneauth session, one thread per server,
               polling GET /servers/{id} every 0.1 s)
  xargs        bench/cli-workflow per server with `xargs -P servers` (openstack CLI)
  loop         bench/cli-workflow per server in a shell loop (only up to --loop-max servers)

Per run: wall seconds, Keystone token requests and Nova requests per server (the modules'
STACKRESCUE_TRACE), the controller's peak memory (sum of the RSS of every process of the
run, sampled every 0.05 s). Then the error-budget run the issue asks to see: the 50
servers with 2 locked by the admin, fleet_action=rescue, and decoys outside the selection.

  bench/run --fleet [--sizes 1,10,25,50] [--loop-max 10] [--xargs-max 50] [--build-dir build]
                    [--output docs/performance.md] [--no-write] [--keep-tmp]

The measurement is runs/fleet.py, the section report/fleet.py. Writes its section of
docs/performance.md between the fleet markers (the rest of the file is the default mode's).
Figures only: nothing here asserts a timing. (The first line above is the --help text, kept
as it was when this mode was the script bench/fleet.py.)
"""
import argparse

from stackrescue_bench import sections
from stackrescue_bench.paths import ROOT
from stackrescue_bench.report.fleet import BEGIN, END, section
from stackrescue_bench.runs.fleet import Fleet


def main(argv, prog):
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,25,50")
    # The CLI costs ~2-4 s of CPU per command: 50 servers x 8 commands is minutes on 2 cores.
    parser.add_argument("--loop-max", type=int, default=10, help="largest fleet for the sequential CLI loop")
    parser.add_argument("--xargs-max", type=int, default=50, help="largest fleet for the xargs -P CLI run")
    sections.add_arguments(parser, ROOT)
    args = parser.parse_args(argv)
    fleet = Fleet(args)
    return sections.run_mode(fleet, lambda: section(fleet, argv), args, BEGIN, END)
