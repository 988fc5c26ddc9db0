"""GDK numbers methods (skeleton; filled in progressively)."""

from __future__ import annotations

METHODS: dict = {}
PROPERTIES: dict = {}
