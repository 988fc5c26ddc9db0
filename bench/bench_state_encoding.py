"""How fast the store's state codec writes and reads a realistic 29 KB conversation state,
against the candidates measured for it (issue 14 part 5), side by side in one run.

    python bench/bench_state_encoding.py [--baseline PATH_TO_AN_OLDER_CHECKOUT]

Writers: the hand-written `jsonio` writer the codec used before, simplejson (`use_decimal`),
msgspec (Decimals as numbers), orjson (Decimals through a `default` hook returning a
`Fragment`), and the codec as it is now. Each is shown with whether its text equals the old
writer's bytes: msgspec and orjson write no spaces and refuse lone surrogates (they would need
a fallback). Readers: the old decoder (`json` with a pairs hook), simplejson, msgspec (a
`float_hook` for exact Decimals, then a Python walk for the tags; it refuses the lone
surrogate escapes stored text may hold), and the codec now. With `--baseline`, a
`Conversation.run` on a SQLite store holding the state, in the baseline checkout and in this
one (alternating processes), and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import simplejson

try:  # candidates measured, not dependencies: `pip install msgspec orjson` to see them
    import msgspec
except ImportError:
    msgspec = None
try:
    import orjson
except ImportError:
    orjson = None

from convoscript import jsonio
from convoscript.store import codec

ROOT = Path(__file__).resolve().parent.parent


def sample_state() -> dict:
    """A conversation some 70 turns in, as a SQLite store keeps it (about 29 KB of JSON):
    variables with BigDecimals and nested maps and lists, a transcript (epoch-second floats:
    tagged Doubles), entities, a CSV table's rows (Doubles), a map with Integer keys (the map
    tag), a masked secure variable and its encrypted token,
    non-ASCII text and one lone surrogate (half an emoji a script cut)."""
    turns = []
    for i in range(70):
        turns.append(
            {
                "sequenceId": i + 1,
                "messageId": f"6f1c2a4e-{i:04d}-4000-8000-00000000{i:04d}",
                "userType": "USER" if i % 2 else "AMELIA",
                "username": "Ann Lee" if i % 2 else "Amelia",
                "text": f"Turn {i}: I'd like to check order #{1000 + i}, ça marche? 🙂",
                "dateTime": f"2024-05-01 1{i // 60}:{i % 60:02d}:05.000",
                "created": 1714557605.125 + i,
            }
        )
    turns[7]["text"] = "cut: \ud83d"
    variables = {
        f"var{i}": [
            f"text value {i}",
            Decimal(f"{i}.50"),
            i * 1000003,
            {"amount": Decimal("1234.5678"), "currency": "EUR", "lines": [1, 2, 3]},
            [Decimal("0.1"), Decimal("1E+3"), "x", None, True],
        ][i % 5]
        for i in range(160)
    }
    variables["password"] = "********"
    variables["counts"] = {1: "one", 2: "two", 10: "ten"}
    return {
        "variables": variables,
        "transient": {"trained_performance": Decimal("0.92"), "attempts": 3, "ratio": 0.75},
        "metrics": {f"metric{i}": f"{i * 7}" for i in range(20)},
        "user": {
            "userId": "3f1c2a4e-0000-4000-8000-000000000001",
            "firstName": "Ann",
            "lastName": "Lee",
            "email": "ann@example.com",
            "anonymous": False,
            "attributes": {"tier": "gold", "región": "Málaga"},
        },
        "domain": {"id": "6b0e5c1a-0000-4000-8000-000000000002", "code": "shop", "name": "Shop"},
        "intent": {"code": "order_status", "name": "Order status", "actionType": "EXECUTE_BPN"},
        "intentHistory": [{"code": f"intent{i}", "name": f"Intent {i}"} for i in range(10)],
        "entities": [
            {
                "code": f"entity{i}",
                "value": Decimal(f"{i}.25") if i % 2 else f"value {i}",
                "text": f"text {i}",
                "datumType": "NUMBER" if i % 2 else "TEXT",
                "scope": "CONTEXT",
                "latest": i > 5,
            }
            for i in range(12)
        ],
        "transcript": turns,
        "tables": {
            "prices": [
                {"sku": f"sku-{i}", "qty": i % 5, "price": 1.25 * (i % 7)} for i in range(30)
            ]
        },
        "secureVariables": ["password"],
        "secureValues": {"password": "gAAAAA" + "Bk3x9Q_zT2" * 12 + "=="},
        "meta": {
            "created": 1714557600.5,
            "updated": 1714557645.25,
            "finished": None,
            "channel": "webchat",
            "runs": 40,
        },
    }


# ---- the codec as it was (the hand-written writer behind a tag walk of every node) ----------
def old_tag(value: object) -> object:
    t = type(value)
    if t is float:
        return {"\u0000double": repr(value)}
    if t is dict:
        if all(type(k) is str for k in value):  # type: ignore[union-attr]
            return {
                ("\u0000" + k if k.startswith("\u0000") else k): old_tag(v)
                for k, v in value.items()  # type: ignore[union-attr]
            }
        return {"\u0000map": [[old_tag(k), old_tag(v)] for k, v in value.items()]}  # type: ignore[union-attr]
    if t is list or t is tuple:
        return [old_tag(v) for v in value]  # type: ignore[union-attr]
    return value


def old_encode(state: object) -> str:
    return jsonio.dumps(old_tag(state), indent=None)


def old_decode(text: str) -> object:
    return json.loads(text, parse_float=Decimal, object_pairs_hook=codec._untag)


# ---- the candidates: each library behind the codec's tag walk (codec._tag) -------------------
def simplejson_encode(state: object) -> str:
    out = simplejson.dumps(
        codec._tag(state), use_decimal=True, ensure_ascii=False, separators=(", ", ": ")
    )
    return jsonio._SURROGATE.sub(jsonio._escape, out)


def msgspec_encode(state: object) -> str:
    return _MSGSPEC.encode(codec._tag(state)).decode()


def _fragment(value: object) -> object:
    if isinstance(value, Decimal):
        return orjson.Fragment(str(value))
    raise TypeError


def orjson_encode(state: object) -> str:
    return orjson.dumps(codec._tag(state), default=_fragment).decode()


def simplejson_decode(text: str) -> object:
    return simplejson.loads(text, use_decimal=True, object_pairs_hook=codec._untag)


def msgspec_decode(text: str) -> object:
    return _untag_walk(_MSGSPEC_DECODER.decode(text))


def _untag_walk(value: object) -> object:
    if type(value) is dict:
        return codec._untag([(k, _untag_walk(v)) for k, v in value.items()])
    if type(value) is list:
        return [_untag_walk(v) for v in value]
    return value


WRITERS = {
    "jsonio writer (before)": old_encode,
    "tag walk alone (now)": codec._tag,
    "simplejson use_decimal": simplejson_encode,
    "msgspec": msgspec_encode,
    "orjson + Fragment": orjson_encode,
    "codec.encode (now)": codec.encode,
}
READERS = {
    "json + pairs hook (before)": old_decode,
    "simplejson + pairs hook": simplejson_decode,
    "msgspec + tag walk": msgspec_decode,
    "codec.decode (now)": codec.decode,
}
if msgspec is None:
    del WRITERS["msgspec"], READERS["msgspec + tag walk"]
else:
    _MSGSPEC = msgspec.json.Encoder(decimal_format="number")
    _MSGSPEC_DECODER = msgspec.json.Decoder(float_hook=Decimal)
if orjson is None:
    del WRITERS["orjson + Fragment"]
REFUSALS = (UnicodeEncodeError, TypeError, ValueError) + ((msgspec.EncodeError,) if msgspec else ())


def best(fn, repeat: int = 7, batch: int = 50) -> float:
    """Seconds per call in the fastest batch (the least disturbed on a shared machine)."""
    for _ in range(batch):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - start) / batch)
    return min(samples)


def interleaved(fns: dict, rounds: int = 25, batch: int = 20) -> dict:
    """Seconds per call of each function: the fastest of `rounds` batches, the functions taking
    turns batch by batch, so load from elsewhere on the machine falls on all of them alike."""
    samples: dict = {name: [] for name in fns}
    for name, fn in fns.items():
        fn()  # warm up
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.perf_counter()
            for _ in range(batch):
                fn()
            samples[name].append((time.perf_counter() - start) / batch)
    return {name: min(times) for name, times in samples.items()}


def codecs_table(state: dict) -> None:
    reference = old_encode(state)
    ascii_state = {**state, "transcript": [*state["transcript"]]}
    ascii_state["transcript"][7] = {**state["transcript"][7], "text": "cut"}
    print(f"state: {len(reference.encode('utf-8')) / 1024:.1f} KB of JSON")
    writes, notes = {}, {}
    for name, write in WRITERS.items():
        subject = state
        try:
            text = write(state)
        except REFUSALS as exc:
            # the lone surrogate is refused: timed on the state without it
            subject, text = ascii_state, write(ascii_state)
            notes[name] = f"refuses the surrogate ({type(exc).__name__}): timed without it"
        same = "yes" if text == old_encode(subject) else "no" if isinstance(text, str) else "-"
        writes[name] = (lambda w=write, x=subject: w(x), same)
    times = interleaved({name: fn for name, (fn, _) in writes.items()})
    base = times["jsonio writer (before)"]
    print(f"{'writer':28s} {'µs':>9s} {'before ÷':>9s}  same bytes")
    for name, (_, same) in writes.items():
        print(f"{name:28s} {times[name] * 1e6:9.1f} {base / times[name]:8.2f}x  {same}")
    reads = {}
    expected = repr(old_decode(reference))
    for name, read in READERS.items():
        text = reference
        try:
            value = read(text)
        except ValueError as exc:  # msgspec.DecodeError is one
            text = old_encode(ascii_state)
            value, expected_here = read(text), repr(old_decode(text))
            notes[name] = f"refuses the surrogate escape ({type(exc).__name__}): timed without it"
        else:
            expected_here = expected
        same = "yes" if repr(value) == expected_here else "no"
        reads[name] = (lambda r=read, x=text: r(x), same)
    times = interleaved({name: fn for name, (fn, _) in reads.items()})
    base = times["json + pairs hook (before)"]
    print(f"{'reader':28s} {'µs':>9s} {'before ÷':>9s}  same value")
    for name, (_, same) in reads.items():
        print(f"{name:28s} {times[name] * 1e6:9.1f} {base / times[name]:8.2f}x  {same}")
    for name, note in notes.items():
        print(f"  {name}: {note}")


DOCUMENTED = (ROOT / "examples" / "trained_performance.groovy").read_text()


def run_seconds() -> float:
    """One `Conversation.run` of the documented example on a SQLite store holding the state
    (its secure variable sealed with a key, as a deployment keeps one)."""
    from cryptography.fernet import Fernet

    from convoscript import Runtime
    from convoscript.store import SQLiteStore

    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(os.path.join(tmp, "state.db"))
        runtime = Runtime(store=store, secret_key=Fernet.generate_key())
        conversation = runtime.conversation("c-1")
        state = sample_state()
        del state["secureValues"]  # sealed from the variable by the runtime's key
        state["variables"]["password"] = "s3cret"
        conversation.replace_state(state)
        script = runtime.compile(DOCUMENTED, "trained_performance.groovy")
        assert conversation.run(script).ok
        assert "secureValues" in store.load("c-1")
        return best(lambda: conversation.run(script), repeat=7, batch=20)


def compare_runs(baseline: Path, rounds: int = 3) -> None:
    """The SQLite run in the baseline checkout and in this one, alternating processes."""
    times: dict[Path, list[float]] = {baseline: [], ROOT: []}
    for _ in range(rounds):
        for root in (baseline, ROOT):
            env = {**os.environ, "PYTHONPATH": str(root)}
            out = subprocess.run(
                [sys.executable, __file__, "--run-only"],
                env=env,
                check=True,
                capture_output=True,
                text=True,
                cwd=root,
            ).stdout
            times[root].append(float(out))
    old, new = statistics.median(times[baseline]), statistics.median(times[ROOT])
    print("SQLite Conversation.run of the documented example on the 29 KB state:")
    print(f"  baseline ({baseline}) {old * 1e6:9.1f} µs")
    print(f"  this checkout           {new * 1e6:9.1f} µs")
    print(f"  before / after          {old / new:9.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, help="an older checkout to compare runs with")
    parser.add_argument("--rounds", type=int, default=3, help="baseline/this runs alternated")
    parser.add_argument("--run-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_only:
        print(run_seconds())
        return
    codecs_table(sample_state())
    if args.baseline:
        compare_runs(args.baseline.resolve(), args.rounds)


if __name__ == "__main__":
    main()
