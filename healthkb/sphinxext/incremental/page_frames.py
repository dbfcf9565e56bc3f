"""What each page shows of *other* documents, outside its own content.

A page's sidebar (the bounded tree of :mod:`healthkb.sphinxext.navigation`), its
previous/next links, the text of its links to other pages (a ``{doc}`` link
shows the target's title) and the titles its own toctree lists change when another document is added, removed or
retitled. Sphinx does not rewrite the page then; rewriting every page would make
one new article cost a full write at 1,000 articles, although the bounded sidebar
of most pages did not change. :func:`frames` gives, per document, what it shows;
:mod:`healthkb.sphinxext.incremental.cross_document` rewrites exactly the pages whose frame changed.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, NamedTuple

from sphinx import addnodes
from sphinx.util import docname_join

from healthkb._compat import glossary_terms
from healthkb.sphinxext import navigation
from healthkb.sphinxext.incremental.domain import get_domain, register_per_doc

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: domain key: docname -> the cross-references the document makes
XREFS = "xrefs"


def note_xrefs(app: Sphinx, doctree: nodes.document) -> None:
    """Record every cross-reference a document makes (kept per document)."""
    found = {
        (str(n.get("reftype", "")), str(n.get("reftarget", "")))
        for n in doctree.findall(addnodes.pending_xref)
    }
    get_domain(app.env).data.setdefault(XREFS, {})[app.env.docname] = tuple(
        sorted(found)
    )


class FrameSources(NamedTuple):
    """Everything :func:`frames` is drawn from, as plain sorted data: its digest is
    the cache key of the frames, so a source read here is in the key."""

    root_doc: str
    found_docs: tuple[str, ...]
    titles: tuple[tuple[str, str], ...]
    #: what :func:`navigation.render` and Sphinx's relations are drawn from
    toctree_includes: tuple[tuple[str, tuple[str, ...]], ...]
    xrefs: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    labels: tuple[tuple[str, object], ...]
    terms: tuple[tuple[str, object], ...]


def frame_sources(env: BuildEnvironment) -> FrameSources:
    std: Any = env.get_domain("std")
    return FrameSources(
        root_doc=env.config.root_doc,
        found_docs=tuple(sorted(env.found_docs)),
        titles=tuple(sorted((d, t.astext()) for d, t in env.titles.items())),
        toctree_includes=tuple(
            sorted((d, tuple(c)) for d, c in env.toctree_includes.items())
        ),
        xrefs=tuple(sorted(get_domain(env).data.get(XREFS, {}).items())),
        labels=tuple(sorted(std.labels.items())),
        terms=tuple(sorted(glossary_terms(std).items())),
    )


def frames(env: BuildEnvironment) -> dict[str, tuple[object, ...]]:
    """Docname -> what its page shows of other documents."""
    sources = frame_sources(env)
    up = navigation.parents(env)
    # Sphinx's relations and the sidebar read only root_doc, titles, toctree_includes
    relations = env.collect_relations()
    titles = dict(sources.titles)
    labels, terms, xrefs = (
        dict(sources.labels),
        dict(sources.terms),
        dict(sources.xrefs),
    )
    toctrees = dict(sources.toctree_includes)

    def title(doc: str | None) -> tuple[str | None, str | None]:
        return doc, titles.get(doc) if doc is not None else None

    def resolved(doc: str, kind: str, target: str) -> object:
        """Everything a link's text or address can come from: the target's title,
        its label's section title, the glossary entry's place."""
        path = target.removeprefix("/")
        for suffix in (".md", ".rst"):
            path = path.removesuffix(suffix)
        named = path if target.startswith("/") else docname_join(doc, path)
        return (
            kind,
            target,
            title(named),
            labels.get(target.lower()),
            terms.get(target.lower()),
        )

    def listed(doc: str) -> tuple[object, ...]:
        """Titles a toctree in the page's content can show (at any depth: Sphinx
        itself rewrites only the direct parent of a changed document)."""
        found, todo, seen = [], list(toctrees.get(doc, ())), {doc}
        while todo:
            child = todo.pop(0)
            if child not in seen:
                seen.add(child)
                found.append(title(child))
                todo.extend(toctrees.get(child, ()))
        return tuple(found)

    result = {}
    for doc in sources.found_docs:
        parent, prev, nxt = (relations.get(doc) or [None, None, None])[:3]
        ancestors, at = [], parent
        while at is not None and len(ancestors) < 20:
            ancestors.append(title(at))
            at = (relations.get(at) or [None])[0]
        result[doc] = (
            navigation.render(env, doc, lambda target: target, up),
            tuple(ancestors),
            title(prev),
            title(nxt),
            tuple(resolved(doc, k, t) for k, t in xrefs.get(doc, ())),
            listed(doc),
        )
    return result


def frame_digests(env: BuildEnvironment, cache: dict[str, Any]) -> dict[str, str]:
    """Docname -> digest of :func:`frames`, recomputed only when what frames are
    drawn from (:func:`frame_sources`) changed: a body edit changes none of it, and
    drawing 1,000 sidebars takes half a second."""
    key = _digest(frame_sources(env))
    if cache.get("frames_key") != key or "frames" not in cache:
        cache["frames"] = {doc: _digest(f) for doc, f in frames(env).items()}
        cache["frames_key"] = key
    return cache["frames"]


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


def outside_frame(env: BuildEnvironment, pagename: str) -> str:
    """The sidebar of a page in no toctree (the generated keyword pages)."""
    return navigation.render(
        env, pagename, lambda target: target, navigation.parents(env)
    )


def setup(app: Sphinx) -> None:
    register_per_doc("xrefs", __name__)
    app.connect("doctree-read", note_xrefs)
