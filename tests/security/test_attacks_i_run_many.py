"""Row I1 from the command line: `convoscript run-many` runs scripts in one process and one
Runtime, as a deployed host serves many conversations, so a canary one run writes into
something static must never reach the next run (issue 11, items 3 and 10).

Each case is a writer (a hostile run that tries to leave "secret" in a static reachable by
every run) and a reader on another conversation that prints those statics.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sandbox_harness import HOST_INTERNALS, row

from convoscript.cli import cli

READER = (
    "println([Collections.EMPTY_MAP, Collections.EMPTY_LIST, Collections.EMPTY_SET])\n"
    'println Collections.EMPTY_MAP.get("k")\n'
)

WRITERS = [
    # Groovy: UnsupportedOperationException (the GDK's get(key, default) puts the default)
    (
        "empty-map-get-default",
        'Collections.EMPTY_MAP.get("k", "secret")',
        "UnsupportedOperationException",
    ),
    (
        "empty-map-view-get-default",
        'Collections.EMPTY_MAP.asImmutable().get("k", "secret")',
        "UnsupportedOperationException",
    ),
    (
        "empty-map-put-if-absent",
        'Collections.EMPTY_MAP.putIfAbsent("k", "secret")',
        "UnsupportedOperationException",
    ),
    (
        "empty-map-subscript",
        'Collections.EMPTY_MAP["k"] = "secret"',
        "UnsupportedOperationException",
    ),
    ("empty-map-property", 'Collections.EMPTY_MAP.k = "secret"', "UnsupportedOperationException"),
    (
        "empty-list-left-shift",
        'Collections.EMPTY_LIST << "secret"',
        "UnsupportedOperationException",
    ),
    (
        "empty-list-collections-add-all",
        'Collections.addAll(Collections.EMPTY_LIST, "secret")',
        "UnsupportedOperationException",
    ),
    ("empty-set-add", 'Collections.EMPTY_SET.add("secret")', "UnsupportedOperationException"),
]


def run_many(tmp_path: Path, runs: list[dict], *options: str) -> tuple[int, list[dict] | None, str]:
    (tmp_path / "runs.json").write_text(json.dumps(runs))
    args = ["run-many", str(tmp_path / "runs.json"), "--json", *options]
    result = CliRunner().invoke(cli, args)
    try:
        documents = json.loads(result.output)
    except ValueError:
        documents = None
    return result.exit_code, documents, result.output


CASES = [pytest.param(w[1], w[2], "thread", id=w[0]) for w in WRITERS] + [
    # the same worker process serves both runs, as it would two tenants
    pytest.param(WRITERS[0][1], WRITERS[0][2], "process", id="process-" + WRITERS[0][0]),
]


@row("I1")
@pytest.mark.parametrize(("writer", "error", "isolation"), CASES)
def test_I01_run_many_canary_never_reaches_the_next_run(
    tmp_path: Path, writer: str, error: str, isolation: str
) -> None:
    (tmp_path / "writer.groovy").write_text(writer + "\n")
    (tmp_path / "reader.groovy").write_text(READER)
    code, documents, output = run_many(
        tmp_path,
        [{"script": "writer.groovy"}, {"script": "reader.groovy"}],
        "--isolation",
        isolation,
    )
    assert documents is not None, output
    first, second = documents
    assert first["error"] is not None and first["error"]["type"] == error
    assert second["error"] is None
    assert second["stdout"] == "[[:], [], []]\nnull\n"
    assert "secret" not in json.dumps(second)
    assert code == 1  # one run ended with an error
    assert not HOST_INTERNALS.search(output)
