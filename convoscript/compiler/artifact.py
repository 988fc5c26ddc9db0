"""The compiler→runtime contract: what a compiled script hands the runtime, as frozen data.

A `CompiledScript` is made once per source (and cached); each run builds its globals, script
methods and script classes from it. Everything here is immutable and safe to share between
threads. The runtime reads these by attribute name (runtime/door reads them duck-typed: it sits
below the compiler and does not import it); attribute access on slotted dataclasses costs what
tuple indexing does, so runs pay nothing for the names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import CodeType


@dataclass(frozen=True, slots=True)
class MethodMeta:
    """One overload of a script method: how a call by name finds it and checks its arguments."""

    name: str  # the Groovy name
    pyname: str  # the generated function's global name (`m_*`)
    min_args: int  # the parameters without a default
    max_args: int  # all parameters (10**6 when the last one is varargs)
    param_types: tuple[str | None, ...]  # declared types, None for `def`/untyped
    # the declared return type (None for `def`): Groovy lists methods sorted by it
    return_type: str | None = field(default=None, kw_only=True)


@dataclass(frozen=True, slots=True)
class MemberMeta(MethodMeta):
    """A method of a script class. An instance method's function takes `this` first."""

    static: bool


@dataclass(frozen=True, slots=True)
class CtorMeta(MethodMeta):
    """A constructor of a script class; its function takes the new object first.
    `chains`: its first statement is `this(...)` or `super(...)`, so the runtime does not run
    the superclass's no-argument constructor before it."""

    chains: bool


@dataclass(frozen=True, slots=True)
class FieldMeta:
    """A field of a script class; a `final` one is set only by a constructor."""

    name: str
    type: str | None  # the declared type (values are cast to it), None for `def`
    static: bool
    final: bool
    # `public`/`protected`/`private` as written; None: a property (a private field with a
    # getter and setter)
    visibility: str | None


@dataclass(frozen=True, slots=True)
class ClassMeta:
    """A class, interface or enum a script defines: the runtime builds it afresh for each run
    (static state lives in the run) from these names of generated functions."""

    name: str
    superclass: str | None  # a script class or a Java exception class, as written
    kind: str  # "class", "interface" or "enum"
    fields: tuple[FieldMeta, ...]
    methods: tuple[MemberMeta, ...]
    constructors: tuple[CtorMeta, ...]
    init: str  # sets the instance fields' initial values on `this`
    clinit: str  # sets the static fields' initial values
    enum_names: tuple[str, ...]  # an enum's constants in order
    enum_args: str | None  # returns each enum constant's constructor arguments
    interfaces: tuple[str, ...]  # as written after `implements`


@dataclass(frozen=True, slots=True)
class Segment:
    """Where one library (or the script) sits in the joined source: its first line there, its
    file and its line count."""

    start: int
    filename: str
    count: int

    def holds(self, line: int) -> bool:
        return self.start <= line < self.start + self.count


@dataclass(frozen=True)
class CompiledScript:
    """What the runtime needs to run a script; immutable and safe to share between threads."""

    code: CodeType
    # the `k_*` globals (numbers that are not Python literals): (name, value), for dict.update
    constants: tuple[tuple[str, object], ...]
    methods: tuple[MethodMeta, ...]
    classes: tuple[ClassMeta, ...]
    filename: str
    source: str
    digest: str
    # each library's and the script's place in `source` (empty: the script alone)
    segments: tuple[Segment, ...] = ()
    # every global name the code (and its nested functions) may load: a run binds only the
    # run-bound entry points among them (None: unknown, bind them all)
    global_names: frozenset[str] | None = None

    def locate(self, line: int | None) -> tuple[str, int | None]:
        """Map a line of the compiled (joined) source back to its file and line."""
        if line is not None:
            for segment in self.segments:
                if segment.holds(line):
                    return segment.filename, line - segment.start + 1
        return self.filename, line
