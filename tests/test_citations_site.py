"""The shipped site's citations: numbered in order of first citation and linked,
Vancouver references, the sources page with "cited in" links; clean build and check.
Also: the sources page follows incremental, parallel builds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.site import (
    FORK,
    IMPORT_CONTENT,
    SITE,
    copy_import_site,
    copy_shipped_site,
    soup,
    warnings_of,
)
from sphinx.testing.util import SphinxTestApp

from healthkb.cli import main
from healthkb.model import markdown_scan

ARTICLES = sorted((SITE / "articles").glob("*/*.md"))
ARTICLES = [a for a in ARTICLES if a.name != "index.md"]
#: the sources of the content brief, and (at least) the articles of the frozen
#: content tree (fixtures/import-site) that cite each: the live site's editors may
#: cite, move or drop them, so these are checked on the frozen copy
BRIEF = {
    "conway2026durability": {"vagus-nerve-stimulation-two-year-results"},
    "livanova2024recover": {"vagus-nerve-stimulation-two-year-results"},
    "rush2006stard": {"what-is-treatment-resistant-depression"},
    "aaronson2017registry": {"vagus-nerve-stimulation-five-year-registry"},
    "conway2018quality": {"vagus-nerve-stimulation-five-year-registry"},
}


def cited_keys(article: Path) -> list[str]:
    """Keys in order of first citation, read from the Markdown source."""
    found = markdown_scan.citations(article.read_text(encoding="utf-8"), 1)
    return list(dict.fromkeys(key for _, key in found))


@dataclass(frozen=True)
class Built:
    outdir: Path
    warnings: str


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """One build of a copy of the shipped site (the app is cleaned up at once, so
    other tests in this module can make their own)."""
    return _build(copy_shipped_site(tmp_path_factory.mktemp("shipped") / "site"))


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The shipped code with the frozen content tree, whose articles cite the brief."""
    return _build(copy_import_site(tmp_path_factory.mktemp("frozen") / "site"))


def _build(src: Path) -> Built:
    app = SphinxTestApp("html", srcdir=src, freshenv=True)
    try:
        app.build(force_all=True)
        return Built(Path(app.outdir), warnings_of(app))
    finally:
        app.cleanup()


def test_shipped_site_builds_clean(shipped):
    assert shipped.warnings == ""


def test_shipped_site_checks_clean(capsys):
    assert main(["--root", str(SITE), "check"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_references_numbered_in_order_of_first_citation(shipped, article):
    page = soup(shipped.outdir / article.relative_to(SITE).with_suffix(".html"))
    footnotes = page.select("#references aside.footnote")
    keys = cited_keys(article)
    # the list: one entry per source, numbered 1..n in order of first citation
    assert [f["id"] for f in footnotes] == [f"footcite-{key}" for key in keys]
    labels = [
        f.select_one(".label").get_text(strip=True).strip("[]") for f in footnotes
    ]
    assert labels == [str(n) for n in range(1, len(keys) + 1)]
    # the text: numbers link to their entry; first uses appear as 1, 2, 3, ...
    number_of = {f["id"]: label for f, label in zip(footnotes, labels, strict=True)}
    first_seen: list[str] = []
    refs = page.select("a.footnote-reference")
    # an article may cite nothing (check passes it): then it has no numbers at all
    assert bool(refs) == bool(keys)
    for ref in refs:
        target = ref["href"].removeprefix("#")
        assert ref.get_text(strip=True).strip("[]") == number_of[target]
        if number_of[target] not in first_seen:
            first_seen.append(number_of[target])
    assert first_seen == labels


def test_brief_author_lists_in_vancouver_form(frozen):
    """The brief writes these author lists in Vancouver form: the page must match."""
    registry = soup(
        frozen.outdir
        / "articles/mental-health/vagus-nerve-stimulation-five-year-registry.html"
    )
    entry = registry.select_one("#footcite-conway2018quality p").get_text()
    assert entry.startswith(
        "Conway CR, Kumar A, Xiong W, Bunker M, Aaronson ST, Rush AJ. Chronic vagus"
    )
    assert "Journal of Clinical Psychiatry. 2018;79(5):18m12178." in entry
    # its DOI is unknown: no identifier may appear
    assert not registry.select("#footcite-conway2018quality p a")
    what_is = soup(
        frozen.outdir
        / "articles/mental-health/what-is-treatment-resistant-depression.html"
    )
    rush = what_is.select_one("#footcite-rush2006stard p")
    assert rush.get_text().startswith(
        "Rush AJ, Trivedi MH, Wisniewski SR, Nierenberg AA, Stewart JW, Warden D, "
        "et al. "
    )
    assert [a["href"] for a in rush.select("a")] == [
        "https://doi.org/10.1176/ajp.2006.163.11.1905",
        "https://pubmed.ncbi.nlm.nih.gov/17074942/",
    ]


def _sources_page(built: Built, articles: list[Path]) -> dict[str, set[str]]:
    """The sources page's sources (key -> the articles it says cite it), checked
    against the articles' own citations."""
    page = soup(built.outdir / "sources.html")
    items = page.select("ul.hk-sources > li.hk-source")
    cited = {key for a in articles for key in cited_keys(a)}
    assert sorted(li["id"] for li in items) == sorted(f"source-{k}" for k in cited)
    found = {}
    for li in items:
        key = li["id"].removeprefix("source-")
        citing = {
            Path(a["href"]).stem for a in li.select(".hk-cited-in a.reference.internal")
        }
        assert citing == {a.stem for a in articles if key in cited_keys(a)}
        titles = [a.get_text() for a in li.select(".hk-cited-in a")]
        assert all(titles) and titles == sorted(titles, key=str.casefold)
        found[key] = citing
    return found


def test_sources_page_lists_every_cited_source_with_citing_articles(shipped):
    assert _sources_page(shipped, ARTICLES)


def test_sources_page_lists_every_brief_source_where_the_brief_cites_it(frozen):
    articles = [
        a
        for a in sorted((IMPORT_CONTENT / "articles").glob("*/*.md"))
        if a.name != "index.md"
    ]
    found = _sources_page(frozen, articles)
    assert found.keys() == BRIEF.keys()
    for key, citing in found.items():
        assert BRIEF[key] <= citing
    page = soup(frozen.outdir / "sources.html")
    livanova = page.select_one("#source-livanova2024recover").get_text()
    assert "[Internet]" in livanova
    assert "Note: The study sponsor's own announcement" in livanova


def test_sources_page_is_in_the_home_page_toctree(shipped):
    home = soup(shipped.outdir / "index.html")
    assert home.select_one(".toctree-wrapper a[href='sources.html']")


SOURCES_MD = """---
orphan: true
---

# Sources

```{sources}
```
"""


@pytest.mark.child_process
def test_sources_page_follows_incremental_parallel_builds(site_copy, make_app):
    root = site_copy()
    (root / "sources.md").write_text(SOURCES_MD, encoding="utf-8")
    app = make_app("html", srcdir=root, freshenv=True, parallel=2, confoverrides=FORK)
    app.build(force_all=True)
    assert warnings_of(app) == ""

    def cited_in(key: str) -> list[str]:
        page = soup(app.outdir / "sources.html")
        return [a.get_text() for a in page.select(f"#source-{key} .hk-cited-in a")]

    assert cited_in("smith2020heart") == ["Walking and heart health"]
    lungs = root / "articles/lungs/breathing-exercises.md"
    lungs.write_text(
        lungs.read_text(encoding="utf-8")
        + "\nWalking helps too {footcite:p}`smith2020heart`.\n",
        encoding="utf-8",
    )
    app2 = make_app("html", srcdir=root, parallel=2, confoverrides=FORK)
    app2.build()
    assert re.search(r"0 added, 1 changed, 0 removed", app2.status.getvalue())
    assert cited_in("smith2020heart") == [
        "Breathing exercises after pneumonia",
        "Walking and heart health",
    ]
