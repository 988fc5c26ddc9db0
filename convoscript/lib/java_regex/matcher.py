"""java.util.regex.Matcher: its methods (find, group, start, end, ..., and Groovy's each,
collect, getAt, size, asBoolean) and `Matcher.quoteReplacement`.

The class is runtime.core's `javaregex.JavaMatcher` (core's `=~` makes it); how a match reaches
a closure is shared with String's regex methods (gdk/strings: `_match_arg`, `_call_with_match`).
"""

from __future__ import annotations

from convoscript.lib.gdk.strings import _call_with_match, _match_arg
from convoscript.runtime.core import regexes, utf16
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.compare import truth
from convoscript.runtime.core.javaregex import JavaMatcher
from convoscript.runtime.door.signatures import NoSignature, arity, as_closure, as_int, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Closure, Long


def _mt(self: object) -> JavaMatcher:
    if isinstance(self, JavaMatcher):
        return self
    raise NoSignature


def _current(m: JavaMatcher, message: str = "No match found") -> object:
    if m.last is None:
        raise GroovyThrowable("IllegalStateException", message)
    return m.last


def _group_index(m: JavaMatcher, args: tuple, no_match: str = "No match found") -> object:
    """The group an argument names; Java asks for a match first (`no_match`: start(int) and
    end(int) say "No match available", the others "No match found")."""
    arity(args, 0, 1)
    if args and args[0] is not None:
        _current(m, no_match if type(args[0]) is int else "No match found")
    if not args:
        return 0
    if type(args[0]) is int:
        groups = regexes.compile_java(m.pattern).groups
        if not 0 <= args[0] <= groups:  # type: ignore[operator]
            raise GroovyThrowable("IndexOutOfBoundsException", f"No group {args[0]}")
        return args[0]
    name = as_str(args[0])
    if name not in regexes.compile_java(m.pattern).groupindex:
        raise GroovyThrowable("IllegalArgumentException", f"No group with name <{name}>")
    return name


def matcher_find(self: object, *args: object) -> bool:
    arity(args, 0, 1)
    m = _mt(self)
    if args and isinstance(args[0], Closure):
        raise NoSignature
    return m.find(as_int(args[0]) if args else None)


def matcher_matches(self: object, *args: object) -> bool:
    arity(args, 0)
    m = _mt(self)
    m.last = regexes.run_regex("fullmatch", m.pattern, m.text)
    return m.last is not None


def matcher_looking_at(self: object, *args: object) -> bool:
    arity(args, 0)
    m = _mt(self)
    m.last = regexes.run_regex("match", m.pattern, m.text)
    return m.last is not None


def matcher_group(self: object, *args: object) -> object:
    m = _mt(self)
    index = _group_index(m, args)
    return _current(m).group(index)  # type: ignore[attr-defined]


def matcher_group_count(self: object, *args: object) -> int:
    arity(args, 0)
    return regexes.compile_java(_mt(self).pattern).groups


def matcher_start(self: object, *args: object) -> int:
    m = _mt(self)
    index = _group_index(m, args, "No match available")
    found = _current(m, "No match available").start(index)  # type: ignore[attr-defined]
    return utf16.unit_index(m.text, found)  # Java's indices are UTF-16 units


def matcher_end(self: object, *args: object) -> int:
    m = _mt(self)
    index = _group_index(m, args, "No match available")
    found = _current(m, "No match available").end(index)  # type: ignore[attr-defined]
    return utf16.unit_index(m.text, found)


def matcher_reset(self: object, *args: object) -> JavaMatcher:
    arity(args, 0)
    m = _mt(self)
    m.reset()
    return m


def matcher_has_group(self: object, *args: object) -> bool:
    arity(args, 0)
    return regexes.compile_java(_mt(self).pattern).groups > 0


def matcher_get_at(self: object, *args: object) -> object:
    """`matcher[i]`: the i-th match (negative from the end): a String, or [all, groups...]."""
    arity(args, 1)
    m, index = _mt(self), as_int(args[0])
    matches = m.all_matches()
    i = index + len(matches) if index < 0 else index
    if not 0 <= i < len(matches):
        raise GroovyThrowable(
            "IndexOutOfBoundsException",
            f"index is out of range {-len(matches)}..{len(matches) - 1} (index = {index})",
        )
    m.reset()
    m.last = matches[i]
    m.position = matches[i].end()
    return _match_arg(matches[i])


def matcher_count(self: object, *args: object) -> int:
    arity(args, 0)
    m = _mt(self)
    m.reset()
    return len(m.all_matches())


def matcher_size(self: object, *args: object) -> object:
    return Long(matcher_count(self, *args))


def matcher_each(self: object, *args: object) -> object:
    arity(args, 1)
    m, closure = _mt(self), as_closure(args[0])
    for match in m.iterate():
        _call_with_match(closure, match)
    return m


def matcher_collect(self: object, *args: object) -> list:
    arity(args, 0, 1)
    items = [_match_arg(x) for x in _mt(self).iterate()]
    if not args:
        return items
    closure = as_closure(args[0])
    return [call_closure(closure, item) for item in items]


def matcher_find_all(self: object, *args: object) -> list:
    arity(args, 0, 1)
    items = [_match_arg(x) for x in _mt(self).iterate()]
    if not args:
        return [item for item in items if truth(item)]
    closure = as_closure(args[0])
    return [item for item in items if truth(call_closure(closure, item))]


def matcher_replace(first_only: bool):
    def method(self: object, *args: object) -> str:
        arity(args, 1)
        m = _mt(self)
        return regexes.replace_with_string(m.pattern, m.text, as_str(args[0]), first_only)

    return method


def matcher_as_boolean(self: object, *args: object) -> bool:
    arity(args, 0)
    return _mt(self).find()


def matcher_to_string(self: object, *args: object) -> str:
    arity(args, 0)
    return _mt(self).groovy_to_string()


def _quote_replacement(*args: object) -> str:
    """Matcher.quoteReplacement: `\\` and `$` escaped for a replacement string."""
    arity(args, 1)
    text = as_str(args[0])
    return text.replace("\\", "\\\\").replace("$", "\\$")


MATCHER_METHODS = {
    "find": matcher_find,
    "matches": matcher_matches,
    "lookingAt": matcher_looking_at,
    "group": matcher_group,
    "groupCount": matcher_group_count,
    "start": matcher_start,
    "end": matcher_end,
    "reset": matcher_reset,
    "hasGroup": matcher_has_group,
    "getAt": matcher_get_at,
    "getCount": matcher_count,
    "size": matcher_size,
    "each": matcher_each,
    "collect": matcher_collect,
    "findAll": matcher_find_all,
    "replaceAll": matcher_replace(False),
    "replaceFirst": matcher_replace(True),
    "asBoolean": matcher_as_boolean,
    "toString": matcher_to_string,
}

METHODS = {"Matcher": MATCHER_METHODS}
STATIC_METHODS = {"java.util.regex.Matcher": {"quoteReplacement": _quote_replacement}}
IMPORTABLE = {"java.util.regex.Matcher": "java.util.regex.Matcher"}
