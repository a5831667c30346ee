"""Running and measuring child processes, and what every mode logs."""
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

from stackrescue_bench.paths import GNU_TIME


def log(msg):
    print("[bench %s] %s" % (time.strftime("%H:%M:%S"), msg), file=sys.stderr, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def rotated(items, i):
    i %= len(items)
    return items[i:] + items[:i]


def interrupt_on(*signums):
    """These signals raise KeyboardInterrupt, so a mode cleans up as after Ctrl-C."""
    def on_signal(signum, _frame):
        raise KeyboardInterrupt("signal %d" % signum)
    for signum in signums:
        signal.signal(signum, on_signal)


def wait_group(proc, timeout):
    """Waits for proc (started with start_new_session) and returns (status, rusage): the CPU
    time of it and every descendant it waited for. Kills its whole process group after timeout
    seconds, or when this wait is interrupted."""
    def kill():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    except BaseException:
        kill()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(proc.pid, 0)
        proc.returncode = -9
        raise
    finally:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return status, usage


class Run:
    """One child process: wall seconds, CPU seconds (user+sys of it and its reaped
    descendants), peak RSS in KiB of the largest single process among them."""

    def __init__(self, wall, cpu, rss_kb, rc, out, err):
        self.wall, self.cpu, self.rss_kb, self.rc, self.out, self.err = wall, cpu, rss_kb, rc, out, err


def run(cmd, env, stdin_text=None, cwd=None, timeout=300):
    """Runs cmd under GNU time (`%M`) when it is installed: ru_maxrss as seen by this Python
    parent would include the parent's own pages, copied by fork before the exec."""
    rss_fd, rss_file = tempfile.mkstemp(prefix="stackrescue-bench-rss.")
    os.close(rss_fd)
    try:
        return _run(cmd, env, stdin_text, cwd, timeout, rss_file)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(rss_file)


def _run(cmd, env, stdin_text, cwd, timeout, rss_file):
    if os.access(GNU_TIME, os.X_OK):
        cmd = [GNU_TIME, "-f", "%M", "-o", rss_file] + list(cmd)
    with tempfile.TemporaryFile() as fin, tempfile.TemporaryFile() as fout, tempfile.TemporaryFile() as ferr:
        if stdin_text is not None:
            fin.write(stdin_text.encode())
            fin.seek(0)
        start = time.perf_counter()
        # Its own process group, so a timeout or our own interruption ends it with everything it started.
        proc = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=ferr, env=env, cwd=cwd, start_new_session=True)
        _, usage = wait_group(proc, timeout)
        wall = time.perf_counter() - start
        fout.seek(0)
        ferr.seek(0)
        rss = usage.ru_maxrss   # an upper bound (see above) when GNU time is missing
        with open(rss_file) as f:
            lines = f.read().split()
        if lines and lines[-1].isdigit():
            rss = int(lines[-1])
        return Run(wall, usage.ru_utime + usage.ru_stime, rss, proc.returncode,
                   fout.read().decode(errors="replace"), ferr.read().decode(errors="replace"))


def tree_rss_kb(session_id):
    """Sum of VmRSS over every process of the session (the run and all it started)."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[3]) != session_id:     # field 6 of stat: session
                continue
            with open("/proc/%s/status" % pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total


def measured(cmd, env, cwd=None, timeout=3600):
    """Runs cmd in its own session; returns (wall, peak tree RSS MiB, rc, output, CPU seconds of
    it and every descendant it waited for)."""
    out = tempfile.TemporaryFile()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))
            done.wait(0.05)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _, usage = wait_group(proc, timeout)    # wait4: the CPU time of the whole tree
    finally:
        done.set()
        sampler.join()
    wall = time.perf_counter() - start
    out.seek(0)
    return (wall, peak[0] / 1024, proc.returncode, out.read().decode(errors="replace"),
            usage.ru_utime + usage.ru_stime)
