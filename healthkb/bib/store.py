"""Keep the parsed references.bib between builds: the one cache of the bibliography.

Parsing is ~1 ms per entry (each entry on its own, so a broken one is reported with
its line), which at 30,000 sources would cost half a minute on every rebuild. The
result (:class:`~healthkb.bib.read.Bibliography`, with the pybtex entries that
sphinxcontrib-bibtex prints) depends only on the file's bytes, its display name and
healthkb's code, so it is pickled under a name made of their hash and reused until
one of them changes. ``healthkb check`` and the build share the folder; a parallel
build's workers inherit the parse, and the environment refers to this file rather
than carry the entries (:mod:`healthkb.sphinxext.speedups.shared_bibdata`).
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from healthkb.bib.read import Bibliography, load_bibliography
from healthkb.safe_write import store_pickle
from healthkb.version import code_hash

PREFIX = "healthkb-bib-"


def _file_prefix(display: str) -> str:
    return f"{PREFIX}{hashlib.sha256(display.encode()).hexdigest()[:8]}-"


def cache_name(raw: bytes, display: str) -> str:
    # the code hash: a change to the reader or to Bibliography's shape parses again
    digest = hashlib.sha256(f"{code_hash()}\0{display}\0".encode() + raw).hexdigest()
    return f"{_file_prefix(display)}{digest[:32]}.pickle"


#: the last parse of each file in this process, by cache name: the site's rules and
#: sphinxcontrib-bibtex read the same object, and forked workers inherit it
_IN_PROCESS: dict[str, Bibliography] = {}
#: cache name -> the file it was written to (absent: it could not be written)
_FILES: dict[str, Path] = {}


def load_bibliography_cached(
    path: Path, display: str, cache_dir: Path, *, write: bool = True
) -> Bibliography:
    """``load_bibliography(path, display)``, reusing a parse of the same bytes;
    ``write=False`` reads the cache but never adds to it (a command that edits the
    site, and writes nothing when it refuses)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return load_bibliography(path, display)  # it reports the problem
    name = cache_name(raw, display)
    if name in _IN_PROCESS:
        return _IN_PROCESS[name]
    cached = cache_dir / name
    bib = _unpickle(cached)
    if bib is None:  # no cache yet, or an unreadable one: parse again
        bib = load_bibliography(path, display)
        bib.entry_fingerprints()  # kept in the cache: ~40 us per entry on every rebuild
        if not (write and _store(cached, bib)):
            cached = None
    _keep(name, bib, cached)
    return bib


def cache_file(bib: Bibliography) -> Path | None:
    """The file this process's parse *bib* is kept in (None: not kept on disk)."""
    for name, kept in _IN_PROCESS.items():
        if kept is bib:
            return _FILES.get(name)
    return None


def load_cache_file(cached: Path) -> Bibliography | None:
    """The parse kept in *cached* (this process's, if it has it); None if the file
    has gone or cannot be read."""
    bib = _IN_PROCESS.get(cached.name)
    if bib is None:
        bib = _unpickle(cached)
        if bib is not None:
            _keep(cached.name, bib, cached)
    return bib


def forget_parses() -> None:
    """Drop this process's parses (the files on disk stay): as a new process."""
    _IN_PROCESS.clear()
    _FILES.clear()


def _keep(name: str, bib: Bibliography, cached: Path | None) -> None:
    while len(_IN_PROCESS) >= 8:  # a site has a file or two: old parses go
        _FILES.pop(old := next(iter(_IN_PROCESS)), None)
        del _IN_PROCESS[old]
    _IN_PROCESS[name] = bib
    if cached is not None:
        _FILES[name] = cached


def _unpickle(cached: Path) -> Bibliography | None:
    try:
        bib = pickle.loads(cached.read_bytes())
    except (
        OSError,
        pickle.PickleError,
        EOFError,
        AttributeError,
        ImportError,
        TypeError,
    ):
        return None
    return bib if isinstance(bib, Bibliography) else None


def _store(target: Path, bib: Bibliography) -> bool:
    return store_pickle(target, bib, replaces=f"{_file_prefix(bib.path)}*.pickle")
