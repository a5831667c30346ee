#!/usr/bin/python3
"""Renders the figures of a run as Markdown (the tables of docs/reliability.md):

  tests/faults/report.py [<build>/reliability]

from the files the tests write there: faults-<group>.jsonl (tests/faults/scenarios/),
tls.json (tests/tls), secrets.json (tests/secrets), fuzz.json (tests/fuzz/run).
"""
import json
import os
import sys

DIR = sys.argv[1] if len(sys.argv) > 1 else "build/reliability"


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def faults():
    out = ["| # | fault injected | workflow step | module answered | final server state (read from Nova) | "
           "request counts (proxy) | result |", "|---|---|---|---|---|---|---|"]
    n = 0
    for group in ("transport", "auth", "races", "cache", "fleet"):
        path = os.path.join(DIR, "faults-%s.jsonl" % group)
        if not os.path.exists(path):
            continue
        for line in open(path):
            row = json.loads(line)
            n += 1
            module = row["module"]
            if row.get("warnings"):
                module += " (warning: %s)" % row["warnings"][0][:120]
            status = row["status"] if row["status"] in ("PASS", "FAIL") else "known bug"
            out.append("| %d | %s | %s | %s | %s | %s | %s |" % (
                n, cell(row["fault"]), cell(row["step"]), cell(module[:300]), cell(row["final"]),
                cell(row["counts"]), status))
    return "\n".join(out)


def tls():
    path = os.path.join(DIR, "tls.json")
    if not os.path.exists(path):
        return ""
    out = ["| case | result | detail |", "|---|---|---|"]
    for row in json.load(open(path)):
        out.append("| %s | %s | %s |" % (cell(row["case"]), row["status"], cell(row["detail"][:300])))
    return "\n".join(out)


def fuzz():
    path = os.path.join(DIR, "fuzz.json")
    if not os.path.exists(path):
        return ""
    doc = json.load(open(path))
    out = ["| target | executions | seconds | corpus after | crashes |", "|---|---:|---:|---:|---:|"]
    for t in doc["targets"]:
        out.append("| %s | %d | %d | %d | %d |" % (t["target"], t["executions"], t["seconds"], t["corpus"],
                                                  t["crashes"]))
    out.append("| **total** | **%d** | | | **%d** |" % (doc["executions"], sum(t["crashes"] for t in doc["targets"])))
    return "\n".join(out)


def secrets():
    path = os.path.join(DIR, "secrets.json")
    if not os.path.exists(path):
        return ""
    doc = json.load(open(path))
    out = ["| scanned | bytes | canaries found |", "|---|---:|---:|"]
    for where, size in doc["scanned"].items():
        hits = [l for l in doc["leaks"] if l["where"] == where]
        if where.startswith("cloud service logs"):
            hits = doc["service_log_hits"]
        out.append("| %s | %d | %d |" % (cell(where), size, len(hits)))
    out.append("")
    out.append("Canaries: %s. Masks in the -vvv output: %d. Files left behind in HOME/TMPDIR: %s." % (
        ", ".join(doc["canaries"]), doc.get("masks_in_output", 0), doc["files_left"] or "none"))
    return "\n".join(out)


for title, body in (("Fault scenarios", faults()), ("TLS", tls()), ("Fuzzing", fuzz()), ("Secrets", secrets())):
    if body:
        print("### %s\n\n%s\n" % (title, body))
