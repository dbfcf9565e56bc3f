"""The ``key-figures`` container and ``key-figure`` directive: numbers shown large.

Raw HTML is disabled in articles, so the directive builds nodes and the HTML
visitors write escaped markup (the bar comes from :func:`healthkb.model.key_figures.bar_svg`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from healthkb.model.key_figures import KeyFigure, bar_svg, parse_key_figure
from healthkb.model.site import is_article_path
from healthkb.sphinxext.incremental.domain import get_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment
    from sphinx.writers.html5 import HTML5Translator

logger = logging.getLogger("healthkb")


class key_figures(nodes.General, nodes.Element):
    """A row of key figures."""


class key_figure(nodes.General, nodes.Element):
    """One figure: its number, its bar, and the text saying what it counts."""


class key_figure_value(nodes.General, nodes.TextElement):
    """The number as written (text, so search and non-HTML builders keep it)."""


class key_figure_bar(nodes.General, nodes.Element):
    """The bar chart; holds a :class:`KeyFigure`."""


class KeyFiguresDirective(SphinxDirective):
    has_content = True

    def run(self) -> list[nodes.Node]:
        container = key_figures()
        self.set_source_info(container)
        container += self.parse_content_to_nodes()
        return [container]


class KeyFigureDirective(SphinxDirective):
    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {
        "value": directives.unchanged_required,
        "compare": directives.unchanged,
        "unit": directives.unchanged,
        "max": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        figure, message = parse_key_figure(
            self.options.get("value", ""),
            self.options.get("compare"),
            self.options.get("unit", ""),
            self.options.get("max"),
        )
        node = key_figure()
        self.set_source_info(node)
        if figure is None:
            # in articles the 'key-figure' rule has reported it already, at source-read
            if not self._in_article():
                logger.error(
                    f"key figure: {message}",
                    location=self.get_location(),
                    type="healthkb",
                    subtype="key-figure",
                )
            node += self.parse_content_to_nodes()
            return [node]
        node += key_figure_value(figure.display, figure.display)
        if figure.fractions:
            node += key_figure_bar(figure=figure)
        text = nodes.container(classes=["hk-key-figure-text"])
        text += self.parse_content_to_nodes()
        node += text
        return [node]

    def _in_article(self) -> bool:
        settings = get_domain(self.env).site.settings
        return is_article_path(_relpath(self.env, self.env.docname), settings)


def _relpath(env: BuildEnvironment, docname: str) -> Path:
    return Path(env.doc2path(docname)).relative_to(env.srcdir)


def visit_key_figures_html(self: HTML5Translator, node: key_figures) -> None:
    self.body.append('<div class="hk-key-figures">')


def visit_key_figure_html(self: HTML5Translator, node: key_figure) -> None:
    self.body.append('<div class="hk-key-figure">')


def depart_div_html(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append("</div>")


def visit_value_html(self: HTML5Translator, node: key_figure_value) -> None:
    self.body.append('<p class="hk-key-figure-number">')


def depart_value_html(self: HTML5Translator, node: key_figure_value) -> None:
    self.body.append("</p>")


def visit_bar_html(self: HTML5Translator, node: key_figure_bar) -> None:
    figure: KeyFigure = node["figure"]
    self.body.append(bar_svg(figure))
    raise nodes.SkipNode


def _pass(self: Any, node: nodes.Element) -> None:
    pass


def _skip(self: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


def setup(app: Sphinx) -> None:
    others = ("latex", "text", "man", "texinfo")
    app.add_node(
        key_figures,
        html=(visit_key_figures_html, depart_div_html),
        **dict.fromkeys(others, (_pass, _pass)),
    )
    app.add_node(
        key_figure,
        html=(visit_key_figure_html, depart_div_html),
        **dict.fromkeys(others, (_pass, _pass)),
    )
    app.add_node(
        key_figure_value,
        html=(visit_value_html, depart_value_html),
        **dict.fromkeys(others, (_pass, _pass)),
    )
    app.add_node(
        key_figure_bar,
        html=(visit_bar_html, None),
        **dict.fromkeys(others, (_skip, None)),
    )
    app.add_directive("key-figures", KeyFiguresDirective)
    app.add_directive("key-figure", KeyFigureDirective)
