"""Who is asking: the bearer token names the tenant (settings.Tenant), and each tenant's
requests are counted against its quota (a fixed one-minute window, per process: N workers
accept up to N times the quota between them; docs/service.md)."""

from __future__ import annotations

import hmac
import threading
import time

from convoscript.service.schemas import ApiError
from convoscript.service.settings import Settings, Tenant


def authenticate(settings: Settings, authorization: str | None) -> Tenant:
    """The tenant an `Authorization: Bearer TOKEN` header names; open mode has one tenant and
    takes no token. Raises ApiError 401 otherwise."""
    if settings.open:
        return settings.open_tenant()
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "Unauthorized", "send Authorization: Bearer <token>")
    token = token.strip()
    for tenant in settings.tenants:
        # compare every token in constant time: the answer's timing says nothing of a token
        if any(hmac.compare_digest(token.encode(), t.encode()) for t in tenant.tokens):
            return tenant
    raise ApiError(401, "Unauthorized", "unknown token")


class Quotas:
    """Requests a tenant made in the current minute, in this process."""

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[int, int]] = {}  # tenant -> (minute, count)

    def take(self, tenant: Tenant) -> None:
        """Count one request; ApiError 429 (with the seconds to wait) past the quota."""
        if tenant.requests_per_minute <= 0:
            return
        now = self._clock()
        minute = int(now // 60)
        with self._lock:
            start, count = self._windows.get(tenant.name, (minute, 0))
            if start != minute:
                count = 0
            if count >= tenant.requests_per_minute:
                wait = max(1, int(60 - now % 60))
                raise ApiError(
                    429,
                    "QuotaExceeded",
                    f"tenant {tenant.name} is over its quota of {tenant.requests_per_minute} "
                    f"requests a minute; retry in {wait} s",
                    headers={"Retry-After": str(wait)},
                )
            self._windows[tenant.name] = (minute, count + 1)
