"""Fuzzing the compile path (threats.md A15-A17, P17; DESIGN.md §3.3).

Whatever text arrives, `parse` then `compile_uncached` either return or raise FlowSyntaxError /
SecurityViolation — never another exception, never a hang. Inputs: random text over a Groovy-ish
alphabet, and mutations (insert / delete / duplicate / replace tokens and characters) of the
conformance scripts in tests/conformance/cases/*/script.groovy.

- `test_fuzz_*_property`: hypothesis, with a per-example deadline.
- `test_fuzz_deterministic_mutants`: a bounded, seeded run of ~2000 mutants (under 30 s).
- `test_fuzz_regression_*`: every crash the fuzzers found, kept as a regular test.
"""

from __future__ import annotations

import random
import re
import signal
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convoscript import FlowSyntaxError, SecurityViolation
from convoscript.compiler import compile_uncached
from convoscript.grammar.parser import parse

# Fuzzing guards the parser/compiler row A15 (deep or malformed input must end in a clean
# compile-time error, never a crash or a hang).
pytestmark = [
    pytest.mark.row("A15"),
    # compiling raises the recursion limit (deep scripts); hypothesis notices and warns
    pytest.mark.filterwarnings("ignore:The recursion limit will not be reset"),
]

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [
    p.read_text()
    for p in sorted((ROOT / "tests" / "conformance" / "cases").glob("*/script.groovy"))
]
PER_EXAMPLE_SECONDS = 3.0

TOKEN = re.compile(r"\s+|[A-Za-z_$][\w$]*|\d[\w.]*|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|\S")
SNIPPETS = [
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "${",
    '"',
    "'",
    "/",
    "$/",
    "/$",
    "\n",
    ";",
    ".",
    ".&",
    "?.",
    "*.",
    "->",
    "..",
    "..<",
    "?:",
    "**",
    "<<",
    ">>>",
    "as",
    "in",
    "def",
    "class",
    "static",
    "new",
    "return",
    "try",
    "catch",
    "finally",
    "switch",
    "case",
    "default:",
    "@",
    "\\",
    "'''",
    '"""',
    "0x",
    "1e9999G",
    "9" * 60,
    "__x",
    "it",
    "this",
    "super",
    "=~",
    "==~",
    "~/",
    ":",
    ",",
    "=",
    "+=",
    "++",
    "--",
    "!",
    "-",
    "@Field",
    "@Grab('a:b:c')",
    "import",
    "package",
    "enum",
    "interface",
    "trait",
    "\t",
    "\r",
    "\u00a0",
    "\x00",
    "\ufeff",
    "é",
    "＿",
    "\u202e",
    "*",
    "for (",
    "while (",
    "if (",
    "else",
    "goto",
    "assert",
    "throw",
    "instanceof",
    "/*",
    "*/",
    "//",
    "#!",
    "$",
    "${-> 1}",
    "def (a, b) = ",
    "String[]",
    "<T>",
    "?.[",
    "!in",
    "===",
    "::",
    "- -1",
    "-(",
    "~",
    "!!",
    "1..",
    "as int",
    "(int)",
    "?",
    "<=>",
]
ALPHABET = list("abcxyz_$019.,;:(){}[]<>=!?+-*/%&|^~@#'\"\\ \n\t") + SNIPPETS


class Hang(Exception):
    """An example ran past PER_EXAMPLE_SECONDS."""


def _alarm(signum, frame):  # pragma: no cover - only on a hang
    raise Hang()


def compile_only_clean_errors(source: str) -> None:
    """The property: parse + compile return, or raise FlowSyntaxError / SecurityViolation."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, PER_EXAMPLE_SECONDS)
    try:
        parse(source, "f.groovy")
        compile_uncached(source, "f.groovy")
    except (FlowSyntaxError, SecurityViolation):
        pass
    except Hang:
        raise AssertionError(f"compile took more than {PER_EXAMPLE_SECONDS} s: {source!r:.300}")
    except (KeyboardInterrupt, SystemExit):  # pragma: no cover
        raise
    except BaseException as exc:
        # derive from BaseException so that scripts cannot catch them)
        raise AssertionError(f"{type(exc).__name__}: {exc} for {source!r:.300}") from exc
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def mutate(rng: random.Random, source: str, rounds: int) -> str:
    tokens = TOKEN.findall(source) or [""]
    for _ in range(rounds):
        op = rng.random()
        i = rng.randrange(len(tokens))
        if op < 0.22 and len(tokens) > 1:
            del tokens[i]
        elif op < 0.40:
            tokens.insert(i, tokens[rng.randrange(len(tokens))])
        elif op < 0.60:
            tokens.insert(i, rng.choice(SNIPPETS))
        elif op < 0.70:
            j = rng.randrange(len(tokens))
            tokens[i], tokens[j] = tokens[j], tokens[i]
        elif op < 0.85:
            text = "".join(tokens)
            k = rng.randrange(len(text) + 1)
            piece = rng.choice(
                ["", text[k : k + 1] * 2, chr(rng.randrange(32, 127)), rng.choice(SNIPPETS)]
            )
            tokens = TOKEN.findall(text[:k] + piece + text[k + 1 :]) or [""]
        else:
            tokens[i] = rng.choice(SNIPPETS)
    return "".join(tokens)


# Inputs that hit a fuzzer-found crash (see the regression tests below) are set aside in the
# property tests, so that hypothesis keeps looking for *new* crashes.
KNOWN_CRASH = re.compile(r"for\s*\((\s|//[^\n]*\n?|/\*.*?\*/)*$", re.DOTALL)
KNOWN_NEGATION = re.compile(r"-[\s(]*-")  # `-(-1)`, `- -1`: test_fuzz_regression_negated_...


def _known(source: str) -> bool:
    return bool(KNOWN_CRASH.search(source) or KNOWN_NEGATION.search(source))


# ---- property tests (hypothesis) ------------------------------------------------------------------
@settings(
    max_examples=200,
    deadline=PER_EXAMPLE_SECONDS * 1000,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(
    st.lists(st.sampled_from(ALPHABET), max_size=60).map("".join).filter(lambda s: not _known(s))
)
def test_fuzz_random_text_property(source: str) -> None:
    compile_only_clean_errors(source)


@settings(
    max_examples=100,
    deadline=PER_EXAMPLE_SECONDS * 1000,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(st.text(max_size=80).filter(lambda s: not _known(s)))
def test_fuzz_arbitrary_unicode_property(source: str) -> None:
    compile_only_clean_errors(source)


@settings(
    max_examples=150,
    deadline=PER_EXAMPLE_SECONDS * 1000,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(st.integers(0, len(CORPUS) - 1), st.integers(0, 2**32 - 1), st.integers(1, 8))
def test_fuzz_conformance_mutants_property(index: int, seed: int, rounds: int) -> None:
    source = mutate(random.Random(seed), CORPUS[index], rounds)
    if not _known(source):
        compile_only_clean_errors(source)


def test_fuzz_corpus_is_not_empty() -> None:
    assert len(CORPUS) >= 40


# ---- bounded deterministic run ----------------------------------------------------------------
def test_fuzz_deterministic_mutants() -> None:
    rng = random.Random(20240613)
    start = time.perf_counter()
    failures: list[str] = []
    count = 0
    while count < 2000 and time.perf_counter() - start < 25:
        source = mutate(rng, rng.choice(CORPUS), rng.randint(1, 6))
        if _known(source):
            continue
        count += 1
        try:
            compile_only_clean_errors(source)
        except AssertionError as exc:
            failures.append(str(exc)[:400])
    assert count >= 500, f"only {count} mutants in the time budget"
    assert not failures, f"{len(failures)} crashing mutants, e.g. {failures[:3]}"


# ---- regressions: inputs the fuzzers found ---------------------------------------------------
FOUND = [
    "for (",
    "for (  ",
    "x = 1\nfor (",
    "for ( // comment",
    "else 9$/String $-) as '''{L*.{*)}0\x00[,etry {*.} finally {;.&while ($/++/$for (",
    "try {\n    throw new IllegalStateException()\n// catch (Exception e) {\n}\nprintln 1",
]


@pytest.mark.parametrize(
    "source",
    FOUND,
    ids=[
        "for-paren",
        "for-paren-spaces",
        "after-statement",
        "comment",
        "found-by-random-text",
        "try-without-catch-or-finally",
    ],
)
def test_fuzz_regression_for_header_at_end_of_input(source: str) -> None:
    compile_only_clean_errors(source)


@pytest.mark.row("P19")
@pytest.mark.parametrize(
    "source",
    ["1e999999999G", "1e-999999999G", "def x = 1.5e999999999"],
    ids=["positive", "negative", "unsuffixed"],
)
def test_fuzz_regression_huge_exponent_literal(source: str) -> None:
    compile_only_clean_errors(source)


@pytest.mark.parametrize(
    "source",
    ["def x = -(-1)\nx", "def x = - -1", "def x = - - 1.5", "def x = -(-1G)", "println(-(-2))"],
    ids=["negated-parenthesised", "double-minus", "decimal", "big-integer", "argument"],
)
def test_fuzz_regression_negated_negative_literal(source: str) -> None:
    compile_only_clean_errors(source)


@pytest.mark.parametrize(
    "source",
    [
        "1e2147483648G",
        "1.0e-2147483649",
        "1e400d",
        "9" * 5000,
        "0x" + "f" * 3000,
        "1." + "9" * 3000,
        "1" + "_1" * 2000,
        "99999999999999999999999L",
    ],
    ids=[
        "exponent-overflow",
        "negative-exponent-overflow",
        "double-overflow",
        "long-int",
        "long-hex",
        "long-decimal",
        "underscores",
        "long-suffix",
    ],
)
def test_fuzz_regression_number_literals(source: str) -> None:
    compile_only_clean_errors(source)
