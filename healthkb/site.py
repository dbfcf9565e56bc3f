"""The site as plain data: settings, authors, sources and where the articles are."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from healthkb.authors import Author, load_authors
from healthkb.bibliography import Bibliography, load_bibliography
from healthkb.problems import Problem
from healthkb.settings import SiteSettings, read_conf


@dataclass
class Site:
    root: Path
    settings: SiteSettings
    authors: dict[str, Author] = field(default_factory=dict)
    bibliographies: list[Bibliography] = field(default_factory=list)
    #: problems in the site-wide files (authors.yml, references.bib, conf.py)
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def load(cls, root: Path, settings: SiteSettings | None = None) -> Site:
        """Load a site; without *settings*, read them from ``root/conf.py``."""
        root = root.resolve()
        problems: list[Problem] = []
        if settings is None:
            settings, errors = SiteSettings.from_mapping(read_conf(root))
            problems += [Problem("conf.py", 1, "config", e) for e in errors]
        site = cls(root, settings, problems=problems)
        site.authors, author_problems = load_authors(root / settings.authors_file, settings.authors_file)
        site.problems += author_problems
        for bibfile in settings.bibfiles:
            bib = load_bibliography(root / bibfile, bibfile)
            site.bibliographies.append(bib)
            site.problems += bib.problems
        return site

    @cached_property
    def bib_keys(self) -> dict[str, str]:
        """Every citation key -> the file that defines it."""
        return {key: bib.path for bib in self.bibliographies for key in bib.entries}

    def articles(self) -> list[Path]:
        """Every article file (topic ``index.md`` pages are not articles), sorted."""
        base = self.root / self.settings.articles_dir
        if not base.is_dir():
            return []
        return sorted(p for p in base.rglob("*.md") if is_article_path(p.relative_to(self.root), self.settings))

    def relpath(self, path: Path) -> str:
        return path.resolve().relative_to(self.root).as_posix()


def is_article_path(relpath: Path, settings: SiteSettings) -> bool:
    """An article is a .md file in a topic folder under the articles folder."""
    parts = relpath.parts
    return (
        len(parts) >= 3
        and parts[0] == settings.articles_dir
        and relpath.suffix == ".md"
        and relpath.name != "index.md"
        and not any(part.startswith((".", "_")) for part in parts)
    )


def topic_of(relpath: str) -> str:
    """``articles/mental-health/x.md`` -> ``mental-health``."""
    return relpath.split("/")[1]
