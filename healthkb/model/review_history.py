"""The ``history:`` front-matter list: one entry per review (date, reviewer, summary).

``healthkb review`` appends the entries; the page shows them as "What changed"; the
checks make sure the latest ``reviewed`` date has its entry and every reviewer is in
``authors.yml``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from healthkb.model.authors import unknown_author
from healthkb.problems import Problem, problem

#: the keys of one entry; ``summary`` may be left out
ENTRY_KEYS = ("date", "by", "summary")
MAX_SUMMARY = 300


@dataclass(frozen=True)
class HistoryEntry:
    date: date
    by: tuple[str, ...]
    summary: str = ""


def parse_history(
    path: str,
    value: Any,
    line: int,
    *,
    known_authors: Collection[str],
    reviewed: date | None,
) -> tuple[tuple[HistoryEntry, ...], list[Problem]]:
    """Validate a ``history:`` value (found on file line *line*), newest first."""
    if value is None:
        return (), []
    if not isinstance(value, list):
        return (), [_bad(path, line, "'history' must be a list of reviews")]
    entries: list[HistoryEntry] = []
    problems: list[Problem] = []
    for number, item in enumerate(value, 1):
        entry = _entry(path, line, number, item, known_authors, problems)
        if entry is not None:
            entries.append(entry)
    entries.sort(key=lambda e: e.date, reverse=True)
    if (
        reviewed
        and value
        and not problems
        and reviewed not in {e.date for e in entries}
    ):
        problems.append(
            problem(
                path,
                line,
                "review-history",
                f"'reviewed' is {reviewed} but 'history' has no review on that date: "
                "record reviews with 'healthkb review' (or add an entry with that date, "
                "who reviewed and what changed)",
            )
        )
    return tuple(entries), problems


def _entry(
    path: str,
    line: int,
    number: int,
    item: Any,
    known: Collection[str],
    problems: list[Problem],
) -> HistoryEntry | None:
    where = f"review {number} in 'history'"
    if not isinstance(item, dict):
        problems.append(_bad(path, line, f"{where} must be 'date', 'by' and 'summary'"))
        return None
    unknown = [str(k) for k in item if str(k) not in ENTRY_KEYS]
    if unknown:
        problems.append(
            _bad(
                path,
                line,
                f"{where} has unknown keys ({', '.join(unknown)}): "
                f"use {', '.join(ENTRY_KEYS)}",
            )
        )
    try:
        when = date.fromisoformat(str(item.get("date", "")).strip())
    except ValueError:
        problems.append(_bad(path, line, f"{where} needs 'date: YYYY-MM-DD'"))
        return None
    by = item.get("by")
    keys = [by] if isinstance(by, str) else by
    if (
        not isinstance(keys, list)
        or not keys
        or not all(isinstance(k, str) for k in keys)
    ):
        problems.append(
            _bad(path, line, f"{where} needs 'by:' with a key from authors.yml")
        )
        return None
    problems += [
        unknown_author(path, line, k, where, known) for k in keys if k not in known
    ]
    summary = item.get("summary", "")
    if not isinstance(summary, str):
        problems.append(_bad(path, line, f"{where}: 'summary' must be text"))
        summary = ""
    summary = " ".join(summary.split())
    if len(summary) > MAX_SUMMARY:
        problems.append(
            _bad(
                path,
                line,
                f"{where}: the summary is {len(summary)} characters; keep it to "
                f"{MAX_SUMMARY} (one or two sentences)",
            )
        )
    return HistoryEntry(when, tuple(keys), summary)


def _bad(path: str, line: int, message: str) -> Problem:
    return problem(path, line, "review-history", message)


def latest_change(history: tuple[HistoryEntry, ...], reviewed: date) -> str:
    """ "Reviewed on …: what changed. " for a feed entry, when the last review has a
    summary (so a re-reviewed article says why it is back at the top)."""
    if history and history[0].date == reviewed and history[0].summary:
        return f"Reviewed {reviewed.isoformat()}: {history[0].summary} "
    return ""
