"""How the reports write figures: medians and ranges, seconds, ratios."""
import statistics


class Stats:
    def __init__(self, values):
        self.values = list(values)

    @property
    def n(self):
        return len(self.values)

    @property
    def median(self):
        return statistics.median(self.values) if self.values else float("nan")

    def range(self, fmt="%.2f"):
        if not self.values:
            return "–"
        return (fmt + "–" + fmt) % (min(self.values), max(self.values))


def fmt_s(value, digits=2):
    return "–" if value is None or value != value else ("%." + str(digits) + "f") % value


def ratio(a, b):
    if not a or not b or a != a or b != b:
        return "–"
    return "%.1f×" % (a / b) if a / b < 100 else "%.0f×" % (a / b)


def fail_note(d):
    return "%d of %d failed" % (len(d["fail"]), len(d["fail"]) + len(d["wall"])) if d["fail"] else "ok"
