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


def query_bytes(site: Path, query: str) -> SearchLoad:
    """What the browser downloads to answer *query* on the search page."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sizes: dict[str, int] = {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page()

            def record(response) -> None:  # noqa: ANN001 - playwright Response
                try:
                    sizes[response.url] = len(response.body())
                except Exception:  # noqa: BLE001 - redirects and aborted loads have no body
                    sizes.setdefault(response.url, 0)

            page.on("response", record)
            url = f"http://127.0.0.1:{server.server_port}/search.html?q={query}"
            page.goto(url)
            page.wait_for_selector(RESULTS, timeout=60_000)
            page.wait_for_load_state("networkidle")
            links = page.locator(RESULT_LINKS)
            results = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
            browser.close()
    finally:
        server.shutdown()
    origin = f"http://127.0.0.1:{server.server_port}/"
    paths = [u.removeprefix(origin).split("?")[0] for u in sizes]
    after_page = sum(n for u, n in sizes.items() if "search.html" not in u)
    return SearchLoad(after_page, paths, results)


if __name__ == "__main__":
    load = query_bytes(Path(sys.argv[1]), sys.argv[2])
    sys.stdout.write(f"{load.bytes} bytes, {len(load.paths)} files, {len(load.results)} results\n")
