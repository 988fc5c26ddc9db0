"""Masking secure values in what a run outputs: stdout, log entries, integration messages,
metrics, the script's return value and its error message.

A secure variable (`execution.setSecureVariable`) is an ordinary value inside the run: the
script compares it and passes it to services. Everywhere the run's output is text a host
could show, store or export, each secure value's text is replaced by `MASK`, wherever it
appears — printed alone, inside a structure (`[pin:1234]`), or interpolated (`"pin ${pin}"`).
Matching is by value, so a derived string that contains the secret is masked too; a secret
text shorter than `MIN_SUBSTRING` characters (`"7"`, `true`) is masked only where it is the
whole string (or
the whole line of stdout), since masking every `7` of a run's output would say nothing and hide the rest.
The secure variables themselves are masked by name (services/secure.py).
Only the value's own texts are masked: a copy the script transforms (`pw.reverse()`) is
another text and comes out in clear — masking guards against accidental disclosure, not a
hostile script (docs/embedding.md, "Secure variables").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from convoscript import jsonio
from convoscript.runtime.core.text import to_string
from convoscript.runtime.run.result import RunResult

MASK = "********"
MIN_SUBSTRING = 3
_ERROR_TEXTS = ("message", "groovy_message")


def secret_texts(value: object) -> list[str]:
    """The texts a secure value can show as: the Groovy rendering of each leaf (a map's
    values, a list's items), and each one as it appears escaped inside JSON."""
    out: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        else:
            text = to_string(item)
            if text:
                out.append(text)
                escaped = jsonio.string(text)[1:-1]  # as every JSON document writes it
                if escaped != text:
                    out.append(escaped)
    return out


class Masker:
    """Replaces secret texts in strings: substrings for texts of `MIN_SUBSTRING` characters
    or more (longest first, so one secret inside another is masked whole), whole strings
    for shorter ones."""

    def __init__(self, texts: Iterable[str]):
        unique = set(texts)
        long = sorted((t for t in unique if len(t) >= MIN_SUBSTRING), key=len, reverse=True)
        self.short = frozenset(t for t in unique if len(t) < MIN_SUBSTRING)
        self.pattern = re.compile("|".join(map(re.escape, long))) if long else None

    def __bool__(self) -> bool:
        return bool(self.short) or self.pattern is not None

    def text(self, value: str) -> str:
        if value in self.short:
            return MASK
        return self.pattern.sub(MASK, value) if self.pattern is not None else value

    def lines(self, value: str) -> str:
        """`text` for output made of lines (stdout): a short secret printed alone on its
        line is masked too."""
        if not self.short:
            return self.text(value)
        out = []
        for line in value.splitlines(keepends=True):
            body = line.rstrip("\r\n")
            out.append(MASK + line[len(body) :] if body in self.short else self.text(line))
        return "".join(out)

    def data(self, value: object) -> object:
        """Plain data with every string (and map key) masked; other leaves whose text is a
        secret (a secure number) become MASK."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {
                self.text(k) if isinstance(k, str) else k: self.data(v) for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.data(v) for v in value]
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return MASK if self.text(str(value)) != str(value) else value
        return value


def mask_output(result: RunResult, secrets: Iterable[str]) -> None:
    """Mask the secret texts in `result`'s output channels, in place. Variables are not
    touched here: a secure variable is masked by name where it is committed."""
    masker = Masker(secrets)
    if not masker:
        return
    result.stdout = masker.lines(result.stdout)
    result.log = [{**entry, "message": masker.text(entry["message"])} for entry in result.log]
    result.messages = [masker.text(m) if isinstance(m, str) else m for m in result.messages]
    result.metrics = {k: masker.data(v) for k, v in result.metrics.items()}
    result.value = masker.data(result.value)
    error = result.error
    if error is not None:
        for name in _ERROR_TEXTS:
            text = getattr(error, name, None)
            if isinstance(text, str):
                setattr(error, name, masker.text(text))
        error.args = tuple(masker.text(a) if isinstance(a, str) else a for a in error.args)
