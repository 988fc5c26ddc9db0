"""GDK statics methods (skeleton; filled in progressively)."""

from __future__ import annotations

METHODS: dict = {}
PROPERTIES: dict = {}
STATIC_METHODS: dict = {}
STATIC_FIELDS: dict = {}
CONSTRUCTORS: dict = {}
DEFAULT_IMPORTS: dict = {}
IMPORTABLE: dict = {}
THROWABLE_METHODS: dict = {}
