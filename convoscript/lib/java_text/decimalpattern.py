"""DecimalFormat's pattern language (JDK 17 `applyPattern` and `toPattern`): `#,##0.00`, `0.###E0`,
`'literal'`, `%`, `‰`, `¤`/`¤¤`, and a `;` negative subpattern.

Affixes are kept in Java's affix-pattern form, where a quote marks a special character to
expand with the symbols (`'%`, `'‰`, `'-`, `'¤`, `'¤¤`) and `''` is a quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from convoscript.runtime.model.exceptions import GroovyThrowable

INT_MAX = 2**31 - 1
CURRENCY_SIGN = "\u00a4"
PER_MILLE = "\u2030"
_SPECIAL = "0,.%" + PER_MILLE + "#;-" + CURRENCY_SIGN


@dataclass
class Pattern:
    """What a pattern sets on a DecimalFormat."""

    pos_prefix: str = ""
    pos_suffix: str = ""
    neg_prefix: str = "'-"
    neg_suffix: str = ""
    min_int: int = 1
    max_int: int = INT_MAX
    min_frac: int = 0
    max_frac: int = 0
    grouping_used: bool = False
    grouping_size: int = 0
    multiplier: int = 1
    decimal_always: bool = False
    currency: bool = False
    exponential: bool = False
    min_exponent: int = 0


def _bad(message: str, pattern: str) -> GroovyThrowable:
    return GroovyThrowable("IllegalArgumentException", f'{message} "{pattern}"')


class _Part:
    """The counts of one subpattern (DecimalFormat.applyPattern's locals)."""

    def __init__(self) -> None:
        self.prefix: list[str] = []
        self.suffix: list[str] = []
        self.decimal_pos = -1
        self.multiplier = 1
        self.digit_left = self.zero_count = self.digit_right = 0
        self.grouping = -1
        self.in_quote = False


def _affix_char(pattern: str, pos: int, part: _Part, affix: list[str], result: Pattern) -> int:
    """One character of a prefix or suffix, unquoted: a special one or itself. Returns the
    position of the last character it consumed."""
    ch = pattern[pos]
    if ch == CURRENCY_SIGN:
        doubled = pos + 1 < len(pattern) and pattern[pos + 1] == CURRENCY_SIGN
        result.currency = True
        affix.append("'" + CURRENCY_SIGN * (2 if doubled else 1))
        return pos + 1 if doubled else pos
    if ch in ("%", PER_MILLE):
        if part.multiplier != 1:
            raise _bad("Too many percent/per mille characters in pattern", pattern)
        part.multiplier = 100 if ch == "%" else 1000
        affix.append("'" + ch)
        return pos
    affix.append("'-" if ch == "-" else ch)
    return pos


def _digits_phase(pattern: str, pos: int, part: _Part, result: Pattern) -> tuple[int, bool]:
    """One character of the number part of the positive subpattern. Returns (position of the
    last character consumed, whether the number part ended before it)."""
    ch = pattern[pos]
    if ch == "#":
        if part.zero_count > 0:
            part.digit_right += 1
        else:
            part.digit_left += 1
    elif ch == "0":
        if part.digit_right > 0:
            raise _bad("Unexpected '0' in pattern", pattern)
        part.zero_count += 1
    elif ch == ",":
        part.grouping = 0
        return pos, False
    elif ch == ".":
        if part.decimal_pos >= 0:
            raise _bad("Multiple decimal separators in pattern", pattern)
        part.decimal_pos = part.digit_left + part.zero_count + part.digit_right
        return pos, False
    elif ch == "E":
        if result.exponential:
            raise _bad("Multiple exponential symbols in pattern", pattern)
        result.exponential = True
        result.min_exponent = 0
        pos += 1
        while pos < len(pattern) and pattern[pos] == "0":
            result.min_exponent += 1
            pos += 1
        if part.digit_left + part.zero_count < 1 or result.min_exponent < 1:
            raise _bad("Malformed exponential pattern", pattern)
        return pos - 1, True
    else:
        return pos - 1, True
    if part.grouping >= 0 and part.decimal_pos < 0:
        part.grouping += 1
    return pos, False


def _subpattern(pattern: str, start: int, positive: bool, result: Pattern) -> tuple[_Part, int]:
    """Read one subpattern from `start`; returns its counts and where the next one starts
    (len(pattern) when there is none)."""
    part = _Part()
    phase, affix = 0, part.prefix
    pos, end = start, len(pattern)
    while pos < end:
        ch = pattern[pos]
        if phase == 1:
            if not positive:  # the negative subpattern's number part only marks its place
                if ch in "#0,." or pattern.startswith("E", pos):
                    pos += 1
                    continue
                phase, affix = 2, part.suffix
                continue
            pos, ended = _digits_phase(pattern, pos, part, result)
            if ended:
                phase, affix = 2, part.suffix
            pos += 1
            continue
        if part.in_quote:
            if ch == "'":
                if pos + 1 < end and pattern[pos + 1] == "'":
                    affix.append("''")
                    pos += 1
                else:
                    part.in_quote = False
            else:
                affix.append(ch)
        elif ch in "#0,.":
            phase = 1
            continue
        elif ch == "'":
            if pos + 1 < end and pattern[pos + 1] == "'":
                affix.append("''")
                pos += 1
            else:
                part.in_quote = True
        elif ch == ";":
            if phase == 0 or not positive:
                raise _bad(f"Unquoted special character '{ch}' in pattern", pattern)
            return part, pos + 1
        else:
            pos = _affix_char(pattern, pos, part, affix, result)
        pos += 1
    return part, end


def _check(part: _Part, pattern: str) -> None:
    if part.zero_count == 0 and part.digit_left > 0 and part.decimal_pos >= 0:
        # "##.###" is "#0.###", ".###" is ".0##"
        n = part.decimal_pos or 1
        part.digit_right = part.digit_left - n
        part.digit_left = n - 1
        part.zero_count = 1
    dp = part.decimal_pos
    if (
        (dp < 0 and part.digit_right > 0)
        or (dp >= 0 and (dp < part.digit_left or dp > part.digit_left + part.zero_count))
        or part.grouping == 0
        or part.in_quote
    ):
        raise _bad("Malformed pattern", pattern)


def _positive(part: _Part, result: Pattern) -> None:
    result.pos_prefix = "".join(part.prefix)
    result.pos_suffix = "".join(part.suffix)
    total = part.digit_left + part.zero_count + part.digit_right
    dp = part.decimal_pos
    effective = dp if dp >= 0 else total
    result.min_int = effective - part.digit_left
    result.max_int = part.digit_left + result.min_int if result.exponential else INT_MAX
    result.max_frac = total - dp if dp >= 0 else 0
    result.min_frac = part.digit_left + part.zero_count - dp if dp >= 0 else 0
    result.grouping_used = part.grouping > 0
    result.grouping_size = part.grouping if part.grouping > 0 else 0
    result.multiplier = part.multiplier
    result.decimal_always = dp == 0 or dp == total


def parse_pattern(pattern: str) -> Pattern:
    """DecimalFormat.applyPattern (not localized)."""
    result = Pattern()
    got_negative = False
    start, positive = 0, True
    for positive in (True, False):
        if start >= len(pattern):
            break
        part, start = _subpattern(pattern, start, positive, result)
        _check(part, pattern)
        if positive:
            _positive(part, result)
        else:
            result.neg_prefix = "".join(part.prefix)
            result.neg_suffix = "".join(part.suffix)
            got_negative = True
    if not pattern:
        result.min_int, result.max_int = 0, INT_MAX
        result.min_frac, result.max_frac = 0, INT_MAX
        result.grouping_used, result.grouping_size = True, 3
    if not got_negative or (
        result.neg_prefix == result.pos_prefix and result.neg_suffix == result.pos_suffix
    ):
        result.neg_suffix = result.pos_suffix
        result.neg_prefix = "'-" + result.pos_prefix
    return result


# ---- toPattern --------------------------------------------------------------------------------
def literal_affix(affix: str) -> str:
    """An expanded affix (one a script set with setPositivePrefix ...) in pattern form."""
    quoted = affix.replace("'", "''")
    if any(c in affix for c in _SPECIAL):
        return f"'{quoted}'"
    return quoted


def affix_pattern_text(affix: str) -> str:
    """An affix pattern (`'%` form) as toPattern writes it."""
    out: list[str] = []
    i = 0
    while i < len(affix):
        quote = affix.find("'", i)
        if quote < 0:
            out.append(literal_affix(affix[i:]))
            break
        if quote > i:
            out.append(literal_affix(affix[i:quote]))
        ch = affix[quote + 1]
        i = quote + 2
        if ch == "'":
            out.append("''")
        elif ch == CURRENCY_SIGN and i < len(affix) and affix[i] == CURRENCY_SIGN:
            out.append(CURRENCY_SIGN * 2)
            i += 1
        else:
            out.append(ch)
    return "".join(out)
