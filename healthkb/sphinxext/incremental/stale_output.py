"""Keep an incremental build's output equal to a clean build's.

Two gaps in Sphinx 9.2 that an editor would otherwise meet after a small change:

* The pages of deleted documents stay in the output folder, still reachable by
  their old address with stale content. We delete them.
* ``searchindex.js`` loses the index entries (keywords, glossary terms) of every
  page that is not rewritten: ``IndexBuilder.load`` restores words and titles from
  the previous index but not ``indexentries``, and the environment is pickled
  before writing, so they are gone. We restore them from the previous index before
  Sphinx dumps the new one (``html-collect-pages`` runs just before that).
* Words no page uses any more stay in ``searchindex.js`` with an empty page list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.search import js_index

from healthkb._compat import search_index_entries, search_index_words
from healthkb.sphinxext.incremental.domain import get_domain, register_site_wide

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def note_removed(
    app: Sphinx,
    env: BuildEnvironment,
    added: set[str],
    changed: set[str],
    removed: set[str],
) -> list[str]:
    pending = get_domain(env).data.setdefault("removed_docs", [])
    pending.extend(sorted(removed))
    return []


def remove_pages(app: Sphinx) -> list[Any]:
    env, builder = app.env, app.builder
    pending = get_domain(env).data.get("removed_docs", [])
    outdir = Path(builder.outdir)
    for docname in sorted(set(pending) - env.found_docs):
        (outdir / f"{docname}{builder.out_suffix}").unlink(missing_ok=True)
        sources = outdir / "_sources" / docname
        for copy in sources.parent.glob(f"{sources.name}.*.txt"):
            copy.unlink()
    pending.clear()
    return []


def repair_search_index(app: Sphinx) -> list[Any]:
    builder: Any = app.builder
    indexer = getattr(builder, "indexer", None)
    if indexer is None:
        return []
    entries = search_index_entries(indexer)
    missing = {d for d in app.env.found_docs if d not in entries}
    path = Path(builder.outdir) / builder.searchindex_filename
    # parsed once by healthkb's builder when Sphinx loaded it (html_builder.py)
    old = getattr(builder, "previous_search_index", None)
    if missing and old is None and path.is_file():
        try:
            old = js_index.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            old = None
    if missing and isinstance(old, dict):
        restored: dict[str, set[tuple[str, str, str]]] = {d: set() for d in missing}
        docnames = old.get("docnames", [])
        for entry, hits in old.get("indexentries", {}).items():
            for number, target, main in hits:
                docname = docnames[number]
                if docname in restored:
                    restored[docname].add((entry, target, "main" if main else ""))
        entries.update({d: sorted(found) for d, found in restored.items()})
    # Sphinx dumps them in dict order: make it the docname order of a clean build
    ordered = sorted(entries.items())
    entries.clear()
    entries.update(ordered)
    for words in search_index_words(indexer):
        for word in [w for w, docs in words.items() if not docs]:
            del words[word]
    return []


def setup(app: Sphinx) -> None:
    register_site_wide("removed_docs", __name__)
    app.connect("env-get-outdated", note_removed)
    app.connect("html-collect-pages", remove_pages)
    app.connect("html-collect-pages", repair_search_index)
