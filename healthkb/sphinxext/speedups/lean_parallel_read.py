"""A parallel reader sends back what it read, not the whole site again.

With ``-j N`` Sphinx forks a reader per chunk of documents and each sends its
*whole* environment back, pickled; the main process unpickles it and merges only
the chunk's documents. A reader forks from the environment merged so far, so the
pickles grow with the site and their total grows faster than it (45 chunks at
10,000 articles, each up to the whole site's tables of contents, titles and
article records: the main process spent minutes unpickling data it then ignored).

Here a reader process leaves out, from the copy it sends, the entries of the
documents it did not read, in the tables that Sphinx and healthkb merge document
by document (``merge_info_from``, the title, table-of-contents and dependency
collectors, the index domain, healthkb's domain). It also leaves out what the main
process never merges from a reader: healthkb's site-wide data (computed in the main
process after reading) and the environment's ``project`` (every document's path,
:func:`healthkb._compat.drop_unmerged_reader_state`). The metadata goes as the read
documents' and the 404 page's: sphinx-notfound-page merges the reader's metadata
wholesale, and every other entry in it is the main process's own, unchanged, as it
was when the reader was forked. Every other table travels whole, as before (every
other extension's data). The main process merges exactly what it merged before;
only the reader's pickle is smaller. The reader's copyreg entry exists only in the
forked process, so the saved environment is pickled as Sphinx pickles it.
Off with ``healthkb_speedups = False``.
"""

from __future__ import annotations

import copyreg
import os
import pickle
from typing import TYPE_CHECKING, Any

from healthkb import _compat
from healthkb.model.settings import setting

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: environment tables keyed by docname whose merge reads only the merged documents
PER_DOC_TABLES = (
    "all_docs",
    "included",
    "dependencies",
    "titles",
    "longtitles",
    "tocs",
    "toc_num_entries",
    "toctree_includes",
)
#: domain -> its data keys keyed by docname, merged document by document
PER_DOC_DOMAIN_DATA: dict[str, tuple[str, ...]] = {"index": ("entries",)}

_MAIN_PID: int | None = None
#: documents this (forked) process read
_READ_HERE: set[str] = set()


def _only(table: Any, keep: set[str]) -> Any:
    """A copy of *table* (a dict or defaultdict) with only the docnames in *keep*."""
    copy = table.copy()  # keeps a defaultdict's factory
    for docname in [d for d in copy if d not in keep]:
        del copy[docname]
    return copy


def _lean_reduce(env: BuildEnvironment) -> Any:
    reduced = env.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
    if os.getpid() == _MAIN_PID or not _READ_HERE:
        return reduced
    func, args, state, *rest = reduced
    state = dict(state)
    keep = set(_READ_HERE)
    for name in PER_DOC_TABLES:
        if isinstance(state.get(name), dict):
            state[name] = _only(state[name], keep)
    if isinstance(state.get("metadata"), dict):
        kept = keep | set(_compat.notfound_page_metadata_keys(state.get("config")))
        state["metadata"] = _only(state["metadata"], kept)
    state = _compat.drop_unmerged_reader_state(state)
    domaindata = dict(state["domaindata"])
    for domain, keys in _per_doc_domain_data().items():
        data = domaindata.get(domain)
        if isinstance(data, dict):
            data = dict(data)
            for key in keys:
                if isinstance(data.get(key), dict):
                    data[key] = _only(data[key], keep)
            domaindata[domain] = data
    healthkb = domaindata.get(_healthkb_domain())
    if isinstance(healthkb, dict):  # site-wide values are never merged from a reader
        domaindata[_healthkb_domain()] = {
            key: value for key, value in healthkb.items() if key not in _site_wide()
        }
    state["domaindata"] = domaindata
    return (func, args, state, *rest)


def _healthkb_domain() -> str:
    from healthkb.sphinxext.incremental.domain import ArticleDomain

    return ArticleDomain.name


def _site_wide() -> dict[str, str]:
    from healthkb.sphinxext.incremental.domain import ArticleDomain

    return ArticleDomain.SITE_WIDE


def _per_doc_domain_data() -> dict[str, tuple[str, ...]]:
    from healthkb.sphinxext.incremental.domain import ArticleDomain

    return {**PER_DOC_DOMAIN_DATA, ArticleDomain.name: ArticleDomain.PER_DOC}


def note_main_process(app: Sphinx, docnames: list[str] | None = None) -> None:
    global _MAIN_PID
    _MAIN_PID = os.getpid()
    _READ_HERE.clear()


def note_read(app: Sphinx, docname: str, source: list[str]) -> None:
    if not setting(app, "speedups") or _MAIN_PID in (None, os.getpid()):
        return
    if not _READ_HERE:  # the first document of this forked reader
        copyreg.pickle(type(app.env), _lean_reduce)
    _READ_HERE.add(docname)


def setup(app: Sphinx) -> None:
    app.connect(
        "env-before-read-docs", lambda app, env, docnames: note_main_process(app)
    )
    # first among the source-read handlers: the document is this reader's from the start
    app.connect("source-read", note_read, priority=0)
