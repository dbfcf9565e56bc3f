"""With ``-j N``, each writer process resolves its own pages; the main process merges.

Sphinx's parallel writer (``Builder._write_parallel``) resolves every page in the
main process (reading its doctree, the post-transforms, the toctrees, the
``doctree-resolved`` handlers: the citations, the byline, the lists) and feeds the
search index there, one page after another, and forks ``-j`` minus one writers
that only translate and render. With ``-j 2`` that is one writer: measured at
2,000 articles it rendered for 34.9 CPU s while the main process resolved for 16.3
(``benchmarks/README.md``), so neither core was busy all the time.

Here every writer does the whole of a page, as ``-j 1`` does it
(``get_and_resolve_doctree``, ``write_doc_serialized``, ``write_doc``), and sends
back only what the main process keeps from it: what the search index was fed for
its pages (the indexer's tables, started empty in the writer), the images to copy,
and its log records. The main process merges the chunks in document order, so the
search index, the images and the order of the warnings are those of the pages
written one after another; as Sphinx does, the first page is written in the main
process (templates compiled before the fork). There are ``-j`` writers, not
``-j`` minus one: the main process has little to do. Off with
``healthkb_speedups = False`` (Sphinx's own parallel writer).
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from sphinx.errors import SphinxParallelError
from sphinx.util import logging
from sphinx.util.build_phase import BuildPhase
from sphinx.util.display import status_iterator

from healthkb._compat import (
    SEARCH_INDEX_WORDS,
    parallel_tools,
    search_index_tables,
    sphinx_message,
    start_search_index_tables,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.application import Sphinx
    from sphinx.builders.html import StandaloneHTMLBuilder

logger = logging.getLogger(__name__)


class Written(NamedTuple):
    """What a writer sends back for one chunk of pages."""

    logs: list[Any]
    search_index: dict[str, dict[str, Any]] | None
    images: dict[str, str]
    #: (message, traceback) if the writer failed
    failure: tuple[str, str] | None


def write_page(builder: StandaloneHTMLBuilder, docname: str) -> None:
    """One page, as Sphinx's serial writer does it (``_write_docname``)."""
    builder.phase = BuildPhase.RESOLVING
    doctree = builder.env.get_and_resolve_doctree(docname, builder, tags=builder.tags)
    builder.phase = BuildPhase.WRITING
    builder.write_doc_serialized(docname, doctree)
    builder.write_doc(docname, doctree)


def _write_chunk(builder: StandaloneHTMLBuilder, docnames: Sequence[str]) -> Written:
    """In a forked writer: write *docnames*, return what the main process keeps."""
    _, _, log_collector, convert_serializable = parallel_tools()
    indexer = builder.indexer
    if indexer is not None:
        start_search_index_tables(indexer)  # this process's copy only
    images_before = dict(builder.images)
    collector = log_collector()
    failure = None
    try:
        with collector.collect():  # sent with the result: merged in document order
            for docname in docnames:
                write_page(builder, docname)
    except BaseException as error:
        message = traceback.format_exception_only(type(error), error)[0].strip()
        failure = (message, traceback.format_exc())
    convert_serializable(collector.logs)
    return Written(
        logs=collector.logs,
        search_index=search_index_tables(indexer) if indexer is not None else None,
        images={
            uri: name
            for uri, name in builder.images.items()
            if images_before.get(uri) != name
        },
        failure=failure,
    )


def _merge(builder: StandaloneHTMLBuilder, written: Written) -> None:
    for record in written.logs:
        logger.handle(record)
    if written.failure is not None:
        raise SphinxParallelError(*written.failure)
    builder.images.update(written.images)
    if written.search_index is None or builder.indexer is None:
        return
    tables = search_index_tables(builder.indexer)  # the environment's own objects
    for name, table in written.search_index.items():
        if name in SEARCH_INDEX_WORDS:
            words = tables[name]
            for word, docnames in table.items():
                words.setdefault(word, set()).update(docnames)
        else:
            tables[name].update(table)  # a page fed again keeps its place, as in feed


def write_pages(
    app: Sphinx, builder: StandaloneHTMLBuilder, docnames: list[str]
) -> None:
    """Write *docnames* (sorted) with ``app.parallel`` writer processes."""
    parallel_tasks, make_chunks, _, _ = parallel_tools()
    write_page(builder, docnames[0])
    rest = docnames[1:]
    if not rest:
        return
    nproc = app.parallel
    chunks = make_chunks(rest, nproc)
    progress: Iterator[Any] = iter(
        status_iterator(
            chunks,
            sphinx_message("writing output... "),
            "darkgreen",
            len(chunks),
            app.config.verbosity,
        )
    )
    received: dict[int, Written] = {}
    merged = 0

    def merge_ready() -> None:
        nonlocal merged
        while merged in received:
            _merge(builder, received.pop(merged))
            merged += 1
            next(progress, None)

    tasks = parallel_tasks(nproc)
    try:
        for number, chunk in enumerate(chunks):
            tasks.add_task(
                lambda chunk: _write_chunk(builder, chunk),
                chunk,
                lambda chunk, written, number=number: received.__setitem__(
                    number, written
                ),
            )
            merge_ready()
        tasks.join()
        merge_ready()
    except BaseException:
        tasks.terminate()
        raise
    if merged != len(chunks):
        raise SphinxParallelError(
            f"{len(chunks) - merged} of {len(chunks)} parallel writers ended "
            "without sending their pages back",
            "",
        )
    logger.info("")  # the progress line's end, as Sphinx's writer does
