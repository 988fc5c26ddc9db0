"""collections.groovy by hand: 5,000 dicts grouped by intent, the three best mean scores."""

from collections import defaultdict
from fractions import Fraction


def run(transient, variables, metrics, log):
    rows = [{"id": i, "intent": f"intent{i % 17}", "score": (i * 37) % 100} for i in range(5000)]
    by_intent = defaultdict(list)
    for row in rows:
        by_intent[row["intent"]].append(row)
    # exact means, as Groovy's BigDecimal division gives (ties stay in first-seen order)
    summary = {k: Fraction(sum(r["score"] for r in v), len(v)) for k, v in by_intent.items()}
    top = sorted(summary.items(), key=lambda kv: kv[1], reverse=True)[:3]
    variables["top"] = ",".join(k for k, _ in top)
