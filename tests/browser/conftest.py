"""The built site (the shipped code with the frozen content tree: shipped.py), served on
127.0.0.1, and Debian's Chromium driven by
Playwright. Built once per test session (per xdist worker) into a temporary folder.

The shipped site searches with Pagefind (what readers get). Tests that search use
``search_site`` and run twice: on that site and on the same sources built with
Sphinx's own search (``-D healthkb_pagefind=0``, what ``make serve`` shows editors)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import tempfile
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

from healthkb.model.settings import read_conf

from .shipped import source_root

REPO = Path(__file__).resolve().parents[2]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
AXE_URL_PATH = "/__tests__/axe.min.js"
# outside the checkout (tests write nothing into it); HEALTHKB_SCREENSHOTS to choose
SCREENSHOTS = Path(
    os.environ.get(
        "HEALTHKB_SCREENSHOTS", Path(tempfile.gettempdir()) / "healthkb-screenshots"
    )
)
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


#: the search backends, and the -D overrides that select them
SEARCH_BACKENDS = {"pagefind": [], "sphinx": ["-D", "healthkb_pagefind=0"]}


@dataclass(frozen=True)
class BuiltSite:
    html: Path
    #: e.g. "/healthkb/": the path part of html_baseurl, served here as on the real host
    prefix: str
    base_url: str
    #: which search the site's search page runs: "pagefind" or "sphinx"
    search: str = "pagefind"

    def url(self, page: str = "") -> str:
        return self.base_url + page

    @property
    def origin(self) -> str:
        return self.base_url.removesuffix(self.prefix)


def _build(out: Path, search: str) -> Path:
    """The shipped site, built strictly (-W): a warning fails every browser test."""
    status = build_main(
        [
            "-b",
            "html",
            "-W",
            "-q",
            "-j",
            "1",
            *SEARCH_BACKENDS[search],
            "-d",
            str(out / "doctrees"),
            str(source_root()),
            str(out / "html"),
        ]
    )
    assert status == 0, f"the shipped site ({search} search) does not build with -W"
    return out / "html"


@pytest.fixture(scope="session")
def built_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped site as published: Pagefind search."""
    return _build(tmp_path_factory.mktemp("site"), "pagefind")


@pytest.fixture(scope="session")
def built_html_sphinx_search(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped site with Sphinx's search (searchindex.js), as `make serve` builds."""
    return _build(tmp_path_factory.mktemp("site-sphinx-search"), "sphinx")


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


@contextlib.contextmanager
def _serve(html: Path, search: str) -> Iterator[BuiltSite]:
    prefix = urlsplit(read_conf(REPO)["html_baseurl"]).path or "/"
    handler = type("Handler", (_Handler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(html))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield BuiltSite(html, prefix, f"http://{host}:{port}{prefix}", search)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(built_html: Path) -> Iterator[BuiltSite]:
    """The shipped site as readers get it (Pagefind search)."""
    with _serve(built_html, "pagefind") as served:
        yield served


@pytest.fixture(scope="session")
def sphinx_search_site(built_html_sphinx_search: Path) -> Iterator[BuiltSite]:
    with _serve(built_html_sphinx_search, "sphinx") as served:
        yield served


@pytest.fixture(params=list(SEARCH_BACKENDS))
def search_site(request: pytest.FixtureRequest) -> BuiltSite:
    """The shipped site once with each search backend (each built once per session)."""
    name = "site" if request.param == "pagefind" else "sphinx_search_site"
    return request.getfixturevalue(name)


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
