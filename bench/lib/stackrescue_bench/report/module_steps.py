"""Section 4 of the default report: memory and HTTP requests per module step, request latency."""
from stackrescue_bench.report.format import Stats, fmt_s
from stackrescue_bench.trace import kind


def section(b, f):
    """## 4. Memory and HTTP requests per module step"""
    out = []
    w = out.append
    p1, p4 = b.p1, b.p4
    w("## 4. Memory and HTTP requests per module step")
    w("")
    reps = 1 if b.quick else 3
    w("Each step of the workflow run directly (arguments on stdin), %d time(s) with a warm token cache and %d "
      "time(s) with `token_cache: false`, alternating. Requests from `STACKRESCUE_TRACE`; the list is from a warm "
      "run (`{id}` stands for a UUID)." % (reps, reps))
    w("")
    w("| module | step | peak RSS MiB | wall s (warm, median) | CPU s (warm, median) | requests warm | requests cold "
      "| requests (warm) | result |")
    w("|---|---|---|---|---|---|---|---|---|")
    for d in p4:
        kinds = d["kinds"] or []
        summary = []
        for k in kinds:
            if summary and summary[-1][0] == k:
                summary[-1][1] += 1
            else:
                summary.append([k, 1])
        text = "; ".join("`%s`%s" % (k, " ×%d" % c if c > 1 else "") for k, c in summary)
        rng = lambda v: ("%d" % min(v) if min(v) == max(v) else "%d–%d" % (min(v), max(v))) if v else "–"  # noqa
        w("| `%s` | %s | %.1f | %s | %s | %s | %s | %s | %s |"
          % (d["module"], d["step"], max(d["rss"]) / 1024, fmt_s(Stats(d["wall_warm"]).median),
             fmt_s(Stats(d["cpu_warm"]).median, 3), rng(d["warm"]),
             rng(d["cold"]), text, "ok" if not d["fail"] else "failed: " + d["fail"][0][:120]))
    w("")
    w("Binary sizes (stripped, as installed in the collection): %s. For comparison, peak RSS of "
      "`openstack server show` %.0f MiB, of the openstacksdk script %.0f MiB (section 1)."
      % (", ".join("`%s` %.1f MiB" % (m, s / 1024 / 1024) for m, s in sorted(b.sizes.items())),
         max(p1["cli"]["rss"]) / 1024, max(p1["sdk"]["rss"]) / 1024))
    w("")
    w("Request latency by kind, over every module run of this benchmark (from the traces):")
    w("")
    w("| request | count | median ms | min–max ms |")
    w("|---|---|---|---|")
    by_kind = {}
    for x in b.all_requests:
        by_kind.setdefault(kind(x["method"], x["url"]), []).append(x["ms"])
    for k, v in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        s = Stats(v)
        w("| `%s` | %d | %.0f | %s |" % (k, s.n, s.median, s.range("%.0f")))
    w("")
    return out
