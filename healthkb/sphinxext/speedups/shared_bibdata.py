"""Pickle the entries sphinxcontrib-bibtex prints as a reference to the parse cache.

sphinxcontrib-bibtex keeps the entries it prints (healthkb's parse, handed to it by
:mod:`healthkb.sphinxext.bibtex_input`) in its domain data, so they go into every
pickle of the environment. A parallel read (``-j N``) pickles each worker's whole
environment back to the main process once per chunk of documents: at 10,000
articles (30,000 sources, 45 chunks) that was 17 MB of unchanged entries pickled and
unpickled 45 times. The entries are already kept on disk, once, by
:mod:`healthkb.bib.store` (the one cache of the parse); with this speed-up bibtex is
given a view of them that pickles as the names of those files. Unpickled, the view
is the process's own parse (forked workers inherit it; the main process has it), or
the file loaded once.

A saved environment's reference may outlive its file (a changed ``.bib`` replaces
it): it then loads as no entries, which nothing reads, since every build hands
bibtex the current parse at ``builder-inited``.
Off with ``healthkb_speedups = False``: bibtex is given the parse itself, and the
entries stay in the environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pybtex.database import BibliographyData

from healthkb.bib.read import Bibliography, pybtex_data
from healthkb.bib.store import cache_file, load_cache_file
from healthkb.model.settings import setting

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sphinx.application import Sphinx


class SharedBibliographyData(BibliographyData):
    """A view of parsed entries (the same objects); pickled as its cache files."""

    _healthkb_files: tuple[str, ...]

    def __reduce__(self) -> tuple[object, tuple[tuple[str, ...]]]:
        return (load_shared, (self._healthkb_files,))


def _view(data: BibliographyData, files: tuple[str, ...]) -> SharedBibliographyData:
    view = SharedBibliographyData.__new__(SharedBibliographyData)
    view.__dict__.update(vars(data))  # the same entries dict: no copy
    view._healthkb_files = files
    return view


def load_shared(files: tuple[str, ...]) -> SharedBibliographyData:
    """The entries kept in *files* (no entries if one has gone or cannot be read)."""
    bibs: list[Bibliography] = []
    for name in files:
        bib = load_cache_file(Path(name))
        if bib is None:
            return _view(BibliographyData(), files)
        bibs.append(bib)
    return _view(pybtex_data(bibs), files)


def by_reference(
    app: Sphinx, bibs: Sequence[Bibliography], data: BibliographyData
) -> BibliographyData:
    """*data* (the entries of *bibs*) as bibtex should keep it: a view that pickles
    as a reference, or *data* itself with the switch off or nothing on disk."""
    if not setting(app, "speedups"):
        return data
    files = [cache_file(bib) for bib in bibs]
    if not files or None in files:
        return data  # a read-only folder: the entries stay in the environment
    return _view(data, tuple(str(f) for f in files))
