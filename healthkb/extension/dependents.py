"""Cross-document results, computed once after every read, and the pages they touch.

Sphinx rewrites a page when its own source changes. Pages that show other articles
(related lists, article lists, the navigation on every page) must be rewritten when
*those* articles change: ``env-updated`` compares what each page would show with what
it showed after the previous build and returns the pages that differ.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from healthkb.extension import catalogue
from healthkb.extension.domain import get_domain
from healthkb.listing import ListItem, select
from healthkb.related import compute_related

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def computed(env: BuildEnvironment) -> dict[str, Any]:
    """``keywords`` (key -> Keyword), ``related`` (docname -> related ListItems),
    ``lists`` (docname -> what its article lists show), ``nav`` (titles and toctree)."""
    return get_domain(env).data.setdefault("computed", {})


def shown(
    items: list[ListItem] | tuple[ListItem, ...],
) -> tuple[tuple[object, ...], ...]:
    """What a reader sees of each item: a page changes when this changes."""
    return tuple((i.docname, i.title, i.description, i.reviewed) for i in items)


def env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    from healthkb.extension.article_list import queries

    domain = get_domain(env)
    previous = dict(computed(env))
    items = {item.docname: item for item in catalogue.list_items(domain)}
    related_docs = compute_related(
        catalogue.related_inputs(domain), app.config.healthkb_related_max
    )
    related = {
        doc: tuple(items[d] for d in chosen) for doc, chosen in related_docs.items()
    }
    every = list(items.values())
    lists = {
        doc: tuple(shown(select(every, q)) for q in queries(env, doc))
        for doc in domain.data.get("lists", {})
    }
    nav = _navigation(env)
    computed(env).update(
        keywords=catalogue.keywords(domain), related=related, lists=lists, nav=nav
    )

    if nav != previous.get("nav"):
        # a page was added, removed or retitled: every page's sidebar shows it
        return sorted(env.found_docs)
    old_related, old_lists = previous.get("related", {}), previous.get("lists", {})
    changed = {d for d in related if shown(related[d]) != shown(old_related.get(d, ()))}
    changed |= {d for d in lists if lists[d] != old_lists.get(d)}
    return sorted(changed & env.found_docs)


def _navigation(env: BuildEnvironment) -> tuple[object, ...]:
    """What the theme's navigation (sidebar, previous/next) is drawn from."""
    titles = tuple(
        (d, env.titles[d].astext()) for d in sorted(env.titles) if d in env.found_docs
    )
    toctrees = tuple(
        (d, tuple(env.toctree_includes[d])) for d in sorted(env.toctree_includes)
    )
    return titles, toctrees


def setup(app: Sphinx) -> None:
    app.connect("env-updated", env_updated)
