"""Conversation state keys: loading, persistence across runs, RunResult/CLI output, and the
extra `execution` methods that read them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from services_helpers import STATE, error_type, out

from convoscript import Runtime


def test_conversation_keys_persist_across_runs() -> None:
    runtime = Runtime()
    conversation = runtime.conversation("c-persist", STATE)
    first = conversation.run("userService.updateConversationEmail('new@example.com')")
    assert first.error is None
    saved = conversation.state()
    for key in ("user", "domain", "intent", "intentHistory", "entities", "transcript"):
        assert key in saved
    assert saved["user"]["email"] == "new@example.com"
    second = conversation.run("""
        println userService.getUser().email
        println contextService.triggeredIntent().intent().code()
        println conversationService.getTranscriptUtterances().size()
    """)
    assert second.stdout.splitlines() == ["new@example.com", "order_icecream", "2"]


def test_state_is_copied_not_aliased() -> None:
    state = {"user": {"firstName": "Ann"}, "entities": [{"code": "a", "value": "1"}]}
    conversation = Runtime().conversation("c-copy", state)
    conversation.run(
        "userService.updateConversationUserName('Zed', 'Q'); contextService.removeAllEntities()"
    )
    assert state == {"user": {"firstName": "Ann"}, "entities": [{"code": "a", "value": "1"}]}


def test_failed_run_still_commits_service_effects() -> None:
    conversation = Runtime().conversation("c-fail", STATE)
    result = conversation.run(
        "userService.updateConversationEmail('x@y.z'); throw new IllegalStateException('no')"
    )
    assert result.error is not None
    assert conversation.state()["user"]["email"] == "x@y.z"


@pytest.mark.parametrize(
    "key, value",
    [
        ("user", []),
        ("entities", {}),
        ("tables", {"t": 3}),
        ("entities", [{"value": 1}]),
        ("transcript", ["x"]),
    ],
)
def test_bad_state_shapes_are_refused(key: str, value: object) -> None:
    with pytest.raises(ValueError):
        Runtime().conversation("c-bad", {key: value})


def test_execution_process_and_variable_methods() -> None:
    state = {
        "process": {
            "definitionId": "OrderIceCream:3",
            "parentId": "p-0",
            "taskId": "t-7",
            "modelName": "OrderIceCream",
        },
        "attributes": {"userAgent": "Mozilla"},
        "httpHeaders": {"Accept-Language": ["en-US", "fr"]},
        "variables": {"a": 1},
    }
    assert out(
        """
        println execution.processDefinitionId() + ' ' + execution.parentProcessInstanceId()
        println execution.currentTaskInstanceId() + ' ' + execution.status() + ' ' + execution.modelName()
        println execution.getCustomConversationAttribute('userAgent')
        println execution.containsCustomConversationAttribute('nope')
        println execution.getInitialHttpHeader('accept-language')
        println execution.getInitialHttpHeaders('Accept-Language')
        println execution.getInitialHttpHeader('X-None') == null
        println execution.hasVariables()
        execution.setVariables([b: 2, c: 3])
        execution.setSecureVariable('pin', '1234')
        println "${execution.isSecureVariable('pin')} ${execution.isSecureVariable('a')}"
        execution.removeVariables(['a', 'b'] as Set)
        println execution.variableNames
        execution.removeVariables()
        println execution.hasVariables()
    """,
        state,
    ) == [
        "OrderIceCream:3 p-0",
        "t-7 ACTIVE OrderIceCream",
        "Mozilla",
        "false",
        "en-US",
        "[en-US, fr]",
        "true",
        "true",
        "true false",
        "[c, pin]",
        "false",
    ]


def test_execution_absent_process_data_is_null() -> None:
    assert out(
        "println execution.processDefinitionId() == null && "
        "execution.getCustomConversationAttribute('x') == null",
        {},
    ) == ["true"]
    assert error_type("execution.setVariables('x')", {}) == "MissingMethodException"


def test_map_setters_store_gstring_and_number_keys_by_their_text() -> None:
    # a map literal's keys are GStrings when interpolated: the variable is named by the text
    result = (
        Runtime()
        .conversation("c-keys", {})
        .run("""
        def i = 7
        execution.setVariables(["k$i": 1, (2): 'two'])
        transientVariableService.addVariables(["t${i + 1}": 3])
        println execution.getVariable('k7') + ' ' + execution.getVariable('2')
        println transientVariableService.getVariable('t8')
    """)
    )
    assert result.error is None, result.error
    assert result.stdout.splitlines() == ["1 two", "3"]
    assert result.variables == {"k7": 1, "2": "two"} and result.transient == {"t8": 3}


def test_run_result_has_messages_and_json_keeps_the_six_keys_first() -> None:
    result = Runtime().conversation("c-json", {}).run("messageService.sendIntegrationMessage('m')")
    data = result.to_dict()
    assert [k for k in data if k != "messages"] == [
        "variables",
        "transient",
        "metrics",
        "log",
        "stdout",
        "error",
        "digest",
    ]
    assert data["messages"] == ["m"]


def test_cli_json_with_a_state_file_and_csv_table(tmp_path: Path) -> None:
    (tmp_path / "cars.csv").write_text("make,price\nFord,20000\nKia,12000\n", encoding="utf-8")
    state = {
        "conversationId": "LGHBWSMJAAIAA-1",
        "tables": {"cars": "cars.csv"},
        "intent": {"code": "buy_car", "name": "Buy a car"},
        "user": {"firstName": "Ann"},
    }
    (tmp_path / "state.json").write_text(json.dumps(state), encoding="utf-8")
    (tmp_path / "s.groovy").write_text(
        "def row = tabularDataService.query('cars').isLt('price', 15000).first()\n"
        "messageService.sendIntegrationMessage(row.make)\n"
        "println contextService.triggeredIntent().intent().name + ' ' + userService.getUser().firstName\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from convoscript.cli import main; main()",
            "run",
            str(tmp_path / "s.groovy"),
            "--state",
            str(tmp_path / "state.json"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert list(data) == [
        "variables",
        "transient",
        "metrics",
        "log",
        "messages",
        "stdout",
        "error",
        "digest",
    ]
    assert data["messages"] == ["Kia"]
    assert data["stdout"] == "Buy a car Ann\n"


def test_cli_refuses_a_bad_state_key(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text('{"entities": {"a": 1}}', encoding="utf-8")
    (tmp_path / "s.groovy").write_text("println 1", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from convoscript.cli import main; main()",
            "run",
            str(tmp_path / "s.groovy"),
            "--state",
            str(tmp_path / "state.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "entities" in proc.stderr


def test_process_isolation_keeps_conversation_data_and_messages() -> None:
    runtime = Runtime(isolation="process", workers=1)
    try:
        conversation = runtime.conversation("c-proc", STATE)
        result = conversation.run("""
            userService.updateConversationEmail('proc@example.com')
            messageService.sendIntegrationMessage(contextService.triggeredIntent().intent().code())
        """)
        assert result.error is None, result.error
        assert result.messages == ["order_icecream"]
        assert conversation.state()["user"]["email"] == "proc@example.com"
        assert conversation.state()["intent"]["code"] == "order_icecream"
    finally:
        runtime.close()
