"""The executor: run a compiled script on one conversation's state, within its limits.

`execute` never raises for what a script does: the error is in the RunResult. It knows nothing
of services: the caller (the embedding API, the process-isolation worker) passes the state and
`bind`, which makes the run's Binding with its handles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from convoscript.compiler import is_stamped
from convoscript.compiler.artifact import CompiledScript
from convoscript.errors import ConvoscriptError, LimitExceeded
from convoscript.runtime.door.allowlist import ensure_library_loaded
from convoscript.runtime.model import budget as budget_mod
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.budget import Budget, Limits
from convoscript.runtime.model.exceptions import BudgetExceeded
from convoscript.runtime.model.runcontext import RunContext
from convoscript.runtime.run import watchdog
from convoscript.runtime.run.binding import Binding
from convoscript.runtime.run.boundary import (
    Allowance,
    allowance,
    charge_plain,
    plain_entries_after_failure,
    plain_node_cap,
    to_plain,
)
from convoscript.runtime.run.frame import Frame
from convoscript.runtime.run.masking import mask_output
from convoscript.runtime.run.result import RunResult
from convoscript.runtime.run.traceback import translate_error


class RunStateView(Protocol):
    """What the executor uses of a run's state (services.state.RunState)."""

    conversation_id: str
    variables: dict
    transient: dict
    metrics: dict
    log: list
    stdout: list
    messages: list
    secrets: list  # the texts of its secure values, masked in the run's output

    def conversation_data(self) -> dict: ...

    def discard_conversation_changes(self) -> None: ...


State = TypeVar("State", bound=RunStateView)


def execute(
    compiled: CompiledScript,
    state: State,
    limits: Limits,
    bind: Callable[[State, dict | None], Binding],
    context: RunContext | None = None,
    binding: dict | None = None,
    previous: dict | None = None,
) -> RunResult:
    """Run a compiled script on a run state within `limits`; never raises for script faults.
    `bind(state, binding)` makes the run's Binding (its handles); it is called inside the run,
    so a bad handle name (a fault for a method that does not exist, say) is the run's error.
    `context` fixes the run's clock, time zone and random seed (default: now, UTC, unseeded).
    `binding` (the REPL's): binding variables to start with, refilled with the ones the run
    ends with (even when it fails), as groovysh carries them between inputs.
    `previous` is the conversation's plain state before the run: after a failure, a variable
    too large to save keeps its previous value."""
    # loading and binding the library takes a tenth of a second once per process: it must not
    # be charged to the first run's clock (the first run of a fresh worker hit its time limit)
    ensure_library_loaded()
    budget = Budget(limits)
    token = budget_mod.activate(budget)
    context_token = runcontext.activate(context or runcontext.make_context())
    error: ConvoscriptError | None = None
    value = None
    converted: tuple | None = None
    run_binding: Binding | None = None
    frame: Frame | None = None
    watchdog.watch(budget)  # the deadline and memory, seen from outside the run's thread
    try:
        if not is_stamped(compiled.code):
            raise ValueError("refusing to run code that the policy compiler did not produce")
        run_binding = bind(state, binding)
        frame = Frame(
            compiled.code,
            compiled.constants,
            compiled.methods,
            run_binding,
            state.stdout,
            budget,
            compiled.classes,
            compiled.global_names,
        )
        value = frame.run()
        # boundary hygiene inside the budget: a script object's toString() runs here
        # one allowance for the three: the characters of JSON the result's data may take
        cap, size = plain_node_cap(limits), allowance(limits)
        converted = (
            to_plain(value, max_nodes=cap, allowance=size),
            to_plain(state.variables, max_nodes=cap, allowance=size),
            to_plain(state.transient, max_nodes=cap, allowance=size),
            _conversation(state, size),
        )
    except BaseException as exc:
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        try:
            error = translate_error(exc, compiled)
        except BudgetExceeded as late:
            # reading the error's message can charge the budget (a MissingMethodException
            # ranks its "Possible solutions" when first read): if that runs out, the run ended
            # on its budget -- report that, never let it escape run()
            error = translate_error(late, compiled)
            late.__traceback__ = None
        # the budget keeps the exception that stopped the run (`stopped`); its traceback
        # would hold this frame, and so the budget itself, in a cycle only the GC can free
        exc.__traceback__ = None
    finally:
        watchdog.unwatch(budget)
        runcontext.deactivate(context_token)
        budget_mod.deactivate(token)
        if run_binding is not None:
            run_binding.end()
            if binding is not None:
                variables = run_binding.variables()
                binding.clear()
                binding.update(variables)
    if converted is None:  # the run failed: convert without running any more script code
        converted = _convert_after_failure(value, state, limits, previous)
    try:
        plain_value, plain_variables, plain_transient, conversation = converted
        result = RunResult(
            conversation_id=state.conversation_id,
            variables=plain_variables,  # type: ignore[arg-type]
            transient=plain_transient,  # type: ignore[arg-type]
            metrics=dict(state.metrics),
            messages=list(state.messages),
            conversation=conversation,
            log=list(state.log),
            stdout="".join(state.stdout),
            error=error,
            value=plain_value,
            cost={
                "steps": budget.steps,
                "seconds": budget.elapsed(),
                "peak_depth": budget.peak_depth,
                "output_bytes": budget.output_bytes,
                "log_entries": budget.log_entries,
                "peak_string": budget.peak_string,
                "peak_collection": budget.peak_collection,
            },
        )
    except BudgetExceeded as exc:  # a string too big to convert, say
        raise LimitExceeded(exc.kind, exc.limit, exc.message, file=compiled.filename) from None
    mask_output(result, state.secrets)
    if frame is not None and binding is None:  # the REPL's carried closures need their frame
        frame.close()
    return result


def _conversation(state: RunStateView, size: Allowance) -> dict:
    """The run's conversation data (plain already), counted against the result's allowance:
    a script can fill it through services (`addAnalyticOutcome`, conversation attributes)."""
    data = state.conversation_data()
    charge_plain(data, size)
    return data


def _convert_after_failure(
    value: object, state: RunStateView, limits: Limits, previous: dict | None
) -> tuple:
    """A failed run's value and state as plain data. The run's budget is spent, so this work
    gets its own small one (a tenth of the run's time) besides the node cap: an entry too
    large, too deep or too slow to save keeps its value from before the run (`previous`, the
    conversation's plain state) or is left out. Ordinary state converts in microseconds."""
    cap, size = plain_node_cap(limits), allowance(limits)
    grace = Budget(Limits(max_steps=10**15, max_seconds=max(0.1 * limits.max_seconds, 0.02)))
    token = budget_mod.activate(grace)
    try:
        try:
            plain_value = to_plain(value, run_script_code=False, max_nodes=cap, allowance=size)
        except BudgetExceeded:
            plain_value = None
            size = allowance(limits)  # what the value spent was not kept
        previous = previous or {}
        variables = plain_entries_after_failure(
            state.variables, previous.get("variables"), cap, size
        )
        transient = plain_entries_after_failure(
            state.transient, previous.get("transient"), cap, size
        )
        try:
            conversation = _conversation(state, size)
        except BudgetExceeded:  # the run's changes to it do not fit: it stays as it was
            state.discard_conversation_changes()
            conversation = state.conversation_data()
        return plain_value, variables, transient, conversation
    finally:
        budget_mod.deactivate(token)
