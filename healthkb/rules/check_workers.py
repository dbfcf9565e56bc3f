"""Every article of ``healthkb check`` analysed once, on every CPU the process may use.

The per-article rules are independent of each other, so the articles are shared out
between forked worker processes (each inherits the loaded site) and the reports come
back in file order; small sites, and systems without ``fork``, stay in one process.
Each worker also judges the article's {doc}/{term} links and its file-naming markup
(``unsafe-file``) while the article's parse is still cached, instead of parsing
every article again after all of them.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from healthkb.model import markdown_scan as scan
from healthkb.model.file_refs import content_dirs
from healthkb.model.site import Site
from healthkb.problems import Problem
from healthkb.rules.checks import ArticleReport, page_file_problems, read_article
from healthkb.rules.site_link_rules import Glossary, check_links

#: below this many articles the start-up of the workers costs more than it saves
PARALLEL_FROM = 400


@dataclass
class Analysed:
    report: ArticleReport
    #: missing {doc} and {term} targets
    link_problems: list[Problem]
    #: refused file-naming markup (None: the article was not asked for)
    file_problems: list[Problem] | None


@dataclass
class _Job:
    site: Site
    docnames: set[str]
    glossary: Glossary
    wanted: Collection[str] | None


#: what the forked workers need (set before the fork, inherited, not pickled)
_JOB: _Job | None = None


def _one(file: Path) -> Analysed:
    job = _JOB
    assert job is not None
    site = job.site
    report = read_article(site, file)
    with scan.extensions(site.settings.myst_extensions):
        links = check_links(
            report.path, report.body, report.body_line, job.docnames, job.glossary
        )
    if job.wanted is not None and report.path not in job.wanted:
        return Analysed(report, links, None)
    dirs = content_dirs(site.settings.articles_dir)
    return Analysed(
        report,
        links,
        page_file_problems(
            site.root, report.path, dirs, site.settings.trusted_includes
        ),
    )


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyse_articles(
    site: Site,
    files: list[Path],
    docnames: set[str],
    glossary: Glossary,
    wanted: Collection[str] | None = None,
) -> list[Analysed]:
    """Each of *files* analysed, its links judged against *docnames* and *glossary*."""
    global _JOB
    _JOB = _Job(site, docnames, glossary, wanted)
    try:
        workers = min(_cpus(), max(1, len(files) // (PARALLEL_FROM // 2)))
        # fork copies only this thread: with others running (a test runner's), a
        # lock one of them holds could stay locked in the child, so stay serial
        if (
            workers < 2
            or "fork" not in multiprocessing.get_all_start_methods()
            or threading.active_count() > 1
        ):
            return [_one(f) for f in files]
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return pool.map(_one, files, chunksize=max(1, len(files) // (workers * 8)))
    finally:
        _JOB = None


__all__ = ["analyse_articles"]
