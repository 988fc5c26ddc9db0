"""Groovy's regex operators: `text =~ pattern` (a java.util.regex.Matcher), `text ==~ pattern`
(whole match), and `~"pattern"` (a java.util.regex.Pattern). Patterns are Java syntax, run
through `regexes` (translated, cached, time-limited)."""

from __future__ import annotations

from . import regexes
from .closures import Closure, call_closure
from .exceptions import GroovyThrowable
from .gdkbase import NoSignature, arity, as_int
from .text import as_java_string, to_string


class Pattern:
    """java.util.regex.Pattern (`~/\\d+/`)."""

    java_class = "java.util.regex.Pattern"
    __slots__ = ("source",)

    def __init__(self, source: str):
        regexes.compile_java(source)  # a bad pattern fails here, as Pattern.compile does
        self.source = source

    def groovy_to_string(self) -> str:
        return self.source

    def script_invoke(self, name: str, args: tuple) -> object:
        if name == "matcher" and len(args) == 1:
            return Matcher(_text(args[0]), self.source)
        if name == "pattern" and not args:
            return self.source
        if name == "isCase" and len(args) == 1:
            return args[0] is not None and matches_whole(args[0], self)
        if name == "toString" and not args:
            return self.source
        from .dispatch import missing_method

        raise missing_method(self, name, args)

    def script_getprop(self, name: str) -> object:
        return self.script_invoke(name, ())


class Matcher:
    """java.util.regex.Matcher as Groovy scripts use it: truth is find(), `m[0]` is the first
    match (a list [whole, group1, ...] when the pattern has groups), `m.size()` counts."""

    java_class = "java.util.regex.Matcher"
    __slots__ = ("_all", "_last", "_pos", "pattern", "text")

    def __init__(self, text: str, pattern: str):
        self.text = text
        self.pattern = pattern
        self._all: list | None = None
        self._pos = 0
        self._last = None

    def all_matches(self) -> list:
        if self._all is None:
            self._all = regexes.find_all(self.pattern, self.text)
        return self._all

    def _groups(self) -> int:
        return regexes.compile_java(self.pattern).groups

    def _match_value(self, m) -> object:
        if self._groups() == 0:
            return m.group(0)
        return [m.group(i) for i in range(self._groups() + 1)]

    def find(self) -> bool:
        m = regexes.run_regex("search", self.pattern, self.text, self._pos)
        self._last = m
        if m is None:
            return False
        self._pos = m.end() if m.end() > m.start() else m.end() + 1
        return True

    def groovy_truth(self) -> bool:
        return self.find()

    def groovy_to_string(self) -> str:
        return f"java.util.regex.Matcher[pattern={self.pattern} region=0,{len(self.text)} " \
               f"lastmatch={'' if self._last is None else self._last.group(0)}]"

    def get_at(self, index: int) -> object:
        matches = self.all_matches()
        if index < 0:
            index += len(matches)
        if not 0 <= index < len(matches):
            raise GroovyThrowable("IndexOutOfBoundsException",
                                  f"index is out of range {-len(matches)}..{len(matches) - 1} "
                                  f"(index = {index})")
        return self._match_value(matches[index])

    def script_invoke(self, name: str, args: tuple) -> object:
        method = _MATCHER_METHODS.get(name)
        if method is not None:
            try:
                return method(self, *args)
            except NoSignature:
                pass
        from .dispatch import missing_method

        raise missing_method(self, name, args)

    def script_getprop(self, name: str) -> object:
        if name in ("count", "size"):
            return len(self.all_matches())
        from .dispatch import missing_property

        raise missing_property(self, name)


def _m_get_at(self: Matcher, *args: object) -> object:
    arity(args, 1)
    return self.get_at(as_int(args[0]))


def _m_size(self: Matcher, *args: object) -> int:
    arity(args, 0)
    return len(self.all_matches())


def _m_find(self: Matcher, *args: object) -> bool:
    arity(args, 0)
    return self.find()


def _m_matches(self: Matcher, *args: object) -> bool:
    arity(args, 0)
    m = regexes.run_regex("fullmatch", self.pattern, self.text)
    self._last = m
    return m is not None


def _m_group(self: Matcher, *args: object) -> object:
    arity(args, 0, 1)
    if self._last is None:
        raise GroovyThrowable("IllegalStateException", "No match found")
    return self._last.group(as_int(args[0]) if args else 0)


def _m_group_count(self: Matcher, *args: object) -> int:
    arity(args, 0)
    return self._groups()


def _m_each(self: Matcher, *args: object) -> Matcher:
    arity(args, 1)
    closure = args[0]
    if not isinstance(closure, Closure):
        raise NoSignature
    for m in self.all_matches():
        value = self._match_value(m)
        if isinstance(value, list) and closure.param_count > 1:
            call_closure(closure, *value)
        else:
            call_closure(closure, value)
    return self


def _m_collect(self: Matcher, *args: object) -> list:
    arity(args, 1)
    closure = args[0]
    if not isinstance(closure, Closure):
        raise NoSignature
    return [call_closure(closure, self._match_value(m)) for m in self.all_matches()]


_MATCHER_METHODS = {
    "getAt": _m_get_at,
    "size": _m_size,
    "getCount": _m_size,
    "find": _m_find,
    "matches": _m_matches,
    "group": _m_group,
    "groupCount": _m_group_count,
    "each": _m_each,
    "collect": _m_collect,
    "asBoolean": lambda self, *a: self.find(),
}


def _text(value: object) -> str:
    text = as_java_string(value)
    if text is None:
        text = to_string(value)
    return text


def _pattern_source(pattern: object) -> str:
    if isinstance(pattern, Pattern):
        return pattern.source
    return _text(pattern)


def find(text: object, pattern: object) -> Matcher:
    """`text =~ pattern`."""
    if text is None:
        raise GroovyThrowable("NullPointerException", "Cannot invoke method find() on null object")
    return Matcher(_text(text), _pattern_source(pattern))


def matches_whole(text: object, pattern: object) -> bool:
    """`text ==~ pattern`."""
    if text is None:
        return False
    return regexes.run_regex("fullmatch", _pattern_source(pattern), _text(text)) is not None


def make_pattern(value: object) -> Pattern:
    """`~"pattern"` / `~/pattern/`."""
    return Pattern(_text(value))
