"""The editors' review status page in the built site, and the Contribute section."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers.site import FORK, REPO, soup, warnings_of
from sphinx.testing.util import SphinxTestApp


def add_contribute(site: Path) -> None:
    shutil.copytree(REPO / "contribute", site / "contribute")
    shutil.copy(REPO / "CONTRIBUTING.md", site / "CONTRIBUTING.md")
    # as the shipped conf.py: the guide is trusted (pasted into contribute/index.md)
    # and not a page of its own
    conf = site / "conf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8")
        + '\nhealthkb_trusted_includes = ["CONTRIBUTING.md"]\n'
        + '\nexclude_patterns += ["CONTRIBUTING.md"]\n',
        encoding="utf-8",
    )
    index = site / "index.md"
    index.write_text(
        index.read_text(encoding="utf-8") + "\n```{toctree}\ncontribute/index\n```\n",
        encoding="utf-8",
    )
    (site / "articles/heart/old-advice.md").write_text(
        "---\ndescription: Test.\nauthors: [ada-jones]\npublished: "
        "2025-01-01\nreviewed: 2025-01-01\n"
        "review-due: 2026-01-01\nkeywords: [Heart health, Diet, Salt]\nsilence:\n"
        "  review-overdue: the test needs an overdue article\n---\n\n# Old "
        "advice\n\nText.\n",
        encoding="utf-8",
    )


def build(site: Path, parallel: int = 0) -> SphinxTestApp:
    app = SphinxTestApp(
        "html", srcdir=site, freshenv=True, parallel=parallel, confoverrides=FORK
    )
    app.build(force_all=True)
    return app


def rows_of(page) -> list[list[str]]:
    table = page.select_one("table.hk-review-status")
    return [
        [c.get_text(strip=True) for c in tr.find_all("td")]
        for tr in table.select("tbody tr")
    ]


def test_review_status_page(site_copy):
    site = site_copy()
    add_contribute(site)
    app = build(site)
    try:
        assert warnings_of(app) == ""
        page = soup(app.outdir / "contribute/review-status.html")
        assert rows_of(page) == [
            ["Old advice", "2026-01-01", "2025-01-01", "Overdue"],
            [
                "Breathing exercises after pneumonia",
                "2027-02-01",
                "2026-02-01",
                "Due within 90 days",
            ],
            ["Walking and heart health", "2027-06-01", "2026-06-01", "Up to date"],
        ]
        first = page.select_one("table.hk-review-status tbody tr")
        assert "hk-review-overdue" in first["class"]
        assert first.find("a")["href"] == "../articles/heart/old-advice.html"
        assert "1 overdue, 1 due within 90 days, 1 up to date" in page.get_text()
        # linked from the Contribute page, but not in the reader's navigation
        contribute = soup(app.outdir / "contribute/index.html")
        assert "review-status.html" in [
            a["href"] for a in contribute.select("article a")
        ]
        assert "Cite every fact" in contribute.get_text()
        home = soup(app.outdir / "index.html")
        assert "review-status.html" not in [
            a["href"] for a in home.select(".sidebar-tree a")
        ]
        assert "contribute/index.html" in [
            a["href"] for a in home.select(".sidebar-tree a")
        ]
        # an editors' page: the site search does not offer it to readers either
        index = (app.outdir / "searchindex.js").read_text(encoding="utf-8")
        data = json.loads(index[index.index("(") + 1 : index.rindex(")")])
        page_no = data["docnames"].index("contribute/review-status")
        found = [
            term
            for term, pages in data["terms"].items()
            if page_no in (pages if isinstance(pages, list) else [pages])
        ]
        assert found == []
        assert data["terms"]["cite"]  # while the Contribute page is searchable
    finally:
        app.cleanup()


@pytest.mark.child_process
def test_review_page_updates_incrementally_and_in_parallel(site_copy):
    site = site_copy()
    add_contribute(site)
    app = build(site, parallel=2)
    app.cleanup()
    article = site / "articles/lungs/breathing-exercises.md"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            "reviewed: 2026-02-01\nreview-due: 2027-02-01",
            "reviewed: 2026-11-01\nreview-due: 2027-11-01",
        ),
        encoding="utf-8",
    )
    app = SphinxTestApp(
        "html", srcdir=site, parallel=2, confoverrides=FORK
    )  # same outdir, no fresh env
    try:
        app.build()
        assert warnings_of(app) == ""
        rows = rows_of(soup(app.outdir / "contribute/review-status.html"))
        assert [
            "Breathing exercises after pneumonia",
            "2027-11-01",
            "2026-11-01",
            "Up to date",
        ] in rows
    finally:
        app.cleanup()
