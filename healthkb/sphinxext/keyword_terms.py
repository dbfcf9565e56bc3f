"""Keywords in Sphinx: index entries, search terms, and links to keyword pages.

Primary keywords become main index entries, secondary ones ordinary entries, so
``genindex`` and the search index know them; their words are also fed to the
full-text search. The keyword pages themselves are made in
:mod:`healthkb.sphinxext.keyword_pages`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform

from healthkb.model.keyword_index import KEYWORDS_INDEX
from healthkb.sphinxext.catalogue import list_item
from healthkb.sphinxext.incremental.cross_document import computed
from healthkb.sphinxext.incremental.domain import get_domain
from healthkb.sphinxext.page_parts import keyword_links, related_links

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class search_terms(nodes.General, nodes.Element):
    """The keywords as text for Sphinx's full-text search; not shown (the page's
    keyword links are drawn by the template)."""


def _skip(self: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


class KeywordEntries(SphinxTransform):
    """Index entries and search terms for an article's keywords, under its title."""

    default_priority = 500

    def apply(self, **kwargs: Any) -> None:
        record = get_domain(self.env).articles.get(self.env.docname)
        section = self.document.next_node(nodes.section)
        if record is None or section is None or not section["ids"]:
            return
        target = section["ids"][0]
        meta = record.meta
        entries = [("single", k, target, "main", None) for k in meta.keywords]
        entries += [("single", k, target, "", None) for k in meta.secondary_keywords]
        index = addnodes.index(entries=entries, inline=False)
        terms = search_terms("", nodes.Text(", ".join(meta.all_keywords)))
        section.insert(1, index)
        section.insert(2, terms)


def article_links(app: Sphinx, pagename: str) -> dict[str, list[dict[str, Any]]]:
    """For the end of an article: its keywords, each with its keyword page, and the
    related articles."""
    domain = get_domain(app.env)
    record = domain.articles[pagename]
    index = computed(app.env).get("keywords", {})
    keywords = [
        {
            "name": link.name,
            "primary": link.primary,
            "url": app.builder.get_relative_uri(pagename, link.pagename),
        }
        for link in keyword_links(record.meta, index)
    ]
    chosen = computed(app.env).get("related", {}).get(pagename, ())
    related = [
        {
            "title": link.title,
            "description": link.description,
            "url": app.builder.get_relative_uri(pagename, link.docname),
        }
        for link in related_links(chosen, lambda d: list_item(domain.articles[d]))
    ]
    return {"keyword_links": keywords, "related": related}


def site_links(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Glossary and keyword A–Z links for the footer of every page."""
    targets = []
    if "glossary" in app.env.found_docs:
        targets.append(("Glossary", "glossary"))
    if computed(app.env).get("keywords"):
        targets.append(("Keywords A–Z", KEYWORDS_INDEX))
    context["healthkb_site_links"] = [
        {
            "title": title,
            # on the page itself, a link to its top
            "url": app.builder.get_relative_uri(pagename, target)
            if target != pagename
            else "#",
        }
        for title, target in targets
    ]


def setup(app: Sphinx) -> None:
    app.add_node(
        search_terms,
        html=(_skip, None),
        latex=(_skip, None),
        text=(_skip, None),
        man=(_skip, None),
        texinfo=(_skip, None),
    )
    app.add_transform(KeywordEntries)
    app.connect("html-page-context", site_links)
