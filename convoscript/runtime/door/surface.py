"""The surface as data: the library's signature lines bound to its implementations.

Every member a script can reach is declared by one line per overload, in Jenkins
script-security's whitelist format (`convoscript/lib/*/signatures.txt`, written from the real
JVM by `tools/surface/reflect.py`). When the library has registered its tables, `bind`:

- refuses an implementation without a line and a line without an implementation (the library
  does not load: the allow-list and its declaration cannot drift apart);
- replaces each method, static method and constructor of the tables by a guard that fits the
  call's arguments to the member's declared overloads (`javatypes.fitter`) before the
  implementation runs. A call no overload takes raises `NoSignature`: the door tries the next
  table of the receiver's chain and finally reports Groovy's MissingMethodException, as Groovy
  does for a call its metaclass finds no method for.

An instance line (`method C m ...`, or a GDK `staticMethod ...GroovyMethods m R ...` whose first
parameter R is the receiver) belongs to the implementation `METHODS[kind][m]` of every kind that
is a C (or an R): `kinds.txt` lists each kind's Java type and the types it is assignable to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door import distances
from convoscript.runtime.door.costs import (
    Cost,
    CostSyntaxError,
    Entry,
    combine,
    pair_function,
    parse_entry,
)
from convoscript.runtime.door.javatypes import PRIMITIVES, Fits, fitter
from convoscript.runtime.door.signatures import NoSignature
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import GString

FORMS = ("method", "staticMethod", "new", "field", "staticField")
GDK_PREFIXES = ("org.codehaus.groovy.runtime.", "org.codehaus.groovy.vmplugin.")
# Groovy's static extensions: `staticMethod ...DefaultGroovyStaticMethods parse java.util.Date
# java.lang.String java.lang.String` is the static `Date.parse(String, String)`.
GDK_STATIC = "org.codehaus.groovy.runtime.DefaultGroovyStaticMethods"
# Categories: their static methods act on their first parameter inside `use(Category) { }`
# (`3.days`), and may also be called as statics (`TimeCategory.minus(d1, d2)`).
CATEGORIES = frozenset({"groovy.time.TimeCategory"})


class SurfaceError(Exception):
    """The signature lines and the implementations disagree (raised while the library loads)."""


@dataclass(frozen=True)
class Signature:
    """One overload, as one whitelist line says it."""

    form: str
    owner: str
    name: str
    params: tuple[str, ...]
    where: str  # file:line, for errors

    @property
    def is_gdk(self) -> bool:
        """A method whose first parameter is its receiver (the GDK's, a category's)."""
        return self.form == "staticMethod" and (
            self.owner.startswith(GDK_PREFIXES)
            and self.owner != GDK_STATIC
            or self.owner in CATEGORIES
        )

    @property
    def static_owner(self) -> str:
        """The class a static method or constructor is called on."""
        return self.params[0] if self.owner == GDK_STATIC else self.owner

    @property
    def is_instance(self) -> bool:
        return self.form in ("method", "field") or self.is_gdk

    @property
    def receiver(self) -> str:
        return self.params[0] if self.is_gdk else self.owner

    @property
    def call_params(self) -> tuple[str, ...]:
        """The parameters a script passes (a GDK method's first one is the receiver, a static
        extension's the class)."""
        return self.params[1:] if self.is_gdk or self.owner == GDK_STATIC else self.params

    @property
    def text(self) -> str:
        return " ".join((self.form, self.owner, self.name, *self.params)).replace("  ", " ")


def parse(text: str, where: str) -> Signature:
    words = text.split()
    if not words or words[0] not in FORMS:
        raise SurfaceError(f"{where}: a signature line starts with one of {', '.join(FORMS)}")
    form = words[0]
    if form == "new":
        if len(words) < 2:
            raise SurfaceError(f"{where}: 'new' needs a class")
        return Signature(form, words[1], "", tuple(words[2:]), where)
    if len(words) < 3 or form in ("field", "staticField") and len(words) != 3:
        raise SurfaceError(f"{where}: malformed {form} line: {text!r}")
    sig = Signature(form, words[1], words[2], tuple(words[3:]), where)
    if sig.is_gdk and not sig.params:
        raise SurfaceError(f"{where}: a GDK method's first parameter is its receiver")
    return sig


class _Bare:
    """`fit`'s answer for a call without arguments that Groovy makes with one null argument."""


BARE = _Bare()


class Overloads:
    """A member's declared overloads, ready to answer whether a call's arguments fit one.

    An overload may hold only for some receivers (`add(int, Object)` is a List's, not every
    Collection's): it then carries the Java type the receiver must be an instance of."""

    __slots__ = (
        "_any",
        "_bare",
        "_by_arity",
        "_lines",
        "_narrow",
        "_varargs",
        "outside",
        "several",
    )

    def __init__(
        self,
        declared: Iterable[tuple[tuple[str, ...], str | None]],
        outside: frozenset[tuple[str, ...]] = frozenset(),
    ):
        # parameter lists only a category declares: not in Groovy's metaclass outside
        # `use(Category) { }`, so no null argument chooses among them (`candidates`)
        self.outside = outside
        self._any: set[int] = set()  # arities some overload takes whatever the arguments
        self._by_arity: dict[int, list[tuple[Fits | None, ...]]] = {}
        self._varargs: list[tuple[tuple[Fits | None, ...], Fits | None]] = []
        self._bare = False  # one reference parameter: Groovy passes null for no argument
        self._narrow: list[tuple[Overloads, Fits]] = []
        # each arity's parameter lists (once each) with their fitters: what a call with a null
        # argument chooses among (distances.nearest)
        self._lines: dict[int, dict[tuple[str, ...], tuple[Fits | None, ...]]] = {}
        wide: list[tuple[str, ...]] = []
        narrow: dict[str, list[tuple[str, ...]]] = {}
        for params, receiver in set(declared):
            if receiver is None:
                wide.append(params)
            else:
                narrow.setdefault(receiver, []).append(params)
        for params in wide:
            fits = tuple(fitter(p) for p in params)
            if all(f is None for f in fits):
                self._any.add(len(params))
            else:
                self._by_arity.setdefault(len(params), []).append(fits)
            if params and params[-1].endswith("[]"):  # Groovy spreads into any trailing array
                self._varargs.append((fits[:-1], fitter(params[-1][:-2])))
            if len(params) == 1 and params[0] not in PRIMITIVES:
                self._bare = True
            self._lines.setdefault(len(params), {})[params] = fits
        for receiver, param_lists in narrow.items():
            check = fitter(receiver)
            if check is not None:
                self._narrow.append((Overloads(((p, None) for p in param_lists), outside), check))
        # whether a null argument may fit more than one parameter list
        self.several = any(len(lines) > 1 for lines in self._lines.values()) or bool(self._narrow)

    def candidates(self, receiver: object, args: tuple) -> list[tuple[str, ...]]:
        """The parameter lists of as many parameters as `args` that take them (the receiver's
        own ones included), each once."""
        found = [
            params
            for params, fits in self._lines.get(len(args), {}).items()
            if params not in self.outside and all(f is None or f(a) for f, a in zip(fits, args))
        ]
        for overloads, check in self._narrow:
            if receiver is not None and check(receiver):
                found.extend(p for p in overloads.candidates(None, args) if p not in found)
        return found

    def fit(self, receiver: object, args: tuple) -> bool | _Bare:
        n = len(args)
        if n in self._any:
            return True
        for fits in self._by_arity.get(n, ()):
            if all(f is None or f(a) for f, a in zip(fits, args)):
                return True
        for fixed, each in self._varargs:
            k = len(fixed)
            if (
                n >= k
                and all(f is None or f(a) for f, a in zip(fixed, args))
                and (each is None or all(each(a) for a in args[k:]))
            ):
                return True
        if n == 0 and self._bare:
            return BARE  # Groovy calls a one-parameter method without arguments with null
        for overloads, check in self._narrow:
            if receiver is not None and check(receiver):
                answer = overloads.fit(None, args)
                if answer:
                    return answer
        return False


class NullArgument(NoSignature):
    """An implementation refused a call that fits a declared overload only because an argument
    is null. The door tries the receiver's other tables as for any NoSignature (one of them may
    take the null, as a GDK method does), and when none does the script sees the
    NullPointerException Java throws where it dereferences the argument, not a
    MissingMethodException: Groovy found the method, the method failed (`null_pointer`)."""


def null_pointer() -> GroovyThrowable:
    """Java's NullPointerException for a null argument a JDK method dereferences: its message
    is null (Java 8's; a JDK method that words one, `Objects.requireNonNull(x, "x")`, raises it
    itself)."""
    return GroovyThrowable("NullPointerException", None)


def _with_nulls(overloads: Overloads, owner: str | None, name: str) -> Callable:
    """A member's call with a null argument (`has_null`), as Groovy makes it:
    - several overloads take the arguments: Groovy's nearest is called, and when several are
      nearest the call is Groovy's "Ambiguous method overloading" (`distances.nearest`);
    - the implementation refuses the null (NoSignature) or fails on it as on a None (TypeError,
      AttributeError: it dereferenced the argument, as the JDK would): NullArgument and
      NullPointerException. Only a call with a null argument is ever converted."""

    def call(receiver: object, args: tuple, run: Callable[[], object]) -> object:
        found: list[tuple[str, ...]] | None = None
        if overloads.several:
            found = overloads.candidates(receiver, args)
            nearest = distances.nearest(found, args) if len(found) > 1 else None
            if nearest is not None and len(nearest) > 1:
                cls = owner or java_class_name(receiver)
                raise distances.ambiguous(cls, name, args, [found[i] for i in nearest])
        try:
            return run()
        except NullArgument:
            raise
        except NoSignature:
            if overloads.outside and not (found or overloads.candidates(receiver, args)):
                raise  # only a category's line takes the null: not Groovy's outside `use`
            raise NullArgument from None
        except (TypeError, AttributeError):
            raise null_pointer() from None

    return call


def guard(
    fn: Callable,
    overloads: Overloads,
    has_receiver: bool,
    cost: Cost | None = None,
    member: tuple[str | None, str] = (None, "?"),
) -> Callable:
    """`fn` behind its declared overloads and its declared cost: a call none of the overloads
    takes raises NoSignature; a call one takes is charged its steps, and its result's declared
    bound is checked against the size limits, before `fn` runs; its actual result after.
    `member` is (the class Groovy's errors name, None for the receiver's; the member's name).

    A member of constant cost is the hot path: one `tick(n)` and nothing else; a null argument
    takes the path of `_with_nulls`."""
    fit = overloads.fit
    nulls = _with_nulls(overloads, *member)
    if cost is not None and (cost.constant is None or cost.size is not None or cost.copy):
        return _charged_guard(fn, fit, has_receiver, cost, nulls)
    steps = 0 if cost is None else cost.constant or 0
    current = budget.current
    if has_receiver:

        def guarded(receiver: object, *args: object) -> object:
            fits = fit(receiver, args)
            if fits is True:
                if steps:  # Budget.tick, inlined: this is every library call's path
                    b = current()
                    b.steps += steps
                    if b.steps >= b._next_check:
                        b._check()
                for a in args:
                    if a is None:
                        return nulls(receiver, args, lambda: fn(receiver, *args))
                return fn(receiver, *args)
            if fits is BARE:
                if steps:
                    current().tick(steps)
                return fn(receiver, None)
            raise NoSignature

    else:

        def guarded(*args: object) -> object:  # type: ignore[misc]
            fits = fit(None, args)
            if fits is True:
                if steps:
                    b = current()
                    b.steps += steps
                    if b.steps >= b._next_check:
                        b._check()
                for a in args:
                    if a is None:
                        return nulls(None, args, lambda: fn(*args))
                return fn(*args)
            if fits is BARE:
                if steps:
                    current().tick(steps)
                return fn(None)
            raise NoSignature

    guarded.implementation = fn  # type: ignore[attr-defined]
    guarded.cost = cost  # type: ignore[attr-defined]
    return guarded


def _charge_copy(b: budget.Budget, receiver: object, result: object, t: type) -> None:
    """A `; copy` member's result, charged by its size when it is a new text made from a text
    (one step per 64 characters) or a new collection from a collection (one per 16 items):
    holding many copies of a large value must cost what making them did."""
    if t is str:
        if isinstance(receiver, (str, GString)) or getattr(receiver, "length", None) is not None:
            b.tick(len(result) >> 6)  # type: ignore[arg-type]
    elif (t is list or t is dict) and isinstance(receiver, (list, dict)):
        b.tick(len(result) >> 4)  # type: ignore[arg-type]


def _charged_guard(
    fn: Callable, fit: Callable, has_receiver: bool, cost: Cost, nulls: Callable
) -> Callable:
    """The guard of a member whose cost grows with its receiver or arguments."""
    steps, size, kind = cost.steps, cost.size, cost.size_kind
    text, items = kind == "text", kind == "items"
    copy = cost.copy
    current = budget.current
    # steps and size bound in one call, each measure taken once (costs.pair_function)
    both = pair_function(steps, size) if size is not None else None

    def charged(receiver: object, args: tuple) -> object:
        # every charged library call runs this: Budget.tick and the peak tests of
        # check_string/check_collection are inlined (their slow paths stay theirs)
        b = current()
        if both is not None:  # first: a result too big to build is a size refusal
            n, bound = both(receiver, args)
            if text:
                if bound > b.peak_string:
                    b.check_string(bound)
            elif items and bound > b.peak_collection:
                b.check_collection(bound)
        else:
            n = steps(receiver, args)
        b.steps += n
        if b.steps >= b._next_check:
            b._check()
        result = fn(receiver, *args) if has_receiver else fn(*args)
        t = type(result)
        if copy and result is not receiver:
            _charge_copy(b, receiver, result, t)
        if t is str:
            if len(result) > b.peak_string:  # type: ignore[arg-type]
                b.check_string(len(result))  # type: ignore[arg-type]
        elif (t is list or t is dict) and len(result) > b.peak_collection:  # type: ignore[arg-type]
            b.check_collection(len(result))  # type: ignore[arg-type]
        return result

    if has_receiver:

        def guarded(receiver: object, *args: object) -> object:
            fits = fit(receiver, args)
            if fits is True:
                for a in args:
                    if a is None:
                        return nulls(receiver, args, lambda: charged(receiver, args))
                return charged(receiver, args)
            if fits is BARE:
                return charged(receiver, (None,))
            raise NoSignature

    else:

        def guarded(*args: object) -> object:  # type: ignore[misc]
            fits = fit(None, args)
            if fits is True:
                for a in args:
                    if a is None:
                        return nulls(None, args, lambda: charged(None, args))
                return charged(None, args)
            if fits is BARE:
                return charged(None, (None,))
            raise NoSignature

    guarded.implementation = fn  # type: ignore[attr-defined]
    guarded.cost = cost  # type: ignore[attr-defined]
    return guarded


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


class _Prices:
    """The costs.txt entries, looked up by signature: the whole line's entry, else the
    owner-and-name entry, else the owner's wildcard. Records the entries used."""

    def __init__(self, entries: list[Entry]):
        self.by_line: dict[tuple[str, ...], Entry] = {}
        self.by_name: dict[tuple[str, str], Entry] = {}
        self.by_owner: dict[str, Entry] = {}
        self.duplicates: list[str] = []
        for e in entries:
            if e.key and e.key[0] in FORMS:
                table: dict = self.by_line
                key: object = e.key
            elif len(e.key) == 2 and e.key[1] == "*":
                table, key = self.by_owner, e.key[0]
            elif len(e.key) == 2:
                table, key = self.by_name, e.key
            else:
                self.duplicates.append(f"{e.where}: malformed member {' '.join(e.key)!r}")
                continue
            if key in table:
                self.duplicates.append(f"{e.where}: a second cost for {' '.join(e.key)!r}")
            table[key] = e
        self.used: set[Entry] = set()
        self._memo: dict[Signature, Cost | None] = {}

    def of(self, s: Signature) -> Cost | None:
        if s in self._memo:  # a line is looked up once per receiver kind it serves
            return self._memo[s]
        e = (
            self.by_line.get(tuple(s.text.split()))
            or self.by_name.get((s.owner, s.name or "new"))
            or self.by_owner.get(s.owner)
        )
        if e is not None:
            self.used.add(e)
        cost = self._memo[s] = None if e is None else e.cost
        return cost

    def unused(self) -> list[Entry]:
        every = [*self.by_line.values(), *self.by_name.values(), *self.by_owner.values()]
        return [e for e in every if e not in self.used]


def _costs_of(prices: _Prices | None, sigs: list[Signature]) -> Cost | None:
    if prices is None:
        return None
    found = [c for c in map(prices.of, sigs) if c is not None]  # `bind` reports the missing
    return combine(found) if found else None


def bind(
    tables: dict[str, dict],
    lines: list[tuple[str, int, str]],
    kinds: dict,
    costs: list[tuple[str, int, str]] | None = None,
) -> list[str]:
    """Check the tables against the lines (and the lines against their costs, when given) and
    put the guards in place (in `tables`). Returns the problems found; the caller refuses to
    load when there is any."""
    sigs = [parse(text, f"{path}:{number}") for path, number, text in lines]
    problems: list[str] = []
    prices: _Prices | None = None
    if costs is not None:
        entries = []
        for path, number, text in costs:
            try:
                entries.append(parse_entry(text, f"{path}:{number}"))
            except CostSyntaxError as e:
                problems.append(str(e))
        prices = _Prices(entries)
        problems.extend(prices.duplicates)
    used: set[Signature] = set()
    # members declared alike share their Overloads (read-only once made): most have one of a
    # few parameter lists, and making one is a quarter of the library's load
    shared: dict[tuple[frozenset, frozenset], Overloads] = {}

    def made(
        declared: Iterable[tuple[tuple[str, ...], str | None]],
        outside: frozenset[tuple[str, ...]] = frozenset(),
    ) -> Overloads:
        key = frozenset(declared)
        found = shared.get((key, outside))
        if found is None:
            found = shared[(key, outside)] = Overloads(key, outside)
        return found

    instance: dict[str, list[Signature]] = {}
    static: dict[tuple[str, str, str], list[Signature]] = {}
    for s in sigs:
        if s.is_instance:
            instance.setdefault(s.name, []).append(s)
        if not s.is_instance or s.owner in CATEGORIES:
            static.setdefault((s.form, s.static_owner, s.name), []).append(s)

    def supers(kind: str) -> tuple[str, ...]:
        found = kinds.get(kind)
        if found is None:
            problems.append(f"receiver kind {kind!r} has no line in kinds.txt")
            return ()
        return tuple(found)

    # a kind's Java type -> the Java types it is assignable to
    assignable = {types[0]: set(types) for types in kinds.values() if types}
    for kind, members in tables["METHODS"].items():
        types = supers(kind)
        for name, fn in list(members.items()):
            declared: list[tuple[Signature, str | None]] = []
            for s in instance.get(name, ()):
                if s.form == "field":
                    continue
                if s.receiver in types:  # declared on the kind or a supertype: always holds
                    declared.append((s, None))
                elif types and types[0] in assignable.get(s.receiver, ()):
                    declared.append((s, s.receiver))  # on a subtype: holds for its instances
            if not declared:
                problems.append(f"METHODS[{kind!r}][{name!r}] has no signature line")
                continue
            used.update(s for s, _ in declared)
            in_metaclass = {s.call_params for s, _ in declared if s.owner not in CATEGORIES}
            outside = frozenset(s.call_params for s, _ in declared) - in_metaclass
            overloads = made(((s.call_params, r) for s, r in declared), outside)
            cost = _costs_of(prices, [s for s, _ in declared])
            members[name] = guard(fn, overloads, True, cost, (None, name))
    for kind, members in tables["PROPERTIES"].items():
        types = supers(kind)
        for name in members:
            names = ("get" + _cap(name), "is" + _cap(name), name)
            mine = [
                s
                for n in names
                for s in instance.get(n, ())
                if s.receiver in types and not s.call_params and (s.form == "field") == (n == name)
            ]
            if not mine:
                problems.append(f"PROPERTIES[{kind!r}][{name!r}] has no getter or field line")
            used.update(mine)
    for owner, members in tables["STATIC_METHODS"].items():
        for name, fn in list(members.items()):
            mine = static.get(("staticMethod", owner, name), [])
            if not mine:
                problems.append(f"STATIC_METHODS[{owner!r}][{name!r}] has no signature line")
                continue
            used.update(mine)
            params = (s.params if s.owner in CATEGORIES else s.call_params for s in mine)
            cost = _costs_of(prices, mine)
            members[name] = guard(fn, made((p, None) for p in params), False, cost, (owner, name))
    for owner, fields in tables["STATIC_FIELDS"].items():
        for name in fields:
            mine = static.get(("staticField", owner, name), [])
            if not mine:
                problems.append(f"STATIC_FIELDS[{owner!r}][{name!r}] has no signature line")
            used.update(mine)
    ctors = tables["CONSTRUCTORS"]
    for owner, fn in list(ctors.items()):
        mine = static.get(("new", owner, ""), [])
        if not mine:
            problems.append(f"CONSTRUCTORS[{owner!r}] has no signature line")
            continue
        used.update(mine)
        cost = _costs_of(prices, mine)
        ctors[owner] = guard(
            fn, made((s.params, None) for s in mine), False, cost, (owner, "<init>")
        )
    for s in sigs:
        if s not in used:
            problems.append(f"{s.where}: no implementation for `{s.text}`")
    if prices is not None:
        for s in sigs:  # fields and property getters too: one rule for every line
            if prices.of(s) is None:
                problems.append(f"{s.where}: no cost entry for `{s.text}`")
        for entry in prices.unused():
            key = " ".join(entry.key)
            problems.append(f"{entry.where}: the cost entry `{key}` prices no member")
    return problems
