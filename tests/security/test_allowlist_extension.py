"""Embedders extend the allow-list (whitelist.config style) but can never open the deny-list."""

from __future__ import annotations

import pytest

from convoscript import Runtime
from convoscript.runtime.door.extensions import AllowListExtension


def extended_runtime() -> Runtime:
    ext = AllowListExtension()
    ext.static_method("com.acme.Pricing", "discount", lambda amount: amount * 9 // 10)
    ext.static_field("com.acme.Pricing", "CURRENCY", "EUR")
    ext.method("String", "shout", lambda s: s.upper() + "!")
    ext.constructor("com.acme.Money", lambda amount: {"amount": amount})
    return Runtime(allow=ext)


def test_extension_entries_are_reachable() -> None:
    rt = extended_runtime()
    result = rt.conversation("c").run(
        'println Pricing.discount(100)\nprintln Pricing.CURRENCY\nprintln "hi".shout()\n'
        "println new Money(5).amount"
    )
    assert result.error is None, result.error
    assert result.stdout == "90\nEUR\nHI!\n5\n"


def test_other_runtimes_do_not_see_the_extension() -> None:
    extended_runtime()
    result = Runtime().conversation("c").run('println "hi".shout()')
    assert result.error is not None and result.error.type == "MissingMethodException"


def test_whitelist_file_lines() -> None:
    ext = AllowListExtension().load_whitelist(
        "# acme additions\nstaticMethod com.acme.Util twice int\nmethod java.lang.String tag\n",
        {
            "staticMethod com.acme.Util twice int": lambda x: x * 2,
            "method java.lang.String tag": lambda s: f"<{s}>",
        },
    )
    result = Runtime(allow=ext).conversation("c").run('println Util.twice(21)\nprintln "a".tag()')
    assert result.stdout == "42\n<a>\n"


def test_whitelist_parameter_types_are_honoured() -> None:
    # Jenkins' format: the types after the name are the parameters (none: no argument)
    ext = AllowListExtension().load_whitelist(
        "staticMethod com.acme.Util twice int\n"
        "staticMethod com.acme.Util twice java.lang.String\n"
        "method java.lang.String tag\n"
        "new com.acme.Money java.math.BigDecimal\n",
        {
            "staticMethod com.acme.Util twice int": lambda x: x * 2,
            "staticMethod com.acme.Util twice java.lang.String": lambda s: s + s,
            "method java.lang.String tag": lambda s: f"<{s}>",
            "new com.acme.Money java.math.BigDecimal": lambda amount: {"amount": amount},
        },
    )
    convo = Runtime(allow=ext).conversation("c")
    ok = convo.run(
        'println Util.twice(21)\nprintln Util.twice("ab")\nprintln new Money(2.5).amount'
    )
    assert ok.error is None and ok.stdout == "42\nabab\n2.5\n"
    for script, error, text in [
        (
            "Util.twice(2L)",
            "MissingMethodException",
            "Util.twice() is applicable for argument types: (java.lang.Long)",
        ),
        ('"a".tag(1)', "MissingMethodException", "tag() is applicable"),
        (
            'new Money("x")',
            "GroovyRuntimeException",
            "Could not find matching constructor for: com.acme.Money(String)",
        ),
    ]:
        result = convo.run(script)
        assert result.error is not None and result.error.type == error, (script, result.error)
        assert text in result.error.message, result.error.message


def test_python_api_parameter_types() -> None:
    ext = AllowListExtension()
    ext.method("String", "times", lambda s, n: s * n, params=["int"])
    ext.method("String", "times", lambda s, t: s + t, params=["java.lang.String"])
    convo = Runtime(allow=ext).conversation("c")
    assert convo.run('println "ab".times(2)\nprintln "ab".times("!")').stdout == "abab\nab!\n"
    result = convo.run('"ab".times(2.5)')
    assert result.error is not None and result.error.type == "MissingMethodException"


@pytest.mark.parametrize(
    "add",
    [
        lambda e: e.static_method("java.lang.System", "exit", print),
        lambda e: e.constructor("java.io.File", print),
        lambda e: e.static_method("groovy.util.Eval", "me", print),
        lambda e: e.method("String", "execute", print),
        lambda e: e.method("Object", "getClassLoader", print),
        lambda e: e.method("Object", "__class__", print),
        lambda e: e.static_field("com.acme.X", "__dict__", 1),
        lambda e: e.constructor("java.lang.ProcessBuilder", print),
        lambda e: e.static_method("java.lang.Class", "forName", print),
    ],
)
def test_permanent_deny_list_cannot_be_opened(add) -> None:
    with pytest.raises(ValueError):
        add(AllowListExtension())
