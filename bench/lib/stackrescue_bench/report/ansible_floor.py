"""Section 3 of the default report: Ansible's floor, the per-task cost."""
from stackrescue_bench.report.format import Stats, fmt_s


def section(b, f):
    """## 3. Ansible's floor: per-task cost"""
    out = []
    w = out.append
    p3, med, marg, oc_failed = b.p3, f.med, f.marg, f.oc_failed
    w("## 3. Ansible's floor: per-task cost")
    w("")
    w("Playbooks of 1 and 10 identical tasks (`hosts: localhost`, `connection: local`, `gather_facts: false`), "
      "%d alternated rounds. *empty*: `bench/empty_module.c`, a binary module that only prints "
      "`{\"changed\": false}` — what any binary module costs in Ansible. Per-task marginal cost = "
      "(10-task − 1-task) / 9. `ANSIBLE_PYTHON_INTERPRETER` is set, so openstack.cloud pays no interpreter "
      "discovery." % b.p3_n)
    w("")
    w("| task | 1 task: median s (min–max) | 10 tasks: median s (min–max) | per-task marginal s | above the floor s "
      "| peak RSS MiB (10 tasks) | HTTP requests (10 tasks) | result |")
    w("|---|---|---|---|---|---|---|---|")
    names3 = {"empty": "empty binary module (the floor)", "ours": "`stackrescue.openstack.server_rescue_info`",
              "oc": "`openstack.cloud.server_info` ¹" + (" (fails at the SDK gate, `ignore_errors`)" if oc_failed
                                                          else "")}
    for k in [k for k in ("empty", "ours", "oc") if (k, 1) in p3]:
        s1, s10 = Stats(p3[(k, 1)]["wall"]), Stats(p3[(k, 10)]["wall"])
        fails = p3[(k, 1)]["fail"] + p3[(k, 10)]["fail"]
        result = "ok" if not fails else "%d runs failed" % len(fails)
        if k == "oc":
            ign = p3[(k, 10)].get("ignored") or [0]
            result = "every task failed (%d of 10 ignored)" % Stats(ign).median if ign and ign[0] else result
        w("| %s | %s (%s) | %s (%s) | %s | %s | %.0f | %s | %s |"
          % (names3[k], fmt_s(s1.median), s1.range(), fmt_s(s10.median), s10.range(), fmt_s(marg[k], 3),
             "–" if k == "empty" else "+" + fmt_s(marg[k] - marg["empty"], 3), max(p3[(k, 10)]["rss"]) / 1024,
             "%d" % Stats(p3[(k, 10)]["req"]).median, result))
    w("")
    per_req = Stats(p3[("ours", 10)]["http_ms"]).median / 1000 / 10
    above = marg["ours"] - marg["empty"]
    w("Our module's cost above the floor is %s s per task. Its HTTP requests take %s s per task (median sum of "
      "the trace times over the 10-task run / 10, one `GET /servers/detail` name lookup each)%s; the same binary "
      "run directly with a warm cache takes %s s wall (section 1)."
      % (fmt_s(above, 3), fmt_s(per_req, 3),
         " — %.0f%% of that overhead is waiting on Nova" % (100 * per_req / above) if above > 0 else "",
         fmt_s(med["bin_warm"], 3)))
    w("")
    return out
