"""With ``-j N``, use one process when a build has little to do.

Sphinx forks parallel readers whenever ``-j`` is above 1, however few documents
changed, and parallel writers however few pages are written. Each reader sends the
whole environment back to the main process as a pickle, so on a large site a
one-article edit built slower with ``-j auto`` than with ``-j 1`` (issue 19: 1.72 s
against 1.27 s at 1,000 articles). Below ``healthkb_serial_below`` documents to read
(pages to write), the build runs as with ``-j 1``; the output is the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from healthkb.model.settings import setting

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: the ``-j`` value while a small read runs serially, given back for the write
_PARALLEL = "_healthkb_parallel"


def few(app: Sphinx, count: int) -> bool:
    """True if *count* documents (pages) are too few to be worth more processes."""
    return app.parallel > 1 and count < setting(app, "serial_below")


def read_serially_if_few(
    app: Sphinx, env: BuildEnvironment, docnames: list[str]
) -> None:
    # Sphinx decides on a parallel read just after this event, from app.parallel
    if few(app, len(docnames)):
        setattr(app, _PARALLEL, app.parallel)
        app.parallel = 1


def restore_after_read(app: Sphinx, env: BuildEnvironment) -> list[str]:
    # the write decides for itself (html_builder.write_documents), by its pages
    parallel = getattr(app, _PARALLEL, None)
    if parallel is not None:
        delattr(app, _PARALLEL)
        app.parallel = parallel
    return []


def setup(app: Sphinx) -> None:
    # first: gc_tuning (priority 900) then sees the read is serial
    app.connect("env-before-read-docs", read_serially_if_few, priority=100)
    app.connect("env-updated", restore_after_read, priority=100)
