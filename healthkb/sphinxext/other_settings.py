"""The one handler that changes settings of Sphinx and of other extensions.

healthkb adjusts a few settings it does not own, so that a site's conf.py stays
short and cannot turn a safety off. All of it happens here, at ``config-inited``
with priority 800: after Sphinx's own conversions and type checks of what conf.py
says (registered earlier at the same priority), before any builder or extension
reads the values. In this order (each step is the owning feature's function):

1. ``templates_path``, ``html_static_path``: healthkb's page templates (keyword
   pages, Pagefind search page, ``page.html``) after the site's own folders, so a
   site's ``_templates/`` can override any of them
   (:func:`~healthkb.sphinxext.keyword_pages.add_templates`,
   :func:`~healthkb.sphinxext.pagefind.add_templates`).
2. ``html_baseurl``, ``ogp_site_url``, ``ogp_social_cards``, ``notfound_urls_prefix``:
   one setting drives canonical URLs, OpenGraph and the 404 page
   (:func:`~healthkb.sphinxext.page_head.configure`).
3. MyST's ``myst_disable_syntax`` and extensions: raw HTML never parsed, ``{{ … }}``
   never evaluated (:func:`~healthkb.sphinxext.security.harden_config`).
4. ``exclude_patterns``: symbolic links in the content folders are left out
   (:func:`~healthkb.sphinxext.confinement.exclude_symlinks`).

Not here: ``config_check`` (priority 400) checks healthkb's own settings and resets
invalid ones; ``stable_config`` (950) only completes Sphinx's comparison early.
``bibtex_bibfiles`` stays as conf.py says: sphinxcontrib-bibtex is handed healthkb's
parse of those files (:mod:`~healthkb.sphinxext.bibtex_input`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from healthkb.sphinxext import (
    confinement,
    keyword_pages,
    page_head,
    pagefind,
    security,
)

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

STEPS = (
    keyword_pages.add_templates,
    pagefind.add_templates,
    page_head.configure,
    security.harden_config,
    confinement.exclude_symlinks,
)


def adjust_other_settings(app: Sphinx, config: Config) -> None:
    for step in STEPS:
        step(app, config)


def setup(app: Sphinx) -> None:
    app.connect("config-inited", adjust_other_settings, priority=800)
