"""What several sections of the default report read, derived once from the Bench's figures."""
from stackrescue_bench.report.format import Stats


class Figures:
    def __init__(self, b):
        p1, p2, p3 = b.p1, b.p2, b.p3
        self.med = {k: Stats(v["wall"]).median for k, v in p1.items()}
        pb = {k: Stats(v["wall"]).median for k, v in p3.items()}
        self.marg = {k: (pb[(k, 10)] - pb[(k, 1)]) / 9 for k, n in p3 if n == 1}
        self.oc_failed = b.has_oc and bool(p1["oc"]["fail"])
        self.oc_note = " ¹, failing at its SDK version gate" if self.oc_failed else " ¹"
        self.wf = {k: Stats(v["wall"]).median for k, v in p2.items()}
        self.api_steps = p2["api"]["steps"]
        self.nova_rescue = Stats([s["rescue"] for s in self.api_steps])
        self.nova_unrescue = Stats([s["unrescue"] for s in self.api_steps])
        self.floor = Stats([s["total"] for s in self.api_steps]).median
