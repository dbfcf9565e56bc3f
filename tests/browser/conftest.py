"""The built shipped site, served on 127.0.0.1, and Debian's Chromium driven by
Playwright. Built once per test session (per xdist worker) into a temporary folder."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Playwright,
    sync_playwright,
)
from sphinx.cmd.build import build_main

from healthkb.settings import read_conf

REPO = Path(__file__).resolve().parents[2]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
AXE_URL_PATH = "/__tests__/axe.min.js"
SCREENSHOTS = REPO / "_build" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass(frozen=True)
class BuiltSite:
    html: Path
    #: e.g. "/healthkb/": the path part of html_baseurl, served here as on the real host
    prefix: str
    base_url: str

    def url(self, page: str = "") -> str:
        return self.base_url + page

    @property
    def origin(self) -> str:
        return self.base_url.removesuffix(self.prefix)


@pytest.fixture(scope="session")
def built_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped site, built strictly (-W): a warning fails every browser test."""
    out = tmp_path_factory.mktemp("site")
    status = build_main(
        [
            "-b",
            "html",
            "-W",
            "-q",
            "-j",
            "1",
            "-d",
            str(out / "doctrees"),
            str(REPO),
            str(out / "html"),
        ]
    )
    assert status == 0, "the shipped site does not build cleanly with -W"
    return out / "html"


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under a path prefix and answers missing pages with 404.html,
    as GitHub Pages and most static hosts do."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if path == AXE_URL_PATH:  # same origin, so the page's CSP lets it run
            return str(AXE)
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(
        self, code: int, message: str | None = None, explain: str | None = None
    ) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass


@pytest.fixture(scope="session")
def site(built_html: Path) -> Iterator[BuiltSite]:
    prefix = urlsplit(read_conf(REPO)["html_baseurl"]).path or "/"
    handler = type("Handler", (_Handler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(built_html))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield BuiltSite(built_html, prefix, f"http://{host}:{port}{prefix}")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()


@dataclass
class Console:
    messages: list[str]

    def csp_violations(self) -> list[str]:
        return [
            m
            for m in self.messages
            if "Content Security Policy" in m or "Content-Security-Policy" in m
        ]


def _only_local(route, request) -> None:  # noqa: ANN001 - Playwright types
    """The tests never touch the network: anything not on 127.0.0.1 is refused."""
    if urlsplit(request.url).hostname == "127.0.0.1":
        route.continue_()
    else:
        route.abort()


@pytest.fixture
def console() -> Console:
    return Console([])


def _open(browser: Browser, console: Console, **context_args: object) -> Iterator[Page]:
    context = browser.new_context(**context_args)
    context.route("**/*", _only_local)
    page = context.new_page()

    def record(message: ConsoleMessage) -> None:
        console.messages.append(f"{message.type}: {message.text}")

    page.on("console", record)
    page.on("pageerror", lambda error: console.messages.append(f"pageerror: {error}"))
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def page(browser: Browser, console: Console) -> Iterator[Page]:
    """A desktop-sized page."""
    yield from _open(browser, console, viewport={"width": 1280, "height": 900})


@pytest.fixture
def dark_page(browser: Browser, console: Console) -> Iterator[Page]:
    """A desktop-sized page in a browser set to dark mode (furo follows it)."""
    yield from _open(
        browser, console, viewport={"width": 1280, "height": 900}, color_scheme="dark"
    )


@pytest.fixture
def phone(browser: Browser, console: Console) -> Iterator[Page]:
    """A phone-sized page (390x844 CSS pixels, touch, as an iPhone 12-15)."""
    yield from _open(
        browser,
        console,
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )


def run_axe(page: Page, site: BuiltSite) -> list[dict]:
    """axe-core's violations on the page as it is now.

    axe is loaded from the test server's own origin, so it runs under the page's
    Content-Security-Policy instead of bypassing it.
    """
    page.add_script_tag(url=site.origin + AXE_URL_PATH)
    return page.evaluate("async () => (await axe.run(document)).violations")
