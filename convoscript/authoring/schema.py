"""The flowtest file format's JSON Schema (data/flowtest.schema.json, shipped in the package)
and its check: every schema error is told as `file:line:column: message`, the position taken
from the YAML node the error's path leads to, with a "did you mean" for a misspelled key.

The schema is the format's one definition: the loader checks against it before reading a
file, docs/authoring.md describes it, and editors can use it for YAML completion."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

import jsonschema
import yaml

from convoscript.runtime.core.suggest import did_you_mean

# errors shown for one file: more are rarely new information (a file mis-indented at the top)
MAX_SHOWN = 20


@cache
def flowtest_schema() -> dict:
    """The JSON Schema of `*.flowtest.yaml` files (draft 2020-12)."""
    text = resources.files("convoscript.authoring").joinpath("data/flowtest.schema.json")
    return json.loads(text.read_text(encoding="utf-8"))


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(flowtest_schema())


def close_matches(name: str, known: Iterable[str]) -> list[str]:
    """Known names close to a misspelled one, best first, by the rule Groovy uses for a
    misspelled property (the same "did you mean" as the runtime's and the language server's)."""
    return did_you_mean(name, sorted(known))


def schema_problems(data: object, root: yaml.Node | None, file: str) -> list[str]:
    """Each way `data` (composed from `root`) breaks the schema, as `file:line:column: ...`,
    in file order; empty when it is a valid test file."""
    found = []
    for error in map(_focus, _validator().iter_errors(data)):
        node, key_node = _node_at(root, error.absolute_path, _unknown_key(error))
        at = key_node or node
        mark = at.start_mark if at is not None else None
        where = f"{file}:{mark.line + 1}:{mark.column + 1}" if mark else file
        order = (mark.line, mark.column) if mark else (0, 0)
        found.append((order, f"{where}: {_explain(error)}"))
    found.sort(key=lambda item: item[0])
    shown = [text for _, text in found[:MAX_SHOWN]]
    if len(found) > MAX_SHOWN:
        shown.append(f"{file}: ... and {len(found) - MAX_SHOWN} more problems")
    return shown


def _focus(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """A mapping that matches none of a few shapes (`error: {typ: X}`) is told by its own
    problem, an unknown key, rather than by the list of shapes."""
    if error.validator == "anyOf" and isinstance(error.instance, dict):
        for sub in error.context or ():
            if sub.validator == "additionalProperties":
                return sub
    return error


def _unknown_key(error: jsonschema.ValidationError) -> str | None:
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        extra = _extra_keys(error)
        return extra[0] if extra else None
    return None


def _extra_keys(error: jsonschema.ValidationError) -> list[str]:
    allowed = set(error.schema.get("properties", {}))
    return [str(k) for k in error.instance if str(k) not in allowed]


def _node_at(
    root: yaml.Node | None, path: Sequence[object], key: str | None
) -> tuple[yaml.Node | None, yaml.Node | None]:
    """The node at `path` (keys and list indexes) and, when `key` is given, that key's node in
    it (so an unknown key is pointed at, not the mapping holding it)."""
    node = root
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if _key_text(k) == str(step)), node)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            node = node.value[step] if step < len(node.value) else node
    key_node = None
    if key is not None and isinstance(node, yaml.MappingNode):
        key_node = next((k for k, _ in node.value if _key_text(k) == key), None)
    return node, key_node


def _key_text(node: yaml.Node) -> str:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else ""


def _level(error: jsonschema.ValidationError) -> str:
    """Where the error is, for the reader: `the test file`, `case 2`, `case 2 given.fail`,
    `libraries[0]`."""
    path = list(error.absolute_path)
    head = ""
    if len(path) >= 2 and path[0] == "cases" and isinstance(path[1], int):
        head, path = f"case {path[1] + 1}", path[2:]
    rest = ""
    for step in path:
        rest += f"[{step}]" if isinstance(step, int) else f".{step}" if rest else str(step)
    return " ".join(part for part in (head, rest) if part) or "the test file"


_TYPE_NAMES = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    return "a number"


def _explain(error: jsonschema.ValidationError) -> str:
    """The error in the author's terms."""
    where = _level(error)
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        lines = []
        for key in _extra_keys(error):
            close = close_matches(key, allowed)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            lines.append(f"unknown key '{key}' in {where}{hint} (allowed: {', '.join(allowed)})")
        return "\n  ".join(lines)
    if error.validator == "type":
        wanted = error.validator_value
        wanted = [wanted] if isinstance(wanted, str) else list(wanted)
        names = " or ".join(_TYPE_NAMES[t] for t in wanted if t != "null") or "null"
        return f"{where} must be {names}, not {_kind(error.instance)}"
    if error.validator == "oneOf" and not error.absolute_path:
        return "give exactly one of 'script' (a path) or 'source' (inline)"
    if error.validator == "required":
        return f"{where} needs '{error.validator_value[0]}'" if error.validator_value else where
    if error.validator == "minItems":
        return f"{where} must be a non-empty list"
    if error.validator in ("minimum", "exclusiveMinimum"):
        return f"{where} must be {'at least' if error.validator == 'minimum' else 'above'} " + (
            f"{error.validator_value}, not {error.instance}"
        )
    if error.validator == "pattern":  # only given.fail's keys have one
        return (
            f"{where}: '{error.instance}' is not service.method "
            "(e.g. customMetricService.upsertMetric)"
        )
    if error.validator == "anyOf":
        shapes: list[str] = []
        for option in error.validator_value:
            kinds = option.get("type", [])
            shapes.extend(_TYPE_NAMES[k] for k in ([kinds] if isinstance(kinds, str) else kinds))
        return f"{where} must be {' or '.join(dict.fromkeys(shapes))}, not {_kind(error.instance)}"
    return f"{where}: {error.message}"
