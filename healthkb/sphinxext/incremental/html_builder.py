"""Sphinx's HTML builder, with three changes for fast rebuilds.

1. The general index is written only when what it shows changed.

Sphinx rewrites ``genindex.html`` on every build. Its entries are every article's
keywords and every glossary term, so on a large site that page costs more than the
one article an editor changed (0.36 s at 1,000 articles, growing with the site).
:mod:`healthkb.sphinxext.incremental.cross_document` already records what each generated page shows
(here: the index entries and the sidebar); the page is skipped when that is the
same as what the output folder holds.

2. The previous ``searchindex.js`` is parsed once, not twice: Sphinx loads it to
keep the words of pages it does not rewrite but drops their index entries, which
:mod:`healthkb.sphinxext.incremental.stale_output` restores from the same parsed data.

3. With ``-j N``, a build that writes few pages writes them in this process
(:mod:`healthkb.sphinxext.incremental.job_count`).

4. With ``-j N`` and many pages, each writer process resolves its own pages
(:mod:`healthkb.sphinxext.speedups.parallel_write`), not the main process alone.

5. The search index stems each word once per build, not once per page: Sphinx
memoises the stemmer only within one page, so the same words were stemmed again
on every page (15% of the writing phase at 1,000 articles).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.util import logging

from healthkb.model.settings import setting
from healthkb.sphinxext.incremental import job_count
from healthkb.sphinxext.incremental.cross_document import GENINDEX, computed
from healthkb.sphinxext.speedups import parallel_write

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


class HTMLBuilder(StandaloneHTMLBuilder):
    """``-b html``; everything else is Sphinx's."""

    def write_genindex(self) -> None:
        stale = computed(self.env).get("stale_pages")
        written = Path(self.outdir, GENINDEX + self.out_suffix).is_file()
        if stale is not None and GENINDEX not in stale and written:
            logger.info("genindex (unchanged) ", nonl=True)
            return
        super().write_genindex()

    def write_documents(self, docnames: Any) -> None:
        """3. Few pages are written in this process, not by forked writers;
        4. many are written by writers that resolve them too."""
        if self.parallel_ok and job_count.few(self._app, len(docnames)):
            self.parallel_ok = False
        if self.parallel_ok and docnames and setting(self._app, "speedups"):
            parallel_write.write_pages(self._app, self, sorted(docnames))
            return
        super().write_documents(docnames)

    #: the previous search index as Sphinx read it (``None``: there was none)
    previous_search_index: dict[str, Any] | None = None

    def load_indexer(self, docnames: Any) -> None:
        real = self.indexer_format
        builder = self

        class Keeping:
            """Sphinx's own format, remembering what it read."""

            def load(self, stream: Any) -> Any:
                builder.previous_search_index = real.load(stream)
                return builder.previous_search_index

        self.indexer_format = Keeping()
        try:
            super().load_indexer(docnames)
        finally:
            self.indexer_format = real

    def prepare_writing(self, docnames: Any) -> None:
        super().prepare_writing(docnames)
        if self.indexer is not None:
            # the stemmer is a pure function of the word: one cache for the build
            lang = self.indexer.lang
            lang.stem = functools.lru_cache(maxsize=1 << 18)(lang.stem)  # type: ignore[method-assign]


def setup(app: Sphinx) -> None:
    app.add_builder(HTMLBuilder, override=True)
