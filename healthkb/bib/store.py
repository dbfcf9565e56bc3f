"""Keep the parsed references.bib between builds, keyed by the file's content hash.

Parsing is ~1 ms per entry (each entry on its own, so a broken one is reported with
its line), which at 30,000 sources would cost half a minute on every rebuild. The
result depends only on the file's bytes and its display name, so it is pickled
under a name made of their hash and reused until the file changes.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from healthkb.bib.read import Bibliography, load_bibliography
from healthkb.safe_write import store_pickle

#: bump when Bibliography's shape or the parse rules change, so old pickles are not reused
FORMAT = 3  # 3: BibLaTeX fields, duplicate fields, undecodable LaTeX
PREFIX = "healthkb-bib-"


def _file_prefix(display: str) -> str:
    return f"{PREFIX}{hashlib.sha256(display.encode()).hexdigest()[:8]}-"


def cache_name(raw: bytes, display: str) -> str:
    digest = hashlib.sha256(f"{FORMAT}\0{display}\0".encode() + raw).hexdigest()
    return f"{_file_prefix(display)}{digest[:32]}.pickle"


#: the last parse of each file in this process: a build reads the file for the site's
#: rules and again for the copy handed to sphinxcontrib-bibtex
_IN_PROCESS: dict[str, Bibliography] = {}


def load_bibliography_cached(path: Path, display: str, cache_dir: Path) -> Bibliography:
    """``load_bibliography(path, display)``, reusing a parse of the same bytes."""
    try:
        raw = path.read_bytes()
    except OSError:
        return load_bibliography(path, display)  # it reports the problem
    name = cache_name(raw, display)
    if name in _IN_PROCESS:
        return _IN_PROCESS[name]
    bib = _load(raw, path, display, cache_dir / name)
    while len(_IN_PROCESS) >= 8:  # a site has a file or two: old parses go
        del _IN_PROCESS[next(iter(_IN_PROCESS))]
    _IN_PROCESS[name] = bib
    return bib


def forget_parses() -> None:
    """Drop this process's parses (the files on disk stay): as a new process."""
    _IN_PROCESS.clear()


def _load(raw: bytes, path: Path, display: str, cached: Path) -> Bibliography:
    try:
        bib = pickle.loads(cached.read_bytes())
        if isinstance(bib, Bibliography):
            return bib
    except (
        OSError,
        pickle.PickleError,
        EOFError,
        AttributeError,
        ImportError,
        TypeError,
    ):
        pass  # no cache yet, or an unreadable one: parse again
    bib = load_bibliography(path, display)
    bib.entry_fingerprints()  # kept in the cache: ~40 us per entry on every rebuild
    _store(cached, bib)
    return bib


def _store(target: Path, bib: Bibliography) -> None:
    store_pickle(target, bib, replaces=f"{_file_prefix(bib.path)}*.pickle")
