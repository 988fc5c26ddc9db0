"""Group I: isolation between runs, conversations and tenants (threats.md §4 I1-I8).

A hostile run and a victim run share a Runtime (and often a compiled Script); the victim never
sees anything of the hostile run: statics, binding variables, handles, closures, RNG, reserved
keys, host dicts, error text and process-wide settings stay where they belong.
"""

from __future__ import annotations

import decimal
import locale
import os
import sys
import threading

import pytest
from sandbox_harness import (
    HOST_INTERNALS,
    SMALL,
    assert_compile_refused,
    assert_plain,
    assert_refused,
    assert_script_error,
    assert_value,
    check_result_hygiene,
    row,
    run,
)

from convoscript import Limits, Runtime


def shared_runtime() -> Runtime:
    return Runtime(limits=SMALL)


# ---- I1: mutable state does not survive across runs ---------------------------------------------
@row("I1")
def test_I01_class_statics_do_not_leak_between_runs() -> None:
    rt = shared_runtime()
    script = rt.compile(
        "class Counter { static int n = 0; static List seen = [] }\n"
        "Counter.n++\nCounter.seen << execution.conversationId()\n"
        "[Counter.n, Counter.seen]",
        "statics.groovy",
    )
    for cid in ("c-a", "c-a", "c-b", "c-a"):
        result = rt.conversation(cid).run(script)
        check_result_hygiene(result)
        assert result.value == [1, [cid]]


@row("I1")
def test_I01_binding_variables_do_not_leak_between_runs() -> None:
    rt = shared_runtime()
    script = rt.compile(
        "def seen = 'clean'\n"
        "try { seen = leak } catch (MissingPropertyException e) { }\n"
        "leak = execution.conversationId()\nseen",
        "binding.groovy",
    )
    for cid in ("c-a", "c-a", "c-b"):
        assert_value(rt.conversation(cid).run(script), "clean")


@row("I1")
def test_I01_script_fields_do_not_leak_between_runs() -> None:
    rt = shared_runtime()
    script = rt.compile(
        "@groovy.transform.Field List seen = []\nseen << execution.conversationId()\nseen",
        "field.groovy",
    )
    assert_value(rt.conversation("c-a").run(script), ["c-a"])
    assert_value(rt.conversation("c-b").run(script), ["c-b"])


@row("I1")
@pytest.mark.parametrize(
    "source",
    [
        "def l = [1, 2]\nl << 3\nl",
        "def m = [a: 1]\nm.b = 2\nm",
        "def f(l = []) { l << 1; l }\nf()",
        "def s = new StringBuilder('x')\ns.append('y')\ns.toString()",
        "def c = { it }.memoize()\n[c(1), c(2)]",
        "def set = [1] as Set\nset << 2\nset.size()",
    ],
    ids=[
        "list-literal",
        "map-literal",
        "default-argument",
        "string-builder",
        "memoize-cache",
        "set",
    ],
)
def test_I01_literals_and_caches_are_fresh_each_run(source: str) -> None:
    rt = shared_runtime()
    script = rt.compile(source, "fresh.groovy")
    first = rt.conversation("c-a").run(script)
    second = rt.conversation("c-b").run(script)
    assert first.error is None and first.value == second.value


@row("I1")
def test_I01_compiled_script_constants_are_immutable() -> None:
    rt = shared_runtime()
    script = rt.compile(
        "def s = 'const'\ndef n = 12345678901234567890\ndef d = 1.5\n"
        "n += 1\nd += 1\ns += 'x'\n[s, n, d]",
        "consts.groovy",
    )
    before = script.compiled.constants
    for cid in ("c-a", "c-b"):
        result = rt.conversation(cid).run(script)
        assert result.value == ["constx", 12345678901234567891, pytest.approx(2.5)]
    assert script.compiled.constants == before


# ---- I2: handles cannot be stashed for later ----------------------------------------------------
@row("I2")
def test_I02_handle_stored_in_state_comes_back_as_text() -> None:
    rt = shared_runtime()
    first = rt.conversation("c-h").run(
        'transientVariableService.addVariable("h", execution)\n'
        'execution.setVariable("l", log)\n'
        'customMetricService.upsertMetric("m", "${customMetricService}")'
    )
    assert first.error is None
    assert first.transient == {"h": "execution(c-h)"}
    assert first.variables == {"l": "log"}
    second = rt.conversation("c-h").run(
        'transientVariableService.getVariable("h").setVariable("x", 1)'
    )
    assert_script_error(second, "MissingMethodException", 1)
    assert second.variables == {"l": "log"}


@row("I2")
def test_I02_closure_capturing_a_handle_is_not_callable_later() -> None:
    rt = shared_runtime()
    first = rt.conversation("c-h").run(
        'def c = { execution.setVariable("stolen", 1) }\n'
        'transientVariableService.addVariable("c", c)\nexecution.setVariable("c2", c)\n'
        "class Stash { static def handle }\nStash.handle = execution\n0"
    )
    assert first.error is None
    for source in (
        'transientVariableService.getVariable("c")()',
        'execution.getVariable("c2").call()',
    ):
        later = rt.conversation("c-victim").run(source)
        assert later.error is not None
        assert later.error.type in ("MissingMethodException", "NullPointerException")
        assert "stolen" not in later.variables
    replay = rt.conversation("c-h").run('execution.getVariable("c2")()')
    assert_script_error(replay, "MissingMethodException", 1)
    assert "stolen" not in replay.variables


@row("I2")
def test_I02_static_stash_of_handle_gone_next_run() -> None:
    rt = shared_runtime()
    script = rt.compile(
        "class Stash { static def handle }\n"
        "def prev = Stash.handle\nStash.handle = execution\nprev",
        "stash.groovy",
    )
    assert_value(rt.conversation("c-a").run(script), None)
    assert_value(rt.conversation("c-b").run(script), None)


@row("I2")
def test_I02_handles_are_bound_to_their_conversation() -> None:
    rt = shared_runtime()
    script = rt.compile(
        'execution.setVariable("owner", execution.conversationId())\n'
        'customMetricService.upsertMetric("owner", execution.conversationId())\n'
        'transientVariableService.addVariable("owner", execution.id)\n0',
        "bind.groovy",
    )
    for cid in ("c-1", "c-2"):
        result = rt.conversation(cid).run(script)
        assert result.variables == {"owner": cid}
        assert result.metrics == {"owner": cid}
        assert result.transient == {"owner": f"proc-{cid}"}


# ---- I3: randomness and clocks are per run ----------------------------------------------------
RANDOM_PROBE = (
    "[Math.random(), new Random().nextInt(1000), UUID.randomUUID().toString(),\n"
    " { def l = (1..10).toList(); Collections.shuffle(l); l }(),\n"
    " new Date().toString(), TimeZone.getDefault().getID()]"
)
I3 = [
    ("nano-time", "System.nanoTime()", ("refused", "System.nanoTime()", 1)),
    (
        "current-time-millis",
        "System.currentTimeMillis()",
        ("refused", "System.currentTimeMillis()", 1),
    ),
    (
        "thread-local-random",
        "java.util.concurrent.ThreadLocalRandom.current()",
        ("compile-refused", "java.util.concurrent.ThreadLocalRandom", 1),
    ),
    ("reassign-math-random", "Math.random = { 4 }", ("refused", "Math.random = ...", 1)),
    (
        "random-metaclass",
        "Random.metaClass.nextInt = { 4 }",
        ("refused", "Class.getMetaClass()", 1),
    ),
    (
        "timezone-set-default",
        'TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"))',
        ("error", "MissingMethodException", 1),
    ),
    ("locale-set-default", "Locale.setDefault(Locale.US)", ("error", "MissingMethodException", 1)),
]


@row("I3")
@pytest.mark.parametrize("source,expected", [(s, e) for _, s, e in I3], ids=[n for n, _, _ in I3])
def test_I03_shared_randomness_and_clock_unreachable(source, expected) -> None:
    if expected[0] == "compile-refused":
        assert_compile_refused(source, expected[1], expected[2])
        return
    result = run(source)
    if expected[0] == "refused":
        assert_refused(result, expected[1], expected[2])
    else:
        assert_script_error(result, expected[1], expected[2])


@row("I3")
def test_I03_seeded_runs_are_reproducible_and_independent() -> None:
    rt = shared_runtime()
    probe = rt.compile(RANDOM_PROBE, "random.groovy")
    noisy = rt.compile(
        "def r = new Random(1)\n(1..500).each { Math.random(); r.nextInt(); "
        "UUID.randomUUID() }\nnew Random().setSeed(99)\n0",
        "noise.groovy",
    )
    context = {"seed": 7, "now": "2024-01-02T03:04:05Z", "zone": "Europe/Paris"}
    first = rt.conversation("c-a").run(probe, **context)
    assert first.error is None
    rt.conversation("c-noise").run(noisy)
    rt.conversation("c-noise").run(noisy, seed=7)
    for cid in ("c-b", "c-a", "c-noise"):
        again = rt.conversation(cid).run(probe, **context)
        assert again.value == first.value, cid
    assert first.value[4] == "Tue Jan 02 04:04:05 CET 2024" and first.value[5] == "Europe/Paris"


@row("I3")
def test_I03_rng_and_clock_per_run_across_threads() -> None:
    rt = Runtime(limits=Limits(max_seconds=5.0))
    probe = rt.compile(RANDOM_PROBE, "random.groovy")
    expected = rt.conversation("c-ref").run(probe, seed=11, now="2025-05-05T05:05:05Z").value
    results: list = []

    def worker(i: int) -> None:
        seed = 11 if i % 2 == 0 else 1000 + i
        results.append(
            (
                seed,
                rt.conversation(f"c-t{i}").run(probe, seed=seed, now="2025-05-05T05:05:05Z").value,
            )
        )

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(results) == 16
    for seed, value in results:
        assert (value == expected) == (seed == 11)


@row("I3")
def test_I03_unseeded_runs_do_not_share_a_sequence() -> None:
    rt = shared_runtime()
    probe = rt.compile("(1..4).collect { Math.random() }", "r.groovy")
    values = [tuple(rt.conversation(f"c-{i}").run(probe).value) for i in range(5)]
    assert len(set(values)) == 5


# ---- I4: reserved keys and identities cannot be overwritten ---------------------------------------
I4 = [
    (
        "conversation-id-variable",
        ('execution.setVariable("conversationId", "c-victim")\nexecution.conversationId()'),
        ("value", "c-attack"),
    ),
    (
        "process-id-property",
        'execution.id = "proc-c-victim"',
        ("error", "MissingPropertyException", 1),
    ),
    (
        "process-id-computed",
        'execution."${"i" + "d"}" = "proc-c-victim"',
        ("error", "MissingPropertyException", 1),
    ),
    (
        "process-id-setter",
        'execution.setId("proc-c-victim")',
        ("error", "MissingMethodException", 1),
    ),
    (
        "conversation-id-field",
        'execution.conversationId = "c-victim"',
        ("error", "MissingPropertyException", 1),
    ),
    (
        "reserved-looking-keys-are-data",
        (
            'execution.setVariable("__proto__", 1)\n'
            'transientVariableService.addVariable("__class__", 2)\n'
            "execution.getVariable('__proto__')"
        ),
        ("value", 1),
    ),
]


@row("I4")
@pytest.mark.parametrize("source,expected", [(s, e) for _, s, e in I4], ids=[n for n, _, _ in I4])
def test_I04_reserved_keys(source, expected) -> None:
    result = run(source)
    if expected[0] == "value":
        assert_value(result, expected[1])
    else:
        assert_script_error(result, expected[1], expected[2])


# ---- I5: only plain data crosses the boundary ------------------------------------------------------
BOUNDARY_VALUES = [
    "{ -> 1 }",
    '"x".&toUpperCase',
    "class A { }\nnew A()",
    "1..5",
    '"${1 + 1}"',
    "[a: 1].entrySet().toList()[0]",
    '"abc" =~ /b/',
    "~/b/",
    "new StringBuilder('sb')",
    "new RuntimeException('boom')",
    "String",
    "this",
    "execution",
    "[1, 2] as Set",
    "10G ** 30",
    "1.5G",
    "10L",
    "1.5f",
    "'c' as char",
    "[[1, [2, [3]]], [a: [b: { 1 }]]]",
    "def m = [:]\nm.self = m\nm",
    "def l = []\nl << l\nl",
    "execution.getVariableNames()",
    "[(new Object() == null ? 1 : 2): { 1 }]",
]


@row("I5")
@pytest.mark.parametrize("expr", BOUNDARY_VALUES)
def test_I05_only_plain_data_leaves_a_run(expr: str) -> None:
    rt = shared_runtime()
    script = rt.compile(
        f"def v = {{ -> {expr} }}()\n"
        'execution.setVariable("v", v)\ntransientVariableService.addVariable("v", v)\n'
        'customMetricService.upsertMetric("v", "$v")\nlog.info(v)\nv'
        if "\n" not in expr
        else f"{expr.rsplit(chr(10), 1)[0]}\ndef v = {expr.rsplit(chr(10), 1)[1]}\n"
        'execution.setVariable("v", v)\ntransientVariableService.addVariable("v", v)\nv',
        "boundary.groovy",
    )
    result = rt.conversation("c-i5").run(script)
    check_result_hygiene(result)
    for value in (result.value, result.variables, result.transient, result.metrics, result.log):
        assert_plain(value)
    stored = rt.store.load("c-i5")
    assert_plain(stored)


# ---- I6: copy in, copy out --------------------------------------------------------------------
@row("I6")
def test_I06_script_does_not_mutate_host_state_objects() -> None:
    rt = shared_runtime()
    items = [1, 2]
    nested = {"k": [1]}
    state = {"variables": {"items": items, "nested": nested}, "transient": {}, "metrics": {}}
    result = rt.conversation("c-i6", state).run(
        'execution.getVariable("items") << 3\nexecution.getVariable("nested").k << 2\n'
        'execution.getVariable("nested").x = 1\n0'
    )
    assert result.error is None
    assert items == [1, 2] and nested == {"k": [1]}
    assert result.variables["items"] == [1, 2, 3]


@row("I6")
def test_I06_host_mutating_a_result_does_not_change_the_store() -> None:
    rt = shared_runtime()
    first = rt.conversation("c-i6").run('execution.setVariable("l", [1])')
    first.variables["l"].append("host-mutation")
    first.variables["injected"] = "x"
    second = rt.conversation("c-i6").run(
        '[execution.getVariable("l"), execution.getVariable("injected")]'
    )
    assert_value(second, [[1], None])


@row("I6")
def test_I06_results_of_two_runs_do_not_alias() -> None:
    rt = shared_runtime()
    a = rt.conversation("c-i6").run('execution.setVariable("l", [1])')
    b = rt.conversation("c-i6").run('execution.getVariable("l") << 2\n0')
    assert a.variables["l"] == [1] and b.variables["l"] == [1, 2]
    assert a.variables["l"] is not b.variables["l"]


# ---- I7: error text never leaks host internals -----------------------------------------------------
ERRORS = [
    "null.foo()",
    "def m = [:]\nm.foo.bar",
    "1 / 0",
    '"a" as Integer',
    '"abc".substring(10)',
    '"x" ==~ /(/',
    "throw new RuntimeException()",
    "assert 1 == 2",
    "def x = 1\nx()",
    "[1, 2].sort { a, b -> 'x' }",
    "[1] * -1",
    "import groovy.json.JsonSlurper\nnew JsonSlurper().parseText('{bad')",
    'String.format("%q", 1)',
    "{ a -> a }(1, 2, 3)",
    "int x = 'abc'",
    "[].first()",
    "class A { A(int x) { } }\nnew A('s')",
    "execution.getVariable(1)",
    'log.info("a", "b", "c")',
    "def f(n) { f(n + 1) }\nf(1)",
    "while (true) {}",
    '"id".execute()',
    "x.y.z",
    "this.frame",
    "('a'..'e').collect { it / 2 }",
    "[a: 1].collectEntries { 5 }",
]


@row("I7")
@pytest.mark.parametrize("source", ERRORS)
def test_I07_error_text_has_no_host_internals(source: str) -> None:
    result = run(source)
    assert result.error is not None
    text = f"{result.error.message} {result.error.to_dict()}"
    assert not HOST_INTERNALS.search(text), text
    assert "/work/" not in text and ".py" not in text


@row("I7")
def test_I07_error_text_has_no_other_tenant_data() -> None:
    rt = shared_runtime()
    rt.conversation("c-victim", {"variables": {"pin": "victim-pin-9876"}}).run("1")
    result = rt.conversation("c-attack").run('execution.getVariable("pin").foo()')
    assert "victim-pin" not in str(result.to_dict())


# ---- I8: process-wide defaults stay untouched ------------------------------------------------------
I8 = [
    ("locale-set-default", "Locale.setDefault(Locale.US)", ("error", "MissingMethodException", 1)),
    # a Locale is a harmless value (NumberFormat takes one); setting it as default still fails
    (
        "locale-constructor",
        'Locale.setDefault(new Locale("fr"))',
        ("error", "MissingMethodException", 1),
    ),
    (
        "timezone-set-default",
        'TimeZone.setDefault(TimeZone.getTimeZone("UTC"))',
        ("error", "MissingMethodException", 1),
    ),
    (
        "system-set-property",
        'System.setProperty("user.timezone", "UTC")',
        ("refused", "System.setProperty(String, String)", 1),
    ),
    ("decimal-context", "decimal.getcontext()", ("error", "MissingPropertyException", 1)),
    ("python-setlocale", 'locale.setlocale(0, "C")', ("error", "MissingPropertyException", 1)),
]


@row("I8")
@pytest.mark.parametrize("source,expected", [(s, e) for _, s, e in I8], ids=[n for n, _, _ in I8])
def test_I08_process_wide_defaults(source, expected) -> None:
    from sandbox_harness import assert_compile_refused

    if expected[0] == "compile-refused":
        assert_compile_refused(source, expected[1], expected[2])
        return
    result = run(source)
    if expected[0] == "refused":
        assert_refused(result, expected[1], expected[2])
    else:
        assert_script_error(result, expected[1], expected[2])


@row("I8")
def test_I08_defaults_unchanged_for_the_next_run() -> None:
    rt = shared_runtime()
    probe = 'Locale.getDefault().toString() + "|" + TimeZone.getDefault().getID()'
    before = rt.conversation("c-victim").run(probe).value
    for attack in (
        "Locale.setDefault(Locale.US)",
        'TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"))',
        'System.setProperty("user.timezone", "Asia/Tokyo")',
    ):
        rt.conversation("c-hostile").run(attack)
    assert rt.conversation("c-victim").run(probe).value == before


@row("I8")
def test_I08_runs_leave_process_settings_unchanged() -> None:
    ctx = decimal.getcontext()
    before = (
        ctx.prec,
        ctx.rounding,
        ctx.Emax,
        ctx.Emin,
        dict(ctx.traps),
        locale.setlocale(locale.LC_ALL),
        dict(os.environ),
        sys.get_int_max_str_digits(),
        os.environ.get("TZ"),
    )
    result = run(
        "import java.math.RoundingMode\n"
        "def x = 1.0G.divide(3.0G, 50, RoundingMode.HALF_UP)\n"
        "def y = (1.5G * 2.25G).setScale(1, RoundingMode.HALF_EVEN)\n"
        "def z = 10 / 3\n[x.scale(), y, z]"
    )
    assert result.error is None
    ctx = decimal.getcontext()
    after = (
        ctx.prec,
        ctx.rounding,
        ctx.Emax,
        ctx.Emin,
        dict(ctx.traps),
        locale.setlocale(locale.LC_ALL),
        dict(os.environ),
        sys.get_int_max_str_digits(),
        os.environ.get("TZ"),
    )
    assert after == before


# ---- Concurrency: many conversations, one Runtime, one compiled Script -----------------------------
@row("I1")
def test_I01_concurrent_conversations_see_only_their_own_data() -> None:
    rt = Runtime(limits=Limits(max_steps=200_000, max_seconds=5.0))
    script = rt.compile(
        "class Mine { static String id = null }\n"
        "def me = execution.conversationId()\n"
        "Mine.id = me\nshared = me\n"
        "execution.setVariable('me', me)\ntransientVariableService.addVariable('me', me)\n"
        "customMetricService.upsertMetric('me', me)\n"
        "def acc = []\n(1..300).each { acc << me; assert Mine.id == me; assert shared == me }\n"
        "assert execution.getVariable('me') == me\n"
        "assert execution.getVariableNames().toList() == ['seed', 'me']\n"
        "[me, acc.unique(), Mine.id, shared, transientVariableService.getVariables(),\n"
        " customMetricService.getAllMetrics(), execution.getVariable('seed')]",
        "concurrent.groovy",
    )
    n = 50
    for i in range(n):
        rt.conversation(f"conv-{i}", {"variables": {"seed": f"seed-{i}"}})
    results: dict[int, object] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(n)

    def worker(i: int) -> None:
        try:
            barrier.wait(timeout=10)
            results[i] = rt.conversation(f"conv-{i}").run(script)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    assert len(results) == n
    for i, result in results.items():
        me = f"conv-{i}"
        assert result.error is None, (me, result.error and result.error.message)
        assert result.value == [me, [me], me, me, {"me": me}, {"me": me}, f"seed-{i}"]
        assert result.variables == {"seed": f"seed-{i}", "me": me}
        assert result.transient == {"me": me} and result.metrics == {"me": me}
        stored = rt.store.load(me)
        assert stored["variables"] == {"seed": f"seed-{i}", "me": me}


@row("I1")
def test_I01_runs_on_one_conversation_never_interleave() -> None:
    rt = Runtime(limits=Limits(max_steps=500_000, max_seconds=5.0))
    script = rt.compile(
        "def n = execution.getVariable('n') ?: 0\n"
        "(1..200).each { }\nexecution.setVariable('n', n + 1)",
        "counter.groovy",
    )
    threads = [
        threading.Thread(target=lambda: rt.conversation("c-shared").run(script)) for _ in range(20)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert rt.store.load("c-shared")["variables"]["n"] == 20


@row("I5")
def test_I05_log_entries_are_plain() -> None:
    result = run("log.info('c' as char)\nlog.warn('abc'.charAt(1))")
    assert [type(entry["message"]) for entry in result.log] == [str, str]
