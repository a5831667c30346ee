"""STACKRESCUE_TRACE files: what the modules sent, one request a line."""
import os
import re

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}")


def read_trace(path):
    """STACKRESCUE_TRACE lines: <unix-ms> <method> <url> <status|ERR:kind> <ms>."""
    rows = []
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 5:
                    rows.append({"t": int(parts[0]), "method": parts[1], "url": parts[2], "status": parts[3],
                                 "ms": float(parts[4])})
        os.unlink(path)
    return rows


def kind(method, url):
    """`GET compute /servers/{id}`: a request with its host replaced by the service, IDs by {id}."""
    path = re.sub(r"^https?://[^/]+", "", url)
    service = {"5000": "identity", "8774": "compute", "9292": "image"}.get(
        (re.match(r"^https?://[^/:]+:(\d+)", url) or [None, "?"])[1], "?")
    path = UUID.sub("{id}", path.split("?")[0])
    path = re.sub(r"^/v2\.1", "", path) if service == "compute" else path
    return "%s %s %s" % (method, service, path or "/")


def poll_wait(rows):
    """Seconds a module spent between its requests while waiting on Nova: from the end of a
    rescue/unrescue POST or of a poll to the start of the next poll (its sleeps)."""
    total = 0.0
    for prev, cur in zip(rows, rows[1:]):
        if kind(cur["method"], cur["url"]) == "GET compute /servers/{id}" and kind(prev["method"], prev["url"]) in (
                "POST compute /servers/{id}/action", "GET compute /servers/{id}"):
            total += max(0.0, cur["t"] - (prev["t"] + prev["ms"])) / 1000
    return total
