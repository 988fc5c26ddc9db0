"""`create_app`: the ASGI application of `convoscript serve` (Starlette: see docs/service.md
for why), with the playground's static files at `/` when a directory is given."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Mount
from starlette.staticfiles import StaticFiles

from convoscript.engine import Runtime
from convoscript.service.metrics import ServiceMetrics
from convoscript.service.routes import Api, json_response
from convoscript.service.runs import Service
from convoscript.service.schemas import ApiError
from convoscript.service.settings import Settings

# the playground's files (another part of issue 13 fills it); served at `/` when present
STATIC_DIR = Path(__file__).with_name("static")


def create_app(
    settings: Settings | Runtime | None = None, *, static_dir: str | Path | None = None
) -> Starlette:
    """The app over `settings` (a Settings, or a Runtime to serve as the one open tenant).
    `static_dir`: files to serve at `/` (the playground: STATIC_DIR)."""
    runtime = None
    if isinstance(settings, Runtime):
        runtime, settings = settings, Settings()
    settings = settings or Settings()
    service = Service(settings, ServiceMetrics(), runtime)
    routes: list = Api(settings, service).routes()
    if static_dir is not None:
        files = _BesideTheApi(StaticFiles(directory=str(static_dir), html=True), list(routes))
        routes.append(Mount("/", app=files, name="static"))
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _internal_error},
    )
    app.state.service = service
    return app


class _BesideTheApi:
    """The playground's files at `/`, for every path that is not the API's: a request to an API
    path with a method it does not take is the API's 405, not the file server's 404 (a mount
    at `/` matches every path, which Starlette prefers to a route matching only the path)."""

    def __init__(self, files: StaticFiles, api_routes: list):
        self.files = files
        self.api_routes = api_routes

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] == "http" and any(
            route.matches(scope)[0] is Match.PARTIAL for route in self.api_routes
        ):
            raise HTTPException(405)
        await self.files(scope, receive, send)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own refusals (no such route, wrong method) as the API's JSON errors."""
    status = getattr(exc, "status_code", 500)
    kind = {404: "NotFound", 405: "MethodNotAllowed"}.get(status, "HttpError")
    return json_response(ApiError(status, kind, str(getattr(exc, "detail", kind))).body(), status)


async def _internal_error(request: Request, exc: Exception) -> Response:
    """A bug answers 500 with a JSON body; the traceback goes to the server's log only."""
    return json_response(ApiError(500, "InternalError", "internal error").body(), 500)
