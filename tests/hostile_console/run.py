#!/usr/bin/python3
"""One hostile console proxy against the console engine (console_probe: the websocket
channel, the session, reach_shell), in a child process whose time and peak memory are
measured. Exit 0 when the run ended as it must, 1 (with what was seen) when not.

    run.py MODE CONSOLE_PROBE        (MODE: a mode of stackrescue_testing.console_standin,
                                      trickle_tls: trickle over wss:// with a throw-away CA)

Each mode's run must fail with a message naming the problem, within its bound (the run's
timeout, or api_timeout for a frame that trickles, plus 5 s of grace), with a peak RSS
below 64 MiB (the flood sends 160 MiB)."""
import os
import signal
import subprocess
import sys
import tempfile
import time

from stackrescue_testing.console_standin import ConsoleStandIn
from stackrescue_testing.tls import make_pki

GRACE = 5.0
MAX_RSS_KIB = 64 * 1024

# mode: (run timeout s, api_timeout ms, exit status, words the output must contain, bound s)
EXPECTED = {
    "prompt": (8, 60000, 0, ["shell"], 8),
    "flood": (8, 60000, 2, ["no shell prompt", "printed without a pause"], 8),
    "trickle": (20, 3000, 2, ["did not complete within 3000 ms", "too slowly"], 3),
    "trickle_tls": (20, 3000, 2, ["did not complete within 3000 ms", "too slowly"], 3),
    "ping": (8, 60000, 2, ["no shell prompt", "printed nothing"], 8),
    "oversized": (8, 60000, 2, ["frame of more than 1048576 bytes"], 8),
}


def probe_environment():
    """The probe's environment. Under AddressSanitizer (the sanitizer run sets ASAN_OPTIONS),
    freed memory waits in a quarantine of 256 MiB before reuse, so a flood's peak RSS would
    measure the quarantine, not what the code keeps: a 1 MiB quarantine makes the bound hold
    for what it is meant to test."""
    env = dict(os.environ)
    if "ASAN_OPTIONS" in env:
        env["ASAN_OPTIONS"] += ":quarantine_size_mb=1"
    return env


def run(mode, probe, pki):
    timeout, api_timeout, status, words, bound = EXPECTED[mode]
    problems = []
    tls = mode.endswith("_tls")
    if tls:
        make_pki(pki)
    with ConsoleStandIn(mode.replace("_tls", ""), tls_dir=pki if tls else None) as proxy:
        start = time.monotonic()
        ca = [os.path.join(pki, "ca.pem")] if tls else []
        child = subprocess.Popen([probe, proxy.url, str(timeout), str(api_timeout)] + ca,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=probe_environment())
        killed = False
        # Waited for well past the bound: an old hang shows as "killed", not as a CTest timeout.
        while True:
            pid, wait_status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout + GRACE + 10:
                child.send_signal(signal.SIGKILL)
                pid, wait_status, usage = os.wait4(child.pid, 0)
                killed = True
                break
            time.sleep(0.05)
        elapsed = time.monotonic() - start
        output = child.stdout.read().decode(errors="replace").strip()
        sent = proxy.sent
    code = os.waitstatus_to_exitcode(wait_status)
    print(f"{mode}: exit {code}{' (killed: it hung)' if killed else ''} after {elapsed:.1f} s, "
          f"peak RSS {usage.ru_maxrss // 1024} MiB, stand-in sent {sent >> 20} MiB of data")
    print(f"output: {output[:600]}")
    if killed or code != status:
        problems.append(f"exit status {code}, not {status}")
    if elapsed > bound + GRACE:
        problems.append(f"took {elapsed:.1f} s, more than {bound} s + {GRACE} s")
    if usage.ru_maxrss > MAX_RSS_KIB:
        problems.append(f"peak RSS {usage.ru_maxrss // 1024} MiB, more than {MAX_RSS_KIB // 1024} MiB")
    problems += [f"the output does not say '{word}'" for word in words if word not in output]
    if mode == "flood" and sent < 100 << 20:
        problems.append("the stand-in flooded less than 100 MiB: the test did not test")
    for problem in problems:
        print("FAIL:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as pki_dir:
        sys.exit(run(sys.argv[1], sys.argv[2], pki_dir))
