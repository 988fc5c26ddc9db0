"""One run's Binding: the built-in handle makers, the embedder's, and faults injected for tests.

The executor (runtime.run.execute) knows nothing of services; the embedding API and the
process-isolation worker hand it `bind_handles` (with their faults and services bound) to make
each run's Binding.
"""

from __future__ import annotations

import functools
from collections import ChainMap
from collections.abc import Callable, Mapping

from convoscript.errors import EmbedderError
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.run.binding import Binding
from convoscript.services.base import ServiceHandle
from convoscript.services.registry import HANDLE_MAKERS
from convoscript.services.state import RunState


def bind_handles(
    state: RunState,
    variables: dict | None = None,
    *,
    faults: dict[str, str] | None = None,
    services: dict[str, Callable[[RunState], ServiceHandle]] | None = None,
) -> Binding:
    """The binding of one run: `variables` (binding variables carried in, for the REPL) and
    the service handles, each made bound to `state` the first time the script uses it.
    `faults` maps "handleName.method" to a Java exception class the call raises instead (for
    tests). `services` adds the embedder's handle factories (see `Runtime(services=...)`);
    they may not shadow a built-in handle. Bad names fail here, before the script runs."""
    makers: Mapping[str, Callable[..., object]] = HANDLE_MAKERS
    if services:
        if not services.keys().isdisjoint(HANDLE_MAKERS):
            shadowed = min(services.keys() & HANDLE_MAKERS.keys())
            raise EmbedderError(f"service {shadowed!r} would shadow a built-in handle")
        # no per-run copy of either table: the embedder's factories are wrapped on first use
        makers = ChainMap(HANDLE_MAKERS, _EmbedderMakers(services))  # type: ignore[arg-type]
    if faults:
        makers = _with_faults(makers, faults)
    binding = Binding(makers, state, variables)
    if variables:
        _refresh_carried_handles(binding)
    return binding


def _refresh_carried_handles(binding: Binding) -> None:
    """The REPL carries binding variables between inputs; one holding a handle (`x = log`)
    gets this run's handle of the same name, as groovysh's long-lived `log` would be (the old
    one belongs to a finished run and refuses calls)."""
    for name, value in list(binding.items()):
        if isinstance(value, ServiceHandle) and binding.is_made_name(value.binding_name):
            binding[name] = binding[value.binding_name]


class _EmbedderMakers(Mapping):
    """The embedder's factories, each looked up as a maker that checks what it makes."""

    __slots__ = ("_services",)

    def __init__(self, services: dict[str, Callable[[RunState], ServiceHandle]]):
        self._services = services

    def __getitem__(self, name: str) -> Callable[[RunState], ServiceHandle]:
        return functools.partial(_embedder_handle, name, self._services[name])

    def __contains__(self, name: object) -> bool:
        return name in self._services

    def __iter__(self):
        return iter(self._services)

    def __len__(self) -> int:
        return len(self._services)


def _embedder_handle(
    name: str, factory: Callable[[RunState], ServiceHandle], state: RunState
) -> ServiceHandle:
    handle = factory(state)
    if not isinstance(handle, ServiceHandle):
        raise EmbedderError(
            f"service {name!r} must be a ServiceHandle, not {java_class_name(handle)}"
        )
    return handle


def _with_faults(
    makers: Mapping[str, Callable[[RunState], object]], faults: dict[str, str]
) -> dict[str, Callable[[RunState], object]]:
    """`makers` with the faulted handles made with their `faults` set (per handle: a fresh
    dict on the new handle, never the class's shared default)."""
    per_handle: dict[str, dict[str, str]] = {}
    for key, exception in faults.items():
        handle_name, _, method = key.partition(".")
        if handle_name not in makers or not method:
            raise EmbedderError(f"unknown service method for a fault: {key}")
        per_handle.setdefault(handle_name, {})[method] = exception
    out = dict(makers)
    for handle_name, methods in per_handle.items():
        out[handle_name] = functools.partial(_faulted, makers[handle_name], methods)
    return out


def _faulted(
    make: Callable[[RunState], object], methods: dict[str, str], state: RunState
) -> object:
    handle = make(state)
    handle.faults = {**handle.faults, **methods}  # type: ignore[attr-defined]
    return handle
