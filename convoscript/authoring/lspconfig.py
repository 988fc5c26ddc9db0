"""Which script libraries the language server compiles and completes a script with
(docs/editors.md, "Libraries"). Three places may list them, all read, in this order:

1. the client's `initializationOptions`: `{"libraries": ["lib/interaction.groovy", ...]}`;
2. the client's workspace settings (`workspace/didChangeConfiguration`):
   `{"convoscript": {"libraries": [...]}}`;
3. `convoscript.toml` in the workspace root: `[lsp]` then `libraries = [...]`.

Relative paths resolve against the workspace root (for the TOML file, its own folder). Each
path is listed once, in the order first seen: a library may use the ones before it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

CONFIG_FILE = "convoscript.toml"


def listed(value: object) -> list[str]:
    """The `libraries` list of an options mapping, [] when absent or malformed."""
    if isinstance(value, dict):
        libraries = value.get("libraries")
        if isinstance(libraries, list):
            return [p for p in libraries if isinstance(p, str)]
    return []


def from_settings(settings: object) -> list[str]:
    """`{"convoscript": {"libraries": [...]}}` as a client sends its workspace settings."""
    return listed(settings.get("convoscript")) if isinstance(settings, dict) else []


def from_toml(root: Path | None) -> tuple[list[str], str | None]:
    """The `[lsp] libraries` of the root's convoscript.toml, and a problem reading it."""
    if root is None or not (root / CONFIG_FILE).is_file():
        return [], None
    try:
        data = tomllib.loads((root / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return [], f"{root / CONFIG_FILE}: {exc}"
    return listed(data.get("lsp")), None


def resolve(root: Path | None, groups: Iterable[list[str]]) -> list[Path]:
    """Absolute library paths, each once, in order."""
    out: list[Path] = []
    for group in groups:
        for text in group:
            path = Path(text).expanduser()
            if not path.is_absolute() and root is not None:
                path = root / path
            path = path.resolve()
            if path not in out:
                out.append(path)
    return out
