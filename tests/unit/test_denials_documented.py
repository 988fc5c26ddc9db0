"""Every permanent denial carries a written reason in docs/sandbox.md (issue 10: an
allow-list stricter than the threat keeps a denial only with its reason)."""

from __future__ import annotations

import re
from pathlib import Path

from convoscript.runtime.door import allowlist

_DOC = Path(__file__).resolve().parents[2] / "docs" / "sandbox.md"


def _still_denied_table() -> str:
    text = _DOC.read_text(encoding="utf-8")
    start = text.index("### Still denied")
    return text[start : text.index("\n## ", start)]


def _documented() -> set[str]:
    return set(re.findall(r"`([^`]+)`", _still_denied_table()))


def test_every_denied_class_has_a_reason() -> None:
    documented = _documented()
    missing = sorted(q for q in allowlist.DENIED_CLASSES if q.rsplit(".", 1)[-1] not in documented)
    assert not missing, f"denied classes without a reason in docs/sandbox.md: {missing}"


def test_every_denied_member_has_a_reason() -> None:
    documented = _documented()
    names = (
        set(allowlist.DENIED_MEMBERS)
        | set(allowlist.CLASS_DENIED_METHODS)
        | set(allowlist.CLASS_DENIED_PROPERTIES)
    )
    missing = sorted(n for n in names if n not in documented)
    assert not missing, f"denied members without a reason in docs/sandbox.md: {missing}"
