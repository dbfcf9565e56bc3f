"""A sidebar whose size does not grow with the site.

furo renders the *whole* toctree into every page's sidebar (``toctree(maxdepth=-1,
collapse=False)``), so at 1,000 articles each page carried every article's link and
the build was quadratic. We answer that one call with a bounded tree instead: the
topics around the reader's topic, and the articles around the reader's article
inside it, each window with a link to the full list (the home page lists every
topic, a topic page every article). furo still styles the result (checkboxes,
current page), so the theme's look is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from healthkb._compat import is_furo_full_tree_call

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: entries shown either side of the current topic / article
WINDOW = 6


def window(
    items: list[str], current: str | None, size: int = WINDOW
) -> tuple[list[str], bool]:
    """At most 2*size+1 items around *current* (else the first ones); True if cut."""
    if len(items) <= 2 * size + 1:
        return items, False
    at = items.index(current) if current in items else 0
    start = max(0, min(at - size, len(items) - (2 * size + 1)))
    return items[start : start + 2 * size + 1], True


def parents(env: BuildEnvironment) -> dict[str, str]:
    """Each document -> the document whose toctree includes it (first one wins)."""
    found: dict[str, str] = {}
    for parent, children in env.toctree_includes.items():
        for child in children:
            found.setdefault(child, parent)
    return found


def branch(env: BuildEnvironment, pagename: str, up: dict[str, str]) -> list[str]:
    """The chain root's child -> ... -> *pagename* (empty if not under the root)."""
    chain, doc, seen = [], pagename, set()
    while doc is not None and doc not in seen:
        seen.add(doc)
        chain.append(doc)
        if doc == env.config.root_doc:
            return list(reversed(chain))[1:]
        doc = up.get(doc)
    return []


def render(
    env: BuildEnvironment, pagename: str, uri: Callable[[str], str], up: dict[str, str]
) -> str:
    root = env.config.root_doc
    path = branch(env, pagename, up)

    def title(doc: str) -> str:
        node = env.titles.get(doc)
        return escape(node.astext() if node is not None else doc)

    def level(docs: list[str], depth: int, parent: str) -> str:
        shown, cut = window(
            [d for d in docs if d in env.titles],
            path[depth] if len(path) > depth else None,
        )
        out = [f"<ul{' class="current"' if len(path) > depth else ''}>"]
        for doc in shown:
            on_path = len(path) > depth and path[depth] == doc
            classes = f"toctree-l{depth + 1}" + (" current" if on_path else "")
            link_class = (
                "current reference internal"
                if doc == pagename
                else "reference internal"
            )
            href = "#" if doc == pagename else escape(uri(doc))
            link = f'<a class="{link_class}" href="{href}">{title(doc)}</a>'
            out.append(f'<li class="{classes}">{link}')
            children = env.toctree_includes.get(doc, [])
            if on_path and children and depth < 1:
                out.append(level(children, depth + 1, doc))
            out.append("</li>")
        if cut:
            label = "All topics" if parent == root else f"All of {title(parent)}"
            href = escape(uri(parent))
            out.append(
                f'<li class="toctree-l{depth + 1} hk-nav-more">'
                f'<a class="reference internal" href="{href}">{label}</a></li>'
            )
        out.append("</ul>")
        return "".join(out)

    top = env.toctree_includes.get(root, [])
    return level(top, 0, root) if top else ""


def bounded_toctree(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Runs before furo (priority 400): its full-tree call gets the bounded tree."""
    full = context.get("toctree")
    if full is None:
        return
    env = app.env
    up = getattr(env, "_healthkb_parents", None)
    if (
        up is None
        or getattr(env, "_healthkb_parents_of", None) is not env.toctree_includes
    ):
        up = parents(env)
        env._healthkb_parents, env._healthkb_parents_of = up, env.toctree_includes  # type: ignore[attr-defined]

    def toctree(**kwargs: Any) -> str:
        if is_furo_full_tree_call(kwargs):
            return render(
                env,
                pagename,
                lambda doc: app.builder.get_relative_uri(pagename, doc),
                up,
            )
        return full(**kwargs)

    context["toctree"] = toctree


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", bounded_toctree, priority=400)
