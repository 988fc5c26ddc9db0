"""Text from a byte[]: what `new String(byte[] ...)` decodes, with Java's charset names.

Only the charsets every JVM has (java.nio.charset.StandardCharsets) and windows-1252 are
decoded; a name Java does not know is Java's UnsupportedEncodingException, a charset Java
knows but this table does not is refused (UnsupportedOperationException), never decoded as
something else. Malformed input becomes U+FFFD, as Java's decoder replaces it.
"""

from __future__ import annotations

import codecs

from convoscript.runtime.door.signatures import charge, check_length
from convoscript.runtime.model.exceptions import GroovyThrowable

# Java's charset names and aliases (case-insensitive) -> Python's codec
_CHARSETS = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "us-ascii": "ascii",
    "ascii": "ascii",
    "iso-8859-1": "latin-1",
    "iso8859_1": "latin-1",
    "iso-latin-1": "latin-1",
    "latin1": "latin-1",
    "utf-16be": "utf-16-be",
    "utf-16le": "utf-16-le",
    "windows-1252": "cp1252",
    "cp1252": "cp1252",
}


def is_byte_array(value: object) -> bool:
    return getattr(type(value), "java_class", None) == "byte[]"


def raw(value: object) -> bytes:
    """A byte[]'s bytes (its elements are Java's signed bytes)."""
    charge(len(value) // 64)  # type: ignore[arg-type]
    return bytes(b & 0xFF for b in value)  # type: ignore[attr-defined]


def decode(data: bytes, charset: str = "UTF-8") -> str:
    """`data` decoded as Java decodes it with the named charset."""
    codec = _CHARSETS.get(charset.lower())
    if codec is None:
        try:
            codecs.lookup(charset)
        except LookupError:
            raise GroovyThrowable("UnsupportedEncodingException", charset) from None
        raise GroovyThrowable(
            "UnsupportedOperationException", f"charset {charset} is not supported by convoscript"
        )
    check_length(len(data))
    return data.decode(codec, "replace")


def with_high_byte(data: bytes, hibyte: int) -> str:
    """The deprecated `new String(byte[], int hibyte)`: each char is hibyte:byte."""
    high = (hibyte & 0xFF) << 8
    return "".join(chr(high | b) for b in data)


def check_range(length: int, offset: int, count: int) -> None:
    if offset < 0 or count < 0 or offset > length - count:
        raise GroovyThrowable(
            "StringIndexOutOfBoundsException", f"offset {offset}, count {count}, length {length}"
        )
