"""Section 2 of the default report: the whole rescue workflow, and where its time goes."""
from stackrescue_bench.report.format import Stats, fail_note, fmt_s, ratio


def section(b, f):
    """## 2. The whole rescue workflow: the contenders and Nova's transitions."""
    out = []
    w = out.append
    p2, floor, api_steps = b.p2, f.floor, f.api_steps
    nova_rescue, nova_unrescue = f.nova_rescue, f.nova_unrescue
    w("## 2. The whole rescue workflow")
    w("")
    w("Lookup of the rescue image → rescue and wait → verify → console URL → unrescue and wait → verify, on the "
      "same server, %d alternated rounds after one warm-up round:" % b.p2_n)
    w("")
    w("* `ansible-playbook -i localhost, playbooks-examples/rescue.yml -e server=NAME` — the collection installed "
      "from this build, warm token cache;")
    w("* `bench/cli-workflow NAME` — the same steps typed with the `openstack` CLI, waiting by running "
      "`openstack server show` once a second until the state is reached; the show that sees it doubles as the "
      "verify step (the playbook runs separate verify tasks, so this favours the CLI);")
    w("* `bench/api_workflow.py NAME` — the same requests over the raw API from one Python process with one "
      "keystoneauth session, polling `GET /servers/{id}` every 0.05 s: the physical floor. Its time is counted "
      "after the interpreter start, the import and the token request.")
    w("")
    w("| workflow | n | median s | min–max s | CPU s | HTTP requests | of which token requests | × floor | result |")
    w("|---|---|---|---|---|---|---|---|---|")
    rows2 = [("`rescue.yml` (StackRescue)", "playbook"), ("CLI script", "cli"), ("raw API, one session (floor)", "api")]
    for label, k in rows2:
        d = p2[k]
        s = Stats(d["wall"] if k != "api" else [x["total"] for x in d["steps"]])
        if k == "playbook":
            auth = "0 (warm cache)"
        elif k == "cli":
            auth = str(d.get("auth", "–"))
        else:
            auth = "1 (not timed)"
        w("| %s | %d | %s | %s | %s | %s | %s | %s | %s |"
          % (label, s.n, fmt_s(s.median), s.range(), fmt_s(Stats(d["cpu"]).median) if k != "api" else "–",
             "%d" % Stats(d["req"]).median if d["req"] else "–", auth, ratio(s.median, floor), fail_note(d)))
    w("")
    w("Nova's transition times, read from the API by `bench/api_workflow.py` (from just before the POST to the "
      "first GET showing the goal state; an upper bound by one poll interval plus one GET, median GET %s ms):"
      % fmt_s(Stats([s["get_ms"] for s in api_steps]).median, 0))
    w("")
    w("| transition | n | median s | min–max s |")
    w("|---|---|---|---|")
    w("| rescue → RESCUE/rescued | %d | %s | %s |" % (nova_rescue.n, fmt_s(nova_rescue.median), nova_rescue.range()))
    w("| unrescue → ACTIVE/active | %d | %s | %s |"
      % (nova_unrescue.n, fmt_s(nova_unrescue.median), nova_unrescue.range()))
    w("")
    return out + time_by_step(b, f)


def time_by_step(b, f):
    """Section 2 continued: where the time goes, step by step."""
    out = []
    w = out.append
    p2, wf, api_steps = b.p2, f.wf, f.api_steps
    w("Where the time goes, step by step (medians, seconds):")
    w("")
    w("| step | CLI script | raw API (floor) |")
    w("|---|---|---|")
    cli_steps = p2["cli"]["steps"]

    def cmed(key):
        return Stats([s[key] for s in cli_steps if key in s]).median

    def amed(key):
        return Stats([s[key] for s in api_steps if key in s]).median

    w("| find the rescue image (+ server lookup for the API) | %s | %s |" % (fmt_s(cmed("step:lookup")),
                                                                             fmt_s(amed("lookup"))))
    w("| rescue and wait (CLI: rescue command, then `server show` polls) | %s + %s (polls: %s) | %s |"
      % (fmt_s(cmed("step:rescue")), fmt_s(cmed("step:wait-rescued")), fmt_s(cmed("polls:wait-rescued"), 0),
         fmt_s(amed("rescue"))))
    w("| verify | (the last poll) | %s |" % fmt_s(amed("verify")))
    w("| console URL | %s | %s |" % (fmt_s(cmed("step:console")), fmt_s(amed("console"))))
    w("| unrescue and wait | %s + %s (polls: %s) | %s |"
      % (fmt_s(cmed("step:unrescue")), fmt_s(cmed("step:wait-active")), fmt_s(cmed("polls:wait-active"), 0),
         fmt_s(amed("unrescue"))))
    w("| verify | (the last poll) | %s |" % fmt_s(amed("verify_after")))
    w("")
    http = Stats(p2["playbook"]["http_ms"]).median / 1000
    sleeps = Stats(p2["playbook"].get("poll_wait", [])).median
    lookups = Stats(p2["playbook"].get("lookup_ms", [])).median / 1000
    w("`rescue.yml` (median %s s) spent %s s in HTTP requests (sum of the modules' trace times; %d of its %d "
      "requests are `GET /servers/detail` name lookups, one per module that takes `server`, together %s s) and %s s "
      "sleeping between the rescue/unrescue POSTs and their polls (from the trace timestamps); the remaining %s s "
      "are ansible-playbook itself (start-up, templating, its `assert`/`debug` tasks) and the six module processes."
      % (fmt_s(wf["playbook"]), fmt_s(http), b.p2_detail, Stats(p2["playbook"]["req"]).median, fmt_s(lookups),
         fmt_s(sleeps), fmt_s(wf["playbook"] - http - sleeps)))
    w("")
    return out
