"""Section 1 of the default report: one verify step."""
from stackrescue_bench.peers import OC_MODULE, oc_version
from stackrescue_bench.report.format import Stats, fail_note, fmt_s, ratio


def section(b, f):
    """## 1. One verify step (is the server rescued?)"""
    out = []
    w = out.append
    p1, med, oc_failed = b.p1, f.med, f.oc_failed
    w("## 1. One verify step (is the server rescued?)")
    w("")
    w("%d alternated rounds. *warm*: the module's default `token_cache: true`, cache filled by the warm-up "
      "(no Keystone request); *cold*: `token_cache: false`, so it authenticates like the Python tools do on "
      "every run. The binaries get their arguments on stdin, as a pipeline would." % b.p1_n)
    w("")
    w("| command | n | median s | min–max s | CPU s | peak RSS MiB | HTTP requests | × binary warm | "
      "× binary cold | result |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    labels = {
        "bin_warm": "`server_rescue_info` binary, **warm** token cache",
        "bin_cold": "`server_rescue_info` binary, **cold** (`token_cache: false`)",
        "sdk": "openstacksdk one-shot script (`bench/sdk_server_show.py`)",
        "cli": "`openstack server show NAME`",
        "oc": "`openstack.cloud.server_info` run as a module process ¹",
    }
    for k in [k for k in ("bin_warm", "bin_cold", "sdk", "cli", "oc") if k in p1]:
        d = p1[k]
        s = Stats(d["wall"])
        w("| %s | %d | %s | %s | %s | %.0f | %s | %s | %s | %s |"
          % (labels[k], s.n, fmt_s(s.median), s.range(), fmt_s(Stats(d["cpu"]).median), max(d["rss"]) / 1024,
             "%d" % Stats(d["req"]).median if d["req"] else "–", ratio(s.median, med["bin_warm"]),
             ratio(s.median, med["bin_cold"]),
             ("fails at the SDK version gate" if k == "oc" and oc_failed else fail_note(d))))
    w("")
    oc_msg = next((m for m in p1["oc"]["fail"]), "") if b.has_oc else ""
    if not b.has_oc:
        w("¹ openstack.cloud is not installed (Debian's `ansible` package: `apt-get install "
          "--no-install-recommends ansible`), so its rows are left out.")
    elif oc_failed:
        w("¹ openstack.cloud %s (Debian's `ansible` package) cannot run here: it stops with “%s”. So its rows are "
          "the cost of *failing*: interpreter start, Ansible's module boilerplate and `import openstack`, then the "
          "SDK version check, before any network call. A working setup would add authentication and the lookup "
          "requests on top: they are lower bounds." % (oc_version(), oc_msg))
    else:
        w("¹ openstack.cloud %s (Debian's `ansible` package), run as `python3 -m %s ARGS_FILE`." % (oc_version(),
                                                                                                 OC_MODULE))
    w("")
    w("Requests of the CLI and the SDK script are counted from one extra run of each with HTTP debug logging "
      "(not timed); the binaries' from `STACKRESCUE_TRACE`.")
    w("")
    return out
