"""The sources page: every cited source in one list, each with the articles citing it.

It is a directive (``{sources}``) on an ordinary page (``sources.md``) rather than a
page generated through ``html-collect-pages``: the page then has an editable
introduction, sits in the toctree like any page, is indexed by Sphinx's search, and
its references are docutils nodes from the same pybtex style and backend as the
articles' reference lists (so the HTML writer escapes them). The directive leaves a
placeholder that is filled when the page is written, from the citations the domain
holds per article; ``env-updated`` asks Sphinx to rewrite the page whenever which
article cites what (or an article's title) changed, and the page depends on
``references.bib`` so a changed entry re-reads it. Nothing here uses
sphinxcontrib-bibtex's ``{bibliography}``, so no citation is defined twice and there
are no duplicate-citation warnings.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from docutils import nodes
from pybtex.plugin import find_plugin
from sphinx.util.docutils import SphinxDirective

from healthkb.rules.retraction_rules import Standing
from healthkb.sphinxext.incremental.domain import (
    ArticleDomain,
    get_domain,
    register_per_doc,
    register_site_wide,
)
from healthkb.sphinxext.retraction_labels import notice_label
from healthkb.sphinxext.security import is_safe_uri

if TYPE_CHECKING:
    from pybtex.database import Entry
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


class sources_list(nodes.General, nodes.Element):
    """Placeholder for the list of sources, filled at write time."""


class SourcesDirective(SphinxDirective):
    """``{sources}``: the list of every cited source with "cited in" links."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        domain = get_domain(self.env)
        domain.data.setdefault("sources_pages", {})[self.env.docname] = True
        for name in domain.site.settings.bibfiles:
            self.env.note_dependency(str(Path(self.env.srcdir) / name))
        return [sources_list()]


def citing_articles(domain: ArticleDomain) -> dict[str, list[str]]:
    """Source key -> docnames of the articles citing it."""
    cited: dict[str, list[str]] = defaultdict(list)
    for docname, keys in sorted(domain.cites.items()):
        for key in keys:
            cited[key].append(docname)
    return cited


class CitedSource(NamedTuple):
    """What the sources page shows of other documents for one source."""

    key: str
    #: (title, docname) of each citing article, by title
    cited_in: tuple[tuple[str, str], ...]
    #: its retraction or correction notices (the label next to the reference)
    standing: Standing


def cited_sources(
    env: BuildEnvironment, domain: ArticleDomain
) -> tuple[CitedSource, ...]:
    """Every cited source: what the page draws and what decides if it is rewritten."""
    standings = domain.site.standings
    sources = []
    for key, docnames in citing_articles(domain).items():
        titled = sorted(
            (_title(env, domain, d).casefold(), _title(env, domain, d), d)
            for d in docnames
        )
        sources.append(
            CitedSource(
                key,
                tuple((title, d) for _, title, d in titled),
                standings.get(key, Standing()),
            )
        )
    return tuple(sources)


def _title(env: BuildEnvironment, domain: ArticleDomain, docname: str) -> str:
    record = domain.articles.get(docname)
    if record and record.title:
        return record.title
    title = env.titles.get(docname)
    return title.astext() if title else docname


def fill_sources(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(sources_list))
    if not placeholders:
        return
    env = app.env
    domain = get_domain(env)
    entries: dict[str, Entry] = {
        key: entry
        for bib in domain.site.bibliographies
        for key, entry in bib.entries.items()
    }
    style = find_plugin("pybtex.style.formatting", app.config.bibtex_default_style)()
    backend = find_plugin("pybtex.backends", "docutils")()
    items = []
    for key, cited_in, standing in cited_sources(env, domain):
        if key not in entries:
            continue  # an unknown key is reported as an error in the citing article
        formatted = style.format_entry("", entries[key])
        reference = backend.paragraph(formatted)
        reference["classes"].append("hk-source-reference")
        order = reference.astext().casefold()  # by author, not by the label
        label = notice_label(standing)
        if label is not None:
            reference.insert(0, label)
        _drop_unsafe_links(reference)
        item = nodes.list_item(
            "", reference, ids=[nodes.make_id(f"source-{key}")], classes=["hk-source"]
        )
        item += _cited_in(app, docname, cited_in)
        items.append((order, key, item))
    listing = nodes.bullet_list(classes=["hk-sources"])
    listing.extend(item for _, _, item in sorted(items, key=lambda t: t[:2]))
    if not items:
        listing = nodes.paragraph(text="No article cites a source yet.")
    for placeholder in placeholders:
        placeholder.replace_self(listing.deepcopy())


def _cited_in(
    app: Sphinx, fromdoc: str, cited_in: tuple[tuple[str, str], ...]
) -> nodes.paragraph:
    para = nodes.paragraph(classes=["hk-cited-in"])
    para += nodes.inline(text="Cited in: ", classes=["hk-label"])
    for index, (title, docname) in enumerate(cited_in):
        if index:
            para += nodes.Text("; ")
        uri = app.builder.get_relative_uri(fromdoc, docname)
        para += nodes.reference("", title, internal=True, refuri=uri)
    return para


def _drop_unsafe_links(node: nodes.Element) -> None:
    # Written after the post-transforms ran, so apply the same rule here.
    for ref in list(node.findall(nodes.reference)):
        if "refuri" in ref and not is_safe_uri(ref["refuri"]):
            del ref["refuri"]


def refresh_sources_pages(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Rewrite the sources page(s) when citations or article titles changed."""
    domain = get_domain(env)
    pages = sorted(domain.data.setdefault("sources_pages", {}))
    if not pages:
        return []
    # the same data the page draws (a retraction changes the label: in Standing)
    fingerprint = cited_sources(env, domain)
    if domain.data.get("sources_fingerprint") == fingerprint:
        return []
    domain.data["sources_fingerprint"] = fingerprint
    return pages


def _skip(self: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


def setup(app: Sphinx) -> None:
    register_per_doc("sources_pages", __name__)
    register_site_wide("sources_fingerprint", __name__)
    app.add_node(
        sources_list, html=(_skip, None), latex=(_skip, None), text=(_skip, None)
    )
    app.add_directive("sources", SourcesDirective)
    app.connect("doctree-resolved", fill_sources)
    app.connect("env-updated", refresh_sources_pages)
