"""java.util.regex.Pattern and Matcher values: what `~/re/`, `text =~ re` and `text ==~ re`
make (`regexes` translates and runs the Java patterns; their methods are the Pattern and Matcher
tables of the allow-list)."""

from __future__ import annotations

from typing import Any

from convoscript.runtime.core import regexes, upcalls, utf16
from convoscript.runtime.core.text import to_string
from convoscript.runtime.model.exceptions import GroovyThrowable


class JavaPattern:
    """java.util.regex.Pattern: what `~/re/` builds. Compiled (and cached) on first use."""

    __slots__ = ("flags", "pattern", "shown")
    java_class = "java.util.regex.Pattern"
    supertypes = frozenset({"java.io.Serializable"})

    def __init__(self, pattern: str, shown: str | None = None, flags: int = 0):
        regexes.compile_java(pattern)  # a bad pattern fails where Java's would: at compile
        self.pattern = pattern  # what runs: `Pattern.compile(re, flags)` adds inline flags
        self.shown = pattern if shown is None else shown  # what pattern()/toString() give
        self.flags = flags

    def script_invoke(self, name: str, args: tuple) -> object:
        return upcalls.route_invoke(self, ("Pattern", "Object"), name, args)

    def script_getprop(self, name: str) -> object:
        return upcalls.route_getprop(self, ("Pattern", "Object"), name)

    def groovy_to_string(self) -> str:
        return self.shown


class JavaMatcher:
    """java.util.regex.Matcher: what `text =~ re` builds; stateful like Java's (`find()`
    advances; Groovy truth calls `find()`)."""

    __slots__ = ("last", "pattern", "position", "previous_empty", "text")
    java_class = "java.util.regex.Matcher"
    supertypes = frozenset({"java.util.regex.MatchResult"})

    def __init__(self, pattern: str, text: str):
        regexes.compile_java(pattern)
        self.pattern = pattern
        self.text = text
        self.reset()

    def reset(self) -> None:
        self.position = 0
        self.last: Any = None  # the last match (a `regex` match object), if any
        self.previous_empty = False

    def find(self, start: int | None = None) -> bool:
        if start is not None:  # a UTF-16 index, as Java's
            if not 0 <= start <= utf16.length(self.text):
                raise GroovyThrowable("IndexOutOfBoundsException", "Illegal start index")
            self.reset()
            self.position = utf16.element_index(self.text, start)
        pos = self.position + (1 if self.previous_empty else 0)
        m: Any = None
        if pos <= len(self.text):
            m = regexes.run_regex("search", self.pattern, self.text, pos)
        self.last = m
        if m is None:
            self.position = len(self.text) + 1
            return False
        self.position = m.end()
        self.previous_empty = m.start() == m.end()
        return True

    def all_matches(self) -> list:
        return regexes.find_all(self.pattern, self.text)

    def iterate(self) -> list:
        """The matches as Groovy's iterator(Matcher) walks them: from the start, leaving the
        matcher exhausted (a later find() is false)."""
        matches = self.all_matches()
        self.last = None
        self.position = len(self.text) + 1
        self.previous_empty = False
        return matches

    def script_invoke(self, name: str, args: tuple) -> object:
        return upcalls.route_invoke(self, ("Matcher", "Object"), name, args)

    def script_getprop(self, name: str) -> object:
        return upcalls.route_getprop(self, ("Matcher", "Object"), name)

    def groovy_truth(self) -> bool:
        return self.find()

    def groovy_to_string(self) -> str:
        last = "" if self.last is None else self.last.group(0)
        return (
            f"java.util.regex.Matcher[pattern={self.pattern} region=0,{len(self.text)} "
            f"lastmatch={last}]"
        )


def pattern_source(value: object) -> str | None:
    """The source of a Pattern value (ours, or another runtime Pattern type), else None."""
    if getattr(type(value), "java_class", None) != "java.util.regex.Pattern":
        return None
    source = getattr(value, "pattern", None)
    if not isinstance(source, str):
        source = getattr(value, "source", None)
    return source if isinstance(source, str) else None


def make_matcher(text: object, pattern: object) -> JavaMatcher:
    """`text =~ pattern`."""
    if text is None:
        raise GroovyThrowable("NullPointerException", "Cannot invoke method find() on null object")
    source = pattern_source(pattern)
    return JavaMatcher(to_string(pattern) if source is None else source, to_string(text))


def matches_whole(text: object, pattern: object) -> bool:
    """`text ==~ pattern`: the whole text matches."""
    if text is None:
        return False
    source = pattern_source(pattern)
    source = to_string(pattern) if source is None else source
    return regexes.run_regex("fullmatch", source, to_string(text)) is not None
