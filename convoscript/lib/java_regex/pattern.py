"""java.util.regex.Pattern: its statics (`Pattern.compile(re, flags)`, `Pattern.quote`,
`Pattern.matches`, the flag constants) and its methods (matcher, split, pattern, flags, and
Groovy's isCase).

A Pattern value is the same JavaPattern `~/re/` builds; flags become the equivalent inline
flags in front of the pattern that runs, while `pattern()` and `toString()` keep the text as
written, as Java's do. Nothing here reaches beyond the regex engine and its timeout. The class is
runtime.core's `javaregex.JavaPattern` (core's `=~`, `==~` and casts make and recognise it);
`~"re"` is String's GDK (gdk/strings).
"""

from __future__ import annotations

from convoscript.lib.gdk.strings import _cs, _string_array
from convoscript.runtime.core import regexes
from convoscript.runtime.core.javaregex import JavaMatcher, JavaPattern, matches_whole
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable

FLAGS = {
    "UNIX_LINES": 1,
    "CASE_INSENSITIVE": 2,
    "COMMENTS": 4,
    "MULTILINE": 8,
    "LITERAL": 16,
    "DOTALL": 32,
    "UNICODE_CASE": 64,
    "CANON_EQ": 128,
    "UNICODE_CHARACTER_CLASS": 256,
}
# flag bit -> inline flag letter (UNIX_LINES, CANON_EQ have no effect on the regex engine here)
_INLINE = ((2, "i"), (4, "x"), (8, "m"), (32, "s"), (64, "u"), (256, "U"))


def quote(text: str) -> str:
    """Pattern.quote: `\\Q...\\E`, with an `\\E` inside the text split out as Java does."""
    if "\\E" not in text:
        return "\\Q" + text + "\\E"
    return "\\Q" + text.replace("\\E", "\\E\\\\E\\Q") + "\\E"


def _compile(*args: object) -> JavaPattern:
    arity(args, 1, 2)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", None)
    source = as_str(args[0])
    flags = as_int(args[1]) if len(args) == 2 else 0
    if flags & ~sum(FLAGS.values()):
        raise GroovyThrowable("IllegalArgumentException", f"Unknown flag 0x{flags:x}")
    runs = quote(source) if flags & FLAGS["LITERAL"] else source
    letters = "".join(letter for bit, letter in _INLINE if flags & bit)
    if not letters:
        return JavaPattern(runs, source, flags)
    try:
        return JavaPattern(f"(?{letters}){runs}", source, flags)
    except GroovyThrowable as exc:
        if exc.java_class != "PatternSyntaxException" or runs != source:
            raise
        # Java reports the pattern as given: the inline flags added here are not part of it
        shift = len(letters) + 3
        raise regexes.pattern_syntax_error(
            exc.details["description"], exc.details["index"] - shift, source
        ) from None


def _quote(*args: object) -> str:
    arity(args, 1)
    return quote(as_str(args[0]))


def _matches(*args: object) -> bool:
    arity(args, 2)
    if args[1] is None:
        raise NoSignature
    return matches_whole(as_str(args[1]), _compile(args[0]))


def _pt(self: object) -> JavaPattern:
    if isinstance(self, JavaPattern):
        return self
    raise NoSignature


def pattern_matcher(self: object, *args: object) -> JavaMatcher:
    arity(args, 1)
    return JavaMatcher(_pt(self).pattern, _cs(args[0]))


def pattern_text(self: object, *args: object) -> str:
    arity(args, 0)
    return _pt(self).shown


def pattern_is_case(self: object, *args: object) -> bool:
    arity(args, 1)
    if args[0] is None:
        return False
    return matches_whole(args[0], _pt(self))


def pattern_split(self: object, *args: object) -> list:
    arity(args, 1, 2)
    limit = as_int(args[1]) if len(args) == 2 else 0
    return _string_array(regexes.java_split(_pt(self).pattern, _cs(args[0]), limit))


def pattern_to_string(self: object, *args: object) -> str:
    arity(args, 0)
    return _pt(self).shown


def pattern_flags(self: object, *args: object) -> int:
    arity(args, 0)
    return _pt(self).flags


PATTERN_METHODS = {
    "flags": pattern_flags,
    "matcher": pattern_matcher,
    "pattern": pattern_text,
    "toString": pattern_to_string,
    "isCase": pattern_is_case,
    "split": pattern_split,
}


def _syntax_detail(name: str):
    """A getter of what a PatternSyntaxException carries (`getDescription()`)."""

    def getter(self: object, *args: object) -> object:
        arity(args, 0)
        if not isinstance(self, GroovyThrowable):
            raise NoSignature
        return self.details.get(name)

    return getter


def new_pattern_syntax_exception(*args: object) -> GroovyThrowable:
    """`new PatternSyntaxException(description, regex, index)`, as a script builds one."""
    arity(args, 3)
    description, pattern = (None if a is None else as_str(a) for a in args[:2])
    return regexes.pattern_syntax_error(description, as_int(args[2]), pattern)


CONSTRUCTORS = {"java.util.regex.PatternSyntaxException": new_pattern_syntax_exception}
METHODS = {
    "Pattern": PATTERN_METHODS,
    "PatternSyntaxException": {
        "getDescription": _syntax_detail("description"),
        "getIndex": _syntax_detail("index"),
        "getPattern": _syntax_detail("pattern"),
    },
}
PROPERTIES = {
    "PatternSyntaxException": {
        name: (lambda e, name=name: e.details.get(name))
        for name in ("description", "index", "pattern")
    },
}
STATIC_METHODS = {
    "java.util.regex.Pattern": {"compile": _compile, "quote": _quote, "matches": _matches},
}
STATIC_FIELDS = {"java.util.regex.Pattern": dict(FLAGS)}
IMPORTABLE = {
    q: q
    for q in (
        "java.util.regex.Pattern",
        "java.util.regex.PatternSyntaxException",
    )
}
