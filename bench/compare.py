"""The three-column benchmark of issue 14: every workload on real Groovy 2.4 (a warm JVM),
on convoscript and as hand-written CPython, measured side by side in one run.

    python bench/compare.py [--workloads a,b] [--quick] [--json] [--write-doc]

Each column is warm and in process; a figure is the median of batches of runs (seconds per
run). The JVM column is bench/jvm/harness.groovy, run once for all workloads by `groovy`
(JAVA_HOME defaults to Java 17); the convoscript column compiles once and runs
`Conversation.run(script)` on the in-memory store; the CPython column is
bench/handwritten/<workload>.py. Before any ratio is printed the columns' outputs (metrics,
variables, log lines) are compared: a workload whose outputs differ gets no ratio, and the
command exits 1. `--quick` runs each workload once per column and only checks the outputs.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from convoscript import Runtime

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORKLOADS_DIR = BENCH / "workloads"
HANDWRITTEN_DIR = BENCH / "handwritten"
HARNESS = BENCH / "jvm" / "harness.groovy"
DOC = ROOT / "docs" / "performance.md"
DOC_BEGIN = "<!-- compare.py table begin -->"
DOC_END = "<!-- compare.py table end -->"
JAVA_HOME = "/usr/lib/jvm/java-17-openjdk-amd64"

# name -> (what it stresses, the script libraries it compiles with: workloads/lib/<name>.groovy)
WORKLOADS: dict[str, tuple[str, tuple[str, ...]]] = {
    "seed": ("documented example", ()),
    "routing": ("10-line task", ()),
    "intloop": ("int arithmetic", ()),
    "collections": ("maps, groupBy, sort", ()),
    "strings": ("StringBuilder, String GDK", ()),
    "json": ("JsonSlurper, JsonOutput", ()),
    "regex": ("replaceAll, ==~, countBy", ()),
    "library": ("script library: slots", ("slots",)),
    "classes": ("200-line class-heavy", ()),
    "dates": ("java.time deadlines", ()),
}


def state() -> dict:
    """The state every workload reads (bench/workloads/README.md), as Runtime plain data."""
    items = ", ".join(
        f'{{"sku": "sku-{i}", "qty": {i % 5}, "price": {Decimal("1.25") * (i % 7)}}}'
        for i in range(50)
    )
    return {
        "transient": {
            "trained_performance": Decimal("0.92"),
            "payload": f'{{"items": [{items}]}}',
        },
        "variables": {"tier": "gold", "utterance": "I want to check my Balance"},
    }


def state_json(plain: dict) -> str:
    """`plain` as JSON text with Decimals as number literals of the same digits (the JVM reads
    them back as BigDecimal)."""

    def encode(value):
        if isinstance(value, Decimal):
            return f"{value}"
        if isinstance(value, dict):
            return "{" + ",".join(f"{json.dumps(k)}:{encode(v)}" for k, v in value.items()) + "}"
        return json.dumps(value)

    return encode(plain)


# ---- outputs -------------------------------------------------------------------------------
def canon(value):
    """A value in a form that compares equal across the columns only when the values are the
    same: Decimals by their digits (20.00 is not 20.0), ints and strings as they are."""
    if isinstance(value, Decimal):
        return ("BigDecimal", str(value))
    if isinstance(value, float):
        return ("Double", repr(value))
    if isinstance(value, dict):
        return {str(k): canon(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canon(v) for v in value]
    return value


def outputs(metrics: dict, variables: dict, log) -> dict:
    return {
        "metrics": canon(metrics),
        "variables": canon(variables),
        "log": [[str(level), str(message)] for level, message in log],
    }


def differences(a: dict, b: dict) -> list[str]:
    """What differs between two columns' outputs, one line per key."""
    found = []
    for part in ("metrics", "variables", "log"):
        if a[part] != b[part]:
            found.append(f"{part}: {a[part]!r} != {b[part]!r}")
    return found


# ---- timing --------------------------------------------------------------------------------
CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
CLOCK_NAMES = {"cpu": "CPU time of each column's process", "wall": "elapsed (wall) time"}


def median_per_run(
    fn, warmup_s: float, batches: int, batch_s: float, clock: str = "cpu"
) -> tuple[float, list]:
    """Seconds per run: warm up for `warmup_s`, size a batch to last about `batch_s`, then the
    median over `batches` batches, timed by `clock` (CLOCKS)."""
    now = CLOCKS[clock]
    runs = 0
    start, start_clock = time.perf_counter(), now()
    while True:
        fn()
        runs += 1
        if time.perf_counter() - start >= warmup_s and runs >= 3:
            break
    # runs per batch: enough for one batch to last about batch_s by the clock
    n = max(1, int(batch_s / (max(now() - start_clock, 1e-9) / runs)))
    samples = []
    for _ in range(batches):
        t0 = now()
        for _ in range(n):
            fn()
        samples.append((now() - t0) / n)
    return statistics.median(samples), samples


@dataclass
class Column:
    """One column's result for one workload."""

    outputs: dict | None = None
    run_s: float | None = None
    compile_s: float | None = None
    error: str | None = None
    batches: list = field(default_factory=list)


@dataclass
class Timing:
    warmup_s: float = 0.5
    jvm_warmup_s: float = 2.0
    batches: int = 7
    batch_s: float = 0.3
    quick: bool = False
    clock: str = "cpu"


# ---- the columns ---------------------------------------------------------------------------
def workload_source(name: str) -> str:
    return (WORKLOADS_DIR / f"{name}.groovy").read_text()


def library_path(lib: str) -> Path:
    return WORKLOADS_DIR / "lib" / f"{lib}.groovy"


COMPILES = 5  # compiles timed per workload (after one that is not)


def new_runtime(name: str) -> Runtime:
    """A Runtime with the workload's script libraries registered."""
    runtime = Runtime()
    for lib in WORKLOADS[name][1]:
        runtime.register_library(lib, library_path(lib).read_text())
    return runtime


def compile_time(name: str) -> float:
    """Median seconds of an uncached compile: each in a new Runtime (an empty compile cache),
    of a source made different by trailing newlines, after a first compile that also loads
    what the process loads once (the allow-list data of the members the script uses)."""
    source, libs = workload_source(name), list(WORKLOADS[name][1])
    times = []
    for i in range(COMPILES + 1):
        runtime = new_runtime(name)
        t0 = time.perf_counter()
        runtime.compile(source + "\n" * i, f"{name}.groovy", libraries=libs)
        times.append(time.perf_counter() - t0)
    return statistics.median(times[1:])


def convoscript_column(name: str, plain: dict, timing: Timing) -> Column:
    runtime = new_runtime(name)
    libs = WORKLOADS[name][1]
    script = runtime.compile(workload_source(name), f"{name}.groovy", libraries=list(libs))
    compile_s = None if timing.quick else compile_time(name)
    conversation = runtime.conversation(f"bench-{name}")
    conversation.replace_state(plain)
    result = conversation.run(script)
    if not result.ok:
        return Column(error=str(result.error))
    column = Column(
        outputs(result.metrics, result.variables, [(e["level"], e["message"]) for e in result.log]),
        compile_s=compile_s,
    )
    if not timing.quick:
        column.run_s, column.batches = median_per_run(
            lambda: conversation.run(script),
            timing.warmup_s,
            timing.batches,
            timing.batch_s,
            timing.clock,
        )
        last = conversation.run(script)
        if not last.ok:  # a timed run that failed would time the failure
            return Column(error=f"a warm run failed: {last.error}")
    return column


def handwritten(name: str):
    """bench/handwritten/<name>.run, loaded by path (the names shadow stdlib modules)."""
    spec = importlib.util.spec_from_file_location(
        f"handwritten_{name}", HANDWRITTEN_DIR / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.run


def cpython_column(name: str, plain: dict, timing: Timing) -> Column:
    run = handwritten(name)
    transient, variables = plain["transient"], plain["variables"]
    metrics: dict = {}
    log: list = []
    mine = dict(variables)
    run(transient, mine, metrics, log)
    column = Column(outputs(metrics, mine, log))
    if not timing.quick:
        column.run_s, column.batches = median_per_run(
            lambda: run(transient, dict(variables), {}, []),
            timing.warmup_s,
            timing.batches,
            timing.batch_s,
            timing.clock,
        )
    return column


def groovy_command() -> str | None:
    return shutil.which("groovy")


class JvmHarness:
    """bench/jvm/harness.groovy in one JVM for every workload, asked for one workload at a
    time (a line on its stdin), so that a workload's three columns are measured together; the
    JVM waits idle while the Python columns run."""

    def __init__(self, groovy: str, plain: dict, timing: Timing):
        self.tmp = tempfile.TemporaryDirectory()
        state_file = Path(self.tmp.name) / "state.json"
        state_file.write_text(state_json(plain))
        env = dict(os.environ)
        env.setdefault("JAVA_HOME", JAVA_HOME)
        warmup = 0 if timing.quick else timing.jvm_warmup_s
        command = [groovy, str(HARNESS), str(state_file), str(warmup), str(timing.batches)]
        self.process = subprocess.Popen(
            [*command, str(timing.batch_s), timing.clock],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )

    def measure(self, name: str) -> Column:
        files = [WORKLOADS_DIR / f"{name}.groovy", *map(library_path, WORKLOADS[name][1])]
        try:
            self.process.stdin.write(f"{name}=" + "+".join(map(str, files)) + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            return Column(error=f"the JVM harness ended: {self.process.stderr.read()[-500:]}")
        for line in self.process.stdout:  # Groovy may print warnings first
            if line.startswith("{"):
                return jvm_column(json.loads(line, parse_float=Decimal))
        return Column(error=f"no result from the JVM harness: {self.process.stderr.read()[-500:]}")

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()
        self.process.stdout.close()
        self.process.stderr.close()
        self.tmp.cleanup()


def jvm_column(row: dict) -> Column:
    """A Column from one of the harness's JSON lines."""
    out = row.get("outputs")
    return Column(
        outputs(out["metrics"], out["variables"], out["log"]) if out else None,
        run_s=float(row["run_s"]) if "run_s" in row else None,
        compile_s=float(row["compile_s"]) if "compile_s" in row else None,
        error=row.get("error"),
        batches=[float(b) for b in row.get("batches", [])],
    )


@dataclass
class Row:
    name: str
    jvm: Column | None  # None: groovy not on PATH
    convoscript: Column
    cpython: Column
    mismatches: list[str] = field(default_factory=list)
    before: Column | None = None  # `--before PYTHON`: convoscript as that interpreter has it

    @property
    def agrees(self) -> bool:
        return not self.mismatches


def check(row: Row) -> None:
    """Fill row.mismatches: a column that failed, or outputs that differ from CPython's."""
    reference = row.cpython
    columns = [("convoscript", row.convoscript)]
    if row.before is not None:
        columns.append(("convoscript before", row.before))
    if row.jvm is not None:
        columns.append(("JVM", row.jvm))
    for label, column in [("CPython", reference), *columns]:
        if column.error:
            row.mismatches.append(f"{label} failed: {column.error}")
    if reference.outputs is None:
        return
    for label, column in columns:
        if column.outputs is not None:
            row.mismatches += [
                f"{label} vs CPython {d}" for d in differences(column.outputs, reference.outputs)
            ]


def before_column(python: str, name: str, timing: Timing) -> Column:
    """The convoscript column measured by another interpreter (`--before`): this file run by
    `python` in a subprocess, so it imports that interpreter's convoscript (an older tree,
    installed in its own venv). The before and after figures of a workload are then measured
    within seconds of each other, as the other columns are."""
    command = [python, str(Path(__file__).resolve()), "--convoscript-column", name]
    command += ["--batches", str(timing.batches), "--batch-seconds", str(timing.batch_s)]
    command += ["--clock", timing.clock] + (["--quick"] if timing.quick else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return Column(error=f"the before column failed: {done.stderr.strip()[-500:]}")
    row = json.loads(done.stdout, parse_float=Decimal)
    return Column(
        _from_json(row["outputs"]) if row.get("outputs") else None,
        run_s=float(row["run_s"]) if row.get("run_s") is not None else None,
        compile_s=float(row["compile_s"]) if row.get("compile_s") is not None else None,
        error=row.get("error"),
    )


def _from_json(value):
    """canon() output read back from JSON (its tuples arrive as lists)."""
    if isinstance(value, list):
        if len(value) == 2 and value[0] in ("BigDecimal", "Double") and isinstance(value[1], str):
            return (value[0], value[1])
        return [_from_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _from_json(v) for k, v in value.items()}
    return value


def convoscript_column_json(name: str, timing: Timing) -> str:
    """`--convoscript-column NAME`: this interpreter's convoscript column, as JSON."""
    column = convoscript_column(name, state(), timing)
    return json.dumps(
        {
            "outputs": column.outputs,
            "run_s": column.run_s,
            "compile_s": column.compile_s,
            "error": column.error,
        }
    )


def measure(
    names: list[str], timing: Timing, with_jvm: bool = True, before: str | None = None
) -> list[Row]:
    """Every column of every workload in `names`, one workload at a time: its JVM column
    (groovy on PATH and `with_jvm`), then convoscript (and convoscript as the `before`
    interpreter has it), then CPython, so that the columns of a row are measured within
    seconds of each other and never compete for the cores."""
    plain = state()
    groovy = groovy_command() if with_jvm else None
    jvm = JvmHarness(groovy, plain, timing) if groovy else None
    rows = []
    try:
        for name in names:
            row = Row(
                name,
                jvm.measure(name) if jvm else None,
                convoscript_column(name, plain, timing),
                cpython_column(name, plain, timing),
                before=before_column(before, name, timing) if before else None,
            )
            check(row)
            rows.append(row)
    finally:
        if jvm:
            jvm.close()
    return rows


# ---- reporting -----------------------------------------------------------------------------
def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.3g} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds:.3g} s"


def ratio(a: Column | None, b: Column | None, agrees: bool) -> str:
    if not agrees:
        return "outputs differ"
    if a is None or b is None or a.run_s is None or b.run_s is None:
        return "–"
    value = a.run_s / b.run_s
    return f"{value:.2g}×" if value < 10 else f"{value:.0f}×"


def table(rows: list[Row]) -> str:
    if any(row.before is not None for row in rows):
        return table_with_before(rows)
    lines = [
        "| workload | JVM Groovy 2.4 | convoscript | hand-written CPython "
        "| convoscript ÷ JVM | convoscript ÷ CPython |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        what = WORKLOADS[row.name][0]
        jvm = duration(row.jvm.run_s) if row.jvm else "no groovy"
        lines.append(
            f"| {row.name} ({what}) | {jvm} | {duration(row.convoscript.run_s)} "
            f"| {duration(row.cpython.run_s)} | {ratio(row.convoscript, row.jvm, row.agrees)} "
            f"| {ratio(row.convoscript, row.cpython, row.agrees)} |"
        )
    return "\n".join(lines)


def table_with_before(rows: list[Row]) -> str:
    """The table with convoscript before and after (`--before`) and the speed-up."""
    lines = [
        "| workload | JVM Groovy 2.4 | convoscript before | convoscript | hand-written CPython "
        "| before ÷ now | convoscript ÷ JVM | convoscript ÷ CPython |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        what = WORKLOADS[row.name][0]
        jvm = duration(row.jvm.run_s) if row.jvm else "no groovy"
        before = duration(row.before.run_s) if row.before else "–"
        lines.append(
            f"| {row.name} ({what}) | {jvm} | {before} | {duration(row.convoscript.run_s)} "
            f"| {duration(row.cpython.run_s)} | {ratio(row.before, row.convoscript, row.agrees)} "
            f"| {ratio(row.convoscript, row.jvm, row.agrees)} "
            f"| {ratio(row.convoscript, row.cpython, row.agrees)} |"
        )
    return "\n".join(lines)


def compile_line(rows: list[Row]) -> str:
    parts = []
    for row in rows:
        jvm = duration(row.jvm.compile_s) if row.jvm else "–"
        parts.append(f"{row.name} {duration(row.convoscript.compile_s)} / {jvm}")
    return (
        f"Compile, convoscript / JVM (median of {COMPILES} uncached compiles after a first "
        "one, wall clock): " + ", ".join(parts)
    )


def _version(command: list[str]) -> str:
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "JAVA_HOME": os.environ.get("JAVA_HOME", JAVA_HOME)},
        )
    except OSError:
        return "not found"
    text = (done.stdout + done.stderr).strip().splitlines()
    return text[0] if text else "unknown"


def machine() -> dict:
    """What the figures were measured on."""
    cpu = "unknown"
    try:
        match = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = match.group(1) if match else cpu
    except OSError:
        pass
    java = Path(os.environ.get("JAVA_HOME", JAVA_HOME)) / "bin" / "java"
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "java": _version([str(java), "-version"]),
        "groovy": _version(["groovy", "--version"]) if groovy_command() else "not on PATH",
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def doc_section(rows: list[Row], info: dict, before_load: str, timing: Timing) -> str:
    return "\n".join(
        [
            DOC_BEGIN,
            f"Measured {info['date']} by `python bench/compare.py --write-doc` on {info['nproc']} "
            f"× {info['cpu']}; {info['python']}; {info['java']}; {info['groovy']}. Load average "
            f"(1, 5, 15 min) {before_load} before the run, {info['load_average']} after it. "
            f"Clock: {CLOCK_NAMES[timing.clock]}; median of {timing.batches} batches of about "
            f"{timing.batch_s:g} s after the warm-up.",
            "",
            table(rows),
            "",
            compile_line(rows) + ".",
            DOC_END,
        ]
    )


def write_doc(section: str) -> None:
    text = DOC.read_text()
    start, end = text.index(DOC_BEGIN), text.index(DOC_END) + len(DOC_END)
    DOC.write_text(text[:start] + section + text[end:])


def as_json(rows: list[Row], info: dict) -> str:
    def col(c: Column | None):
        if c is None:
            return None
        return {"run_s": c.run_s, "compile_s": c.compile_s, "batches": c.batches, "error": c.error}

    return json.dumps(
        {
            "machine": info,
            "workloads": [
                {
                    "workload": r.name,
                    "jvm": col(r.jvm),
                    "convoscript": col(r.convoscript),
                    "cpython": col(r.cpython),
                    "convoscript_before": col(r.before),
                    "outputs_agree": r.agrees,
                    "mismatches": r.mismatches,
                }
                for r in rows
            ],
        },
        indent=2,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workloads", help="comma-separated names (default: all)")
    parser.add_argument("--quick", action="store_true", help="one run per column, outputs only")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--write-doc", action="store_true", help="rewrite the table section of docs/performance.md"
    )
    parser.add_argument("--batches", type=int, default=7)
    parser.add_argument("--batch-seconds", type=float, default=0.3)
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="cpu",
        help="cpu: each column's process CPU time (steady on a shared machine; default); "
        "wall: elapsed time",
    )
    parser.add_argument(
        "--before",
        metavar="PYTHON",
        help="also measure convoscript as this interpreter has it installed (an older tree in "
        "its own venv), in the same run: the before/after columns",
    )
    parser.add_argument("--convoscript-column", metavar="NAME", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.convoscript_column:  # the subprocess of --before
        timing = Timing(
            batches=args.batches, batch_s=args.batch_seconds, quick=args.quick, clock=args.clock
        )
        print(convoscript_column_json(args.convoscript_column, timing))
        return 0
    names = args.workloads.split(",") if args.workloads else list(WORKLOADS)
    unknown = [n for n in names if n not in WORKLOADS]
    if unknown:
        parser.error(f"unknown workloads: {', '.join(unknown)} (known: {', '.join(WORKLOADS)})")
    before_load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    timing = Timing(
        batches=args.batches, batch_s=args.batch_seconds, quick=args.quick, clock=args.clock
    )
    if groovy_command() is None:
        print("groovy is not on PATH: the JVM column is left out", file=sys.stderr)
    rows = measure(names, timing, before=args.before)
    info = machine()
    if args.json:
        print(as_json(rows, info))
    elif args.quick:
        for row in rows:
            columns = "JVM, convoscript, CPython" if row.jvm else "convoscript, CPython"
            if row.before is not None:
                columns += ", convoscript before"
            verdict = "outputs agree" if row.agrees else "OUTPUTS DIFFER"
            print(f"{row.name}: {verdict} ({columns})")
    else:
        print(table(rows))
        if not args.quick:
            print(compile_line(rows))
    for row in rows:
        for mismatch in row.mismatches:
            print(f"{row.name}: {mismatch}", file=sys.stderr)
    if args.write_doc and not args.quick:
        write_doc(doc_section(rows, info, before_load, timing))
    return 0 if all(row.agrees for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
