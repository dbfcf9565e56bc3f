"""Which articles need review: overdue, due within 90 days, or fine. Pure data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from healthkb.model.article import ArticleMeta

DUE_SOON_DAYS = 90
STATUS_LABELS = {
    "overdue": "Overdue",
    "due-soon": f"Due within {DUE_SOON_DAYS} days",
    "fine": "Up to date",
    "not-reviewed": "Not yet reviewed",
}


@dataclass(frozen=True)
class ReviewRow:
    docname: str
    path: str
    title: str
    #: None: never reviewed
    reviewed: date | None
    review_due: date
    #: "overdue", "due-soon", "fine" or "not-reviewed"
    status: str
    #: days until the review is due (negative: days overdue)
    days: int
    reviewers: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


def status_of(review_due: date, today: date) -> str:
    """The state of an article that was reviewed (one never reviewed is
    "not-reviewed", whatever its first review date)."""
    if review_due < today:
        return "overdue"
    if (review_due - today).days <= DUE_SOON_DAYS:
        return "due-soon"
    return "fine"


def review_rows(
    articles: Iterable[tuple[str, str, str, ArticleMeta]], today: date
) -> list[ReviewRow]:
    """Rows for (docname, path, title, meta), soonest review first."""
    rows = [
        ReviewRow(
            docname,
            path,
            title,
            meta.reviewed,
            meta.review_due,
            status_of(meta.review_due, today) if meta.reviewed else "not-reviewed",
            (meta.review_due - today).days,
            meta.reviewers,
        )
        for docname, path, title, meta in articles
    ]
    return sorted(rows, key=lambda r: (r.review_due, r.path))
