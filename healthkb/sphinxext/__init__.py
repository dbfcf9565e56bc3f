"""Sphinx glue around the pure article model: thin by design."""

from __future__ import annotations

import contextlib
import io
from typing import TYPE_CHECKING

from healthkb import _compat
from healthkb.model.settings import SETTINGS

# the chatter detector's patterns and learnt weights (~0.5 s) load once, here, so
# that every reader process Sphinx forks inherits them (healthkb check loads them
# only when it analyses an article)
from healthkb.rules import chatter as _chatter  # noqa: F401
from healthkb.sphinxext import (
    article_list,
    article_page,
    bibtex_input,
    build_lock,
    config_check,
    confinement,
    key_figure_directive,
    keyword_pages,
    keyword_terms,
    navigation,
    ordered_reading,
    other_settings,
    page_head,
    pagefind,
    read_articles,
    redirects,
    retraction_labels,
    review_page,
    role_targets,
    said_once,
    search_forms,
    security,
    sitemap_feed,
    sources_page,
    topic_cards,
)
from healthkb.sphinxext.guard import GuardedApp
from healthkb.sphinxext.incremental import (
    bib_changes,
    cross_document,
    domain,
    html_builder,
    job_count,
    page_frames,
    stable_config,
    stale_output,
)
from healthkb.sphinxext.speedups import (
    citation_cache,
    docutils_settings,
    furo_navigation,
    gc_tuning,
    lean_parallel_read,
    myst_document,
    myst_topmatter,
    plugin_cache,
    template_cache,
)
from healthkb.version import __version__, code_hash

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
    _compat.correct_nested_fence_lines()
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
    read_articles.setup(app)
    role_targets.setup(app)
    said_once.setup(app)
    security.setup(app)
    confinement.setup(app)
    config_check.setup(app)
    article_page.setup(app)
    bibtex_input.setup(app)  # with speedups/shared_bibdata
    sources_page.setup(app)
    retraction_labels.setup(app)
    article_list.setup(app)
    keyword_terms.setup(app)
    keyword_pages.setup(app)
    cross_document.setup(app)
    stale_output.setup(app)
    page_head.setup(app)
    search_forms.setup(app)
    key_figure_directive.setup(app)
    sitemap_feed.setup(app)
    review_page.setup(app)
    bib_changes.setup(app)
    navigation.setup(app)
    furo_navigation.setup(app)
    myst_document.setup(app)
    myst_topmatter.setup(app)
    docutils_settings.setup(app)
    topic_cards.setup(app)
    stable_config.setup(app)
    page_frames.setup(app)
    pagefind.setup(app)
    html_builder.setup(app)
    template_cache.setup(app)
    gc_tuning.setup(app)
    job_count.setup(app)
    lean_parallel_read.setup(app)
    ordered_reading.setup(app)  # warnings in document order with -j N
    citation_cache.setup(app)
    redirects.setup(app)
    other_settings.setup(app)  # the one handler that adjusts others' settings
    return {
        "version": __version__,
        # 3: ArticleMeta.lines; 4: ArticleMeta.history; 5: ArticleMeta.retracted_sources;
        # and any change to healthkb's code (a saved environment holds data of the
        # shape the old code wrote)
        "env_version": f"5-{code_hash()}",
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
