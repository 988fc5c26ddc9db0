"""Row R41 (issue 11, item 3): nothing a script can reach through a class is shared between
runs unless it is deeply immutable — a generated canary test over every reachable static
(`static_canary.py`), the proof that it can fail, and the leaks it found."""

from __future__ import annotations

import pytest
from sandbox_harness import row, run, runtime
from static_canary import CANARY, Static, leaks, reachable_statics

from convoscript import Runtime
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.extensions import AllowListExtension
from convoscript.runtime.model.runcontext import PerRun


@row("R41")
def test_R41_no_reachable_static_carries_a_canary_into_another_run() -> None:
    statics = reachable_statics()
    assert len(statics) > 250  # every static field and parameterless static method
    assert leaks(Runtime(), statics) == []


@row("R41")
def test_R41_the_canary_check_finds_a_shared_mutable_static(monkeypatch) -> None:
    # a deliberately leaky static: one Python list every run shares
    fields = dict(allowlist.STATIC_FIELDS["java.util.Collections"])
    fields["LEAKY"] = []
    monkeypatch.setitem(allowlist.STATIC_FIELDS, "java.util.Collections", fields)
    found = leaks(Runtime(), [Static("java.util.Collections.LEAKY", "java.util.Collections")])
    assert found == [
        "java.util.Collections.LEAKY: the Python object changed",
        "java.util.Collections.LEAKY: the canary reached the reader",
    ]
    assert CANARY in fields["LEAKY"]
    # the same static made per run is clean
    fields["LEAKY"] = PerRun(list)
    assert leaks(Runtime(), [Static("java.util.Collections.LEAKY", "java.util.Collections")]) == []


READER = "println([Collections.EMPTY_MAP, Collections.EMPTY_LIST, Collections.EMPTY_SET])\n"

# Paths the read-only empty views did not refuse: `with` handed the closure the Python
# container behind the view as its delegate.
WRITERS = [
    ('Collections.EMPTY_MAP.with { k = "secret" }', "UnsupportedOperationException"),
    ('Collections.EMPTY_MAP.with { put("k", "secret") }', "UnsupportedOperationException"),
    ('Collections.EMPTY_LIST.with { add("secret") }', "UnsupportedOperationException"),
    ('Collections.EMPTY_LIST.with { it << "secret" }', "UnsupportedOperationException"),
    ('Collections.EMPTY_SET.with { add("secret") }', "UnsupportedOperationException"),
    ('Collections.EMPTY_LIST.identity { add("secret") }', "UnsupportedOperationException"),
]


@row("R41")
@pytest.mark.parametrize(("writer", "error"), WRITERS, ids=[w[0] for w in WRITERS])
def test_R41_empty_views_never_hand_out_what_is_behind_them(writer: str, error: str) -> None:
    rt = runtime()
    first = run(writer, rt=rt, cid="c-writer")
    assert first.error is not None and first.error.type == error
    second = run(READER, rt=rt, cid="c-reader")
    assert second.error is None and second.stdout == "[[:], [], []]\n"


@row("R41")
def test_R41_empty_views_are_one_object_within_a_run() -> None:
    result = run(
        "println Collections.EMPTY_LIST.is(Collections.EMPTY_LIST)\n"
        "println Collections.EMPTY_MAP.getClass().name"
    )
    assert result.stdout == "true\njava.util.Collections$EmptyMap\n"


@row("R41")
def test_R41_an_embedders_static_list_or_map_is_per_run() -> None:
    ext = AllowListExtension()
    ext.static_field("com.acme.Codes", "NAMES", ["a"])
    ext.static_field("com.acme.Codes", "TABLE", {"x": [1]})
    ext.static_field("com.acme.Codes", "TAGS", GSet(["t"]))
    rt = Runtime(allow=ext)
    source = (
        "println([Codes.NAMES, Codes.TABLE, Codes.TAGS])\n"
        'Codes.NAMES << "secret"; Codes.TABLE.x << "secret"; Codes.TAGS << "secret"\n'
        "println Codes.NAMES.is(Codes.NAMES)\n"
    )
    for cid in ("c-1", "c-2"):
        result = rt.conversation(cid).run(source)
        assert result.error is None, result.error
        assert result.stdout == "[[a], [x:[1]], [t]]\ntrue\n"
