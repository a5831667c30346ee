"""stackrescue_bench: the benchmarks behind bench/run and docs/performance.md.

  modes/       the command line of each mode (modes/__init__.py: which option picks which)
  runs/        what each mode measures (a Workspace subclass: set-up, go, cleanup)
  report/      the markdown each mode writes, one module per section
  sections.py  the marked sections of docs/performance.md that a mode owns
  measure.py, trace.py, workspace.py, peers.py, paths.py: shared by the modes

bench/run sets PYTHONPATH (bench/lib and tests/support/python, for stackrescue_testing) and
runs `python3 -m stackrescue_bench`; the children inherit it. The peers the benchmark runs as
processes of their own (bench/cli-workflow, bench/api_workflow.py, bench/sdk_server_show.py)
and the C modules it compiles (bench/empty_module.c, bench/noop_module.c) stay in bench/.
"""
