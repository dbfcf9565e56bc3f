"""Every article of ``healthkb check`` analysed once, on every CPU the process may use.

The per-article rules are independent of each other, so the articles are shared out
between forked worker processes (each inherits the loaded site) and the reports come
back in file order; small sites, and systems without ``fork``, stay in one process.
Each worker also judges the article's {doc}/{term} links and its file-naming markup
(``unsafe-file``) while the article's parse is still cached, instead of parsing
every article again after all of them.

With a :class:`~healthkb.rules.check_cache.CheckCache`, an article whose bytes (and
healthkb, the settings, the authors) are unchanged since an earlier check is not
analysed again: its kept summary is judged against the site as it is now.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from healthkb.model.site import Site, topic_of
from healthkb.problems import Problem, problem
from healthkb.rules.article_summary import Summary, judge, summarise
from healthkb.rules.check_cache import CheckCache
from healthkb.rules.checks import ArticleReport, decode_article, report_of
from healthkb.rules.site_link_rules import Glossary

#: below this many articles the start-up of the workers costs more than it saves
PARALLEL_FROM = 400
#: the same for judging kept summaries, which is ~20 times cheaper per article than
#: analysing one (what the workers send back costs about as much as a judgement)
KEPT_PARALLEL_FROM = 4_000


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
    cache: CheckCache | None
    #: the cache was already asked for every article (the rest are misses)
    looked: bool = False


#: what the forked workers need (set before the fork, inherited, not pickled)
_JOB: _Job | None = None


def _one(file: Path) -> Analysed:
    job = _JOB
    assert job is not None
    site = job.site
    path = site.relpath(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        report = ArticleReport(
            path,
            topic_of(path),
            problems=[problem(path, 1, "encoding", f"cannot read: {exc}")],
        )
        return Analysed(report, [], [] if _asked(job, path) else None)
    return _judged(job, path, _summary(job, path, raw))


def _kept(file: Path) -> Analysed | None:
    """The article judged from its kept summary, or None (not kept, unreadable)."""
    return _kept_keyed(file)[1]


def _kept_keyed(file: Path) -> tuple[str, Analysed | None]:
    """The cache key ("" if the file cannot be read) and the article judged from its
    kept summary (None: not kept); in a worker, the key is for the parent's
    bookkeeping."""
    job = _JOB
    assert job is not None and job.cache is not None
    path = job.site.relpath(file)
    try:
        raw = file.read_bytes()
    except OSError:
        return "", None
    key = job.cache.key(path, raw)
    summary = job.cache.get(key, path)
    return key, None if summary is None else _judged(job, path, summary)


def _all_kept(files: list[Path], cache: CheckCache) -> list[Analysed | None]:
    """Each file judged from its kept summary (None: not kept), on every CPU for a
    large site: a warm check of 10,000 articles is mostly this."""
    workers = _workers(len(files), KEPT_PARALLEL_FROM)
    if workers < 2:
        return [_kept(f) for f in files]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        found = pool.map(
            _kept_keyed, files, chunksize=max(1, len(files) // (workers * 8))
        )
    # the workers' bookkeeping stays in them: redone here, so that prune() keeps
    # every entry this check asked for
    for key, analysed in found:
        if key:
            cache.used.add(key)
        if analysed is None:
            cache.misses += 1
        else:
            cache.hits += 1
    return [analysed for _, analysed in found]


def _judged(job: _Job, path: str, summary: Summary) -> Analysed:
    judged = judge(job.site, summary, job.docnames, job.glossary)
    return Analysed(
        report_of(summary, judged.problems),
        judged.links or [],
        judged.files if _asked(job, path) else None,
    )


def _asked(job: _Job, path: str) -> bool:
    return job.wanted is None or path in job.wanted


def _summary(job: _Job, path: str, raw: bytes) -> Summary:
    """The article's summary: kept from an earlier check of the same bytes, or made."""
    key = job.cache.key(path, raw) if job.cache else ""
    if job.cache and not job.looked:
        kept = job.cache.get(key, path)
        if kept is not None:
            return kept
    text, problems = decode_article(path, raw)
    summary = summarise(job.site, path, text, raw=raw, whole=True)
    if text is None:
        summary.front = problems
    if job.cache:
        job.cache.put(key, summary)
    return summary


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
    cache: CheckCache | None = None,
) -> list[Analysed]:
    """Each of *files* analysed, its links judged against *docnames* and *glossary*;
    with *cache*, the summaries of unchanged articles are read from it."""
    global _JOB
    _JOB = _Job(site, docnames, glossary, wanted, cache)
    try:
        if cache is None:
            return _analyse(files)
        # kept summaries are judged here (cheap); only the others go to the workers
        found = _all_kept(files, cache)
        _JOB.looked = True
        made = iter(
            _analyse([f for f, a in zip(files, found, strict=True) if a is None])
        )
        result = [a if a is not None else next(made) for a in found]
        cache.prune()  # every article's key was asked for above
        return result
    finally:
        _JOB = None


def _workers(count: int, parallel_from: int) -> int:
    """How many forked workers share *count* articles (below 2: none)."""
    workers = min(_cpus(), max(1, count // (parallel_from // 2)))
    # fork copies only this thread: with others running (a test runner's), a
    # lock one of them holds could stay locked in the child, so stay serial
    if (
        workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
        or threading.active_count() > 1
    ):
        return 1
    return workers


def _analyse(files: list[Path]) -> list[Analysed]:
    """*files* analysed, in forked workers when there are enough of them."""
    workers = _workers(len(files), PARALLEL_FROM)
    if workers < 2:
        return [_one(f) for f in files]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(_one, files, chunksize=max(1, len(files) // (workers * 8)))


__all__ = ["analyse_articles"]
