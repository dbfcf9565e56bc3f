"""A shipped article citing a retracted source (a real Retraction Watch row, the
citation acknowledged in its front matter): the "Retracted" label is text a reader
sees next to the reference and on the sources page, and axe-core finds no serious
or critical violation there, in light and dark colours."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.site import copy_shipped_site
from sphinx.cmd.build import build_main
from test_retraction_build import acknowledge, cite_in, write_rw
from test_source_check import ZHANG

from .conftest import BuiltSite, _serve, run_axe
from .test_reader_site import _serious

pytestmark = pytest.mark.browser


def _first_article(root: Path) -> str:
    articles = sorted(
        p for p in (root / "articles").glob("*/*.md") if p.name != "index.md"
    )
    return articles[0].relative_to(root).as_posix()


@pytest.fixture(scope="module")
def retracted(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[BuiltSite, str]]:
    out = tmp_path_factory.mktemp("retracted")
    root = copy_shipped_site(out / "site")
    article = _first_article(root)
    with (root / "references.bib").open("a", encoding="utf-8") as bib:
        bib.write(ZHANG)
    write_rw(root, "all")
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nhealthkb_retraction_watch = "rw.csv"\n')
    cite_in(root, article, "zhang2021construction")
    acknowledge(root, "zhang2021construction", article=article)
    status = build_main(
        ["-b", "html", "-W", "-q", "-j", "1", "-d", str(out / "doctrees")]
        + [str(root), str(out / "html")]
    )
    assert status == 0, "the site with an acknowledged retraction does not build"
    with _serve(out / "html", "pagefind") as site:
        yield site, article.removesuffix(".md") + ".html"


@pytest.mark.parametrize("where", ["article", "sources"])
def test_the_label_is_seen_and_accessible(page, dark_page, retracted, where):
    site, article = retracted
    path = article if where == "article" else "sources.html"
    for shown in (page, dark_page):
        shown.goto(site.url(path))
        label = shown.locator(".hk-notice").first
        assert label.is_visible()
        assert label.inner_text().startswith("Retracted (notice: doi:10.1155/2023/")
        assert _serious(run_axe(shown, site)) == []
        assert shown.evaluate("typeof axe.version") == "string"  # axe really ran
