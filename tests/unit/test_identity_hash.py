"""Identity hash codes (`A@1b6d3586`, `hashCode()` of a plain object): per run, reproducible
with the run's seed, and never derived from a host memory address."""

from __future__ import annotations

from convoscript import Runtime

SOURCE = (
    "class A {}\ndef a = new A()\n[a.toString(), a.hashCode(), new A().hashCode(), "
    "new StringBuilder().hashCode()]"
)


def test_identity_hashes_are_reproducible_with_a_seed_and_fixed_per_object() -> None:
    rt = Runtime()
    first = rt.conversation("c1").run(SOURCE, seed=7).value
    second = rt.conversation("c2").run(SOURCE, seed=7).value
    assert first == second
    text, code, other, _ = first
    assert text == f"A@{code:x}" and code != other
    assert 0 <= code < 2**31


def test_identity_hashes_differ_between_seeds() -> None:
    rt = Runtime()
    assert (
        rt.conversation("c1").run(SOURCE, seed=1).value
        != rt.conversation("c2").run(SOURCE, seed=2).value
    )
