"""An article never reviewed has no review date, and every place says so."""

from __future__ import annotations

import json

from helpers.site import run_cli, soup
from helpers.site_runs import run_build

NEW = (
    "---\n"
    "description: How sleep affects the heart.\n"
    "authors: [ada-jones]\n"
    "published: 2026-11-01\n"
    "keywords: [Heart health, Sleep, Rest]\n"
    "---\n"
    "\n"
    "# Sleep and the heart\n"
    "\n"
    "Sleep is rest for the heart.\n"
)
HOME = (
    "\n## Recently reviewed\n\n```{article-list}\n:sort: reviewed\n```\n"
    "\n## Newest\n\n```{article-list}\n:sort: published\n```\n"
)


def test_never_reviewed_article_says_so_everywhere(site_copy, tmp_path, capsys):
    site = site_copy()
    (site / "articles/heart/sleep-and-the-heart.md").write_text(NEW, encoding="utf-8")
    index = site / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + HOME, encoding="utf-8")

    assert run_cli(site, "reviews", "--format", "json") == 0
    rows = {r["path"]: r for r in json.loads(capsys.readouterr().out)["articles"]}
    new = rows["articles/heart/sleep-and-the-heart.md"]
    assert new["reviewed"] is None and new["status"] == "not-reviewed"
    # its first review is due one interval (365 days) after publication
    assert new["review_due"] == "2027-11-01"
    reviewed = rows["articles/heart/walking-and-heart-health.md"]
    assert reviewed["reviewed"] == "2026-06-01" and reviewed["status"] != "not-reviewed"
    assert run_cli(site, "reviews") == 0
    line = next(
        x for x in capsys.readouterr().out.splitlines() if "sleep-and-the-heart" in x
    )
    assert line.startswith("Not yet reviewed") and " never " in line

    build = run_build(
        site, tmp_path / "html", "-D", "html_baseurl=https://example.org/"
    )
    assert build.status == 0, build.text
    page = soup(tmp_path / "html/articles/heart/sleep-and-the-heart.html")
    header = page.select_one(".hk-article-header") or page
    text = header.get_text(" ", strip=True)
    assert "Not yet reviewed" in text
    assert "Last reviewed" not in text and "clinically reviewed" not in text.lower()
    data = [
        json.loads(s.string) for s in page.select('script[type="application/ld+json"]')
    ]
    assert data and all("lastReviewed" not in json.dumps(d) for d in data)

    home = soup(tmp_path / "html/index.html")
    lists = home.select(".hk-article-list")
    assert len(lists) == 2
    recently, newest = ([a.get_text() for a in ul.select("a")] for ul in lists)
    assert "Sleep and the heart" not in recently and recently
    assert "Sleep and the heart" in newest
    entry = next(
        li for li in lists[1].select(".hk-article-item") if "Sleep" in li.get_text()
    )
    assert "Not yet reviewed" in entry.get_text()

    sitemap = (tmp_path / "html/sitemap.xml").read_text(encoding="utf-8")
    block = sitemap.split("sleep-and-the-heart.html", 1)[1].split("</url>", 1)[0]
    assert "2026-11-01" in block  # its publication date, not a review date
