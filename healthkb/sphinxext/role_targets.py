"""{doc} and {term} targets judged at read time with check's own rule and words.

``healthkb check`` says "the link {doc}`x` names no page: give the article's path
..." (site_link_rules.judge_role_targets); left to itself the build said Sphinx's
"unknown document: 'x'" at write time, so the two disagreed in words, and an
unchanged page stopped repeating it. Here the build judges an article's roles when
it reads it, against the pages found and the glossary pages' terms, reports the
problem as ``healthkb.doc-link`` / ``healthkb.glossary`` (flagged, so every build
repeats it), and Sphinx's own warning for the same target is not given twice. A
target Sphinx cannot resolve for another reason still gets Sphinx's warning.

Markdown links (``[text](page.md)``, ``[text](#part)``) are judged at read time by
check's ``doc-link`` rule too (link_rules); MyST's ``myst.xref_missing`` for a link
that rule reported is not given twice either (:func:`reported_md_link`). MyST gives
no event for it, so the warning is filtered on MyST's logger (_compat).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from docutils import nodes

from healthkb import _compat
from healthkb.model import markdown_scan as scan
from healthkb.model.front_matter import normalise_text, split_article
from healthkb.model.site import is_article_path
from healthkb.rules.checks import decode_article, page_body, read_site_labels
from healthkb.rules.link_rules import broken_md_links
from healthkb.rules.site_link_rules import (
    LABEL_ROLES,
    Glossary,
    check_links,
    doc_targets,
    label_key,
    names_nothing,
    read_glossary,
    resolve_doc,
    role_targets,
)
from healthkb.sphinxext.incremental.domain import get_domain, register_per_doc

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.domains import Domain
    from sphinx.environment import BuildEnvironment

    from healthkb.problems import Problem

#: per article: the docnames its {doc} roles name (re-read when one is removed)
DOC_TARGETS = "doc_targets"
#: the labels defined twice, as check reports them (read each build, before readers
#: fork): Sphinx's and docutils' own warnings for them are not given too
_TWICE: set[str] = set()
#: Sphinx's (another page) and docutils' (the same page) warning for a label
_LABEL_TWICE = re.compile(
    r"^(?:duplicate label (?P<a>.+), other instance in .+"
    r'|Duplicate explicit target name: "(?P<b>.+)"\.)$'
)


def reported_label(location: Any, message: str) -> bool:
    """A label defined twice that check's rule reported (by the label's name)."""
    match = _LABEL_TWICE.match(message)
    return bool(match and label_key(match["a"] or match["b"]) in _TWICE)


def judge(
    env: BuildEnvironment, path: str, body: str, first_line: int
) -> list[Problem]:
    """The article's {doc} and {term} problems, as check words them."""
    docname = path.removesuffix(".md")
    targets = doc_targets(body, first_line)
    get_domain(env).data.setdefault(DOC_TARGETS, {})[docname] = tuple(
        sorted({resolve_doc(docname, t) for _, t in targets})
    )
    glossary = _glossary(env)
    if role_targets("term", body, first_line):
        # a term removed from its page re-reads this article
        for page in sorted({file for file, _ in glossary.terms.values()}):
            env.note_dependency(str(Path(env.srcdir) / page))
    found = check_links(path, body, first_line, env.found_docs, glossary)
    return found + label_problems(env, path)


def _glossary_pages(env: BuildEnvironment) -> list[str]:
    settings = get_domain(env).site.settings
    return [
        path
        for docname in sorted(env.found_docs)
        if not is_article_path(Path(path := _relpath(env, docname)), settings)
    ]


def read_terms(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Each build's glossary, read in the main process before readers fork."""
    _read_terms(env)


def _read_terms(env: BuildEnvironment) -> Glossary:
    """The terms of every page that is not an article (check reads the same pages),
    read once a build, in the main process before parallel readers fork."""
    glossary = Glossary()
    glossary_pages = set(_glossary_pages(env))
    texts: dict[str, str] = {}
    for docname in sorted(env.found_docs):
        path = _relpath(env, docname)
        try:
            raw = (Path(env.srcdir) / path).read_bytes()
        except OSError:
            continue
        text, _ = decode_article(path, raw)  # a bad page is reported on its own
        if text is None:
            continue
        texts[path] = normalise_text(text)
        if path in glossary_pages:
            read_glossary(path, texts[path], glossary)
    glossary.problems.clear()  # terms' are the page's own (read_articles)
    read_site_labels(get_domain(env).site, texts, glossary)
    _TWICE.clear()
    _TWICE.update(glossary.labels_twice)
    get_domain(env)._glossary = glossary  # noqa: SLF001 - per build, not env data
    return glossary


def label_problems(env: BuildEnvironment, path: str) -> list[Problem]:
    """The labels the page *path* defines again (check's words)."""
    return [p for p in _glossary(env).problems if p.path == path]


def _glossary(env: BuildEnvironment) -> Glossary:
    found = getattr(get_domain(env), "_glossary", None)
    return found if found is not None else _read_terms(env)


def _relpath(env: BuildEnvironment, docname: str) -> str:
    return Path(env.doc2path(docname, base=False)).as_posix()


def judged_here(app: Sphinx, domain: Domain | None, node: nodes.Element) -> bool | None:
    """Sphinx's warning is not repeated for an article's {doc} or {term} target
    that :func:`judge` reported at read time."""
    return _judged(app.env, node)


def reported_ref(location: Any, message: str = "") -> bool:
    """Sphinx's own "undefined label" for a {ref}: its std domain says it in a
    handler of the same event whatever the others answer, so it is filtered on the
    domain's logger when :func:`judge` reported that target."""
    if not isinstance(location, nodes.Element) or location.get("reftype") != "ref":
        return False
    env = getattr(getattr(location.document, "settings", None), "env", None)
    return bool(env is not None and _judged(env, location))


def _judged(env: BuildEnvironment, node: nodes.Element) -> bool | None:
    refdoc, target = node.get("refdoc", ""), node.get("reftarget", "")
    any_role = node.get("reftype") == "any"
    if (
        node.get("refdomain") != "std" and not any_role
    ) or refdoc not in env.found_docs:
        return None
    if not is_article_path(Path(_relpath(env, refdoc)), get_domain(env).site.settings):
        return None
    if node.get("reftype") == "doc":
        return resolve_doc(refdoc, target) not in env.found_docs or None
    if node.get("reftype") == "term":
        return target.casefold() not in _glossary(env).terms or None
    if node.get("reftype") in LABEL_ROLES:
        return (
            names_nothing(
                refdoc, node["reftype"], target, env.found_docs, _glossary(env)
            )
            or None
        )
    return None


def reported_md_link(location: Any, message: str = "") -> bool:
    """Whether MyST's missing-target warning at *location* (the ``pending_xref`` of
    a Markdown link) is for a link of a page (an article or a site page) that
    check's ``doc-link`` rule reports, which the build reported when it read the
    page."""
    if not isinstance(location, nodes.Element) or location.get("reftype") != "myst":
        return False
    document = location.document
    env = getattr(getattr(document, "settings", None), "env", None)
    refdoc = location.get("refdoc", "")
    if env is None or refdoc not in env.found_docs:
        return False
    path = _relpath(env, refdoc)
    site = get_domain(env).site
    try:
        raw = Path(env.doc2path(refdoc)).read_bytes()
    except OSError:
        return False
    text, _ = decode_article(path, raw)
    if text is None:
        return False
    if is_article_path(Path(path), site.settings):
        split = split_article(path, normalise_text(text))
        body, first_line = split.body, split.body_line
    else:  # a site page: the same link rule (page_target_problems)
        body, first_line = page_body(path, text)
    with scan.extensions(site.settings.myst_extensions):
        broken = broken_md_links(
            site.root, path, body, first_line, site.settings.heading_anchors
        )
    return _myst_key(location) in {
        key for name in broken for key in _myst_keys(refdoc, name)
    }


def _myst_key(node: nodes.Element) -> tuple[str, ...]:
    """What MyST's unresolved reference names: a page and a section of it, or the
    link's text as written (no such page; or ``#part`` without the ``#``)."""
    if node.get("refdomain") == "doc":
        return ("doc", node.get("reftarget", ""), node.get("reftargetid") or "")
    return ("any", node.get("reftarget", ""))


def _myst_keys(refdoc: str, name: str) -> set[tuple[str, ...]]:
    """Each :func:`_myst_key` MyST may give the Markdown link *name* of *refdoc*."""
    keys: set[tuple[str, ...]] = set()
    for written in {name, unquote(name)}:
        target, _, anchor = written.partition("#")
        keys.add(("any", written))
        if not target:
            keys.add(("any", anchor))
            continue
        base = "" if target.startswith("/") else posixpath.dirname(refdoc)
        docname = posixpath.normpath(posixpath.join(base, target.lstrip("/")))
        keys.add(("doc", docname.removesuffix(".md"), anchor))
    return keys


def outdated(
    app: Sphinx,
    env: BuildEnvironment,
    added: set[str],
    changed: set[str],
    removed: set[str],
) -> list[str]:
    """Articles whose {doc} link names a page this build removes: judged again."""
    targets = get_domain(env).data.setdefault(DOC_TARGETS, {})
    return sorted(
        docname
        for docname, names in targets.items()
        if docname in env.found_docs
        and docname not in added | changed
        and removed.intersection(names)
    )


def setup(app: Sphinx) -> None:
    register_per_doc(DOC_TARGETS, __name__)
    app.connect("env-before-read-docs", read_terms)
    app.connect("warn-missing-reference", judged_here)
    _compat.drop_reported_warnings(
        "myst_parser.sphinx_ext.myst_refs",
        "LOGGER",
        ("myst", "xref_missing"),
        reported_md_link,
        "myst-parser",
    )
    app.connect("env-get-outdated", outdated)
    for module, kind, reported in (
        ("sphinx.domains.std", ("ref", "ref"), reported_ref),
        ("sphinx.domains.std", (None, None), reported_label),
        ("sphinx.util.docutils", ("docutils", None), reported_label),
    ):
        _compat.drop_reported_warnings(module, "logger", kind, reported, "Sphinx")
