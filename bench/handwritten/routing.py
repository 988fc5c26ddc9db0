"""routing.groovy by hand: queue, intent and expected wait from the tier and the utterance."""

import re

TRANSFER = re.compile(r"transf(er|ir)")
WAITS = {"gold": 1, "silver": 5, "basic": 15}


def run(transient, variables, metrics, log):
    tier = variables.get("tier") or "basic"
    utterance = str(variables.get("utterance") or "").lower().strip()
    minutes = WAITS.get(tier) or 30
    if "balance" in utterance:
        intent = "check_balance"
    elif TRANSFER.search(utterance):
        intent = "transfer"
    else:
        intent = "other"
    variables["queue"] = "priority" if tier == "gold" else "standard"
    variables["intent"] = intent
    metrics["expected_wait"] = str(minutes)
    log.append(("INFO", f"routed {tier} to {variables['queue']} for {intent}"))
