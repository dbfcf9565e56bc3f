"""Pickle sphinxcontrib-bibtex's parsed bibliography as a reference to a file.

sphinxcontrib-bibtex keeps every parsed entry in its domain data, so the entries go
into every pickle of the environment. A parallel read (``-j N``) pickles each
worker's whole environment back to the main process once per chunk of documents:
at 10,000 articles (30,000 sources, 45 chunks) that was 17 MB of unchanged entries
pickled and unpickled 45 times. Once parsed, the entries are written to one file
under the doctree folder, named by the hash of the ``.bib`` files they came from,
and the environment refers to that file: a worker's pickle carries the file's name,
and every process loads the file at most once (forked workers inherit it loaded).

The file the saved environment refers to is kept until a newer environment is saved
(Sphinx saves it only when a document was read: a new source that no article cites
changes the .bib but no document). If the file has gone anyway, or cannot be read,
the environment still loads and the .bib files are parsed again.
Off with ``healthkb_speedups = False`` (the entries then stay in the environment);
this process's loaded entries are forgotten when the build ends.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import TYPE_CHECKING

from pybtex.database import BibliographyData
from sphinxcontrib.bibtex.bibfile import BibData, parse_bibdata

from healthkb._compat import cite_bibdata, set_cite_bibdata
from healthkb.model.settings import setting
from healthkb.safe_write import store_pickle
from healthkb.sphinxext.incremental.domain import bib_cache_dir

if TYPE_CHECKING:
    from sphinx.application import Sphinx

PREFIX = "bibdata-"

#: file -> its loaded entries, in this process (a site has one or two)
_LOADED: dict[str, SharedBibliographyData] = {}


class SharedBibliographyData(BibliographyData):
    """pybtex's parsed entries; pickled as the name of the file that holds them."""

    _healthkb_file: str
    #: True if the file could not be loaded: the entries must be parsed again
    _healthkb_lost: bool = False

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (load_shared, (self._healthkb_file,))


def load_shared(file: str) -> SharedBibliographyData:
    """The entries kept in *file*, loaded once per process."""
    found = _LOADED.get(file)
    if found is None:
        try:
            with open(file, "rb") as stream:
                data = pickle.load(stream)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError):
            lost = SharedBibliographyData()
            lost._healthkb_file, lost._healthkb_lost = file, True
            return lost  # share_parsed_entries parses the .bib files again
        found = _adopt(data, file)
    return found


def _adopt(data: BibliographyData, file: str) -> SharedBibliographyData:
    data.__class__ = SharedBibliographyData  # same layout: no copy of the entries
    shared: SharedBibliographyData = data  # type: ignore[assignment]
    shared._healthkb_file = file
    while len(_LOADED) >= 4:  # an old build's entries (tests build many sites)
        del _LOADED[next(iter(_LOADED))]
    _LOADED[file] = shared
    return shared


def forget_loaded() -> None:
    """Drop this process's loaded entries (the files stay): as a new process."""
    _LOADED.clear()


def _bibdata(app: Sphinx) -> BibData:
    return cite_bibdata(app.env)


def note_saved_file(app: Sphinx) -> None:
    """Before sphinxcontrib-bibtex may parse again: which file the saved environment
    refers to (it must stay until a newer environment is saved)."""
    data = _bibdata(app).data
    saved = data._healthkb_file if isinstance(data, SharedBibliographyData) else None
    app._healthkb_saved_bibdata = saved  # type: ignore[attr-defined]


def share_parsed_entries(app: Sphinx) -> None:
    """After sphinxcontrib-bibtex has (re)parsed the .bib files at builder-inited."""
    if not setting(app, "speedups"):
        return
    bibdata = _bibdata(app)
    if isinstance(bibdata.data, SharedBibliographyData) and bibdata.data._healthkb_lost:
        # the saved environment's file has gone: parse as sphinxcontrib-bibtex does
        bibdata = parse_bibdata(list(bibdata.bibfiles), bibdata.encoding)
        set_cite_bibdata(app.env, bibdata)
    if isinstance(bibdata.data, SharedBibliographyData) or not bibdata.bibfiles:
        return  # loaded from the last build's environment, or nothing parsed
    digest = hashlib.sha256(bibdata.encoding.encode())
    for path in bibdata.bibfiles:
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            return  # sphinxcontrib-bibtex has reported it; keep its data as it is
        digest.update(b"\0")
    target = bib_cache_dir(app) / f"{PREFIX}{digest.hexdigest()[:32]}.pickle"
    saved = getattr(app, "_healthkb_saved_bibdata", None)
    # written even if there: a file that could not be loaded has the same name
    stored = store_pickle(
        target,
        bibdata.data,
        replaces=f"{PREFIX}*.pickle",
        keep=[Path(saved)] if saved else [],
    )
    if not stored:
        return  # a read-only folder: the entries stay in the environment
    set_cite_bibdata(app.env, bibdata._replace(data=_adopt(bibdata.data, str(target))))


def forget_at_end(app: Sphinx, exception: BaseException | None) -> None:
    forget_loaded()


def setup(app: Sphinx) -> None:
    app.connect("build-finished", forget_at_end, priority=900)
    # around sphinxcontrib-bibtex's own builder-inited handler (priority 500)
    app.connect("builder-inited", note_saved_file, priority=400)
    app.connect("builder-inited", share_parsed_entries, priority=600)
