"""Reader entry points: the ``search-box`` directive (home page) and the 404 page's
message with a search form."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from healthkb.web.html_tags import start_tag

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.writers.html5 import HTML5Translator


class search_box(nodes.General, nodes.Element):
    """A search form that sends the query to Sphinx's search page."""


class SearchBoxDirective(SphinxDirective):
    def run(self) -> list[nodes.Node]:
        node = search_box()
        self.set_source_info(node)
        return [node]


def search_form(action: str, label: str = "Search the articles") -> str:
    form = start_tag("form", class_="hk-search-form", role="search", action=action)
    return (
        f'{form}<label for="hk-search-input">{escape(label)}</label>'
        '<div class="hk-search-row">'
        '<input id="hk-search-input" type="search" name="q" autocomplete="off" '
        'placeholder="For example: depression">'
        '<button type="submit">Search</button></div></form>'
    )


def visit_search_box_html(self: HTML5Translator, node: search_box) -> None:
    builder = self.builder
    self.body.append(
        search_form(builder.get_relative_uri(builder.current_docname, "search"))
    )
    raise nodes.SkipNode


def not_found_page(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """The 404 page: say what happened and offer search (links are absolute there)."""
    if pagename != app.config.notfound_pagename:
        return
    home = start_tag("a", href=context["pathto"](app.config.root_doc))
    search = search_form(
        context["pathto"]("search"), "Search for what you were looking for"
    )
    context["title"] = "Page not found"
    context["body"] = (
        "<section><h1>Page not found</h1>"
        "<p>We could not find that page. "
        "It may have moved, or the address may be mistyped.</p>"
        f"{search}<p>Or go to the {home}home page</a>.</p></section>"
    )


def _skip(self: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


def setup(app: Sphinx) -> None:
    others = dict.fromkeys(("latex", "text", "man", "texinfo"), (_skip, None))
    app.add_node(search_box, html=(visit_search_box_html, None), **others)
    app.add_directive("search-box", SearchBoxDirective)
    # after sphinx-notfound-page (400) has made pathto() return absolute paths
    app.connect("html-page-context", not_found_page, priority=450)
