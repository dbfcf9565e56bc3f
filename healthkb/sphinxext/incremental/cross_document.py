"""Cross-document results, computed once after every read, and the pages they touch.

Sphinx rewrites a page when its own source changes. Pages that show other articles
(related lists, article lists, keyword pages, the navigation on every page) must be
rewritten when *those* articles change. After each read, ``env-updated`` works out
what every such page would show now and compares it with what the output folder
shows: a small state file written when a build has finished (so an interrupted build
cannot leave a page stale). It returns the documents that differ, and tells the
keyword pages which of them to write.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import weakref
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from healthkb._compat import build_info_hashes
from healthkb.model.keyword_index import KEYWORDS_INDEX, Keyword
from healthkb.model.listing import ListItem
from healthkb.model.related import RelatedInput, RelatedLists
from healthkb.model.settings import setting
from healthkb.sphinxext import catalogue, page_parts
from healthkb.sphinxext.incremental import page_frames
from healthkb.sphinxext.incremental.domain import get_domain, register_site_wide
from healthkb.version import __version__, code_hash

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from healthkb.sphinxext.incremental.domain import ArticleDomain


#: Sphinx's general index: keywords and glossary terms (see html_builder)
GENINDEX = "genindex"


def computed(env: BuildEnvironment) -> dict[str, Any]:
    """``keywords`` (key -> Keyword), ``related`` (docname -> related docnames),
    ``stale_pages`` (generated pages to write in this build)."""
    return get_domain(env).data.setdefault("computed", {})


#: applications whose stale documents are found later, by :func:`stale_documents`
#: (the preview: the saved page is served first, the pages that show it after)
_DEFERRING: weakref.WeakSet[Sphinx] = weakref.WeakSet()


@contextmanager
def deferring(app: Sphinx) -> Iterator[None]:
    """While reading: ``env-updated`` makes what the re-read pages show (keywords,
    related lists) but leaves the other pages to a later :func:`stale_documents`."""
    _DEFERRING.add(app)
    try:
        yield
    finally:
        _DEFERRING.discard(app)


def env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    domain = get_domain(env)
    catalogue.settle(domain)
    chosen = _related(env, catalogue.related_inputs(domain), app)
    computed(env).update(keywords=catalogue.keywords(domain), related=chosen)
    if app in _DEFERRING:
        return []
    return stale_documents(app, env) or []


def stale_documents(
    app: Sphinx, env: BuildEnvironment, stop: Callable[[], bool] | None = None
) -> list[str] | None:
    """The documents whose pages show something else now (their own source aside),
    and in ``stale_pages`` the generated pages to write; after ``env_updated``.
    ``None`` (and nothing recorded) if *stop* says so on the way: the preview asks
    it now and then, as this takes seconds on a large site."""
    from healthkb.sphinxext.article_list import queries

    domain = get_domain(env)
    items = {item.docname: item for item in catalogue.list_items(domain)}
    chosen = computed(env)["related"]
    every = list(items.values())
    keywords = computed(env)["keywords"]
    # the sidebar, previous/next and link texts of each page (see page_frame)
    frames = page_frames.frame_digests(env, computed(env))
    # the same functions the renderers draw from (see page_parts)
    docs: dict[str, str] = {}
    for n, doc in enumerate(sorted(env.found_docs)):
        if stop is not None and n % 256 == 0 and stop():
            return None
        docs[doc] = _digest(
            (
                page_parts.related_links(chosen.get(doc, ()), items.__getitem__),
                page_parts.article_lists(every, queries(env, doc)),
                page_parts.keyword_links(domain.articles[doc].meta, keywords)
                if doc in domain.articles
                else (),
                frames[doc],
            )
        )
    # generated pages are in no toctree: they all show the same sidebar
    outside = page_frames.outside_frame(env, KEYWORDS_INDEX)
    pages = _generated_pages(keywords, items)
    pages[GENINDEX] = _index_entries(env)
    state = {
        "outdir": str(app.outdir),
        "frame": _digest(_output_settings(app)),
        "docs": docs,
        "pages": {p: _digest((v, outside)) for p, v in pages.items()},
    }
    before = _load_state(app)
    computed(env)["state"] = state
    if state["frame"] != before.get("frame"):
        # the config, the templates or healthkb changed (Sphinx rewrites every
        # page then, and so do we), or the output was never recorded
        computed(env)["stale_pages"] = set(state["pages"])
        return sorted(env.found_docs)
    computed(env)["stale_pages"] = {
        p for p, value in state["pages"].items() if before["pages"].get(p) != value
    }
    old_docs = before["docs"]
    changed = {
        d
        for d in state["docs"].keys() | old_docs.keys()
        if state["docs"].get(d) != old_docs.get(d)
    }
    return sorted(changed & env.found_docs)


def _related(
    env: BuildEnvironment, inputs: Mapping[str, RelatedInput], app: Sphinx
) -> dict[str, tuple[str, ...]]:
    """The related lists, recomputed only when an article's related data changed
    (most rebuilds edit a body: the lists stay, and so does their cost)."""
    limit = setting(app, "related_max")
    cache = computed(env)
    # the inputs the saved key was made of, in this process (a preview's saves):
    # comparing them costs little (the unchanged articles' are the same objects)
    domain = get_domain(env)
    last = domain.__dict__.get(_RELATED_INPUTS)
    if (
        last is not None
        and last[0] == (limit, cache.get("related_key"))
        and last[1] == inputs
        and "related" in cache
    ):
        return cache["related"]
    key = _related_key(domain, limit, inputs)
    if cache.get("related_key") != key or "related" not in cache:
        # kept on the domain object: only the lists a changed article touches
        lists = domain.__dict__.setdefault(_RELATED_LISTS, RelatedLists())
        cache["related"] = lists.update(inputs, limit)
        cache["related_key"] = key
    domain.__dict__[_RELATED_INPUTS] = ((limit, key), inputs)
    return cache["related"]


#: attribute of the domain object (not pickled): the inputs of ``related_key``
_RELATED_INPUTS = "_healthkb_related_inputs"
#: attribute of the domain object: the related lists kept between reads
_RELATED_LISTS = "_healthkb_related_lists"
#: attribute of the domain object: docname -> (its input, that input's part of the key)
_RELATED_PARTS = "_healthkb_related_parts"


def _related_key(
    domain: ArticleDomain, limit: int, inputs: Mapping[str, RelatedInput]
) -> str:
    """``_digest((limit, sorted((d, _stable(a)) for d, a in inputs.items())))``:
    every field of every input (a field added to RelatedInput is in the key), with
    each article's part of the text kept while its input is the same object."""
    kept = domain.__dict__.get(_RELATED_PARTS, {})
    parts = {}
    for doc in sorted(inputs):  # docnames are unique: the order of the tuples
        value, last = inputs[doc], kept.get(doc)
        parts[doc] = (
            last
            if last is not None and last[0] is value
            else (value, repr((doc, _stable(value))))
        )
    domain.__dict__[_RELATED_PARTS] = parts
    # the repr of (limit, [part, ...]), as _digest makes it
    text = f"({limit!r}, [{', '.join(part for _, part in parts.values())}])"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stable(value: object) -> object:
    """*value* with frozensets sorted (their order changes from one process to the
    next) and dataclasses as their fields, for a digest."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(
            (f.name, _stable(getattr(value, f.name))) for f in dataclasses.fields(value)
        )
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def _generated_pages(
    keywords: dict[str, Keyword], items: dict[str, ListItem]
) -> dict[str, object]:
    pages: dict[str, object] = {KEYWORDS_INDEX: page_parts.a_to_z(keywords)}
    for k in keywords.values():
        pages[k.pagename] = page_parts.keyword_page(k, items)
    return pages


def _index_entries(env: BuildEnvironment) -> str:
    """A digest of what genindex lists: every document's index entries (words,
    link targets, main or not)."""
    entries = env.domaindata.get("index", {}).get("entries", {})
    return _digest(sorted((doc, repr(value)) for doc, value in entries.items()))


def _output_settings(app: Sphinx) -> tuple[object, ...]:
    """Config and templates: when they change, Sphinx rewrites every page; so do we.
    Changed healthkb code may draw pages differently: the same."""
    builder: Any = app.builder
    config_hash, tags_hash = build_info_hashes(builder)
    templates = getattr(builder, "templates", None)
    return (
        __version__,
        code_hash(),
        app.builder.name,
        config_hash,
        tags_hash,
        templates.newest_template_mtime() if templates is not None else 0,
    )


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


def _state_file(app: Sphinx) -> Path:
    return Path(app.doctreedir) / f"healthkb-pages-{app.builder.name}.json"


def _load_state(app: Sphinx) -> dict[str, Any]:
    try:
        state = json.loads(_state_file(app).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    valid = (
        isinstance(state, dict)
        and state.get("outdir") == str(app.outdir)
        and isinstance(state.get("docs"), dict)
        and isinstance(state.get("pages"), dict)
    )
    # anything else (another output folder, an old or damaged file): rewrite all
    return state if valid else {}


def save_state(app: Sphinx, exception: BaseException | None) -> None:
    """Record what the output folder now shows, once the build has written it."""
    state = computed(app.env).get("state") if app.env else None
    if exception is None and state is not None:
        _state_file(app).write_text(json.dumps(state, sort_keys=True), encoding="utf-8")


def setup(app: Sphinx) -> None:
    register_site_wide("computed", __name__)
    app.connect("env-updated", env_updated)
    app.connect("build-finished", save_state)
