"""Check the ``healthkb_*`` settings once, when conf.py has been read.

Each invalid value is reported at its line in conf.py and replaced by its default, so
no later handler (templates, related lists, key figures) meets a value of the wrong
kind and crashes the build.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from healthkb.model.settings import SETTINGS, SiteSettings
from healthkb.model.site import config_problems

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger("healthkb")
_DEFAULTS = {s.name: s.default for s in SETTINGS}


def validate_config(app: Sphinx, config: Config) -> None:
    names = [*_DEFAULTS, "bibtex_bibfiles"]
    values = {name: config[name] for name in names if name in config}
    _, errors = SiteSettings.from_mapping(values)
    confdir = Path(app.confdir)
    for p in config_problems(confdir, errors):
        logger.error(
            p.message,
            location=f"{confdir / 'conf.py'}:{p.line}",
            type="healthkb",
            subtype=p.rule,
        )
    for error in errors:
        if error.name in _DEFAULTS:
            config[error.name] = _DEFAULTS[error.name]
    if isinstance(config.bibtex_bibfiles, str):
        config.bibtex_bibfiles = [config.bibtex_bibfiles]


def setup(app: Sphinx) -> None:
    # before Sphinx's own type check (800), which would only say "has type str"
    app.connect("config-inited", validate_config, priority=400)
