"""Observability in the engine (issue 13, item 2): structured log records per run and compile,
WARNING / ERROR records for store conflicts, worker deaths and InternalErrors, the JSON
formatter and `--log-format`, OpenTelemetry spans — and never a script value in any of them."""

from __future__ import annotations

import io
import json
import logging

import pytest
from click.testing import CliRunner
from cryptography.fernet import Fernet
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from convoscript import Limits, MemoryStore, Runtime, ServiceHandle, observe, script_method
from convoscript import logformat as convo_logging
from convoscript.cli import cli

SECRET = "s3cr3t-PIN-4417"
RUN_FIELDS = {
    "conversation_id",
    "script",
    "digest",
    "outcome",
    "limit",
    "steps",
    "seconds",
    "wall_seconds",
    "attempts",
    "store",
}


@pytest.fixture(autouse=True)
def _no_handler_left_behind():
    """`configure` (the CLI's --log-format) attaches a handler to a stream the test closes."""
    logger = logging.getLogger("convoscript")
    level = logger.level
    yield
    for handler in [h for h in logger.handlers if getattr(h, "_convoscript", False)]:
        logger.removeHandler(handler)
    logger.setLevel(level)


def _records(caplog: pytest.LogCaptureFixture, name: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == name]


def test_one_info_record_per_run_with_the_fields(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="convoscript")
    runtime = Runtime()
    script = runtime.compile("execution.setVariable('n', 1)\nreturn 2", "greet.groovy")
    result = runtime.conversation("c-7").run(script)
    assert result.ok
    [record] = _records(caplog, "convoscript.run")
    assert record.levelno == logging.INFO
    fields = convo_logging.record_fields(record)
    assert set(fields) == RUN_FIELDS
    assert fields["conversation_id"] == "c-7"
    assert fields["script"] == "greet.groovy"
    assert fields["digest"] == result.digest == script.digest
    assert fields["outcome"] == "ok" and fields["limit"] is None
    assert fields["steps"] == result.cost["steps"]
    assert fields["seconds"] == pytest.approx(result.cost["seconds"], abs=1e-6)
    assert fields["wall_seconds"] >= fields["seconds"]
    assert fields["attempts"] == 1 and fields["store"] == "memory"


def test_outcome_is_the_error_type_and_the_limit(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="convoscript")
    conversation = Runtime().conversation("c")
    conversation.run("while (true) {}", limits=Limits(max_steps=500))
    conversation.run("null.foo()")
    conversation.run("def x = ")  # does not compile: still one record, with the digest
    first, second, third = (r.__dict__ for r in _records(caplog, "convoscript.run"))
    assert (first["outcome"], first["limit"]) == ("LimitExceeded", "steps")
    assert (second["outcome"], second["limit"]) == ("NullPointerException", None)
    assert third["outcome"] == "FlowSyntaxError" and len(third["digest"]) == 64
    assert third["script"] is None  # nothing compiled: no script


def test_a_run_that_raises_is_still_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="convoscript")
    with pytest.raises(KeyError):  # ZoneInfoNotFoundError, as documented for a bad zone
        Runtime().conversation("c").run("return 1", zone="Not/AZone")
    [record] = _records(caplog, "convoscript.run")
    assert record.__dict__["outcome"] == "ZoneInfoNotFoundError"


def test_one_debug_record_per_compile_with_cache_hit(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="convoscript")
    runtime = Runtime()
    script = runtime.compile("return 1", "a.groovy")
    runtime.compile("return 1", "a.groovy")
    miss, hit = _records(caplog, "convoscript.compile")
    assert miss.levelno == logging.DEBUG
    assert (miss.__dict__["cache_hit"], hit.__dict__["cache_hit"]) == (False, True)
    assert miss.__dict__["digest"] == hit.__dict__["digest"] == script.digest
    assert miss.__dict__["outcome"] == "ok" and miss.__dict__["seconds"] >= 0
    with pytest.raises(Exception):  # noqa: B017 - FlowSyntaxError; only the record matters here
        runtime.compile("def x = ", "bad.groovy")
    failed = _records(caplog, "convoscript.compile")[-1]
    assert failed.__dict__["outcome"] == "FlowSyntaxError"


def test_without_debug_the_compile_skips_the_digest(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="convoscript")
    Runtime().compile("return 1")
    assert _records(caplog, "convoscript.compile") == []
    assert not observe.wants_compile_digest()


class ConflictingStore:
    """A MemoryStore whose first `conflicts` commits lose, as if another host committed."""

    def __init__(self, conflicts: int):
        self.inner = MemoryStore()
        self.conflicts = conflicts

    def commit(self, conversation_id: str, expected_version: int, state: dict) -> int | None:
        if self.conflicts > 0:
            self.conflicts -= 1
            return None
        return self.inner.commit(conversation_id, expected_version, state)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def test_retries_are_counted_and_exhausted_ones_warned(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="convoscript")
    runtime = Runtime(store=ConflictingStore(2), max_retries=3)  # type: ignore[arg-type]
    assert runtime.conversation("c").run("return 1").ok
    [record] = _records(caplog, "convoscript.run")
    assert record.__dict__["attempts"] == 3 and record.__dict__["store"] == "conflicting"
    assert (
        len([r for r in _records(caplog, "convoscript.store") if r.levelno == logging.DEBUG]) == 2
    )
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]

    caplog.clear()
    runtime = Runtime(store=ConflictingStore(100), max_retries=1)  # type: ignore[arg-type]
    result = runtime.conversation("c").run("return 1")
    assert result.error is not None and result.error.type == "StoreConflict"
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.name == "convoscript.store"
    assert warning.__dict__["outcome"] == "StoreConflict" and warning.__dict__["attempts"] == 2


class Broken(ServiceHandle):
    """A handle with a bug: the run ends with an InternalError."""

    handle_type = "Broken"
    java_class = "com.example.Broken"

    def __init__(self, state: object):
        self.state = state

    @script_method()
    def fail(self) -> None:
        raise ValueError("a bug in the embedder's handle")


def test_an_internal_error_is_an_error_record_with_its_detail(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="convoscript")
    result = Runtime(services={"broken": Broken}).conversation("c").run("broken.fail()")
    assert result.error is not None and result.error.type == "InternalError"
    [error] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert error.name == "convoscript.run"
    assert "a bug in the embedder's handle" in error.getMessage()
    assert error.__dict__["detail"] == result.error.detail  # type: ignore[attr-defined]
    assert "detail" not in result.error.to_dict()  # still host side only
    [info] = _records(caplog, "convoscript.run")[1:]
    assert info.__dict__["outcome"] == "InternalError"


def test_a_worker_death_is_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="convoscript")
    runtime = Runtime(isolation="process", workers=1)
    try:
        assert runtime.pool is not None
        runtime.pool.cpu_seconds = 1  # the OS ends the worker before the sandbox's time limit
        result = runtime.conversation("w-1").run(
            "while (true) {}", limits=Limits(max_steps=10**12, max_seconds=20)
        )
    finally:
        runtime.close()
    assert result.error is not None and result.error.limit == "process"  # type: ignore[attr-defined]
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.name == "convoscript.worker"
    assert warning.__dict__["worker"] == "limit"
    assert warning.__dict__["conversation_id"] == "w-1"
    [info] = _records(caplog, "convoscript.run")
    assert info.__dict__["outcome"] == "LimitExceeded" and info.__dict__["limit"] == "process"


LEAKY = f"""
execution.setSecureVariable('pin', '{SECRET}')
def pin = execution.getVariable('pin')
println pin
log.info("log " + pin)
execution.setVariable('plain', 'visible-' + pin)
throw new IllegalStateException("failed with " + pin)
"""


def test_no_secret_or_script_value_in_any_record(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="convoscript")
    runtime = Runtime(secret_key=Fernet.generate_key(), services={"broken": Broken})
    conversation = runtime.conversation("c-secret")
    result = conversation.run(LEAKY, secure={"token": SECRET}, variables={"v": SECRET})
    assert result.error is not None and result.error.type == "IllegalStateException"
    conversation.run("broken.fail()", secure={"token": SECRET})
    conversation.run(f"def x = '{SECRET}'\nreturn x")
    assert len(_records(caplog, "convoscript.run")) >= 3
    for formatter in (convo_logging.JsonFormatter(), convo_logging.TextFormatter()):
        for record in caplog.records:
            text = formatter.format(record)
            assert SECRET not in text, text
            assert "visible-" not in text, text


def test_json_formatter_one_object_per_line(caplog: pytest.LogCaptureFixture) -> None:
    stream = io.StringIO()
    convo_logging.configure("json", stream=stream)
    runtime = Runtime()
    runtime.conversation("c-j").run(runtime.compile("return 1", "j.groovy"))
    runtime.conversation("c-j").run("null.foo()")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["level"] == "INFO" and first["logger"] == "convoscript.run"
    assert set(first) >= RUN_FIELDS
    assert first["conversation_id"] == "c-j" and first["script"] == "j.groovy"
    assert first["outcome"] == "ok" and "c-j" in first["message"]
    assert second["outcome"] == "NullPointerException"
    assert first["time"].endswith("+00:00")


def test_configure_twice_does_not_double_the_lines() -> None:
    stream = io.StringIO()
    convo_logging.configure("text", stream=stream)
    convo_logging.configure("text", stream=stream)
    Runtime().conversation("c-t").run("return 1")
    [line] = stream.getvalue().splitlines()
    assert "INFO convoscript.run" in line and 'conversation_id="c-t"' in line
    with pytest.raises(ValueError):
        convo_logging.formatter("xml")


def test_silent_by_default() -> None:
    handlers = logging.getLogger("convoscript").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_cli_log_format_flag_and_environment(tmp_path) -> None:
    script = tmp_path / "hello.groovy"
    script.write_text("execution.setVariable('n', 1)\nprintln 'hi'\n")
    out = CliRunner().invoke(cli, ["run", "--log-format", "json", str(script), "--json"])
    assert out.exit_code == 0, out.output
    json.loads(out.stdout)  # the result document alone on stdout
    [line] = out.stderr.splitlines()
    record = json.loads(line)
    assert record["outcome"] == "ok" and record["script"] == str(script)
    assert record["digest"] == json.loads(out.stdout)["digest"]

    out = CliRunner().invoke(cli, ["run", str(script)], env={"CONVOSCRIPT_LOG_FORMAT": "text"})
    assert out.exit_code == 0 and "INFO convoscript.run" in out.stderr

    out = CliRunner().invoke(cli, ["run", str(script)], env={"CONVOSCRIPT_LOG_FORMAT": ""})
    assert out.exit_code == 0 and "convoscript.run" not in out.stderr

    out = CliRunner().invoke(cli, ["run", "--log-format", "xml", str(script)])
    assert out.exit_code == 2 and "xml" in out.stderr


@pytest.fixture(scope="module")
def spans() -> InMemorySpanExporter:
    exporter = InMemorySpanExporter()
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):  # the global provider can be set only once
        provider = TracerProvider()
        trace.set_tracer_provider(provider)
    provider.add_span_processor(SimpleSpanProcessor(exporter))  # type: ignore[union-attr]
    return exporter


def test_spans_per_compile_and_run(spans: InMemorySpanExporter) -> None:
    spans.clear()
    runtime = Runtime()
    result = runtime.conversation("c-s").run("return 1")  # source text: compiled inside the run
    compile_span, run_span = spans.get_finished_spans()
    assert (compile_span.name, run_span.name) == ("convoscript.compile", "convoscript.run")
    assert compile_span.parent is not None
    assert compile_span.parent.span_id == run_span.context.span_id
    attributes = dict(run_span.attributes or {})
    assert attributes["convoscript.conversation_id"] == "c-s"
    assert attributes["convoscript.digest"] == result.digest
    assert attributes["convoscript.outcome"] == "ok"
    assert attributes["convoscript.attempts"] == 1
    assert attributes["convoscript.store"] == "memory"
    assert dict(compile_span.attributes or {})["convoscript.digest"] == result.digest
    assert run_span.status.is_ok


def test_a_failed_run_span_has_an_error_status(spans: InMemorySpanExporter) -> None:
    spans.clear()
    Runtime().conversation("c-f").run("while (true) {}", limits=Limits(max_steps=100))
    run_span = spans.get_finished_spans()[-1]
    assert run_span.status.status_code == trace.StatusCode.ERROR
    assert dict(run_span.attributes or {})["convoscript.limit"] == "steps"


def test_no_opentelemetry_is_a_no_op(monkeypatch, spans: InMemorySpanExporter) -> None:
    # a host that has not imported opentelemetry.trace: convoscript does not import it either
    spans.clear()
    monkeypatch.setattr(observe, "_otel", lambda: None)
    assert Runtime().conversation("c-n").run("return 1").ok
    assert spans.get_finished_spans() == ()
