"""Is a bench/run --diagnose answer right? (A broken run is not reported as fast.) And what the
cloud's services did meanwhile: the CPU they used, the ERROR lines they logged."""
import json
import os

# The fake driver's console log is a canned string ('FAKE CONSOLE OUTPUT', 'ANOTHER', 'LAST
# LINE'): no failure, no login, so with a create younger than boot_timeout every server is
# 'booting'. A day is far more than a run takes.
BOOT_TIMEOUT = 86400


def fleet_problem(result, ids):
    """None when server_diagnose's answer covers exactly these servers, each one read and
    'booting'; else what is wrong with it."""
    if not isinstance(result, dict) or result.get("failed"):
        return "failed: %s" % (result.get("msg") if isinstance(result, dict) else result)
    entries = result.get("servers", [])
    if sorted(e.get("server", {}).get("id", "") for e in entries) != sorted(ids):
        return "%d entries, not one for each of the %d servers" % (len(entries), len(ids))
    unread = [e["error"] for e in entries if e.get("error")]
    if unread:
        return "%d server(s) not read, the first: %s" % (len(unread), unread[0])
    states = {k: v for k, v in result.get("states", {}).items() if v}
    if states != {"booting": len(ids)}:
        return "states %s, expected all %d booting" % (json.dumps(states, sort_keys=True), len(ids))
    return None


def single_problem(result, sid):
    """The same for one server's answer (server_diagnose with `server`)."""
    if result.get("failed"):
        return "%s: failed: %s" % (sid, result.get("msg"))
    if result.get("server", {}).get("id") != sid or result.get("state") != "booting":
        return "%s: state %s (%s)" % (sid, result.get("state"), result.get("reason"))
    return None


def sdk_problem(result, n):
    if result.get("servers") != n or result.get("with_console") != n or result.get("with_create") != n:
        return "openstacksdk read %s, expected %d servers, each with a console log and its create" % (
            json.dumps(result, sort_keys=True), n)
    return None


def parsed(text):
    """The JSON object a module or a peer printed, or {'failed': True, 'msg': ...}."""
    try:
        return json.loads(text[text.index("{"):])
    except ValueError:
        return {"failed": True, "msg": "no JSON in: %s" % text.strip()[-300:]}


class LogWatch:
    """The ERROR lines the cloud's services log from now on (best effort: the cloud is shared,
    other tests' errors land here too)."""

    def __init__(self, services):
        self.dir = os.path.join(os.path.dirname(os.environ.get("OS_CLIENT_CONFIG_FILE", "")), "log")
        self.start = {s: self.size(s) for s in services}

    def size(self, service):
        try:
            return os.path.getsize(os.path.join(self.dir, service + ".log"))
        except OSError:
            return None

    def errors(self):
        """{service: (count, the first ERROR line)}, only for the logs that exist."""
        out = {}
        for service, offset in self.start.items():
            if offset is None:
                continue
            with open(os.path.join(self.dir, service + ".log"), "rb") as f:
                f.seek(offset)
                lines = [x for x in f.read().decode(errors="replace").splitlines() if " ERROR " in x]
            out[service] = (len(lines), lines[0][:300] if lines else None)
        return out


# The processes that answer the reads: nova-api (every request), nova-compute of the fake host
# (the console log, over RPC; not nova-compute-qemu), the database (the instance actions).
SERVICES = {"nova-api": "nova-api", "nova-compute": "nova-compute", "mariadbd": "database", "mysqld": "database"}


def service_cpu():
    """CPU seconds (user+sys) used so far by each of SERVICES' processes on this machine, summed
    by service: taken before and after a run, what that run made them work (and anything else
    that used the shared cloud meanwhile)."""
    out = dict.fromkeys(SERVICES.values(), 0.0)
    tick = os.sysconf("SC_CLK_TCK")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                argv = f.read().decode(errors="replace").split("\0")
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        names = [os.path.basename(a) for a in argv[:2]]
        service = next((SERVICES[x] for x in names if x in SERVICES), None)
        if service:
            out[service] += (int(fields[11]) + int(fields[12])) / tick    # utime, stime
    return out
