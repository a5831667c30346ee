"""The modes of bench/run: its first argument picks one (`--fleet`, `--real-host`,
`--diagnose`, `--repair`); without one it runs the default mode (workflow: sections 1 to 4 of docs/performance.md).

A mode is a module here with `main(argv, prog)` (argv: the arguments after the mode's
option). Adding one: the module, and its option in MODES below.
"""
from stackrescue_bench.modes import diagnose, fleet, real_host, repair, workflow

PROG = "run"    # what the usage lines call the command: bench/run

DEFAULT = workflow
MODES = {
    "--fleet": fleet,
    "--real-host": real_host,
    "--diagnose": diagnose,
    "--repair": repair,
}


def main(argv):
    if argv[:1] and argv[0] in MODES:
        return MODES[argv[0]].main(argv[1:], PROG)
    return DEFAULT.main(argv, PROG)
