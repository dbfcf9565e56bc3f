"""The site the browser tests build, and what its sources say, read with the article
model (no Sphinx): the expected values the built pages are checked against.

The site is the shipped code and settings with the frozen content tree
(tests/fixtures/import-site, helpers.site.copy_import_site): the tests name its
pages ("vagus" finds both VNS articles; the registry's key figures), so they must
not depend on which articles editors have added, moved or removed."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from helpers.site import copy_import_site

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


@functools.cache
def source_root() -> Path:
    """The site's sources, copied once per process (each xdist worker its own)."""
    folder = Path(tempfile.mkdtemp(prefix="healthkb-browser-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return copy_import_site(folder / "site")


def shipped_articles() -> list[SourceArticle]:
    site = Site.load(source_root())
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
