"""MyST's throw-away default document made without building docutils' settings.

For every document MyST's renderer runs ``options.get("document", make_document())``
(``DocutilsRenderer.setup_render``): Python evaluates the default, so a document
with docutils' default settings is made, and thrown away, even though Sphinx has
handed the renderer its own. Making those settings builds an ``OptionParser`` of
~80 options: ~0.8 ms per document, ~2% of a build. Here the default settings of
each parser class are made once per process and each document gets a copy of them
(``Values.copy``, with its own dependency list; docutils reads no configuration
file for them, so they never change). The one other caller, ``render_restructuredtext``, replaces the settings
and the reporter of the document it gets at once. Off with
``healthkb_speedups = False``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser as RSTParser
from docutils.utils import DependencyList, new_document

from healthkb._compat import myst_document_maker
from healthkb.sphinxext.speedups import for_each_build

if TYPE_CHECKING:
    from docutils import nodes
    from docutils.frontend import Values
    from sphinx.application import Sphinx

#: parser class -> its default settings (never handed out: documents get copies)
_DEFAULTS: dict[Any, Values] = {}
_MODULE, _ORIGINAL = myst_document_maker()


def make_document(
    source_path: str = "notset", parser_cls: Any = RSTParser
) -> nodes.document:
    settings = _DEFAULTS.get(parser_cls)
    if settings is None:
        settings = _DEFAULTS[parser_cls] = get_default_settings(parser_cls)
    own = settings.copy()
    # the two mutable defaults: nothing one document records reaches another
    own.record_dependencies = DependencyList()
    own._config_files = list(settings._config_files)
    return new_document(source_path, settings=own)


def install() -> None:
    _MODULE.make_document = make_document


def uninstall() -> None:
    _MODULE.make_document = _ORIGINAL


def setup(app: Sphinx) -> None:
    for_each_build(app, install, uninstall)
