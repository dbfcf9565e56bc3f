"""Read time: run the article rules on each source, keep the result per document."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from healthkb import _compat
from healthkb.model import markdown_scan as scan
from healthkb.model.article import KNOWN as ARTICLE_FIELDS
from healthkb.model.article import parser_key_problems
from healthkb.model.file_refs import (
    deep_markup_problems,
    expand_trusted_includes,
    is_symlinked,
    nesting_problems,
)
from healthkb.model.front_matter import normalise_text, split_article
from healthkb.model.parser_input import front_matter_for_parser
from healthkb.model.site import is_article_path, topic_of
from healthkb.rules.checks import (
    analyse_article,
    analyse_site_page,
    check_across,
    decode_article,
    page_body,
    page_target_problems,
    said_about,
)
from healthkb.rules.markup_rules import refused_lines
from healthkb.rules.site_link_rules import (
    Glossary,
    check_contents,
    read_glossary,
    reports_empty_glob,
)
from healthkb.sphinxext import catalogue, role_targets, said_once
from healthkb.sphinxext.incremental.domain import ArticleRecord, get_domain
from healthkb.sphinxext.problem_log import report

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from healthkb.model.site import Site
    from healthkb.problems import Problem

REFERENCES = "\n\n## References\n\n```{footbibliography}\n```\n"


def _relpath(env: BuildEnvironment, docname: str) -> str:
    return Path(env.doc2path(docname, base=False)).as_posix()


def before_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Refuse undecodable sources with a located error instead of a Sphinx crash."""
    domain = get_domain(env)
    catalogue.unsettle(domain)
    domain.site  # load once in the main process, before parallel readers fork  # noqa: B018
    report(env, domain.site.problems)
    srcdir = Path(env.srcdir)
    for docname in list(docnames):
        path = _relpath(env, docname)
        if is_symlinked(srcdir, path):
            # refused by name in the site's problems; its target is never read
            _leave_out(app, env, docnames, docname)
            continue
        try:
            raw = Path(env.doc2path(docname)).read_bytes()
        except OSError:
            continue
        text, problems = decode_article(path, raw)
        if text is not None:
            problems = nesting_problems(path, text) or deep_markup_problems(path, text)
        if problems:
            report(env, problems)
            # Sphinx would crash reading it, and again writing a page it never read:
            # leave it out of this build entirely (the error above names it).
            _leave_out(app, env, docnames, docname)


def _leave_out(
    app: Sphinx, env: BuildEnvironment, docnames: list[str], docname: str
) -> None:
    docnames.remove(docname)
    env.found_docs.discard(docname)
    if docname in env.all_docs:  # it was readable in an earlier build
        app.events.emit("env-purge-doc", env, docname)
        env.clear_doc(docname)
    get_domain(env).data.setdefault("flagged", {})[docname] = True


def source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    _READING[:] = [(app.env, docname)]
    _check_and_prepare(app, docname, source)
    env = app.env
    trusted = get_domain(env).site.settings.trusted_includes
    if not trusted:
        return
    # after the rules, as check reads the page: the pasted file is trusted text (it
    # may quote drafting leftovers to warn editors about them)
    path = _relpath(env, docname)
    expanded = expand_trusted_includes(path, source[0], Path(env.srcdir), trusted)
    if expanded != source[0]:
        source[0] = expanded
        for rel in trusted:  # rebuilt when an included file changes
            env.note_dependency(str(Path(env.srcdir) / rel))
            if (Path(env.srcdir) / rel).is_file():
                env.note_included(str(Path(env.srcdir) / rel))


def _check_and_prepare(app: Sphinx, docname: str, source: list[str]) -> None:
    env = app.env
    path = _relpath(env, docname)
    domain = get_domain(env)
    if not is_article_path(Path(path), domain.site.settings):
        # Site pages (home, topics, glossary) may keep their own fields, but not parser settings.
        split = split_article(path, source[0])
        if split.front.present and not split.problems:
            report(env, parser_key_problems(path, split.front))
        with scan.extensions(domain.site.settings.myst_extensions):
            problems = analyse_site_page(path, source[0])
        problems += page_target_problems(domain.site, path, source[0])
        report(env, problems)
        flagged = domain.data.setdefault("flagged", {})
        flagged.pop(docname, None)
        if problems:  # re-read by every build, so that every build says them
            flagged[docname] = True
        body, body_line = page_body(path, source[0])
        said_once.note(
            env, docname, said_about(domain.site, path, body, body_line, site_page=True)
        )
        source[0] = _without_refused(
            domain.site, body, body_line, source[0], path=path, site_page=True
        )
        # Sphinx lets a term defined twice in different case override the first silently.
        glossary = Glossary()
        read_glossary(path, normalise_text(source[0]), glossary)
        report(env, glossary.problems + role_targets.label_problems(env, path))
        source[0] = front_matter_for_parser(path, source[0])
        return
    result = analyse_article(domain.site, path, source[0])
    # MyST reads the front matter again: give it only the checked fields.
    source[0] = front_matter_for_parser(
        path, source[0], keep=ARTICLE_FIELDS.__contains__
    )
    source[0] = _without_refused(
        domain.site, result.body, result.body_line, source[0], path=path
    )
    problems = result.problems + role_targets.judge(
        env, path, result.body, result.body_line
    )
    report(env, problems)
    said_once.note(
        env,
        docname,
        said_about(domain.site, path, result.body, result.body_line, site_page=False),
    )
    flagged = domain.data.setdefault("flagged", {})
    flagged.pop(docname, None)
    if problems:
        flagged[docname] = True
    # references.bib is tracked per cited entry (bibcache), not as a whole file
    env.note_dependency(str(Path(env.srcdir) / domain.site.settings.authors_file))
    keys = tuple(dict.fromkeys(key for _, key in result.citations))
    domain.cites[docname] = keys
    if result.meta:
        domain.articles[docname] = ArticleRecord(
            docname, path, topic_of(path), result.title, result.meta, keys
        )
    if result.citations and "footbibliography" not in source[0]:
        source[0] += REFERENCES


def _without_refused(
    site: Site,
    body: str,
    body_line: int,
    text: str,
    *,
    path: str,
    site_page: bool = False,
) -> str:
    """*text* with the refused directives blanked (their lines kept, so every later
    line number stays): the error is reported, the page builds without them."""
    with scan.extensions(site.settings.myst_extensions):
        spans = refused_lines(body, body_line, path=path, site_page=site_page)
    if not spans:
        return text
    rows = text.split("\n")
    for first, end in spans:
        for index in range(first - 1, min(end - 1, len(rows))):
            rows[index] = ""
    return "\n".join(rows)


#: while Sphinx checks that every page is in a toctree (between env-updated and
#: env-check-consistency, in the main process): the docnames the contents rules
#: report as reached by no topic page, whose "document isn't included in any
#: toctree" (``toc.not_included``, without a line) would say the same twice
_UNLISTED: set[str] = set()


def _contents(env: BuildEnvironment) -> list[Problem]:
    domain = get_domain(env)
    pages = [_relpath(env, d) for d in sorted(env.found_docs)]
    articles = [p for p in pages if is_article_path(Path(p), domain.site.settings)]
    return check_contents(
        domain.site.root, domain.site.settings.articles_dir, articles, pages
    )


def judge_contents(app: Sphinx, env: BuildEnvironment) -> None:
    """The contents rules, once reading is done and before Sphinx's consistency
    check, so that its warning for a page they report is not given twice."""
    problems = _contents(env)
    get_domain(env)._contents = problems  # noqa: SLF001 - per build, not env data
    _UNLISTED.clear()
    _UNLISTED.update(
        p.path.removesuffix(".md") for p in problems if p.rule == "topic-index"
    )


def reported_unlisted(location: object, message: str = "") -> bool:
    """Whether Sphinx's "not in any toctree" at *location* (a docname) is for a page
    the contents rules report (their message says which topic page to change)."""
    return isinstance(location, str) and location in _UNLISTED


#: per process: (env, docname) of the page being read (set at source-read)
_READING: list[tuple[BuildEnvironment, str]] = []

_EMPTY_GLOB = re.compile(r"^toctree glob pattern '(?P<entry>[^']+)' didn't match")


def reported_empty_glob(location: object, message: str) -> bool:
    """Whether Sphinx's "toctree glob pattern didn't match any documents" at
    *location* (the toctree node of the page being read) is for a topic page the
    contents rules report as empty, or for its glob line they report."""
    match = _EMPTY_GLOB.match(message)
    if match is None or not _READING:
        return False
    # the toctree node is not in the page's tree yet: the page is the one this
    # process is reading
    env, docname = _READING[-1]
    if docname not in env.found_docs:
        return False
    settings = get_domain(env).site.settings
    pages = [_relpath(env, d) for d in sorted(env.found_docs)]
    return reports_empty_glob(
        get_domain(env).site.root,
        settings.articles_dir,
        [p for p in pages if is_article_path(Path(p), settings)],
        pages,
        _relpath(env, docname),
        match["entry"],
    )


def check_consistency(app: Sphinx, env: BuildEnvironment) -> None:
    domain = get_domain(env)
    records = [domain.articles[d] for d in sorted(domain.articles)]
    report(env, check_across(domain.site, records))
    contents = getattr(domain, "_contents", None)
    domain._contents = None  # noqa: SLF001
    _UNLISTED.clear()
    report(env, _contents(env) if contents is None else contents)


def outdated(
    app: Sphinx,
    env: BuildEnvironment,
    added: set[str],
    changed: set[str],
    removed: set[str],
) -> list[str]:
    """Re-read documents that had problems, so every build reports every problem."""
    flagged = get_domain(env).data.setdefault("flagged", {})
    return sorted(
        d for d in flagged if d in env.found_docs and d not in added | changed
    )


def setup(app: Sphinx) -> None:
    app.connect("env-before-read-docs", before_read)
    app.connect("source-read", source_read)
    app.connect("env-updated", judge_contents)
    app.connect("env-check-consistency", check_consistency)
    _compat.drop_reported_warnings(
        "sphinx.environment",
        "logger",
        ("toc", "not_included"),
        reported_unlisted,
        "Sphinx",
    )
    _compat.drop_reported_warnings(
        "sphinx.directives.other",
        "logger",
        (None, "empty_glob"),
        reported_empty_glob,
        "Sphinx",
    )
    app.connect("env-get-outdated", outdated)
