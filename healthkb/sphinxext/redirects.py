"""A small page at every old address in ``moved.yml`` that sends readers on.

Each page has a ``<meta>`` refresh (allowed by the site's Content-Security-Policy,
which it carries: no script runs), a canonical link and a plain link to the new page,
and ``noindex``; it is not a Sphinx document, so it is in neither the sitemap nor the
search index. The target is always a page this build has just written: an entry that
names anything else is a warning (file and line) and gets no page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from healthkb.model.moves import MOVED_FILE, Moves, final_target, parse_moves
from healthkb.problems import problem
from healthkb.sphinxext.incremental.domain import get_domain
from healthkb.sphinxext.page_head import csp_policy
from healthkb.sphinxext.problem_log import report

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: first line of every page this module writes: it only ever replaces its own pages
MARK = "<!DOCTYPE html><!-- healthkb: page moved or removed -->"
_PAGE = (
    MARK
    + """
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
{head}</head>
<body data-pagefind-ignore="all">
<main>
<h1>{title}</h1>
<p>{text}</p>
</main>
</body>
</html>
"""
)


def load_moves(app: Sphinx) -> Moves:
    file = Path(app.srcdir) / MOVED_FILE
    if not file.is_file():
        return Moves()
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        moves = Moves()
        moves.problems.append(
            problem(MOVED_FILE, 1, "moved", f"cannot be read ({exc}): save it as UTF-8")
        )
        return moves
    return parse_moves(text)


def write_redirects(app: Sphinx) -> list[Any]:
    """Write the pages (html-collect-pages: after the documents, before Pagefind)."""
    builder: Any = app.builder
    if builder.format != "html" or builder.name == "singlehtml":
        return []
    moves = load_moves(app)
    report(app.env, moves.problems)
    found = app.env.found_docs
    articles = get_domain(app.env).site.settings.articles_dir + "/"
    for old in sorted(moves.targets):
        line = moves.lines[old]
        target = Path(builder.get_outfilename(old))
        if not old.startswith(articles) or (
            target.exists() and not _ours(target) and old not in found
        ):
            _warn(
                app,
                f"'{old}' is not the address of a former article (those start with "
                f"'{articles}'): only moved or removed articles get a page",
                line,
            )
            continue
        if old in found:
            _warn(
                app,
                f"'{old}' is a page of the site again, so it is not redirected: "
                f"remove its line from {MOVED_FILE}",
                line,
            )
            continue
        new = final_target(moves, old)
        if moves.targets[old] is not None and new is None:
            _warn(app, f"'{old}' moves in a loop: fix {MOVED_FILE}", line)
            continue
        if new is not None and new not in found:
            _warn(
                app,
                f"'{old}' moves to '{new}', which is not a page of the site: "
                "give the new page's address (articles/topic/name)",
                line,
            )
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_page(app, old, new), encoding="utf-8")
    return []


def _page(app: Sphinx, old: str, new: str | None) -> str:
    builder: Any = app.builder
    lang = escape(app.config.language or "en")
    csp = escape(csp_policy(app))
    if new is None:
        home = escape(builder.get_relative_uri(old, app.config.root_doc))
        return _PAGE.format(
            lang=lang,
            csp=csp,
            title="This page was removed",
            head="",
            text=f'This page is no longer part of the site. <a href="{home}">Go to '
            "the home page</a> to find what you were looking for.",
        )
    relative = escape(builder.get_relative_uri(old, new))
    base = app.config.html_baseurl
    canonical = escape(base + builder.get_target_uri(new)) if base else relative
    title = app.env.titles[new].astext() if new in app.env.titles else new
    return _PAGE.format(
        lang=lang,
        csp=csp,
        title="This page has moved",
        head=f'<link rel="canonical" href="{canonical}">\n'
        f'<meta http-equiv="refresh" content="0; url={relative}">\n',
        text=f'It is now at <a href="{relative}">{escape(title)}</a>.',
    )


def _ours(file: Path) -> bool:
    with file.open(encoding="utf-8", errors="replace") as handle:
        return handle.read(len(MARK)) == MARK


def _warn(app: Sphinx, message: str, line: int) -> None:
    report(app.env, [problem(MOVED_FILE, line, "moved", message)])


def setup(app: Sphinx) -> None:
    # after stale_output (same event, registered earlier) removed the old page
    app.connect("html-collect-pages", write_redirects, priority=600)
