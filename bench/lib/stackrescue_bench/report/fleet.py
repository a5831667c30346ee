"""Section 5 of docs/performance.md (bench/run --fleet), between the fleet markers."""
import json
import os
import time

from stackrescue_bench.report.format import ratio
from stackrescue_bench.sections import markers

BEGIN, END = markers("fleet", "bench/run --fleet")


def s(value):
    return "–" if value is None or value != value else "%.1f" % value


def with_ratio(r, key):
    """A CLI peer's wall time and its ratio to the fleet playbook's in the same size."""
    if key not in r:
        return "not run"
    return "%s (%s)" % (s(r[key]["wall"]), ratio(r[key]["wall"], r["fleet"]["wall"]))


def per_server(rows, a, b, key, field="wall"):
    """Growth of key's field per added server from a to b servers (None when not measured)."""
    if key not in rows[a] or key not in rows[b] or field not in rows[a][key] or field not in rows[b][key]:
        return None
    return (rows[b][key][field] - rows[a][key][field]) / (b - a)


def growth_table(f):
    sizes = list(f.rows)
    w = ["| from → to servers | fleet playbook | Ansible's floor | Nova's floor | floors summed | `xargs -P` CLI "
         "| CLI shell loop | fleet CPU s | peak memory MiB: fleet / Ansible's floor |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for a, b in zip(sizes, sizes[1:]):
        g = {k: per_server(f.rows, a, b, k) for k in ("fleet", "ansible", "nova", "xargs", "loop")}
        floors = None if g["ansible"] is None or g["nova"] is None else g["ansible"] + g["nova"]
        w.append("| %d → %d | %s | %s | %s | %s | %s | %s | %s | %s / %s |" % (
            a, b, *["–" if g[k] is None else "%.2f" % g[k] for k in ("fleet", "ansible", "nova")],
            "–" if floors is None else "%.2f" % floors,
            *["not run" if g[k] is None else "%.2f" % g[k] for k in ("xargs", "loop")],
            s(per_server(f.rows, a, b, "fleet", "cpu")), s(per_server(f.rows, a, b, "fleet", "mib")),
            s(per_server(f.rows, a, b, "ansible", "mib"))))
    return w


def analysis(f):
    """What grows faster than it must, read from this run's figures."""
    sizes = list(f.rows)
    a, b = sizes[-2], sizes[-1]
    rows = f.rows
    fleet_g = per_server(rows, a, b, "fleet")
    floor_g = per_server(rows, a, b, "ansible") + per_server(rows, a, b, "nova")
    mem_g, mem_floor_g = per_server(rows, a, b, "fleet", "mib"), per_server(rows, a, b, "ansible", "mib")
    cpu_b = rows[b]["fleet"].get("cpu")
    cores = os.cpu_count() or 1
    w = []
    w.append("From %d to %d servers the fleet playbook's wall time grows %.2f s per added server, its two floors "
             "together %.2f s (Ansible's %.2f, Nova's %.2f): %s. Its CPU time at %d servers is %.0f s "
             "(ansible-playbook, its workers and the module processes), so on %d cores its own CPU accounts for "
             "at least %.0f s of its %.0f s wall: %s."
             % (a, b, fleet_g, floor_g, per_server(rows, a, b, "ansible"), per_server(rows, a, b, "nova"),
                "%s its floors" % ratio(fleet_g, floor_g) if floor_g > 0 else "the floors did not grow",
                b, cpu_b, cores, cpu_b / cores, rows[b]["fleet"]["wall"],
                "it is bound by the CPU of the controller, not by Nova" if cpu_b / cores > 0.6 * rows[b]["fleet"]["wall"]
                else "the rest is waiting, on Nova and, with a load above the core count, on the CPU other "
                "processes took"))
    w.append("")
    if mem_g > 2 * max(mem_floor_g, 1.0):
        w.append("Peak controller memory grows %.1f MiB per added server for the fleet and %.1f MiB for Ansible's "
                 "floor: with real modules every one of the %d Ansible workers (forks = servers) is alive at once, "
                 "each waiting on Nova through its module, while with no-op modules the workers finish before the "
                 "next ones start. That memory is Ansible's worker per fork, not the modules' (a module process "
                 "peaks at ~14 MiB, section 4); it is what to limit with `fleet_throttle` and forks on a small "
                 "controller." % (mem_g, mem_floor_g, b))
    else:
        w.append("Peak controller memory grows %.1f MiB per added server for the fleet and %.1f MiB for Ansible's "
                 "floor from %d to %d servers: not faster than the floor's. It is Ansible's (a worker per fork), not "
                 "the modules' (a module process peaks at ~14 MiB, section 4); `fleet_throttle` and forks bound it "
                 "on a small controller." % (mem_g, mem_floor_g, a, b))
    w.append("")
    w.append("Keystone token requests at %s servers: %s (the single flight). Nova requests per server: %.1f at %d, "
             "%.1f at %d (the selection, the version document and the rescue image are read once per run, so they "
             "weigh less in a large fleet); the %.1f against Nova's floor of %.1f are each module re-reading the "
             "server (lookup by ID, both verify steps, the console step)."
             % ("/".join(str(n) for n in sizes), "/".join(str(rows[n]["fleet"]["tokens"]) for n in sizes),
                rows[sizes[0]]["fleet"]["nova"] / sizes[0],
                sizes[0], rows[b]["fleet"]["nova"] / b, b, rows[b]["fleet"]["nova"] / b, rows[b]["nova"]["nova"] / b))
    cli = [n for n in sizes if "xargs" in rows[n]]
    if cli:
        n = cli[-1]
        x = rows[n]["xargs"]
        w.append("")
        w.append("The CLI: `xargs -P %d` takes %.0f s for %d servers, %s the playbook's time, and %.0f s of CPU "
                 "(%.1f s per server: every `openstack` command starts a Python interpreter, imports the SDK and "
                 "authenticates anew), so on %d cores it cannot go below %.0f s however many run in parallel."
                 % (n, x["wall"], n, ratio(x["wall"], rows[n]["fleet"]["wall"]), x.get("cpu", float("nan")),
                    x.get("cpu", float("nan")) / n, cores, x.get("cpu", float("nan")) / cores))
        loops = [m for m in sizes if "loop" in rows[m]]
        if loops:
            m = loops[-1]
            w.append("The shell loop, one server after the other, takes %.0f s for %d servers (%.1f s each)."
                     % (rows[m]["loop"]["wall"], m, rows[m]["loop"]["wall"] / m))
    return w


def budget_run(f):
    """The largest fleet with two servers locked by the admin (`fleet_action=rescue`)."""
    w = []
    bud = f.budget
    summary = bud["report"].get("summary", {})
    w.append("### The %d-server run with two servers locked by the admin (`fleet_action=rescue`)" % max(f.rows))
    w.append("")
    w.append("Summary: %s. Wall %.1f s, %d Keystone token request(s). Decoys outside the selection (one carries "
             "the tag but not the name pattern, one neither): %s. Final states read from Nova: %s." % (
                 json.dumps(summary), bud["wall"], bud["tokens"],
                 ", ".join("%s %s/%s (locked %s)" % (d["name"], d["status"], d["vm_state"], d["locked"])
                           for d in bud["decoys"]),
                 ", ".join("%d %s" % (bud["states"].count(x), x) for x in sorted(set(bud["states"])))))
    w.append("")
    w.append("The report (`fleet-report.md` as the playbook wrote it):")
    w.append("")
    w.append("| id | name | outcome | seconds | message |")
    w.append("|---|---|---|---|---|")
    for row in bud["report"].get("servers", []):
        w.append("| %s | %s | %s | %s | %s |" % (row["id"], row["name"], row["outcome"], row["seconds"],
                                                 row["message"].replace("|", "\\|")))
    w.append("")
    return w


def section(f, argv):
    w = []
    w.append(BEGIN)
    w.append("## 5. Fleet rescue: one playbook, dozens of servers")
    w.append("")
    w.append("`bench/run --fleet %s` on %s. `playbooks-examples/fleet-rescue.yml` with "
             "`fleet_action=roundtrip` (per server: rescue, verify, console URL, unrescue, verify), forks = "
             "`fleet_throttle` = servers, an **empty token cache** at the start of every run; the servers are "
             "booted once on the fake host (m1.tiny, `networks: none`) and selected by a tag per size plus a name "
             "pattern. One run per contender and size (each one is long). Load average (1/5/15 min) at the start "
             "of each size: %s." % (
                 " ".join(argv), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                 "; ".join("%s: %s" % x for x in f.loads)))
    w.append("")
    loads = [float(v.split()[0]) for _, v in f.loads]
    if loads and max(loads) > (os.cpu_count() or 1):
        w.append("**Noisy figures**: the machine (%d cores) is shared; other engineers' builds, tests and real QEMU "
                 "guests ran meanwhile, and the 1-minute load average reached %.1f. Absolute times are inflated, "
                 "and one run per size cannot average that out." % (os.cpu_count(), max(loads)))
        w.append("")
    w.append("| servers | fleet playbook s | Ansible's floor s | Nova's floor s | floors summed s | fleet / floors "
             "(goal ≤ 1.5×) | Keystone token requests | Nova requests per server | peak controller memory MiB "
             "(fleet / Ansible's floor) | fleet CPU s | `xargs -P` CLI s (× fleet) | CLI shell loop s (× fleet) |")
    w.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, r in f.rows.items():
        fleet, ans, nova = r["fleet"], r["ansible"], r["nova"]
        floors = ans["wall"] + nova["wall"]
        ok = all(r[k]["rc"] == 0 for k in r)
        w.append("| %d%s | %s | %s | %s | %s | %s | %d | %.1f | %.0f / %.0f | %s | %s | %s |" % (
            size, "" if ok else " (a run failed: see below)", s(fleet["wall"]), s(ans["wall"]), s(nova["wall"]),
            s(floors), ratio(fleet["wall"], floors), fleet["tokens"], fleet["nova"] / size, fleet["mib"], ans["mib"],
            s(fleet.get("cpu")), with_ratio(r, "xargs"), with_ratio(r, "loop")))
    w.append("")
    sizes = list(f.rows)
    if len(sizes) >= 2:
        w.append("How each grows: seconds per added server between two sizes (memory: MiB per added server).")
        w.append("")
        w.extend(growth_table(f))
        w.append("")
        w.extend(analysis(f))
        w.append("")
        w.append("Requests the fleet's modules sent (kinds, largest run): " +
                 "; ".join("`%s`" % k for k in f.rows[sizes[-1]]["fleet"]["kinds"]) + ".")
        w.append("")
    if f.budget:
        w.extend(budget_run(f))
    failed = [(size, k, v.get("out", "")[-600:]) for size, r in f.rows.items() for k, v in r.items() if v["rc"]]
    for size, k, out in failed:
        w.append("Run failed: %d servers, %s: `%s`" % (size, k, out.replace("`", "'").replace("\n", " ")[-400:]))
    w.append(END)
    return "\n".join(w) + "\n"

