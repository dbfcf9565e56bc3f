"""Incremental and parallel builds give the same site as a clean serial build.

Each scenario: a full build, one change to the sources, a build without a fresh
environment; then the output is compared file by file with a clean build of the
changed sources (every file, ``searchindex.js`` included; only Sphinx's
``.buildinfo`` stamp is left out: it holds a hash of the config, not content).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from helpers.keyword_site import ROOT, html_files
from helpers.site import FORK, soup

from healthkb.model.byline import long_date

KEYWORDS = "keywords: [Exercise, Swimming, Heart health]"


def _build(
    make_app,
    srcdir: Path,
    *,
    fresh: bool,
    parallel: int = 1,
    pages: list[str] | None = None,
) -> list[str]:
    """Build; return the documents Sphinx wrote (each is resolved once, to write it).

    *pages*, if given, receives the keyword pages (no source file) that were written.
    """
    app = make_app(
        "html", srcdir=srcdir, freshenv=fresh, parallel=parallel, confoverrides=FORK
    )
    written: list[str] = []
    app.connect("doctree-resolved", lambda _app, _tree, doc: written.append(doc))
    if pages is not None:

        def page_written(_app, pagename: str, *_args) -> None:
            if pagename.startswith("keywords/"):
                pages.append(pagename)

        app.connect("html-page-context", page_written)
    app.build()
    assert app.statuscode == 0
    return sorted(written)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _copy(tmp_path: Path, name: str, source: Path = ROOT) -> Path:
    target = tmp_path / name
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("_build"))
    return target


def _same_as_clean(make_app, tmp_path: Path, site: Path) -> None:
    clean = _copy(tmp_path, "clean", site)
    _build(make_app, clean, fresh=True)
    incremental, fresh = (
        html_files(site / "_build/html"),
        html_files(clean / "_build/html"),
    )
    assert sorted(incremental) == sorted(fresh)
    assert [name for name in fresh if incremental[name] != fresh[name]] == []


def _change_keywords(site: Path) -> None:
    _edit(
        site / "articles/heart/swimming.md",
        KEYWORDS,
        "keywords: [Water sports, Heart health, Breathing]",
    )


def _add_article(site: Path) -> None:
    text = (site / "articles/lungs/asthma-inhalers.md").read_text(encoding="utf-8")
    text = text.replace("# Using an asthma inhaler", "# Spacers for asthma inhalers")
    (site / "articles/lungs/spacers.md").write_text(text, encoding="utf-8")


def _delete_article(site: Path) -> None:
    (site / "articles/heart/salt.md").unlink()


def _retitle_article(site: Path) -> None:
    """The home page's toctree lists article titles two levels down."""
    _edit(
        site / "articles/lungs/air-quality.md",
        "# Air quality and your lungs",
        "# Clean air",
    )


def _nothing(site: Path) -> None:
    """A build with nothing to write still makes the generated pages."""


SCENARIOS: dict[str, Callable[[Path], None]] = {
    "nothing": _nothing,
    "keywords": _change_keywords,
    "add": _add_article,
    "delete": _delete_article,
    "retitle": _retitle_article,
}


@pytest.mark.parametrize(
    "parallel", [1, pytest.param(2, marks=pytest.mark.child_process)]
)
@pytest.mark.parametrize("change", sorted(SCENARIOS))
def test_incremental_build_equals_clean_build(make_app, tmp_path, change, parallel):
    site = _copy(tmp_path, "site")
    _build(make_app, site, fresh=True, parallel=parallel)
    SCENARIOS[change](site)
    _build(make_app, site, fresh=False, parallel=parallel)
    _same_as_clean(make_app, tmp_path, site)


def test_changed_keywords_update_every_page_that_shows_them(make_app, tmp_path):
    site = _copy(tmp_path, "site")
    _build(make_app, site, fresh=True)
    out = site / "_build/html"
    before = soup(out / "articles/heart/walking.html")
    assert "Swimming for a fit heart" in before.select_one(".hk-related").get_text()
    _change_keywords(site)
    written = _build(make_app, site, fresh=False)
    assert not (out / "keywords/swimming.html").exists()
    new_page = soup(out / "keywords/water-sports.html")
    assert [a.get_text() for a in new_page.select(".hk-article-title a")] == [
        "Swimming for a fit heart"
    ]
    exercise = soup(out / "keywords/exercise.html")
    listed = [a.get_text() for a in exercise.select(".hk-article-title a")]
    assert listed and "Swimming for a fit heart" not in listed
    a_to_z = soup(out / "keywords/index.html").select_one("article").get_text()
    assert "Water sports (1)" in a_to_z and "Swimming (" not in a_to_z
    # breathing-exercises now shares two keywords with swimming: its list changed
    assert "articles/lungs/breathing-exercises" in written
    assert "articles/heart/swimming" in written
    # the "Exercise" list on the lists page lost an article
    assert "lists" in written


def test_body_edit_rewrites_only_that_article_and_its_parent(make_app, tmp_path):
    site = _copy(tmp_path, "site")
    first = _build(make_app, site, fresh=True)
    assert len(first) == 11
    article = site / "articles/heart/swimming.md"
    article.write_text(
        article.read_text(encoding="utf-8") + "\nSwim at your own pace.\n",
        encoding="utf-8",
    )
    pages: list[str] = []
    written = _build(make_app, site, fresh=False, pages=pages)
    # Sphinx itself rewrites the page whose toctree lists a changed document
    assert written == ["articles/heart/index", "articles/heart/swimming"]
    # no keyword page shows anything that changed
    assert pages == []
    _same_as_clean(make_app, tmp_path, site)


def test_description_edit_rewrites_the_pages_that_show_it(make_app, tmp_path):
    site = _copy(tmp_path, "site")
    _build(make_app, site, fresh=True)
    _edit(
        site / "articles/heart/swimming.md",
        "Swimming is a gentle way",
        "Swimming is a calm way",
    )
    written = _build(make_app, site, fresh=False)
    # lists that show it (topic page, lists page), articles whose related list shows it
    for page in ("articles/heart/index", "lists", "articles/heart/walking"):
        assert page in written
    # not related to swimming, not listing it
    assert "articles/lungs/asthma-inhalers" not in written
    assert "glossary" not in written
    _same_as_clean(make_app, tmp_path, site)


@pytest.mark.child_process
def test_parallel_build_equals_serial_build(make_app, tmp_path):
    serial, parallel = _copy(tmp_path, "serial"), _copy(tmp_path, "parallel")
    _build(make_app, serial, fresh=True, parallel=1)
    _build(make_app, parallel, fresh=True, parallel=2)
    one, two = html_files(serial / "_build/html"), html_files(parallel / "_build/html")
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert "keywords/heart-health.html" in one


class _Killed(BaseException):
    """Like the build process being killed: not an Exception, so Sphinx keeps its
    saved environment (it only deletes it for Exceptions)."""


def test_build_killed_while_writing_leaves_nothing_stale(make_app, tmp_path):
    site = _copy(tmp_path, "site")
    _build(make_app, site, fresh=True)
    _edit(
        site / "articles/heart/swimming.md",
        "Swimming is a gentle way",
        "Swimming is a calm way",
    )
    app = make_app("html", srcdir=site, freshenv=False)

    def kill(_app, _tree, docname):
        if docname == "articles/heart/swimming":
            raise _Killed

    app.connect("doctree-resolved", kill)
    with pytest.raises(_Killed):
        app.build()
    assert (site / "_build/doctrees/environment.pickle").is_file()
    # the next build has nothing new to read, yet must finish the job
    written = _build(make_app, site, fresh=False)
    assert "articles/heart/walking" in written
    _same_as_clean(make_app, tmp_path, site)


def test_damaged_state_file_means_rewrite_everything(make_app, tmp_path):
    site = _copy(tmp_path, "site")
    everything = _build(make_app, site, fresh=True)
    state = site / "_build/doctrees/healthkb-pages-html.json"
    assert state.is_file()
    state.write_text('{"outdir": "elsewhere"', encoding="utf-8")
    pages: list[str] = []
    assert _build(make_app, site, fresh=False, pages=pages) == everything
    on_disk = sorted(p.stem for p in (site / "_build/html/keywords").glob("*.html"))
    assert sorted(p.removeprefix("keywords/") for p in pages) == on_disk
    _same_as_clean(make_app, tmp_path, site)


# One test per page part that shows other documents (healthkb/sphinxext/page_parts.py):
# edit what the part shows in another document, rebuild, compare with a clean build.


def test_article_list_shows_an_edited_review_date(make_app, tmp_path):
    site = _copy(tmp_path, "site")
    _build(make_app, site, fresh=True)
    _edit(
        site / "articles/heart/walking.md",
        "reviewed: 2026-06-01",
        "reviewed: 2026-02-01",
    )
    written = _build(make_app, site, fresh=False)
    assert "lists" in written
    lists = soup(site / "_build/html/lists.html").get_text()
    assert long_date(date(2026, 2, 1)) in lists
    assert long_date(date(2026, 6, 1)) not in lists
    _same_as_clean(make_app, tmp_path, site)


def test_related_list_shows_an_edited_title(make_app, tmp_path):
    site = _copy(tmp_path, "site")
    _build(make_app, site, fresh=True)
    _edit(
        site / "articles/heart/swimming.md",
        "# Swimming for a fit heart",
        "# Swimming for heart fitness",
    )
    written = _build(make_app, site, fresh=False)
    assert "articles/heart/walking" in written
    page = soup(site / "_build/html/articles/heart/walking.html")
    assert "Swimming for heart fitness" in page.select_one(".hk-related").get_text()
    _same_as_clean(make_app, tmp_path, site)


def test_keyword_link_follows_a_keyword_page_renamed_by_another_article(
    make_app, tmp_path
):
    """Slugs are unique in key order: a new 'Regime' elsewhere takes 'regime' and
    moves the page of salt's 'Régime' to 'regime-2'; salt's own source is unchanged."""
    site = _copy(tmp_path, "site")
    _edit(site / "articles/heart/salt.md", "[Diet]", "[Régime]")
    _build(make_app, site, fresh=True)

    def link(name: str) -> str:
        page = soup(site / "_build/html/articles/heart/salt.html")
        return next(a["href"] for a in page.select(".hk-keyword a") if a.text == name)

    assert link("Régime").endswith("keywords/regime.html")
    _edit(
        site / "articles/lungs/asthma-inhalers.md", "[Children]", "[Children, Regime]"
    )
    written = _build(make_app, site, fresh=False)
    assert "articles/heart/salt" in written
    assert link("Régime").endswith("keywords/regime-2.html")
    _same_as_clean(make_app, tmp_path, site)


def test_keyword_pages_show_an_article_given_the_keyword(make_app, tmp_path):
    site = _copy(tmp_path, "site")
    _build(make_app, site, fresh=True)
    _edit(
        site / "articles/lungs/asthma-inhalers.md", "[Children]", "[Children, Exercise]"
    )
    pages: list[str] = []
    _build(make_app, site, fresh=False, pages=pages)
    assert "keywords/exercise" in pages and "keywords/index" in pages
    # a keyword page that lists nothing that changed is not written
    assert "keywords/salt" not in pages
    out = site / "_build/html/keywords"
    listed = [
        a.get_text() for a in soup(out / "exercise.html").select(".hk-article-title a")
    ]
    assert "Using an asthma inhaler" in listed
    assert "Exercise (4)" in soup(out / "index.html").select_one("article").get_text()
    _same_as_clean(make_app, tmp_path, site)


def test_sources_page_shows_an_edited_title_of_a_citing_article(make_app, tmp_path):
    site = _copy(tmp_path, "site")
    (site / "sources.md").write_text(
        "---\norphan: true\n---\n\n# Sources\n\n```{sources}\n```\n", encoding="utf-8"
    )
    _build(make_app, site, fresh=True)

    def cited_in() -> list[str]:
        page = soup(site / "_build/html/sources.html")
        return [
            a.get_text() for a in page.select("#source-smith2020heart .hk-cited-in a")
        ]

    assert cited_in() == ["Walking and heart health"]
    _edit(
        site / "articles/heart/walking.md",
        "# Walking and heart health",
        "# Walking for a healthy heart",
    )
    written = _build(make_app, site, fresh=False)
    assert "sources" in written
    assert cited_in() == ["Walking for a healthy heart"]
    _same_as_clean(make_app, tmp_path, site)
