"""A stand-in for `convoscript serve` while it is being built: the playground's static files
plus the endpoints the playground calls (check, run, conversation state), each backed by a real
Runtime on a memory store — no canned answers. Replace with the real service app when it lands."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import convoscript
from convoscript.authoring.diagnostics import diagnose
from convoscript.errors import FlowSyntaxError, SecurityViolation

STATIC = Path(convoscript.__file__).parent / "service" / "static"


def make_app() -> Starlette:
    runtime = convoscript.Runtime()

    async def check(request: Request) -> JSONResponse:
        body = await request.json()
        source = body["source"]
        try:
            runtime.compile(source, body.get("filename") or "script.groovy")
        except (FlowSyntaxError, SecurityViolation) as exc:
            return JSONResponse({"ok": False, "diagnostics": [diagnose(exc, source)]})
        return JSONResponse({"ok": True, "diagnostics": []})

    async def run(request: Request) -> JSONResponse:
        body = await request.json()
        conversation = runtime.conversation(request.path_params["id"])
        result = conversation.run(body["source"], variables=body.get("variables"))
        return JSONResponse({**result.to_dict(), "cost": result.cost})

    async def state(request: Request) -> JSONResponse:
        return JSONResponse(runtime.conversation(request.path_params["id"]).state())

    return Starlette(
        routes=[
            Route("/v1/check", check, methods=["POST"]),
            Route("/v1/conversations/{id}/run", run, methods=["POST"]),
            Route("/v1/conversations/{id}", state),
            Mount("/", StaticFiles(directory=STATIC, html=True)),
        ]
    )
