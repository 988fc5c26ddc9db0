"""Groovy source to an immutable, shareable compiled script: parse, resolve, codegen, policy.

`compile_source` is cached by (source, filename, runtime version): compiling costs tens of
milliseconds, running a compiled script well under one.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections import OrderedDict
from types import CodeType

from convoscript._version import __version__
from convoscript.compiler.artifact import CompiledScript, Segment
from convoscript.compiler.codegen import generate
from convoscript.compiler.libraries import Library, join, relocate
from convoscript.compiler.policy import policy_compile
from convoscript.compiler.resolve import resolve
from convoscript.errors import FlowSyntaxError, SecurityViolation
from convoscript.grammar import budget as compile_budget
from convoscript.grammar.budget import DEFAULT_LIMITS, CompileBudget, CompileLimits
from convoscript.grammar.parser import parse, prepare
from convoscript.runtime.model.pythonlimits import raise_recursion_limit


def pseudo_filename(filename: str) -> str:
    """The filename compiled into code objects: marks frames as script frames in tracebacks.
    Control characters (NUL, newlines) are replaced: a filename is data, never code."""
    safe = "".join(c if c.isprintable() else "?" for c in filename)
    return f"<groovy:{safe}>"


# Source texts larger than this are refused before parsing (a flow script is a few KB); the
# limit of the default compile budget (CompileLimits.max_source_chars).
MAX_SOURCE_CHARS = DEFAULT_LIMITS.max_source_chars
# Compiling walks the syntax tree recursively: deep nesting (long `+` chains, nested brackets)
# needs room; Python 3.11 calls between Python functions do not use the C stack.
_COMPILE_RECURSION_LIMIT = 20_000

# Code objects made by the policy compiler; the runtime runs no other (see runtime/run/execute.py).
# Keyed by identity: code objects compare equal by content, so a set would confuse two
# compilations of one source (and forget both when the first is collected).
_STAMPED: dict[int, weakref.ref] = {}
_STAMP_LOCK = threading.Lock()


def _stamp(code: CodeType) -> None:
    key = id(code)

    def forget(ref: weakref.ref, key: int = key) -> None:
        with _STAMP_LOCK:
            if _STAMPED.get(key) is ref:
                del _STAMPED[key]

    with _STAMP_LOCK:
        _STAMPED[key] = weakref.ref(code, forget)


def compile_uncached(
    source: str,
    filename: str,
    budget_checks: bool = True,
    libraries: tuple[Library, ...] = (),
    limits: CompileLimits = DEFAULT_LIMITS,
) -> CompiledScript:
    """Compile without the cache, under the compile budget `limits`. `libraries` (dependencies
    first) run together with the script. `budget_checks=False` exists for the budget benchmark
    only."""
    total = len(source) + sum(len(lib.source) for lib in libraries)
    if total > limits.max_source_chars:
        raise CompileBudget(limits, filename, "").refuse(
            "size",
            f"Script too large: {total} characters (the limit is {limits.max_source_chars})",
            1,
            1,
        )
    raise_recursion_limit(_COMPILE_RECURSION_LIMIT)
    prepare()  # before the clock starts
    budget = CompileBudget(limits, filename, source)
    opened = compile_budget.begin(budget)
    try:
        return _compile(source, filename, budget_checks, libraries, budget)
    except RecursionError:
        # a backstop: the nesting limit refuses deep trees before any stage recurses
        raise FlowSyntaxError.at(
            filename,
            source,
            1,
            1,
            "Script nested too deeply to compile (brackets, blocks or operator chains)",
        ) from None
    except SyntaxError as exc:
        # Python's own compile refusing the generated code: its limit of 20 nested blocks
        # (`while`, `for`, `try` inside one another); never Python's text
        line = exc.lineno if exc.lineno and exc.lineno > 0 else 1
        raise CompileBudget(limits, filename, source).refuse(
            "nesting", _python_refusal(exc), line, 1
        ) from None
    finally:
        compile_budget.end(opened)


def _python_refusal(exc: SyntaxError) -> str:
    if "nested blocks" in str(exc.msg):
        return (
            "Loops and try blocks nested too deeply: more than 20 inside one another "
            "(while, for, try, switch)"
        )
    return "Script cannot be compiled: a construct nested or sized beyond the compiler's limits"


def is_stamped(code: CodeType) -> bool:
    """Whether this very code object came from the policy compiler."""
    ref = _STAMPED.get(id(code))
    return ref is not None and ref() is code


def _compile(
    source: str,
    filename: str,
    budget_checks: bool,
    libraries: tuple[Library, ...],
    budget: CompileBudget,
) -> CompiledScript:
    segments: tuple[Segment, ...] = ()
    text = source
    if libraries:
        joined = join(list(libraries), source, filename)
        text, segments = joined.source, joined.segments
        sources = {lib.filename: lib.source for lib in libraries}
        sources[filename] = source
        budget.source = text
        try:
            resolved = resolve(parse(text, filename))
        except FlowSyntaxError as exc:
            raise relocate(exc, joined, sources) from None
        except SecurityViolation as exc:
            exc.file, exc.line = joined.locate(exc.line)
            raise
    else:
        resolved = resolve(parse(source, filename))
    # the clock between stages (the scanner and the parser read it as they go): every stage is
    # linear in the tokens, which the budget bounds
    budget.check_time()
    generated = generate(resolved, budget_checks)
    budget.check_time()
    code = policy_compile(generated.tree, pseudo_filename(filename))
    budget.check_time()
    _stamp(code)
    return CompiledScript(
        code=code,
        constants=tuple(generated.constants.items()),
        methods=tuple(generated.methods),
        classes=tuple(generated.classes),
        filename=filename,
        source=text,
        digest=_digest(text, filename),
        segments=segments,
        global_names=_global_names(code),
    )


def _global_names(code: CodeType) -> frozenset[str]:
    names: set[str] = set()
    stack = [code]
    while stack:
        co = stack.pop()
        names.update(co.co_names)
        stack.extend(c for c in co.co_consts if isinstance(c, CodeType))
    return frozenset(names)


def _digest(source: str, filename: str) -> str:
    h = hashlib.sha256()
    for part in (__version__, filename, source):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class CompileCache:
    """A bounded LRU of compiled scripts keyed by source hash and runtime version."""

    def __init__(self, size: int = 256, limits: CompileLimits = DEFAULT_LIMITS):
        self.size = size
        self.limits = limits  # the compile budget of every script compiled here
        self._items: OrderedDict[str, CompiledScript] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(
        self, source: str, filename: str, libraries: tuple[Library, ...] = ()
    ) -> CompiledScript:
        return self.lookup(source, filename, libraries)[0]

    def lookup(
        self, source: str, filename: str, libraries: tuple[Library, ...] = ()
    ) -> tuple[CompiledScript, bool]:
        """`get`, and whether the script came from the cache (for the compile's log record)."""
        key = _digest("\0".join([lib.source for lib in libraries] + [source]), filename)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return found, True
        compiled = compile_uncached(source, filename, libraries=libraries, limits=self.limits)
        with self._lock:
            self.misses += 1
            self._items[key] = compiled
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return compiled, False


DEFAULT_CACHE = CompileCache()


def compile_source(source: str, filename: str = "script.groovy") -> CompiledScript:
    return DEFAULT_CACHE.get(source, filename)
