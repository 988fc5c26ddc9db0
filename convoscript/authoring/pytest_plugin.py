"""pytest plugin (registered as the `pytest11` entry point `convoscript`): collects
`*.flowtest.yaml` files, one test item per case, provides the `flow` fixture, and with
`--flow-cost` ends the run with each case's (and each `flow` run's) cost table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from convoscript.authoring.cost import format_cost
from convoscript.authoring.fixtures import FlowRunner
from convoscript.authoring.flowtest import SUFFIX, FlowTestError, load_flowtest, run_case


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("convoscript")
    group.addoption(
        "--flow-cost",
        action="store_true",
        default=False,
        help="convoscript: report each flowtest case's cost against the limits.",
    )


# (test id, cost table) per flowtest case and per `flow` fixture run, for the terminal summary
_COSTS = pytest.StashKey[list[tuple[str, str]]]()


def _record_cost(config: pytest.Config, nodeid: str, table: str) -> None:
    if config.getoption("flow_cost", False):
        config.stash.setdefault(_COSTS, []).append((nodeid, table))


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """`--flow-cost`: a section with every cost table, whatever -r says (the report sections
    of passed tests are shown only with -rA)."""
    costs = config.stash.get(_COSTS, [])
    if not costs:
        return
    terminalreporter.section("convoscript flow cost")
    for nodeid, table in costs:
        terminalreporter.write_line(nodeid)
        for line in table.splitlines():
            terminalreporter.write_line("  " + line)


def pytest_collect_file(parent: pytest.Collector, file_path: Path):
    if file_path.name.endswith(SUFFIX):
        return FlowTestFile.from_parent(parent, path=file_path)
    return None


class FlowTestFile(pytest.File):
    def collect(self):
        try:
            ft = load_flowtest(self.path)
        except FlowTestError as exc:
            raise self.CollectError(str(exc)) from None
        for case in ft.cases:
            yield FlowTestItem.from_parent(self, name=case.name, flowtest=ft, case=case)


class FlowCaseFailed(Exception):
    def __init__(self, report: str):
        super().__init__(report)
        self.report = report


class FlowTestItem(pytest.Item):
    def __init__(self, *, flowtest, case, **kwargs):
        super().__init__(**kwargs)
        self.flowtest = flowtest
        self.case = case

    def runtest(self) -> None:
        try:
            outcome = run_case(self.flowtest, self.case)
        except FlowTestError as exc:
            raise FlowCaseFailed(str(exc)) from None
        if outcome.result is not None:
            _record_cost(self.config, self.nodeid, format_cost(outcome.result.cost, outcome.limits))
        if not outcome.passed:
            raise FlowCaseFailed(outcome.report())

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FlowCaseFailed):
            return f"case '{self.case.name}' failed:\n{excinfo.value.report}"
        return super().repr_failure(excinfo, style=style)


@pytest.fixture
def flow(request: pytest.FixtureRequest) -> Iterator[FlowRunner]:
    """Compile Groovy scripts (paths relative to the test file, or source text) and run them on a
    fresh conversation: `flow.run("x.groovy", transient={...}).assert_metrics(k="v")`."""
    runner = FlowRunner(base=Path(str(request.path)).parent)
    yield runner
    for number, result in enumerate(runner.results, 1):
        label = request.node.nodeid + (f" (run {number})" if len(runner.results) > 1 else "")
        _record_cost(request.config, label, result.cost_report())
