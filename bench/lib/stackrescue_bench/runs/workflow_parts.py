"""The four measurements of the default mode, each filling its figures into the Bench:
1. one verify step, 2. the whole workflow, 3. Ansible's floor, 4. memory and requests per step."""
import json
import os
import re

from stackrescue_bench.measure import log, rotated, run
from stackrescue_bench.paths import OPENSTACK, PYTHON, ROOT, bench_file
from stackrescue_bench.peers import OC_MODULE
from stackrescue_bench.trace import kind, poll_wait

MODULES = ["rescue_image_info", "server_rescue", "server_rescue_info", "server_console"]
RESCUE_TAG = "system-rescue"
# A request as the Python tools log it at debug level: `"GET /path HTTP/1.1" 200`.
HTTP_REQUEST_LINE = re.compile(r'"(?:GET|POST|PUT|PATCH|DELETE|HEAD) \S+ HTTP/1\.[01]" \d+')


# -- 1. one verify step
def verify_step(b):
    n = 4 if b.quick else 10
    log("1. verify step: %d alternated rounds" % n)
    name = b.server_name
    contenders = {
        "bin_warm": lambda: b.module("server_rescue_info", {"server": name}),
        "bin_cold": lambda: b.module("server_rescue_info", {"server": name}, cold=True),
        "cli": lambda: (run([OPENSTACK, "server", "show", name], b.env), [], None),
        "sdk": lambda: (run([PYTHON, bench_file("sdk_server_show.py"), name], b.env), [], None),
    }
    if b.has_oc:
        contenders["oc"] = lambda: (run([PYTHON, "-m", OC_MODULE, os.path.join(b.tmp, "oc-args.json")], b.env,
                                        cwd=b.tmp), [], None)
    res = {k: {"wall": [], "cpu": [], "rss": [], "req": [], "fail": []} for k in contenders}
    for key, fn in contenders.items():   # warm-up, not counted (also fills the token cache)
        fn()
    for i in range(n):
        for key in rotated(list(contenders), i):
            r, rows, result = contenders[key]()
            d = res[key]
            d["wall"].append(r.wall)
            d["cpu"].append(r.cpu)
            d["rss"].append(r.rss_kb)
            d["req"].append(len(rows))
            if key == "oc":
                try:
                    result = json.loads(r.out)
                except ValueError:
                    result = {"failed": r.rc != 0, "msg": (r.out + r.err).strip()[-400:]}
            if r.rc != 0 or (result is not None and result.get("failed")):
                d["fail"].append(result.get("msg") if result else (r.out + r.err).strip()[-400:])
    # Request counts of the Python tools: one extra counted run each (not timed).
    counted = run([OPENSTACK, "--debug", "server", "show", name], b.env)
    res["cli"]["req"] = [len(HTTP_REQUEST_LINE.findall(counted.err))]
    counted = run([PYTHON, bench_file("sdk_server_show.py"), "--count", name], b.env)
    res["sdk"]["req"] = [len(HTTP_REQUEST_LINE.findall(counted.err))]
    if b.has_oc and res["oc"]["fail"]:
        res["oc"]["req"] = [0]   # it fails at its SDK version gate, before any network call (docs/design.md, "The binary-module protocol, as measured")
    b.p1 = res
    b.p1_n = n


# -- 3. Ansible's floor
def ansible_floor(b):
    n = 3 if b.quick else 7
    log("3. Ansible's floor: %d alternated rounds of 6 playbooks" % n)
    kinds = ("empty", "ours", "oc") if b.has_oc else ("empty", "ours")
    keys = [(k, c) for k in kinds for c in (1, 10)]
    res = {k: {"wall": [], "cpu": [], "rss": [], "req": [], "http_ms": [], "fail": []} for k in keys}
    for k in [(k, 1) for k in kinds]:   # warm-up, not counted
        b.playbook(b.playbooks[k])
    for i in range(n):
        for k in rotated(keys, i):
            r, rows = b.playbook(b.playbooks[k])
            d = res[k]
            d["wall"].append(r.wall)
            d["cpu"].append(r.cpu)
            d["rss"].append(r.rss_kb)
            d["req"].append(len(rows))
            d["http_ms"].append(sum(x["ms"] for x in rows))
            ok_count = len(re.findall(r"^ok: \[localhost\]", r.out, re.M))
            ignored = re.search(r"ignored=(\d+)", r.out)
            if r.rc != 0 or (k[0] != "oc" and ok_count != k[1]):
                d["fail"].append((r.out + r.err).strip()[-400:])
            d.setdefault("ignored", []).append(int(ignored.group(1)) if ignored else 0)
    b.p3 = res
    b.p3_n = n


# -- 2. the whole workflow
def whole_workflow(b):
    n = 2 if b.quick else 5
    log("2. whole workflow: 1 warm-up + %d alternated rounds of rescue.yml / CLI / raw API" % n)
    name = b.server_name
    rescue_yml = os.path.join(ROOT, "playbooks-examples", "rescue.yml")
    res = {k: {"wall": [], "cpu": [], "req": [], "http_ms": [], "fail": [], "steps": []}
           for k in ("playbook", "cli", "api")}

    def one(key):
        if key == "playbook":
            r, rows = b.playbook(rescue_yml, ["-e", "server=" + name])
            ok = r.rc == 0 and "failed=0" in r.out
            b.p2_detail = sum(1 for x in rows if kind(x["method"], x["url"]) == "GET compute /servers/detail")
            return r, rows, None, ok
        if key == "cli":
            r = run([bench_file("cli-workflow"), name, RESCUE_TAG], b.env, timeout=600)
            steps = {}
            for line in r.out.splitlines():
                parts = line.split()
                if len(parts) == 3 and parts[0] in ("step", "polls"):
                    steps[parts[0] + ":" + parts[1]] = float(parts[2])
            return r, [], steps, r.rc == 0
        r = run([PYTHON, bench_file("api_workflow.py"), name, RESCUE_TAG], b.env, timeout=600)
        try:
            steps = json.loads(r.out)
        except ValueError:
            steps = None
        return r, [], steps, r.rc == 0 and steps is not None

    keys = ["playbook", "cli", "api"]
    for key in keys:   # warm-up round, not counted (the first rescue of a server is slower)
        if not one(key)[3]:
            b.ensure_active()
    for i in range(n):
        for key in rotated(keys, i):
            r, rows, steps, ok = one(key)
            d = res[key]
            if not ok:
                d["fail"].append((r.out + r.err).strip()[-600:])
                b.ensure_active()
                continue
            d["wall"].append(r.wall)
            d["cpu"].append(r.cpu)
            d["req"].append(len(rows))
            d["http_ms"].append(sum(x["ms"] for x in rows))
            d.setdefault("poll_wait", []).append(poll_wait(rows))
            d.setdefault("lookup_ms", []).append(
                sum(x["ms"] for x in rows if kind(x["method"], x["url"]) == "GET compute /servers/detail"))
            if steps:
                d["steps"].append(steps)
    # The CLI's requests: one extra run with --debug (not timed).
    reqlog = os.path.join(b.tmp, "cli-requests.log")
    r = run([bench_file("cli-workflow"), name, RESCUE_TAG], dict(b.env, BENCH_REQUEST_LOG=reqlog), timeout=600)
    if r.rc != 0:
        b.ensure_active()
    with open(reqlog) as f:
        lines = f.read().splitlines()
    res["cli"]["req"] = [len(lines)]
    res["cli"]["auth"] = sum(1 for x in lines if "/auth/tokens" in x)
    res["api"]["req"] = [s["requests"] for s in res["api"]["steps"]]
    b.p2 = res
    b.p2_n = n


# -- 4. memory and requests per module step
def module_steps(b):
    reps = 1 if b.quick else 3
    log("4. memory and requests per module step: %d warm + %d cold sequence(s)" % (reps, reps))
    name = b.server_name
    image_id = None
    sequence = [
        ("rescue_image_info", "find the rescue image", {"tag": RESCUE_TAG}),
        ("server_rescue", "rescue and wait", {"server": name, "image": "IMAGE"}),
        ("server_rescue_info", "verify (rescued)", {"server": name, "expect": "rescued"}),
        ("server_console", "console URL", {"server": name}),
        ("server_rescue", "unrescue and wait", {"server": name, "state": "unrescued"}),
        ("server_rescue_info", "verify (unrescued)", {"server": name, "expect": "unrescued"}),
        ("server_rescue", "unrescue again (no change)", {"server": name, "state": "unrescued"}),
    ]
    res = [{"module": m, "step": s, "rss": [], "warm": [], "cold": [], "wall_warm": [], "cpu_warm": [],
            "kinds": None, "fail": []} for m, s, _ in sequence]
    for rep in range(2 * reps):
        cold = rep % 2 == 1
        for i, (m, _, args) in enumerate(sequence):
            if args.get("image") == "IMAGE":
                args = dict(args, image=image_id)
            r, rows, result = b.module(m, args, cold=cold)
            d = res[i]
            d["rss"].append(r.rss_kb)
            d["cold" if cold else "warm"].append(len(rows))
            if not cold:
                d["wall_warm"].append(r.wall)
                d["cpu_warm"].append(r.cpu)
                if d["kinds"] is None:
                    d["kinds"] = [kind(x["method"], x["url"]) for x in rows]
            if r.rc != 0 or result.get("failed"):
                d["fail"].append(result.get("msg", r.err[-300:]))
            if m == "rescue_image_info" and result.get("image"):
                image_id = result["image"]["id"]
        b.ensure_active()
    b.p4 = res
    b.sizes = {m: os.path.getsize(os.path.join(b.moddir, m)) for m in MODULES}

