"""The binding of one run: its binding variables, plus names whose values are made the first
time the script reads them (the service handles), so a run pays only for the handles its script
actually uses instead of constructing every one up front."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from convoscript.runtime.model.exceptions import GroovyThrowable

_ENDED = object()  # the `arg` of a binding whose run has ended


class Binding(dict):
    """A dict of binding variables that makes a missing name from `makers` on first read.

    It must behave exactly like the dict that used to hold every handle from the start:
    - a made value is stored like a variable, so later reads are plain dict hits and an
      assignment (`log = 5`) replaces it, before or after it was made;
    - `name in binding` is true for a name not made yet (closures with an owner-first
      strategy ask it to decide who answers a name);
    - `binding.get(name)` does not make anything: the frame uses it only to look for a
      Closure, which a made value never is.
    """

    __slots__ = ("_arg", "_makers")

    def __init__(
        self,
        makers: Mapping[str, Callable[[object], object]],
        arg: object,
        variables: Mapping[str, object] | None = None,
    ):
        super().__init__(variables or ())
        self._makers = makers
        self._arg = arg

    def __missing__(self, name: str) -> object:
        make = self._makers.get(name)
        if make is None:
            raise KeyError(name)
        if self._arg is _ENDED:
            raise GroovyThrowable(
                "IllegalStateException", f"{name} belongs to a script run that has ended"
            )
        try:
            value = make(self._arg)
        except LookupError as exc:
            # a maker's own KeyError must not pass for "no such name": the frame turns that
            # into a MissingPropertyException a script could catch and carry on after
            raise RuntimeError(f"making {name!r} failed: {exc!r}") from exc
        self[name] = value
        return value

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or name in self._makers

    def end(self) -> None:
        """The run is over: a closure that outlives it (the REPL keeps them) may not make a
        handle bound to the finished run's state, where its writes would be lost."""
        self._arg = _ENDED

    def is_made_name(self, name: str) -> bool:
        """Whether `name` is one the binding makes (a handle), whatever it holds now."""
        return name in self._makers

    def variables(self) -> dict[str, object]:
        """The binding variables only: every entry whose name is not a made name (a script
        that assigns a handle's name, `log = 5`, does not make `log` a variable)."""
        return {k: v for k, v in self.items() if k not in self._makers}
