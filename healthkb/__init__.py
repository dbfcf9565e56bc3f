"""healthkb: a health knowledge base built with Sphinx and MyST.

The article model and content rules are pure Python (no Sphinx import) and are shared
by the Sphinx extension (``extensions = ["healthkb"]``) and the ``healthkb`` command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

from healthkb.version import __version__

__all__ = ["__version__", "setup"]


def setup(app: Sphinx) -> ExtensionMetadata:
    """Sphinx entry point; the glue lives in :mod:`healthkb.sphinxext`."""
    from healthkb.sphinxext import setup as _setup

    return _setup(app)
