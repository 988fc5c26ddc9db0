"""json.groovy by hand: parse the payload, filter and reshape its items, write JSON.

Decimals stay Decimals (`parse_float=Decimal`) so the totals keep Groovy's BigDecimal digits
("20.00", not 20.0); the output is written as JsonOutput writes it (no spaces)."""

import json
from decimal import Decimal

_dumps = json.JSONEncoder(separators=(",", ":")).encode


def run(transient, variables, metrics, log):
    data = json.loads(transient["payload"], parse_float=Decimal)
    out = [(it["sku"].upper(), it["qty"] * it["price"]) for it in data["items"] if it["qty"] > 2]
    items = ",".join(f'{{"sku":{_dumps(sku)},"total":{total}}}' for sku, total in out)
    metrics["order"] = f'{{"count":{len(out)},"items":[{items}]}}'
