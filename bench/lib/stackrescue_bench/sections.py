"""The sections of docs/performance.md that one bench/run mode owns, between its markers:

  <!-- fleet:begin (bench/run --fleet) --> ... <!-- fleet:end -->
  <!-- real-host:begin (bench/run --real-host) --> ... <!-- real-host:end -->

Each mode rewrites only its own section, and bench/run without a mode rewrites everything
but them, so a long measurement is never thrown away by a run of another one.
"""
import os
import re
import signal
import sys

from stackrescue_bench.measure import interrupt_on

MARKERS = re.compile(r"<!-- ([a-z-]+):begin\b.*?-->.*?<!-- \1:end -->", re.S)


def markers(name, command):
    return "<!-- %s:begin (%s) -->" % (name, command), "<!-- %s:end -->" % name


def write_section(path, begin, end, text):
    """Puts text (which starts with begin and ends with end) in place of the old section, or
    appends it."""
    old = open(path).read() if os.path.exists(path) else ""
    if begin in old and end in old:
        new = old[:old.index(begin)] + text.rstrip("\n") + old[old.index(end) + len(end):]
    else:
        new = old.rstrip("\n") + "\n\n" + text
    with open(path, "w") as out:
        out.write(new.rstrip("\n") + "\n")


def kept_sections(path):
    """Every marked section of the page, in page order, for a rewrite of the rest."""
    if not os.path.exists(path):
        return []
    return [m.group(0) for m in MARKERS.finditer(open(path).read())]


def add_arguments(parser, root):
    """The options every mode shares: the build it measures and where its section goes."""
    parser.add_argument("--build-dir", default=os.path.join(root, "build"))
    parser.add_argument("--output", default=os.path.join(root, "docs", "performance.md"))
    parser.add_argument("--no-write", action="store_true", help="print the section only")
    parser.add_argument("--keep-tmp", action="store_true", help="keep the temporary directory")


def run_mode(bench, render, args, begin, end):
    """bench.go(), then bench.cleanup() whatever happened (also on SIGTERM or Ctrl-C: exit
    130); prints render()'s section and puts it in place in args.output."""
    interrupt_on(signal.SIGTERM)
    try:
        bench.go()
    except KeyboardInterrupt:
        return 130
    finally:
        bench.cleanup()
    text = render()
    print(text)
    if not args.no_write:
        write_section(args.output, begin, end, text)
        print("bench: section written to %s" % args.output, file=sys.stderr)
    return 0
