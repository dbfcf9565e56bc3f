"""Sphinx glue around the pure article model: thin by design."""

from __future__ import annotations

from typing import TYPE_CHECKING

from healthkb import __version__
from healthkb.extension import bibfiles, domain, page, reading, security
from healthkb.settings import SETTINGS

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata


def setup(app: Sphinx) -> ExtensionMetadata:
    for setting in SETTINGS:
        app.add_config_value(
            setting.name,
            setting.default,
            setting.rebuild,
            types=frozenset(setting.types),
            description=setting.description,
        )
    app.setup_extension("myst_parser")
    app.setup_extension("sphinx_design")
    app.setup_extension("sphinxcontrib.bibtex")
    domain.setup(app)
    reading.setup(app)
    security.setup(app)
    bibfiles.setup(app)
    page.setup(app)
    return {
        "version": __version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
