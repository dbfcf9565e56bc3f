"""The part of a save's writing that waits until the saved page is served.

Before the page is served, a save writes the pages of the documents it re-read,
and nothing else: which other pages show something of them now (related lists,
article lists, keyword links, the sidebar) is worked out over the whole site
(:func:`~healthkb.sphinxext.incremental.cross_document.stale_documents`), and the
search index is loaded from ``searchindex.js`` (its size grows with the site).
Both are done here, after the response, in the order ``sphinx-build`` does them:
the index is loaded with every page written in this build left out, then fed.

A save that comes before this is done takes it over (``carried``): its build
writes the pages of both, and feeds the index the pages of both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.util.build_phase import BuildPhase

from healthkb.sphinxext.incremental import cross_document


class DeferredWrite:
    """What :func:`index_later` kept from the first write, and the rest of it."""

    def __init__(self, carried: DeferredWrite | None = None) -> None:
        #: the documents the first write wrote (and those of the builds carried over)
        self.written: set[str] = set(carried.written) if carried else set()
        #: ``index_page`` calls of the first write: (page, a copy of its doctree, title)
        self.indexed: list[tuple[str, nodes.document, str]] = (
            list(carried.indexed) if carried else []
        )
        self.deferred = carried.deferred if carried else False

    @contextmanager
    def index_later(self, builder: Any) -> Iterator[None]:
        """While the first pages are written: no search index loaded or fed, the
        pages' entries kept for :meth:`finish`."""
        if not isinstance(builder, StandaloneHTMLBuilder):
            yield
            return
        prepare = builder.prepare_writing

        def prepare_writing(docnames: Any) -> None:
            self.written |= set(docnames)
            prepare(docnames)

        def index_page(pagename: str, doctree: nodes.document, title: str) -> None:
            # the HTML translator still walks the doctree after this; an entry of
            # a build carried over is replaced (feeding twice would keep old words)
            self.indexed = [e for e in self.indexed if e[0] != pagename]
            self.indexed.append((pagename, doctree.deepcopy(), title))

        builder.prepare_writing = prepare_writing
        builder.load_indexer = _no_index
        builder.index_page = index_page
        self.deferred = True
        try:
            yield
        finally:
            del builder.prepare_writing, builder.load_indexer, builder.index_page

    def stale(self, app: Sphinx, stop: Callable[[], bool]) -> set[str] | None:
        """The other documents whose pages must be written (after reading);
        ``None`` if *stop* said so before they were known."""
        stale = cross_document.stale_documents(app, app.env, stop)
        return None if stale is None else set(stale) - self.written

    def finish(self, app: Sphinx, stale: set[str]) -> None:
        """Load the search index, feed it the first write's pages, write *stale*."""
        builder: Any = app.builder
        if self.deferred and getattr(builder, "indexer", None) is not None:
            builder.load_indexer(self.written | stale)
            for pagename, doctree, title in self.indexed:
                builder.index_page(pagename, doctree, title)
        if stale:
            builder.phase = BuildPhase.WRITING
            builder.write_documents(stale)


def _no_index(docnames: Any) -> None:
    pass
