"""Every error names its file: the error's own `file`, and each trace frame's file, line and
column, also when the error is raised inside a registered library and when the run happened in
a worker process (the error crosses as plain data)."""

import pytest

from convoscript import Runtime

LIBRARY = "def shout(String s) {\n  s.toUppercase()\n}\n\ndef twice(String s) {\n  shout(s) + shout(s)\n}\n"
SCRIPT = 'println("start")\ndef r = twice("hi")\n'


@pytest.mark.parametrize("isolation", ["none", "process"])
def test_error_inside_a_library_names_the_library(isolation: str) -> None:
    runtime = Runtime() if isolation == "none" else Runtime(isolation="process", workers=1)
    runtime.register_library("helpers", LIBRARY)
    script = runtime.compile(SCRIPT, "flow.groovy", libraries=["helpers"])
    result = runtime.conversation("c").run(script)
    error = result.to_dict()["error"]
    assert error["type"] == "MissingMethodException"
    assert (error["file"], error["line"], error["column"]) == ("helpers.groovy", 2, 5)
    assert error["trace"] == [
        {"method": "shout", "line": 2, "column": 5, "file": "helpers.groovy"},
        {"method": "twice", "line": 6, "column": 3, "file": "helpers.groovy"},
        {"method": "run", "line": 2, "column": 9, "file": "flow.groovy"},
    ]


def test_error_in_the_script_names_the_script() -> None:
    result = (
        Runtime().conversation("c").run(Runtime().compile("def x = null\nx.size()\n", "a.groovy"))
    )
    error = result.to_dict()["error"]
    assert error["file"] == "a.groovy"
    assert error["trace"] == [{"method": "run", "line": 2, "column": 3, "file": "a.groovy"}]
