"""regex.groovy by hand: 2,000 substitutions and full matches over phone/IBAN-like strings."""

import re
from collections import Counter

NOT_DIGIT = re.compile(r"[^0-9+]")
IBAN = re.compile(r".*ES\d{2}.*")
RAW = ["  +34 (91) 555-12-34 ", "call me at 555 1234", "ES91 2100 0418 4502 0005 1332", "n/a"]


def run(transient, variables, metrics, log):
    out = []
    for i in range(2000):
        s = RAW[i % len(RAW)]
        digits = NOT_DIGIT.sub("", s)
        if IBAN.fullmatch(s):
            kind = "iban"
        else:
            kind = "phone" if len(digits) >= 7 else "none"
        out.append(kind)
    variables["kinds"] = dict(Counter(out))
