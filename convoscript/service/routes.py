"""The HTTP endpoints. Each authenticates, counts the tenant's quota, validates the body and
runs the blocking engine call in a worker thread (Starlette's thread pool), so the event loop
keeps serving while scripts run. Every failure answers a JSON error body (schemas.ApiError)."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from convoscript import export as export_mod
from convoscript import jsonio
from convoscript.errors import StoreError
from convoscript.service import listing
from convoscript.service.auth import Quotas, authenticate
from convoscript.service.runs import Service
from convoscript.service.schemas import (
    CHECK,
    LIBRARY,
    RUN,
    SCRIPT,
    ApiError,
    check_id,
    openapi,
    parse_body,
)
from convoscript.service.settings import Settings, Tenant
from convoscript.service.streaming import pumped


def json_response(
    data: object, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    # jsonio writes the engine's values (BigDecimal, NaN, ...) as `run --json` does
    return Response(jsonio.dumps(data, indent=None), status, headers, media_type="application/json")


def _known_query(request: Request, known: set[str]) -> None:
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ApiError(400, "UnknownField", f"unknown query parameter(s) {', '.join(unknown)}")


class Api:
    """The endpoints of one app, over its Service."""

    def __init__(self, settings: Settings, service: Service):
        self.settings = settings
        self.service = service
        self.quotas = Quotas()

    async def _tenant(self, request: Request) -> Tenant:
        tenant = authenticate(self.settings, request.headers.get("authorization"))
        self.quotas.take(tenant)
        return tenant

    async def _body(self, request: Request, schema: dict) -> dict:
        cap = self.settings.max_body_bytes
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > cap:
            raise ApiError(413, "BodyTooLarge", f"the body is over {cap} bytes")
        raw = bytearray()
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > cap:
                raise ApiError(413, "BodyTooLarge", f"the body is over {cap} bytes")
        return parse_body(bytes(raw), schema)

    async def check(self, request: Request) -> Response:
        tenant = await self._tenant(request)
        body = await self._body(request, CHECK)
        return json_response(await run_in_threadpool(self.service.check, tenant, body))

    async def scripts(self, request: Request) -> Response:
        tenant = await self._tenant(request)
        body = await self._body(request, SCRIPT)
        return json_response(
            await run_in_threadpool(self.service.register_script, tenant, body), 201
        )

    async def libraries(self, request: Request) -> Response:
        tenant = await self._tenant(request)
        body = await self._body(request, LIBRARY)
        return json_response(
            await run_in_threadpool(self.service.register_library, tenant, body), 201
        )

    async def library_list(self, request: Request) -> Response:
        tenant = await self._tenant(request)
        _known_query(request, set())
        return json_response(
            await run_in_threadpool(listing.libraries, self.service.runtime.store, tenant.name)
        )

    async def conversation_list(self, request: Request) -> Response:
        tenant = await self._tenant(request)
        query = request.query_params
        _known_query(request, {"limit", "after"})
        limit = listing.page_limit(query.get("limit"))
        return json_response(
            await run_in_threadpool(
                listing.conversations,
                self.service.runtime.store,
                tenant.name,
                limit,
                query.get("after"),
            )
        )

    async def run(self, request: Request) -> Response:
        tenant = await self._tenant(request)
        conversation_id = check_id(request.path_params["id"], "a conversation id")
        body = await self._body(request, RUN)
        return json_response(
            await run_in_threadpool(self.service.run, tenant, conversation_id, body)
        )

    async def conversation(self, request: Request) -> Response:
        tenant = await self._tenant(request)
        conversation_id = check_id(request.path_params["id"], "a conversation id")
        return json_response(
            await run_in_threadpool(self.service.conversation_state, tenant, conversation_id)
        )

    async def close(self, request: Request) -> Response:
        tenant = await self._tenant(request)
        conversation_id = check_id(request.path_params["id"], "a conversation id")
        return json_response(await run_in_threadpool(self.service.close, tenant, conversation_id))

    async def export(self, request: Request) -> Response:
        tenant = await self._tenant(request)
        query = request.query_params
        _known_query(request, {"from", "to", "format"})
        fmt = query.get("format", "json")
        if fmt not in export_mod.FORMATS:
            raise ApiError(400, "InvalidField", "format must be json or csv")
        try:
            start = export_mod.parse_time(query["from"]) if "from" in query else None
            end = export_mod.parse_time(query["to"]) if "to" in query else None
            export_mod.check_range(start, end)
        except ValueError as exc:
            raise ApiError(400, "InvalidField", str(exc)) from None
        media = "application/json" if fmt == "json" else "text/csv; charset=utf-8"
        name = f"export.{fmt}"
        return StreamingResponse(
            pumped(functools.partial(self.service.export, tenant, fmt, start, end)),
            media_type=media,
            # an export is of the store as it is now: never answered from a cache
            headers={
                "Content-Disposition": f'attachment; filename="{name}"',
                "Cache-Control": "no-store",
            },
        )

    async def healthz(self, request: Request) -> Response:
        return json_response({"ok": True})

    async def readyz(self, request: Request) -> Response:
        try:
            await run_in_threadpool(self.service.ready)
        except StoreError as exc:
            return json_response({"ok": False, "error": exc.message}, 503)
        return json_response({"ok": True})

    async def metrics(self, request: Request) -> Response:
        return Response(self.service.metrics.text(), media_type="text/plain; version=0.0.4")

    async def openapi(self, request: Request) -> Response:
        return json_response(openapi())

    def routes(self) -> list[Route]:
        def route(
            path: str, endpoint: Callable[[Request], Awaitable[Response]], method: str
        ) -> Route:
            return Route(path, self._answering(path, endpoint), methods=[method])

        return [
            route("/v1/check", self.check, "POST"),
            route("/v1/scripts", self.scripts, "POST"),
            route("/v1/libraries", self.libraries, "POST"),
            route("/v1/libraries", self.library_list, "GET"),
            route("/v1/conversations", self.conversation_list, "GET"),
            route("/v1/conversations/{id}/run", self.run, "POST"),
            route("/v1/conversations/{id}", self.conversation, "GET"),
            route("/v1/conversations/{id}/close", self.close, "POST"),
            route("/v1/export", self.export, "GET"),
            route("/healthz", self.healthz, "GET"),
            route("/readyz", self.readyz, "GET"),
            route("/metrics", self.metrics, "GET"),
            route("/openapi.json", self.openapi, "GET"),
        ]

    def _answering(
        self, path: str, endpoint: Callable[[Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
        """The endpoint with its ApiError and StoreError answered as JSON, and counted."""
        counter = self.service.metrics.requests

        async def answer(request: Request) -> Response:
            try:
                response = await endpoint(request)
            except ApiError as exc:
                response = json_response(exc.body(), exc.status, exc.headers)
            except StoreError as exc:
                response = json_response(ApiError(503, "StoreError", exc.message).body(), 503)
            counter.labels(path, str(response.status_code)).inc()
            return response

        return answer
