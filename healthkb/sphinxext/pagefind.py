"""Chunked search (``healthkb_pagefind = True``): Pagefind instead of Sphinx's single
``searchindex.js``.

Sphinx's index grows with the site (every word of every page in one file that the
search page downloads whole: 12 MB at 10,000 articles); Pagefind splits its index
into chunks and loads only those a query needs, plus a short fragment per shown
result (about 0.65 MB for one query at 10,000 articles). After a successful HTML
build we run the Pagefind binary shipped on PyPI (``pagefind[bin]``, offline) over
the pages, and the search page (``search.html?q=...``, where furo's search box
submits) shows Pagefind's results in Sphinx's markup (``static/healthkb-pagefind.js``).

Where the switch lives: the shipped ``conf.py`` turns it on, so ``make html`` (what
GitHub Pages and Read the Docs publish) gives readers Pagefind. ``make serve`` passes
``-D healthkb_pagefind=0``: editors' live rebuilds keep Sphinx's search and do not
re-run the indexer on every save. The default here is off, so test sites built by
pytest do not run the binary unless a test asks for it.

Pagefind compiles WebAssembly, which a Content-Security-Policy allows only with
``'wasm-unsafe-eval'``; only the search page's policy has it (``needs_wasm``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.errors import ExtensionError
from sphinx.util import logging

from healthkb.model.settings import setting
from healthkb.sphinxext.bibtex_input import from_confdir
from healthkb.sphinxext.search_forms import search_form

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)
TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
#: only the readable content of a page is indexed, not the sidebar or footer
ROOT_SELECTOR = "#furo-main-content"
#: not words a reader searches for: heading anchors, the disclaimer on every article,
#: other articles' titles and descriptions ("Related articles", and the article lists
#: of topic and keyword pages, marked ``no-search`` as Sphinx's own search skips them),
#: and an article's byline, review notice and dates: Pagefind's excerpt of a page
#: whose title matched starts where the indexed text starts, and a reader choosing
#: among results needs the standfirst there, not "Written by … Published …"
EXCLUDE = (
    ".headerlink, .hk-disclaimer, .hk-feedback, .hk-related, .no-search, "
    ".hk-byline, .hk-review, .hk-dates"
)
PAGES = "{index.html,glossary.html,articles/**/*.html,keywords/**/*.html}"


def add_templates(app: Sphinx, config: Config) -> None:
    if not setting(config, "pagefind"):
        return
    # relative to conf.py: absolute paths would differ between checkouts and so change
    # .buildinfo's config hash (the same sources must give the same files)
    confdir = Path(app.confdir)
    if from_confdir(TEMPLATES, confdir) not in map(str, config.templates_path):
        config.templates_path.append(from_confdir(TEMPLATES, confdir))
    if from_confdir(STATIC, confdir) not in map(str, config.html_static_path):
        config.html_static_path.append(from_confdir(STATIC, confdir))


def needs_wasm(app: Sphinx, pagename: str) -> bool:
    """Whether this page runs Pagefind (its policy must allow WebAssembly)."""
    return setting(app, "pagefind") and pagename == "search"


def search_template(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> str | None:
    if needs_wasm(app, pagename):
        # the page sends a new query to itself (pathto would give "#" here)
        context["healthkb_search_form"] = search_form(
            app.builder.get_target_uri(pagename)
        )
        return "healthkb-pagefind-search.html"
    return None


def command(outdir: Path) -> list[str]:
    return [
        sys.executable, "-m", "pagefind", "--site", str(outdir), "--quiet",
        # result links as Sphinx writes them (topic/index.html, not topic/)
        "--keep-index-url",
        "--root-selector", ROOT_SELECTOR, "--exclude-selectors", EXCLUDE,
        "--glob", PAGES,
    ]  # fmt: skip


def index_site(app: Sphinx, exception: BaseException | None) -> None:
    if exception or not setting(app, "pagefind") or app.builder.format != "html":
        return
    logger.info("building the Pagefind search index... ", nonl=True)
    # Pagefind adds new content-named files beside the old ones: start afresh, so an
    # incremental build's output equals a clean build's
    shutil.rmtree(Path(app.outdir) / "pagefind", ignore_errors=True)
    done = subprocess.run(command(Path(app.outdir)), capture_output=True, text=True)
    if done.returncode != 0:
        raise ExtensionError(
            f"Pagefind could not index the site (exit {done.returncode}): "
            f"{(done.stderr or done.stdout).strip()[-2000:]}"
        )
    logger.info("done")


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", search_template)
    app.connect("build-finished", index_site)
