"""Fixtures for the playground's browser tests: the service app (open mode, a memory store;
and one with a tenant token configured) with the playground at `/`, on a real uvicorn server on
loopback,
and the Debian Chromium driven by Playwright. A missing Chromium fails the tests (tools/run-tests
installs it); it never skips them."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from convoscript import Runtime
from convoscript.service.app import STATIC_DIR, create_app
from convoscript.service.settings import settings_from

CHROMIUM = os.environ.get("CONVOSCRIPT_TEST_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TOKEN = "playground-token-0123456789"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(app) -> Iterator[str]:
    """The app on a uvicorn server on loopback, for the session: its URL."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the playground test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    yield from _serve(create_app(Runtime(), static_dir=STATIC_DIR))


@pytest.fixture(scope="session")
def token_server_url() -> Iterator[str]:
    """A server with one tenant, `acme`, whose token is TOKEN: no token is 401."""
    settings = settings_from({"tenants": {"acme": {"tokens": [TOKEN]}}})
    yield from _serve(create_app(settings, static_dir=STATIC_DIR))


@pytest.fixture(scope="module")  # Playwright's sync API keeps an event loop running while
def browser() -> Iterator[Browser]:  # it is started: stop it before other folders' tests run
    if not (os.path.isfile(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, server_url: str, request: pytest.FixtureRequest) -> Iterator[Page]:
    yield from _playground(browser, server_url, request.node.name)


@pytest.fixture
def token_page(
    browser: Browser, token_server_url: str, request: pytest.FixtureRequest
) -> Iterator[Page]:
    yield from _playground(browser, token_server_url, request.node.name)


def _playground(browser: Browser, server_url: str, name: str) -> Iterator[Page]:
    """The playground, loaded; no request may leave loopback (it works offline). A screenshot
    of the final state is saved under tests/playground/artifacts/ and its path printed."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    outside: list[str] = []

    def only_loopback(route):
        if route.request.url.startswith(server_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_loopback)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server_url)
    page.wait_for_selector(".cm-content")
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"\nscreenshot: {shot}")
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not outside, f"requests left loopback: {outside}"
