"""Text written out as bytes the way Java's UTF-8 PrintStream writes it.

A Groovy String is UTF-16: a script can hold a lone surrogate (`"\\uD83D\\uDE00".charAt(0)`),
which has no UTF-8 encoding, so Python's strict encoder would fail on it (a traceback instead
of the run's output). Java encodes a surrogate pair as the character it stands for and writes
`?` for a lone surrogate; the `ERRORS` handler does the same, so a stream reconfigured with it
(`stream.reconfigure(errors=ERRORS)`, as the command line does for stdout and stderr) can
write any text a script made. `java_text` gives that text as a str for other writers."""

from __future__ import annotations

import codecs
import re

ERRORS = "convoscript.java"
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_LONE = re.compile("[\ud800-\udfff]")


def java_text(text: str) -> str:
    """`text` as Java would write it: surrogate pairs joined, lone surrogates `?`."""
    if not _LONE.search(text):
        return text
    return _LONE.sub("?", _PAIR.sub(_join, text))


def _join(match: re.Match) -> str:
    high, low = match.group()
    return chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))


def _handler(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    # the span the encoder could not write (both halves of a pair are in it); bytes, since
    # the UTF-8 encoder takes only ASCII text from a handler; what the stream's encoding
    # cannot hold either is `?`, as in Java
    text = java_text(error.object[error.start : error.end])
    return text.encode(error.encoding, "replace"), error.end


codecs.register_error(ERRORS, _handler)
