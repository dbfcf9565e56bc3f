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
from healthkb.model.settings import setting

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: the page context's key for the sidebar in furo's markup (with the speed-ups)
FURO_TREE = "_healthkb_furo_navigation_tree"
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
    env: BuildEnvironment,
    pagename: str,
    uri: Callable[[str], str],
    up: dict[str, str],
    *,
    furo: bool = False,
) -> str:
    """The bounded tree as Sphinx's toctree writes it; *furo*: as furo's
    ``get_navigation_tree`` rewrites it (:mod:`.speedups.furo_navigation`)."""
    root = env.config.root_doc
    path = branch(env, pagename, up)
    text, attr = (_furo_text, _furo_attr) if furo else (escape, _plain_attr)
    out: list[str] = []
    #: (index in *out* of an ``<li`` class attribute, its classes) of current items
    current_items: list[tuple[int, str]] = []
    checkboxes = 0

    def title(doc: str) -> str:
        node = env.titles.get(doc)
        return node.astext() if node is not None else doc

    def level(docs: list[str], depth: int, parent: str) -> None:
        nonlocal checkboxes
        shown, cut = window(
            [d for d in docs if d in env.titles],
            path[depth] if len(path) > depth else None,
        )
        out.append(f"<ul{' class="current"' if len(path) > depth else ''}>")
        for doc in shown:
            on_path = len(path) > depth and path[depth] == doc
            classes = f"toctree-l{depth + 1}" + (" current" if on_path else "")
            link_class = (
                "current reference internal"
                if doc == pagename
                else "reference internal"
            )
            href = "#" if doc == pagename else uri(doc)
            link = f"<a {attr('class', link_class)} {attr('href', href)}>{text(title(doc))}</a>"
            children = env.toctree_includes.get(doc, [])
            nested = bool(on_path and children and depth < 1)
            if not furo:
                out.append(f'<li class="{classes}">{link}')
            else:  # furo: a checkbox and its label before an item's own list
                if nested:
                    classes += " has-children"
                if on_path:
                    current_items.append((len(out) + 1, classes))
                out.extend(["<li ", attr("class", classes), ">", link])
                if nested:
                    checkboxes += 1
                    out.append(_furo_toggle(checkboxes, title(doc), checked=on_path))
            if nested:
                level(children, depth + 1, doc)
            out.append("</li>")
        if cut:
            label = "All topics" if parent == root else f"All of {title(parent)}"
            more = attr("class", f"toctree-l{depth + 1} hk-nav-more")
            link_attrs = (
                f"{attr('class', 'reference internal')} {attr('href', uri(parent))}"
            )
            out.append(f"<li {more}><a {link_attrs}>{text(label)}</a></li>")
        out.append("</ul>")

    top = env.toctree_includes.get(root, [])
    if not top:
        return ""
    level(top, 0, root)
    if current_items:  # furo marks the last current item as the page's own
        at, classes = current_items[-1]
        out[at] = attr("class", f"{classes} current-page")
    return "".join(out)


def _plain_attr(name: str, value: str) -> str:
    return f'{name}="{escape(value)}"'


def _furo_text(value: str) -> str:
    """Text as BeautifulSoup's "minimal" formatter writes it (furo's ``str(soup)``)."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _furo_attr(name: str, value: str) -> str:
    """An attribute as that formatter writes it: double quotes, or single ones
    around a value with only double quotes in it, else ``&quot;``."""
    value = _furo_text(value)
    if '"' not in value:
        return f'{name}="{value}"'
    if "'" not in value:
        return f"{name}='{value}'"
    return f'{name}="{value.replace('"', "&quot;")}"'


def _furo_toggle(number: int, title: str, *, checked: bool) -> str:
    """furo's checkbox and label of an item with children (attributes sorted, as
    BeautifulSoup writes them)."""
    name = f"toctree-checkbox-{number}"
    label = _furo_attr("aria-label", f"Toggle navigation of {title}")
    return (
        f"<input {label}{' checked=""' if checked else ''} "
        f'class="toctree-checkbox" id="{name}" name="{name}" role="switch" '
        f'type="checkbox"/><label for="{name}"><span class="icon"><svg>'
        '<use href="#svg-arrow-right"></use></svg></span></label>'
    )


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

    def uri(doc: str) -> str:
        return app.builder.get_relative_uri(pagename, doc)

    # with the speed-ups, furo is given nothing to parse and restyle: its finished
    # markup is written here and put in after furo (speedups/furo_navigation.py)
    styled = setting(app, "speedups") and app.config.html_theme == "furo"
    if styled:
        context[FURO_TREE] = lambda: render(env, pagename, uri, up, furo=True)

    def toctree(**kwargs: Any) -> str:
        if is_furo_full_tree_call(kwargs):
            return "" if styled else render(env, pagename, uri, up)
        return full(**kwargs)

    context["toctree"] = toctree


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", bounded_toctree, priority=400)
