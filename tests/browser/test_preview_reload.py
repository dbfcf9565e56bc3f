"""``make serve`` in headless Chromium: a saved article reloads the open page, and a
problem in it is shown on the page, under the preview's own policy (no CSP errors)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.preview_server import Preview
from playwright.sync_api import Browser

ARTICLE = "articles/heart/walking-and-heart-health.md"
PAGE = "articles/heart/walking-and-heart-health.html"


@pytest.fixture
def preview(site_copy, tmp_path: Path) -> Iterator[Preview]:  # noqa: ANN001
    p = Preview(site_copy("basic"), tmp_path / "preview")
    yield p
    p.close()


def test_a_save_reloads_the_open_page_and_shows_its_problem(
    preview: Preview, browser: Browser
) -> None:
    context = browser.new_context()
    page = context.new_page()
    messages: list[str] = []
    page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
    page.goto(f"http://127.0.0.1:{preview.port}/{PAGE}")
    page.wait_for_load_state("load")
    # the reload script is polling: a marker set now is gone after a reload
    page.evaluate("window.__notReloaded = true")
    page.wait_for_timeout(500)

    original = (preview.site / ARTICLE).read_text(encoding="utf-8")
    # ordinary prose: a line about "the sentence" itself reads like a tool's note
    preview.save(ARTICLE, original + "\nA short walk after meals helps many people.\n")
    # a locator, not wait_for_function: the page's CSP refuses Playwright's eval
    page.get_by_text("A short walk after meals helps many people.").wait_for(
        timeout=60_000
    )
    assert page.evaluate("window.__notReloaded === undefined")

    broken = original.replace("`smith2020heart`", "`nosuchkey`", 1)
    preview.save(ARTICLE, broken)
    banner = page.locator("#healthkb-preview-problems")
    banner.wait_for(timeout=60_000)
    assert "nosuchkey" in banner.inner_text()
    assert "walking-and-heart-health.md" in banner.inner_text()
    assert not [
        m for m in messages if "Content Security Policy" in m or "pageerror" in m
    ]
    context.close()
