#!/usr/bin/python3
"""The token cache's single flight, with real module processes against the real cloud.

  1. 50 server_info processes started at once on an empty cache: exactly 1 token request
     and 1 compute version document read (counted from the modules' own request trace,
     STACKRESCUE_TRACE); every process succeeds; the cache file is whole JSON, 0600.
  2. The cached token replaced by one Keystone never issued (a revoked token, as Nova
     sees it): 50 processes at once, each refused by Nova with 401 -> the entry is replaced
     once: exactly 1 token request again.
  3. Readers never see a half-written file: while 50 processes run, a watcher reads the
     cache file continuously; every read is whole JSON.

    single_flight_test.py <directory with the built module binaries> [--processes N]

Needs OS_CLIENT_CONFIG_FILE (cloud `member`); exits 77 (skipped) without a cloud.
"""
import argparse
import glob
import json
import os
import stat
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import yaml

SKIP = 77


def run_fleet(binary, env, count, args):
    """Starts `count` processes at once (all spawned before any is waited for)."""
    payload = json.dumps(args).encode()
    procs = [subprocess.Popen([binary], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
             for _ in range(count)]
    for p in procs:
        p.stdin.write(payload)
        p.stdin.close()
    results = []
    for p in procs:
        out = p.stdout.read().decode()
        p.wait(timeout=300)
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def count(trace, method, fragment):
    if not os.path.exists(trace):
        return 0
    return sum(1 for line in open(trace) if line.split()[1:2] == [method] and fragment in line)


class Watcher(threading.Thread):
    """Reads every file in the cache directory as fast as it can; records partial reads."""

    def __init__(self, directory):
        super().__init__(daemon=True)
        self.directory, self.stop, self.reads, self.bad = directory, False, 0, []

    def run(self):
        while not self.stop:
            for path in glob.glob(os.path.join(self.directory, "*.json")):
                try:
                    text = open(path).read()
                except FileNotFoundError:
                    continue
                self.reads += 1
                try:
                    json.loads(text)
                except ValueError:
                    self.bad.append(text[:80])
            time.sleep(0.001)  # leave the CPU to the processes under test


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("modules")
    parser.add_argument("--processes", type=int, default=50)
    opts = parser.parse_args()
    clouds_file = os.environ.get("OS_CLIENT_CONFIG_FILE", "")
    if not clouds_file or not os.path.exists(clouds_file):
        print("SKIP: OS_CLIENT_CONFIG_FILE is not set")
        return SKIP
    auth_url = yaml.safe_load(open(clouds_file))["clouds"]["member"]["auth"]["auth_url"]
    try:
        urllib.request.urlopen(auth_url, timeout=5).read()
    except Exception:  # noqa: BLE001 - any failure means the cloud is not there
        print("SKIP: Keystone does not answer")
        return SKIP

    binary = os.path.join(opts.modules, "server_info")
    work = tempfile.mkdtemp(prefix="stackrescue-single-flight-")
    trace = os.path.join(work, "trace")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    env.update(OS_CLIENT_CONFIG_FILE=clouds_file, XDG_CACHE_HOME=os.path.join(work, "cache"), STACKRESCUE_TRACE=trace)
    cache_dir = os.path.join(work, "cache", "stackrescue", "tokens")
    args = {"cloud": "member", "name_regex": "^sr11-single-flight-nothing$"}
    n = opts.processes
    failures = 0

    os.makedirs(cache_dir, mode=0o700)
    watcher = Watcher(cache_dir)
    watcher.start()
    results = run_fleet(binary, env, n, args)
    watcher.stop = True
    watcher.join()
    bad_runs = [r.get("msg") for r in results if r.get("failed")]
    tokens, versions = count(trace, "POST", "/auth/tokens"), count(trace, "GET", "/v2.1/ ")
    files = glob.glob(os.path.join(cache_dir, "*.json"))
    print(f"empty cache, {n} processes at once: {tokens} token request(s), {versions} version document read(s), "
          f"{len(bad_runs)} failed run(s), {watcher.reads} concurrent reads of the cache file, {len(watcher.bad)} partial")
    if tokens != 1 or bad_runs or watcher.bad or len(files) != 1:
        print(f"FAIL: want 1 token request, no failed run, no partial read, one cache file; got {bad_runs[:3]} "
              f"{watcher.bad[:3]} {files}")
        failures += 1
    if versions > 1:
        print(f"FAIL: the compute version document was read {versions} times (want once, cached with the token)")
        failures += 1
    doc = json.load(open(files[0]))
    mode = stat.S_IMODE(os.stat(files[0]).st_mode)
    if mode != 0o600 or "compute_versions" not in doc.get("extras", {}):
        print(f"FAIL: cache file mode {oct(mode)}, extras {list(doc.get('extras', {}))}")
        failures += 1

    # A token Nova refuses (401), cached with a valid-looking expiry, as after a revocation.
    doc["token"] = "gAAAAABrevokedrevokedrevokedrevokedrevoked"
    with open(files[0] + ".new", "w") as f:
        json.dump(doc, f)
    os.chmod(files[0] + ".new", 0o600)
    os.rename(files[0] + ".new", files[0])
    os.unlink(trace)
    results = run_fleet(binary, env, n, args)
    bad_runs = [r.get("msg") for r in results if r.get("failed")]
    tokens = count(trace, "POST", "/auth/tokens")
    refused = sum(1 for line in open(trace) if line.split()[3:4] == ["401"])
    print(f"refused cached token, {n} processes at once: {refused} answer(s) 401, {tokens} token request(s), "
          f"{len(bad_runs)} failed run(s)")
    if tokens != 1 or bad_runs:
        print(f"FAIL: want the refused entry replaced once (1 token request) and no failed run; {bad_runs[:3]}")
        failures += 1
    print("PASS" if not failures else f"{failures} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
