"""Read time: run the article rules on each source, keep the result per document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from healthkb.checks import analyse_article, check_across, decode_article
from healthkb.extension.domain import ArticleRecord, get_domain
from healthkb.extension.logging import report
from healthkb.site import is_article_path, topic_of

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

REFERENCES = "\n\n## References\n\n```{footbibliography}\n```\n"


def _relpath(env: BuildEnvironment, docname: str) -> str:
    return Path(env.doc2path(docname)).relative_to(env.srcdir).as_posix()


def before_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Refuse undecodable sources with a located error instead of a Sphinx crash."""
    domain = get_domain(env)
    domain.site  # load once in the main process, before parallel readers fork  # noqa: B018
    report(env, domain.site.problems)
    for docname in list(docnames):
        path = _relpath(env, docname)
        try:
            raw = Path(env.doc2path(docname)).read_bytes()
        except OSError:
            continue
        text, problems = decode_article(path, raw)
        if text is None:
            report(env, problems)
            docnames.remove(docname)
            domain.data.setdefault("flagged", {})[docname] = True


def source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    env = app.env
    path = _relpath(env, docname)
    domain = get_domain(env)
    if not is_article_path(Path(path), domain.site.settings):
        return
    result = analyse_article(domain.site, path, source[0])
    report(env, result.problems)
    flagged = domain.data.setdefault("flagged", {})
    flagged.pop(docname, None)
    if result.problems:
        flagged[docname] = True
    for dependency in (domain.site.settings.authors_file, *domain.site.settings.bibfiles):
        env.note_dependency(str(Path(env.srcdir) / dependency))
    keys = tuple(dict.fromkeys(key for _, key in result.citations))
    domain.cites[docname] = keys
    if result.meta:
        domain.articles[docname] = ArticleRecord(docname, path, topic_of(path), result.title, result.meta, keys)
    if result.citations and "footbibliography" not in source[0]:
        source[0] += REFERENCES


def check_consistency(app: Sphinx, env: BuildEnvironment) -> None:
    domain = get_domain(env)
    records = [domain.articles[d] for d in sorted(domain.articles)]
    report(env, check_across(domain.site, records))


def outdated(app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]) -> list[str]:
    """Re-read documents that had problems, so every build reports every problem."""
    flagged = get_domain(env).data.setdefault("flagged", {})
    return sorted(d for d in flagged if d in env.found_docs and d not in added | changed)


def setup(app: Sphinx) -> None:
    app.connect("env-before-read-docs", before_read)
    app.connect("source-read", source_read)
    app.connect("env-check-consistency", check_consistency)
    app.connect("env-get-outdated", outdated)
