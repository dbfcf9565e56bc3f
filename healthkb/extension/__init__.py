"""Sphinx glue around the pure article model: thin by design."""

from __future__ import annotations

import contextlib
import io
from typing import TYPE_CHECKING

from healthkb import __version__, _compat
from healthkb.extension import (
    article_list,
    bibcache,
    bibfiles,
    build_lock,
    config_check,
    confinement,
    dependents,
    domain,
    gc_tuning,
    head,
    home,
    html_builder,
    key_figures,
    keyword_pages,
    keywords,
    lean_parallel_read,
    navigation,
    page,
    page_frame,
    pagefind,
    plugin_cache,
    publish,
    reading,
    redirects,
    review_page,
    security,
    shared_bibdata,
    sources,
    stable_config,
    stale_output,
    template_cache,
    topic_cards,
)
from healthkb.extension.guard import GuardedApp
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
    build_lock.setup(GuardedApp(app))  # before Sphinx loads the saved environment
    app.setup_extension("myst_parser")
    _compat.quiet_myst_config_dump()
    app.setup_extension("sphinx_design")
    app.setup_extension("sphinxcontrib.bibtex")
    plugin_cache.setup(GuardedApp(app))
    # sphinxext-opengraph prints a matplotlib notice at import; social cards are off.
    with contextlib.redirect_stdout(io.StringIO()):
        app.setup_extension("sphinxext.opengraph")
    app.setup_extension("notfound.extension")
    # healthkb's own handlers: an unexpected exception names the page, not a traceback
    app = GuardedApp(app)  # type: ignore[assignment]
    domain.setup(app)
    reading.setup(app)
    security.setup(app)
    confinement.setup(app)
    config_check.setup(app)
    page.setup(app)
    bibfiles.setup(app)
    sources.setup(app)
    article_list.setup(app)
    keywords.setup(app)
    keyword_pages.setup(app)
    dependents.setup(app)
    stale_output.setup(app)
    head.setup(app)
    home.setup(app)
    key_figures.setup(app)
    publish.setup(app)
    review_page.setup(app)
    bibcache.setup(app)
    navigation.setup(app)
    topic_cards.setup(app)
    stable_config.setup(app)
    page_frame.setup(app)
    pagefind.setup(app)
    html_builder.setup(app)
    template_cache.setup(app)
    gc_tuning.setup(app)
    shared_bibdata.setup(app)
    lean_parallel_read.setup(app)
    redirects.setup(app)
    return {
        "version": __version__,
        "env_version": 4,  # 3: ArticleMeta.lines; 4: ArticleMeta.history
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
