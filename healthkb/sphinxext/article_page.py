"""What a reader sees around an article: byline and dates under the title, and the
context the templates need for keywords, disclaimer and feedback links."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from docutils import nodes

from healthkb.model.byline import byline_parts, long_date
from healthkb.model.review_history import HistoryEntry
from healthkb.model.settings import setting
from healthkb.sphinxext.incremental.domain import ArticleRecord, get_domain
from healthkb.sphinxext.keyword_terms import article_links

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.writers.html5 import HTML5Translator


class article_header(nodes.General, nodes.Element):
    """Byline, dates and summary, placed right under the article's title."""


def visit_article_header_html(self: HTML5Translator, node: article_header) -> None:
    record: ArticleRecord = node["record"]
    authors = get_domain(self.builder.env).site.authors
    parts = byline_parts(record.meta, authors)
    meta = record.meta
    out = ['<div class="hk-article-header">', '<p class="hk-byline">']
    out.append(f'<span class="hk-label">Written by</span> {_people(parts["authors"])}')
    out.append("</p>")
    if meta.reviewed is None:
        out.append(
            '<p class="hk-review hk-not-reviewed"><span class="hk-label">Not yet reviewed.</span> '
            "This article is new: no editor or clinician has reviewed it since it was written.</p>"
        )
    elif parts["reviewers"]:
        out.append(
            f'<p class="hk-review hk-reviewed"><span class="hk-label">Clinically reviewed by</span> '
            f"{_people(parts['reviewers'])}</p>"
        )
    else:
        out.append(
            '<p class="hk-review hk-not-reviewed"><span class="hk-label">Not yet clinically reviewed.</span> '
            "This article has been checked by our editors but not yet by a clinical reviewer.</p>"
        )
    out.append('<dl class="hk-dates">')
    for label, value, cls in (
        ("Published", meta.published, "published"),
        ("Page last reviewed", meta.reviewed, "reviewed"),
        ("Next review due", meta.review_due, "review-due"),
    ):
        if value is None:
            continue
        out.append(
            f'<div class="hk-date hk-{cls}"><dt>{label}</dt>'
            f'<dd><time datetime="{value.isoformat()}">{long_date(value)}</time></dd></div>'
        )
    out.append("</dl>")
    out += _history(meta.history, authors)
    out.append(f'<p class="hk-summary">{escape(meta.description)}</p>')
    out.append("</div>")
    # whitespace between blocks keeps search snippets readable
    self.body.append("\n".join(out))
    raise nodes.SkipNode


#: the page lists this many recent reviews; the source file keeps them all
HISTORY_SHOWN = 5


def _history(history: tuple[HistoryEntry, ...], authors: dict[str, Any]) -> list[str]:
    """ "What changed": the latest reviews, newest first, with who and what."""
    if not history:
        return []
    out = ['<div class="hk-history"><p class="hk-label">What changed</p><ul>']
    for entry in history[:HISTORY_SHOWN]:
        names = ", ".join(
            escape(authors[k].name if k in authors else k) for k in entry.by
        )
        what = f": {escape(entry.summary)}" if entry.summary else ""
        out.append(
            f'<li><time datetime="{entry.date.isoformat()}">{long_date(entry.date)}'
            f"</time>, reviewed by {names}{what}</li>"
        )
    out.append("</ul></div>")
    return out


def _people(people: list[dict[str, str]]) -> str:
    return ", ".join(
        f'<span class="hk-person"><span class="hk-name">{escape(p["name"])}</span>'
        + (f', <span class="hk-role">{escape(p["role"])}</span>' if p["role"] else "")
        + "</span>"
        for p in people
    )


def skip(self: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


def insert_header(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    record = get_domain(app.env).articles.get(docname)
    section = doctree.next_node(nodes.section)
    if record is None or section is None or not isinstance(section[0], nodes.title):
        return
    section.insert(1, article_header(record=record))


def page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    record = get_domain(app.env).articles.get(pagename)
    if record is None:
        return
    config = app.config
    source = app.env.doc2path(pagename, base=False)
    context["healthkb_article"] = {
        "keywords": list(record.meta.keywords),
        "secondary_keywords": list(record.meta.secondary_keywords),
        "topic": record.topic,
        "disclaimer": setting(config, "disclaimer"),
        "urgent_help": setting(config, "urgent_help"),
        "report_url": setting(config, "report_url").replace("{page}", pagename),
        "edit_url": setting(config, "edit_url").replace("{path}", str(source)),
        **article_links(app, pagename),
    }
    # the description meta tag is written by healthkb.sphinxext.page_head, before OpenGraph


def setup(app: Sphinx) -> None:
    app.add_node(
        article_header,
        html=(visit_article_header_html, None),
        latex=(skip, None),
        text=(skip, None),
        man=(skip, None),
        texinfo=(skip, None),
    )
    app.connect("doctree-resolved", insert_header)
    app.connect("html-page-context", page_context)
