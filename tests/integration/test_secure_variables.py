"""Secure variables (issue 12, item 4): never in clear in log, stdout, RunResult, the --json
document, the export or the store; sealed with the embedder's Fernet key, or not kept."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from cryptography.fernet import Fernet

from convoscript import Runtime
from convoscript.cli import cli
from convoscript.errors import FlowStateError
from convoscript.export import export
from convoscript.runtime.run.masking import MASK
from convoscript.store import SQLiteStore

SECRET = "hunter2-TOKEN"

# every output channel a script has, each showing the secret its own way
LEAKY = """
execution.setSecureVariable('pin', 'hunter2-TOKEN')
def pin = execution.getVariable('pin')
println pin
println "interpolated: ${pin}"
println([pin: pin, list: [pin]])
log.info("log " + pin)
log.warn(execution, "warn $pin")
customMetricService.upsertMetric('leak', pin)
messageService.sendIntegrationMessage('{"auth": "' + pin + '"}')
assert pin == 'hunter2-TOKEN'   // usable inside the run
return [pin]
"""


def _no_secret(text: str) -> None:
    assert SECRET not in text


def test_every_output_channel_is_masked() -> None:
    result = Runtime().conversation("c").run(LEAKY)
    assert result.ok, result.error
    assert result.stdout.splitlines() == [
        MASK,
        f"interpolated: {MASK}",
        f"[pin:{MASK}, list:[{MASK}]]",
    ]
    assert [e["message"] for e in result.log] == [f"log {MASK}", f"warn {MASK}"]
    assert result.metrics == {"leak": MASK}
    assert result.messages == [f'{{"auth": "{MASK}"}}']
    assert result.variables == {"pin": MASK}
    assert result.value == [MASK]
    _no_secret(json.dumps(result.to_dict(), default=str))
    _no_secret(repr(result))


def test_an_error_message_is_masked() -> None:
    result = (
        Runtime()
        .conversation("c")
        .run(
            "execution.setSecureVariable('pin', 'hunter2-TOKEN')\n"
            "throw new IllegalStateException('bad pin ' + execution.getVariable('pin'))"
        )
    )
    assert result.error is not None
    assert result.error.message == f"bad pin {MASK}"
    _no_secret(json.dumps(result.error.to_dict()))
    _no_secret(str(result.error))


def test_a_value_printed_before_it_is_replaced_or_removed_stays_masked() -> None:
    result = (
        Runtime()
        .conversation("c")
        .run(
            "execution.setSecureVariable('pin', 'first-secret')\n"
            "println execution.getVariable('pin')\n"
            "execution.setSecureVariable('pin', 'second-secret')\n"
            "execution.removeVariable('pin')\n"
        )
    )
    assert result.stdout == f"{MASK}\n"


def test_a_json_escaped_secret_is_masked_inside_json_text() -> None:
    result = (
        Runtime()
        .conversation("c")
        .run(
            "execution.setSecureVariable('pw', 'a\"b\\\\c-secret')\n"
            "println groovy.json.JsonOutput.toJson([pw: execution.getVariable('pw')])"
        )
    )
    assert result.ok, result.error
    assert "secret" not in result.stdout


def test_a_short_secret_is_masked_only_as_a_whole_value() -> None:
    result = (
        Runtime()
        .conversation("c")
        .run("execution.setSecureVariable('x', '7')\nprintln '7'\nprintln 'room 17'")
    )
    assert result.stdout == f"{MASK}\nroom 17\n"


def test_with_a_key_the_store_keeps_only_ciphertext(tmp_path) -> None:
    path = tmp_path / "s.db"
    key = Fernet.generate_key()
    runtime = Runtime(store=SQLiteStore(str(path)), secret_key=key)
    conversation = runtime.conversation("c")
    assert conversation.run(LEAKY).ok
    stored = conversation.state()
    assert stored["variables"]["pin"] == MASK
    assert Fernet(key).decrypt(stored["secureValues"]["pin"].encode())  # sealed, readable
    _no_secret(json.dumps(stored, default=str))
    for file in tmp_path.iterdir():  # the database, its WAL and shared memory
        assert SECRET.encode() not in file.read_bytes(), file.name
    # the next run sees the value in clear, and its output is masked again
    again = conversation.run(
        "def pin = execution.getVariable('pin')\nprintln pin == 'hunter2-TOKEN'\nprintln pin"
    )
    assert again.stdout == f"true\n{MASK}\n"
    # and the export has the metric masked
    out = tmp_path / "out.json"
    export(runtime.store, out)
    _no_secret(out.read_text())
    export(runtime.store, tmp_path / "out.csv", "csv")
    _no_secret((tmp_path / "out.csv").read_text())


def test_key_rotation_reads_old_tokens_and_writes_with_the_new_key() -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    runtime = Runtime(secret_key=old)
    runtime.conversation("c").run("execution.setSecureVariable('pin', 'hunter2-TOKEN')")
    rotated = Runtime(store=runtime.store, secret_key=[new, old])
    result = rotated.conversation("c").run(
        "println execution.getVariable('pin') == 'hunter2-TOKEN'"
    )
    assert result.stdout == "true\n"
    token = rotated.store.load("c")["secureValues"]["pin"]
    assert Fernet(new).decrypt(token.encode()) == b'"hunter2-TOKEN"'


def test_without_a_key_a_secure_variable_lives_for_its_run_only() -> None:
    runtime = Runtime()
    conversation = runtime.conversation("c")
    first = conversation.run(
        "execution.setSecureVariable('pin', 'hunter2-TOKEN')\n"
        "println execution.getVariable('pin') == 'hunter2-TOKEN'"
    )
    assert first.stdout == "true\n"
    _no_secret(json.dumps(runtime.store.load("c"), default=str))
    assert "secureValues" not in runtime.store.load("c")
    second = conversation.run(
        "println execution.containsVariable('pin')\nprintln execution.getVariable('pin')"
    )
    assert second.stdout == "false\nnull\n"


def test_a_wrong_key_is_a_clear_error_and_the_store_keeps_its_tokens() -> None:
    runtime = Runtime(secret_key=Fernet.generate_key())
    runtime.conversation("c").run("execution.setSecureVariable('pin', 'hunter2-TOKEN')")
    before = runtime.store.load("c")
    wrong = Runtime(store=runtime.store, secret_key=Fernet.generate_key())
    with pytest.raises(FlowStateError, match="cannot be decrypted"):
        wrong.conversation("c").run("println 1")
    with pytest.raises(FlowStateError, match="needs the secret key"):
        Runtime(store=runtime.store).conversation("c").run("println 1")
    assert runtime.store.load("c") == before


def test_a_bad_key_is_refused_up_front() -> None:
    with pytest.raises(ValueError, match="Fernet key"):
        Runtime(secret_key="not a key")


def test_host_given_secure_inputs_are_masked_and_sealed() -> None:
    runtime = Runtime(secret_key=Fernet.generate_key())
    result = runtime.conversation("c").run(
        "println execution.isSecureVariable('token')\nprintln execution.getVariable('token')",
        secure={"token": SECRET},
    )
    assert result.stdout == f"true\n{MASK}\n"
    assert result.variables == {"token": MASK}
    _no_secret(json.dumps(runtime.store.load("c"), default=str))


def test_process_isolation_masks_and_seals_too() -> None:
    runtime = Runtime(isolation="process", workers=1, secret_key=Fernet.generate_key())
    try:
        conversation = runtime.conversation("c")
        result = conversation.run(LEAKY)
        assert result.ok, result.error
        assert result.variables == {"pin": MASK}
        assert SECRET not in result.stdout
        assert conversation.run("println execution.getVariable('pin').size()").stdout == "13\n"
        _no_secret(json.dumps(runtime.store.load("c"), default=str))
    finally:
        runtime.close()


def test_cli_json_and_store_with_the_key_from_the_environment(tmp_path) -> None:
    script = tmp_path / "s.groovy"
    script.write_text(LEAKY)
    store = tmp_path / "s.db"
    env = {"CONVOSCRIPT_SECRET_KEY": Fernet.generate_key().decode()}
    out = CliRunner().invoke(cli, ["run", str(script), "--store", str(store), "--json"], env=env)
    assert out.exit_code == 0, out.output
    _no_secret(out.output)
    assert json.loads(out.output)["variables"] == {"pin": MASK}
    for file in tmp_path.glob("s.db*"):
        assert SECRET.encode() not in file.read_bytes()
    check = tmp_path / "c.groovy"
    check.write_text("println execution.getVariable('pin') == 'hunter2-TOKEN'")
    again = CliRunner().invoke(cli, ["run", str(check), "--store", str(store), "--json"], env=env)
    assert json.loads(again.output)["stdout"] == "true\n"
    human = CliRunner().invoke(cli, ["run", str(script), "--store", str(store)], env=env)
    _no_secret(human.output)


def test_cli_refuses_a_bad_key(tmp_path) -> None:
    script = tmp_path / "s.groovy"
    script.write_text("println 1")
    out = CliRunner().invoke(cli, ["run", str(script)], env={"CONVOSCRIPT_SECRET_KEY": "nope"})
    assert out.exit_code == 2
    assert "CONVOSCRIPT_SECRET_KEY" in out.output


def test_replace_state_with_a_key_stores_secure_values_encrypted(tmp_path) -> None:
    key = Fernet.generate_key()
    runtime = Runtime(store=SQLiteStore(str(tmp_path / "s.db")), secret_key=key)
    conversation = runtime.conversation(
        "c", {"variables": {"pin": SECRET, "a": 1}, "secureVariables": ["pin"]}
    )
    stored = conversation.state()
    assert stored["variables"] == {"pin": MASK, "a": 1}
    for file in tmp_path.iterdir():
        assert SECRET.encode() not in file.read_bytes(), file.name
    # a state read back and given again keeps its token (not the mask as the value)
    conversation.replace_state(conversation.state())
    result = conversation.run("println execution.getVariable('pin') == 'hunter2-TOKEN'")
    assert result.stdout == "true\n"


def test_replace_state_without_a_key_serves_the_next_run_only() -> None:
    conversation = Runtime().conversation(
        "c", {"variables": {"pin": SECRET}, "secureVariables": ["pin"]}
    )
    first = conversation.run(
        "println execution.getVariable('pin').size()\nprintln execution.getVariable('pin')"
    )
    assert first.stdout == f"13\n{MASK}\n"
    assert first.variables == {"pin": MASK}
    assert conversation.run("println execution.getVariable('pin')").stdout == "null\n"


def test_cli_compile_error_document_masks_secure_variables(tmp_path) -> None:
    script = tmp_path / "bad.groovy"
    script.write_text("def x = (")
    state = tmp_path / "state.json"
    state.write_text(json.dumps({"variables": {"pin": SECRET}, "secureVariables": ["pin"]}))
    out = CliRunner().invoke(cli, ["run", str(script), "--state", str(state), "--json"])
    assert out.exit_code == 1
    document = json.loads(out.output)
    assert document["variables"] == {"pin": MASK}
    assert document["error"]["type"] == "FlowSyntaxError"
    _no_secret(out.output)
