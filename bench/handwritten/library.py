"""library.groovy by hand: the slot library as module-level functions, used by the task."""

import re
from decimal import Decimal

PHONE = re.compile(r"(?<!\w)(\+?34[\s-]*)?[679](?:[\s-]*\d){8}(?!\d)")
AMOUNT = re.compile(r"(\d+(?:[.,]\d{1,2})?)\s*(?:€|eur)")
NOT_DIGIT = re.compile(r"\D")
SPACE = re.compile(r"\s")
IBAN = re.compile(r"ES[\d ]+\d")
CENTS = Decimal("0.01")


class Slot:
    __slots__ = ("name", "valid", "value")

    def __init__(self, name, value=None, valid=False):
        self.name, self.value, self.valid = name, value, valid

    def __str__(self):
        return f"{self.name}={self.value if self.valid else '?'}"


def phone_slot(raw):
    m = PHONE.search(raw)
    if not m:
        return Slot("phone")
    d = NOT_DIGIT.sub("", m.group())
    if len(d) == 11:
        d = d[2:]
    return Slot("phone", d, len(d) == 9)


def amount_slot(raw):
    m = AMOUNT.search(raw)
    if not m:
        return Slot("amount")
    v = Decimal(m.group(1).replace(",", "."))
    return Slot("amount", str(v.quantize(CENTS)), v > 0)


def mask_iban(iban):
    c = SPACE.sub("", iban).upper()
    return c if len(c) < 8 else c[:4] + "*" * (len(c) - 8) + c[-4:]


def run(transient, variables, metrics, log):
    utterance = variables.get("utterance") or ""
    samples = [
        utterance,
        "transfer 25,50 eur to +34 612 345 678",
        "send 100€ to 91 555 12 34",
        "pay 0 eur",
        "ES91 2100 0418 4502 0005 1332 please",
    ]
    slots = []
    for s in samples:
        slots.append(phone_slot(s))
        slots.append(amount_slot(s))
    valid = [s for s in slots if s.valid]
    variables["slots"] = ";".join(str(s) for s in valid)
    variables["iban"] = mask_iban(IBAN.search(samples[-1]).group())
    metrics["valid_slots"] = str(len(valid))
    log.append(("INFO", f"slots: {len(slots)} read, {len(valid)} valid"))
