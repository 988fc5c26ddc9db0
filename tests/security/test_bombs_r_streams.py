"""R58: java.util.stream pipelines (issue 10) are lazy generators inside the budget: every
element a stage handles is a step, so a pipeline that multiplies elements (flatMap of a stream
per element) or a terminal that builds a large result stops at a limit, never outside one."""

from __future__ import annotations

from sandbox_harness import SMALL, assert_limit, row, run

_BIG = "def l = (1..5000).toList()\n"


@row("R58")
def test_R58_flat_map_multiplying_elements_ends_at_the_step_limit() -> None:
    result = run(_BIG + "l.stream().flatMap { x -> l.stream() }.count()")
    assert_limit(result, "steps", slack=1.0)


@row("R58")
def test_R58_collecting_a_multiplied_stream_ends_at_a_limit() -> None:
    result = run(
        _BIG + "l.stream().flatMap { x -> l.stream() }.collect(java.util.stream.Collectors.toList())"
    )
    assert result.error is not None and result.error.type == "LimitExceeded"


@row("R58")
def test_R58_joining_past_the_string_limit_is_refused() -> None:
    result = run(
        "def l = (1..5000).toList()\n"
        "println(l.stream().map { 'x' * 50 }.collect(java.util.stream.Collectors.joining(',')).size())"
    )
    assert_limit(result, "memory", slack=1.0)


@row("R58")
def test_R58_distinct_pays_for_colliding_hashes() -> None:
    # Strings chosen to share one Java hashCode ("Aa" and "BB" collide; their concatenations too)
    words = "def w = ['Aa', 'BB']; def ks = w; 11.times { ks = ks.collectMany { k -> w.collect { k + it } } }\n"
    result = run(words + "println(ks.stream().distinct().count())", SMALL)
    assert result.error is not None and result.error.type == "LimitExceeded"
