"""In Chromium, an old address left by ``healthkb move`` leads to the new page, with
the page's Content-Security-Policy in force and nothing refused."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
from helpers.move_site import moved_site
from playwright.sync_api import Page, expect
from sphinx.cmd.build import build_main

ROOTS = Path(__file__).parents[1] / "roots"
pytestmark = pytest.mark.browser


def test_old_address_leads_to_the_new_page(tmp_path: Path, page: Page, console):
    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    moved_site(site)
    out = tmp_path / "html"
    assert build_main(["-q", "-W", "-b", "html", str(site), str(out)]) == 0
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0),
        functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out)),
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        page.goto(base + "articles/heart/walking-and-heart-health.html")
        page.wait_for_url(base + "articles/heart/walking.html")
        expect(page.locator("h1")).to_contain_text("Walking and heart health")
    finally:
        server.shutdown()
        server.server_close()
    assert console.csp_violations() == []
