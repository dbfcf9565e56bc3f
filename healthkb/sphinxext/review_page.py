"""The editors' "Review status" page: a directive filled in from domain data.

``healthkb-review-status`` leaves a placeholder node at read time; a collector records
which documents have one (purged and merged per document, so ``-j`` works); after
every read those documents are rewritten (``env-updated``), and ``doctree-resolved``
replaces the placeholder with a table of every article by next review date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from healthkb.model.review_status import DUE_SOON_DAYS, STATUS_LABELS, review_rows
from healthkb.sphinxext.incremental.domain import get_domain, register_per_doc

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

_KEY = "review_pages"


class review_status_list(nodes.General, nodes.Element):  # noqa: N801 - docutils style
    """Placeholder for the review table."""


class ReviewStatusDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        return [review_status_list()]


def _pages(env: BuildEnvironment) -> dict[str, bool]:
    return get_domain(env).data.setdefault(_KEY, {})


def note_review_pages(app: Sphinx, doctree: nodes.document) -> None:
    """Remember which pages hold a review table (purged and merged by the domain)."""
    if next(iter(doctree.findall(review_status_list)), None) is not None:
        _pages(app.env)[app.env.docname] = True


def rewrite_review_pages(app: Sphinx, env: BuildEnvironment) -> list[str]:
    # the table depends on every article, so rewrite it after every read
    return sorted(_pages(env))


def fill_review_tables(app: Sphinx, doctree: nodes.document, fromdocname: str) -> None:
    placeholders = list(doctree.findall(review_status_list))
    if not placeholders:
        return
    domain = get_domain(app.env)
    today = domain.site.settings.effective_today()
    records = [domain.articles[d] for d in sorted(domain.articles)]
    rows = review_rows(((r.docname, r.path, r.title, r.meta) for r in records), today)
    for placeholder in placeholders:
        placeholder.replace_self(_table(app, fromdocname, rows, today))


def _table(
    app: Sphinx, fromdocname: str, rows: list[Any], today: Any
) -> list[nodes.Node]:
    counts = {s: sum(r.status == s for r in rows) for s in STATUS_LABELS}
    intro = nodes.paragraph(
        text=f"On {today.isoformat()}: {counts['overdue']} overdue, "
        f"{counts['due-soon']} due within {DUE_SOON_DAYS} days, "
        f"{counts['fine']} up to date."
    )
    table = nodes.table(classes=["hk-review-status"])
    group = nodes.tgroup(cols=4)
    table += group
    for width in (50, 16, 16, 18):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    head += _row(
        [nodes.Text(t) for t in ("Article", "Next review", "Last reviewed", "Status")]
    )
    body = nodes.tbody()
    group += body
    for r in rows:
        link = nodes.reference(
            "",
            r.title or r.docname,
            internal=True,
            refuri=app.builder.get_relative_uri(fromdocname, r.docname),
        )
        status = nodes.inline(
            text=STATUS_LABELS[r.status], classes=[f"hk-review-{r.status}"]
        )
        body += _row(
            [
                link,
                nodes.Text(r.review_due.isoformat()),
                nodes.Text(
                    r.reviewed.isoformat() if r.reviewed else "Not yet reviewed"
                ),
                status,
            ],
            classes=[f"hk-review-{r.status}"],
        )
    return [intro, table]


def _row(cells: list[nodes.Node], classes: list[str] | None = None) -> nodes.row:
    row = nodes.row(classes=classes or [])
    for content in cells:
        entry = nodes.entry()
        entry += nodes.paragraph("", "", content)
        row += entry
    return row


def setup(app: Sphinx) -> None:
    register_per_doc("review_pages", __name__)
    app.add_node(review_status_list)
    app.add_directive("healthkb-review-status", ReviewStatusDirective)
    app.connect("doctree-read", note_review_pages)
    app.connect("env-updated", rewrite_review_pages)
    app.connect("doctree-resolved", fill_review_tables)
