"""What the shipped site's sources say, read with the article model (no Sphinx): the
expected values the built pages are checked against."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from healthkb.model.article import ArticleMeta
from healthkb.model.front_matter import split_article
from healthkb.model.site import Site
from healthkb.rules.checks import analyse_article

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class SourceArticle:
    path: str  # articles/topic/slug.md
    title: str
    meta: ArticleMeta
    body: str

    @property
    def page(self) -> str:
        return self.path.removesuffix(".md") + ".html"


def shipped_articles() -> list[SourceArticle]:
    site = Site.load(REPO)
    found = []
    for file in site.articles():
        path = site.relpath(file)
        text = file.read_text(encoding="utf-8")
        report = analyse_article(site, path, text)
        assert report.meta is not None, f"{path} has no valid front matter"
        found.append(
            SourceArticle(
                path, report.title, report.meta, split_article(path, text).body
            )
        )
    assert found, "the shipped site has no articles"
    return found
