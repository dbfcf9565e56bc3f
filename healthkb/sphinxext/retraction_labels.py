"""Readers see a cited source's retraction, withdrawal, correction or expression of
concern next to the reference: "Retracted (notice: doi:…)" before the reference in the
article's list and on the sources page. It is text (WCAG 2.2: never colour alone),
with a link to the notice's DOI.

The standing comes from :mod:`healthkb.rules.retraction_rules` (the verdict the checks
report), so the label and the error can never disagree. An article's references are
footnotes sphinxcontrib-bibtex made while reading it, so the label is added at
``doctree-read``; the article is read again whenever a cited source's standing
changes, because the standing is part of the entry fingerprints
(:mod:`healthkb.sphinxext.incremental.bib_changes`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from docutils import nodes

from healthkb.rules.retraction_rules import LABELS, Standing
from healthkb.sphinxext.incremental.domain import get_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def notice_label(standing: Standing) -> nodes.inline | None:
    """``Retracted (notice: doi:…).`` for the notices readers see, or None."""
    shown = standing.shown
    if not shown:
        return None
    label = nodes.inline(
        classes=["hk-notice", f"hk-notice-{shown[0].status.split()[-1]}"]
    )
    label += nodes.strong(text=LABELS[shown[0].status])
    linked = [n for n in shown if n.notice_doi]
    if linked:
        label += nodes.Text(" (notice: ")
        for index, notice in enumerate(linked):
            if index:
                label += nodes.Text(", ")
            uri = f"https://doi.org/{quote(notice.notice_doi, safe='/:;()._-<>')}"
            label += nodes.reference(
                "", f"doi:{notice.notice_doi}", refuri=uri, internal=False
            )
        label += nodes.Text("). ")
    else:
        label += nodes.Text(f" (according to {shown[0].source}). ")
    return label


def _footcite_name(app: Sphinx, key: str) -> str:
    # sphinxcontrib-bibtex names each footnote this way (foot_roles.py)
    template = app.config.bibtex_footcite_id or "footcite-{key}"
    return nodes.make_id(template.format(footbibliography_count=1, key=key))


def label_references(app: Sphinx, doctree: nodes.document) -> None:
    domain = get_domain(app.env)
    keys = domain.cites.get(app.env.docname, ())
    standings = domain.site.standings
    by_name = {
        _footcite_name(app, key): standings[key]
        for key in keys
        if key in standings and standings[key].notices
    }
    if not by_name:
        return
    for footnote in doctree.findall(nodes.footnote):
        standing = next((by_name[n] for n in footnote["names"] if n in by_name), None)
        paragraph = next(iter(footnote.findall(nodes.paragraph)), None)
        label = notice_label(standing) if standing else None
        if label is not None and paragraph is not None:
            paragraph.insert(0, label)


def setup(app: Sphinx) -> None:
    app.connect("doctree-read", label_references)
