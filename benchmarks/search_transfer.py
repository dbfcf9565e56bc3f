"""How many bytes a reader's browser downloads for one search.

Serves a built site on localhost, opens ``search.html?q=QUERY`` in headless Chromium
(Playwright) and sums the bodies of every response after the page itself: scripts,
styles, Sphinx's ``searchindex.js`` or Pagefind's chunks and fragments. Bodies are
counted uncompressed (no HTTP compression), so the figure is an upper bound.

    python benchmarks/search_transfer.py SITE_HTML_DIR "sleep therapy"
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
RESULTS = "#search-results li, .pagefind-ui__result"
RESULT_LINKS = "#search-results li > a, a.pagefind-ui__result-link"


@dataclass
class SearchLoad:
    #: bytes of every response after the search page itself
    bytes: int
    #: path of every URL the browser fetched, in order
    paths: list[str]
    #: href of each result shown
    results: list[str]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def query_bytes(site: Path, query: str, browser: Any = None) -> SearchLoad:
    """What the browser downloads to answer *query* on the search page.

    *browser*: an open Playwright Browser to use (tests share one), else one is
    launched for this call."""
    return _in_browser(site, f"search.html?q={query}", None, browser)


#: the search page's own script (healthkb/sphinxext/static), which runs Pagefind
SEARCH_SCRIPT = (
    Path(__file__).resolve().parents[1]
    / "healthkb"
    / "extension"
    / "static"
    / "healthkb-pagefind.js"
)


def pagefind_query_bytes(site: Path, query: str, shown: int = 10) -> SearchLoad:
    """What Pagefind downloads for *query* showing *shown* results (as the search page
    does first), plus the search page's script; works whatever the search page is
    (a site built with Sphinx's search and indexed by Pagefind afterwards)."""
    script = f"""async () => {{
        const pagefind = await import("./pagefind/pagefind.js");
        const found = await pagefind.search({query!r});
        const first = found.results.slice(0, {shown});
        const data = await Promise.all(first.map(r => r.data()));
        return data.map(d => d.url);
    }}"""
    load = _in_browser(site, "index.html", script)
    # counted from the package: a site built without Pagefind does not have it
    load.bytes += SEARCH_SCRIPT.stat().st_size
    load.paths.append("_static/" + SEARCH_SCRIPT.name)
    return load


def _in_browser(
    site: Path, start: str, script: str | None, browser: Any = None
) -> SearchLoad:
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sizes: dict[str, int] = {}
    origin = f"http://127.0.0.1:{server.server_port}/"
    try:
        if browser is not None:
            results = _visit(browser, origin + start, script, sizes)
        else:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as pw:
                own = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
                results = _visit(own, origin + start, script, sizes)
                own.close()
    finally:
        server.shutdown()
        server.server_close()
    paths = [u.removeprefix(origin).split("?")[0] for u in sizes]
    after_page = sum(n for u, n in sizes.items() if not u.startswith(origin + start))
    return SearchLoad(after_page, paths, results)


def _visit(
    browser: Any, url: str, script: str | None, sizes: dict[str, int]
) -> list[str]:
    page = browser.new_page()

    def record(response: Any) -> None:
        try:
            sizes[response.url] = len(response.body())
        except Exception:  # noqa: BLE001 - redirects and aborted loads have no body
            sizes.setdefault(response.url, 0)

    page.on("response", record)
    page.goto(url)
    if script is None:
        page.wait_for_selector(RESULTS, timeout=60_000)
        page.wait_for_load_state("networkidle")
        links = page.locator(RESULT_LINKS)
        results = [
            links.nth(i).get_attribute("href") or "" for i in range(links.count())
        ]
    else:
        page.wait_for_load_state("networkidle")
        sizes.clear()  # only what the query itself loads
        results = page.evaluate(script)
        page.wait_for_load_state("networkidle")
    page.close()
    return results


if __name__ == "__main__":
    measure = pagefind_query_bytes if "--pagefind" in sys.argv else query_bytes
    load = measure(Path(sys.argv[1]), sys.argv[2])
    sys.stdout.write(
        f"{load.bytes} bytes, {len(load.paths)} files, {len(load.results)} results\n"
    )
