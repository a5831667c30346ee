"""python3 -m stackrescue_bench ARGS: what bench/run runs (with PYTHONPATH set)."""
import sys

from stackrescue_bench.modes import main

sys.exit(main(sys.argv[1:]))
