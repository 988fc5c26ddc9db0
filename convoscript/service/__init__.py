"""`convoscript serve`: the HTTP API over the embedding API (docs/service.md).

One module per concern: `settings` (the config file: tenants, tokens, limits, quotas),
`auth` (bearer tokens and request quotas), `schemas` (request validation, error bodies and the
OpenAPI document), `registry` (scripts and libraries kept in the store), `runs` (the blocking
engine calls the routes run in threads), `metrics` (Prometheus), `routes` (the endpoints),
`app` (`create_app`) and `server` (uvicorn).
"""

from __future__ import annotations

from convoscript.service.app import create_app
from convoscript.service.settings import Settings, Tenant, load_config

__all__ = ["Settings", "Tenant", "create_app", "load_config"]
