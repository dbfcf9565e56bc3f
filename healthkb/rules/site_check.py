"""``healthkb check`` over the whole site: every article analysed once (on every
CPU, :mod:`healthkb.rules.check_workers`), then the rules across articles and pages.
"""

from __future__ import annotations

from pathlib import Path

from healthkb.model.file_refs import content_dirs
from healthkb.model.site import Site
from healthkb.problems import Problem
from healthkb.rules.check_cache import CheckCache
from healthkb.rules.check_workers import analyse_articles
from healthkb.rules.checks import (
    ArticleReport,
    check_across,
    link_targets,
    page_file_problems,
    unused_sources,
)
from healthkb.rules.site_link_rules import (
    check_contents,
    site_pages,
)


def check_site(
    site: Site, files: list[Path] | None = None, *, cache: CheckCache | None = None
) -> tuple[list[ArticleReport], list[Problem]]:
    """Check *files* (default: every article) against the whole site; with *cache*,
    unchanged articles' own rules are not run again (the site-wide ones always are)."""
    wanted = {site.relpath(f) for f in files} if files is not None else None
    articles = site.articles()
    pages = site_pages(site.root)  # every page, listed once
    docnames, glossary, linked = link_targets(
        site, {site.relpath(f) for f in articles}, pages, cache
    )
    # each article's links and file-markup are judged with its analysis (one parse)
    analysed = analyse_articles(site, articles, docnames, glossary, wanted, cache)
    every = [a.report for a in analysed]
    judged = {
        a.report.path: a.file_problems for a in analysed if a.file_problems is not None
    }
    problems = list(site.problems)
    paths = [r.path for r in every]
    for article in analysed:
        linked += article.link_problems
    linked += check_contents(
        site.root,
        site.settings.articles_dir,
        paths,
        [site.relpath(p) for p in pages],
    )
    problems += [
        p for p in linked if wanted is None or p.path in wanted or p.path not in paths
    ]
    for report in every:
        if wanted is None or report.path in wanted:
            problems += report.problems
    problems += [
        p for p in check_across(site, every) if wanted is None or p.path in wanted
    ]
    dirs = content_dirs(site.settings.articles_dir)
    for page in pages:
        rel = site.relpath(page)
        if rel in judged:
            problems += judged[rel]
        elif wanted is None or rel in wanted:
            problems += page_file_problems(
                site.root, rel, dirs, site.settings.trusted_includes
            )
    if wanted is None:
        problems += unused_sources(site, every)
    return every, sorted(
        set(problems), key=lambda p: (p.path, p.line, p.rule, p.message)
    )
