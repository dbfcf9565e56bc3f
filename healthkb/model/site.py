"""The site as plain data: settings, authors, sources and where the articles are."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from healthkb.bib.read import Bibliography, load_bibliography
from healthkb.bib.store import load_bibliography_cached
from healthkb.model.authors import Author, load_authors
from healthkb.model.file_refs import content_dirs, symlink_problems
from healthkb.model.settings import (
    ConfError,
    SettingError,
    SiteSettings,
    conf_line,
    read_conf,
)
from healthkb.problems import Problem, problem
from healthkb.rules.retraction_rules import Standing, load_standings


@dataclass
class Site:
    root: Path
    settings: SiteSettings
    authors: dict[str, Author] = field(default_factory=dict)
    bibliographies: list[Bibliography] = field(default_factory=list)
    #: problems in the site-wide files (authors.yml, references.bib, conf.py)
    problems: list[Problem] = field(default_factory=list)
    #: citation key -> its retractions and corrections (healthkb.rules.retraction_rules)
    standings: dict[str, Standing] = field(default_factory=dict)
    #: absolute path -> :meth:`relpath`
    _relpaths: dict[str, str] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def load(
        cls,
        root: Path,
        settings: SiteSettings | None = None,
        *,
        bib_cache: Path | None = None,
        write_bib_cache: bool = True,
    ) -> Site:
        """Load a site; without *settings*, read them from ``root/conf.py``.

        With *bib_cache* (a folder), parsed bibliographies are reused while unchanged
        (and stored there unless *write_bib_cache* is false)."""
        root = root.resolve()
        problems: list[Problem] = []
        if settings is None:
            try:
                conf = read_conf(root)
            except ConfError as exc:
                conf = {}
                problems.append(
                    problem(
                        "conf.py",
                        exc.line,
                        "config",
                        f"{exc}: fix this line (until then the default settings are used)",
                    )
                )
            settings, errors = SiteSettings.from_mapping(conf)
            problems += config_problems(root, errors)
        if not (root / settings.articles_dir).is_dir():
            problems.append(
                problem(
                    "conf.py",
                    conf_line(root, "healthkb_articles_dir"),
                    "config",
                    f"the articles folder '{settings.articles_dir}' does not exist: create it, or set "
                    "healthkb_articles_dir in conf.py to the folder that holds the topic folders",
                )
            )
        site = cls(root, settings, problems=problems)
        site.authors, author_problems = load_authors(
            root / settings.authors_file, settings.authors_file
        )
        site.problems += author_problems
        for bibfile in settings.bibfiles:
            if bib_cache is None:
                bib = load_bibliography(root / bibfile, bibfile)
            else:
                bib = load_bibliography_cached(
                    root / bibfile, bibfile, bib_cache, write=write_bib_cache
                )
            site.bibliographies.append(bib)
            site.problems += bib.problems
        site.standings, standing_problems = load_standings(
            root, settings, site.bibliographies
        )
        site.problems += standing_problems
        site.problems += symlink_problems(root, content_dirs(settings.articles_dir))
        return site

    @cached_property
    def bib_keys(self) -> dict[str, str]:
        """Every citation key -> the file that defines it."""
        return {key: bib.path for bib in self.bibliographies for key in bib.entries}

    def articles(self) -> list[Path]:
        """Every article file (topic ``index.md`` pages are not articles), sorted."""
        base = self.root / self.settings.articles_dir
        if not base.is_dir() or base.is_symlink():
            return []
        # strings and one scandir per folder, not rglob and Path objects: 10,000
        # articles were ~40% of a check with every result kept. A symbolic link,
        # file or folder, is never an article and never entered (is_symlinked)
        found: list[tuple[list[str], str]] = []
        pending = [(str(base), [self.settings.articles_dir])]
        while pending:
            folder, parts = pending.pop()
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                if entry.name.startswith((".", "_")) or entry.is_symlink():
                    continue
                inner = [*parts, entry.name]
                if entry.is_dir():
                    pending.append((entry.path, inner))
                # a folder named like an article is listed too (it cannot be read)
                if (
                    len(inner) >= 3
                    and entry.name.endswith(".md")
                    and entry.name != "index.md"
                ):
                    found.append((inner, entry.path))
        found.sort()  # as Path objects sort: part by part
        return [Path(path) for _, path in found]

    def relpath(self, path: Path) -> str:
        # not resolve(): a symbolic link must keep its own path (it is refused by name).
        # Strings, not Path.relative_to, and remembered: it is asked for every
        # article, several times
        name = os.fspath(path)
        known = self._relpaths.get(name)
        if known is not None:
            return known
        full, root = os.path.abspath(name), str(self.root)  # noqa: PTH100
        if full == root:
            rel = "."
        elif not full.startswith(root.rstrip(os.sep) + os.sep):
            raise ValueError(f"{full!r} is not in the subpath of {root!r}")
        else:
            rel = full[len(root.rstrip(os.sep)) + 1 :].replace(os.sep, "/")
        if os.path.isabs(name):  # noqa: PTH117 - a relative one depends on the cwd
            self._relpaths[name] = rel
        return rel


def config_problems(root: Path, errors: list[SettingError]) -> list[Problem]:
    """Invalid ``healthkb_*`` settings, each at its line in conf.py."""
    return [
        problem("conf.py", conf_line(root, error.name), "config", str(error))
        for error in errors
    ]


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
