"""furo's sidebar written directly, not parsed and rewritten with BeautifulSoup.

furo turns the sidebar's toctree HTML into its own markup (a checkbox and a label
before each nested list, ``has-children`` and ``current-page`` classes) by parsing
it with BeautifulSoup on every page: ~10% of a ``-j 1`` build under a profile, work
on a tree healthkb itself draws (:mod:`healthkb.sphinxext.navigation`). With the
speed-ups the tree is drawn in furo's markup at once (``render(furo=True)``, written
with BeautifulSoup's own "minimal" formatter, as furo writes it back out), furo is
handed an empty tree, and this handler, after furo's, puts the finished one in.
``tests/test_navigation.py`` compares the two on every page; off with
``healthkb_speedups = False``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from healthkb.sphinxext.navigation import FURO_TREE

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: after furo's own html-page-context handler (priority 500)
AFTER_FURO = 501


def furo_tree(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    draw = context.pop(FURO_TREE, None)
    if draw is not None and "furo_navigation_tree" in context:
        context["furo_navigation_tree"] = draw()


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", furo_tree, priority=AFTER_FURO)
