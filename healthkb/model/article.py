"""The article schema: validate front matter into a frozen :class:`ArticleMeta`.

Pure Python, shared by the Sphinx extension and the ``healthkb`` command.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from healthkb.model.authors import unknown_author
from healthkb.model.front_matter import FrontMatter
from healthkb.model.review_history import HistoryEntry, parse_history
from healthkb.problems import RULES, Problem, problem
from healthkb.rules.content_rules import html_in_text

REQUIRED = ("description", "authors", "published", "keywords")
OPTIONAL = (
    "reviewed",  # absent: never reviewed (a new article has no review date)
    "reviewers",
    "review-due",
    "secondary-keywords",
    "related",
    "silence",
    "orphan",
    "history",
    "retracted-sources",
)
KNOWN = REQUIRED + OPTIONAL
#: Front-matter keys MyST reads as per-file parser settings or page-head tags: a file
#: could re-enable raw HTML or add a redirect, so articles may not use them.
PARSER_KEYS = frozenset({"myst", "mystnb", "html_meta", "substitutions"})
MIN_KEYWORDS, MAX_KEYWORDS = 3, 10
MAX_KEYWORD_CHARS = 80
#: an instruction ("Pick from these when you publish:") or a table's piece ("| --- |")
_NOT_A_KEYWORD = re.compile(r"[|;]|:\s*$")
#: dates outside these years are typing mistakes (and 9999-12-31 + a year overflows)
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_DESCRIPTION = 160
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ArticleMeta:
    """What an article declares about itself, validated."""

    description: str
    authors: tuple[str, ...]
    reviewers: tuple[str, ...]
    published: date
    #: None: never reviewed (a new article has no review date)
    reviewed: date | None
    review_due: date
    keywords: tuple[str, ...]
    secondary_keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    #: rule id -> the editor's reason for silencing it in this article
    silence: dict[str, str] = field(default_factory=dict)
    #: the recorded reviews, newest first
    history: tuple[HistoryEntry, ...] = ()
    #: citation key of a retracted or withdrawn source -> why the article still cites it
    retracted_sources: dict[str, str] = field(default_factory=dict)
    #: file line of each ``retracted-sources`` entry
    retracted_lines: dict[str, int] = field(default_factory=dict, compare=False)
    #: file line of each front-matter field, for problems found across articles
    lines: dict[str, int] = field(default_factory=dict, compare=False)

    def line_of(self, key: str) -> int:
        return self.lines.get(key, 1)

    @property
    def last_changed(self) -> date:
        """The last review, or the publication date of an article never reviewed."""
        return self.reviewed or self.published

    @property
    def all_keywords(self) -> tuple[str, ...]:
        return self.keywords + self.secondary_keywords


@lru_cache(maxsize=1 << 16)  # every keyword of every article, on every build
def keyword_key(keyword: str) -> str:
    """The identity of a keyword: case and spacing do not matter."""
    return " ".join(keyword.casefold().replace("-", " ").split())


def parse_article_meta(
    path: str,
    front: FrontMatter,
    *,
    known_authors: Collection[str],
    review_interval_days: int = 365,
) -> tuple[ArticleMeta | None, list[Problem]]:
    """Validate *front* (parsed front matter of the file *path*).

    :returns: the metadata (``None`` if a required field is unusable) and the problems.
    """
    data, problems = front.data, []

    def at(key: str) -> int:
        return front.line_of(key)

    for key in REQUIRED:
        if key not in data or data[key] in (None, "", []):
            problems.append(
                problem(
                    path,
                    front.start,
                    "field-missing",
                    f"the required field '{key}' is missing: {_HELP[key]}",
                )
            )
    problems += parser_key_problems(path, front)
    for key in data:
        if key in PARSER_KEYS:
            continue
        if key not in KNOWN:
            close = difflib.get_close_matches(key, KNOWN, n=1)
            hint = (
                f"did you mean '{close[0]}'?"
                if close
                else f"the fields are: {', '.join(KNOWN)}"
            )
            if key == "title":
                hint = "the title is the article's first '# ' heading, not a field: remove this line"
            problems.append(
                problem(
                    path, at(key), "field-unknown", f"unknown field '{key}': {hint}"
                )
            )

    description = _text(data, "description", path, at, problems)
    if description and len(description) > MAX_DESCRIPTION:
        problems.append(
            problem(
                path,
                at("description"),
                "description",
                f"the description is {len(description)} characters: keep it to {MAX_DESCRIPTION} "
                "or fewer so search results show it whole",
            )
        )
    authors = _keys(data, "authors", path, at, problems, known_authors)
    reviewers = _keys(data, "reviewers", path, at, problems, known_authors)
    published = _date(data, "published", path, at, problems)
    reviewed = _date(data, "reviewed", path, at, problems)
    review_due = _date(data, "review-due", path, at, problems)
    if published and reviewed and reviewed < published:
        problems.append(
            problem(
                path,
                at("reviewed"),
                "date",
                f"'reviewed' ({reviewed}) is before 'published' ({published}): "
                "an article cannot be reviewed before it is published",
            )
        )
    if review_due is None and "review-due" not in data and (reviewed or published):
        # the first review is due one interval after publication
        start = reviewed or published
        assert start is not None
        review_due = start + timedelta(days=review_interval_days)
    elif reviewed and review_due and review_due <= reviewed:
        problems.append(
            problem(
                path,
                at("review-due"),
                "date",
                f"'review-due' ({review_due}) must be after 'reviewed' ({reviewed})",
            )
        )
    keywords = _strings(data, "keywords", path, at, problems)
    secondary = _strings(data, "secondary-keywords", path, at, problems)
    for key, values in (
        ("description", [description or ""]),
        ("keywords", keywords),
        ("secondary-keywords", secondary),
    ):
        for value in values:
            problems += html_in_text(path, at(key), key, value)
    problems += _check_keywords(path, at, keywords, secondary)
    # a keyword names its page's file: an overlong one would take the build down
    keywords = [k for k in keywords if len(k) <= MAX_KEYWORD_CHARS]
    secondary = [k for k in secondary if len(k) <= MAX_KEYWORD_CHARS]
    related = _strings(data, "related", path, at, problems)
    silence = _silence(data, path, at, problems)

    def item_at(key: str) -> int:
        return front.item_lines.get((RETRACTED, key), at(RETRACTED))

    retracted = _retracted_sources(data, path, at, item_at, problems)
    history, history_problems = parse_history(
        path,
        data.get("history"),
        at("history"),
        known_authors=known_authors,
        reviewed=reviewed,
    )
    problems += history_problems

    if (
        description is None
        or not authors
        or not (published and review_due)
        or not keywords
    ):
        return None, problems
    meta = ArticleMeta(
        description=description,
        authors=tuple(authors),
        reviewers=tuple(reviewers),
        published=published,
        reviewed=reviewed,
        review_due=review_due,
        keywords=tuple(keywords),
        secondary_keywords=tuple(secondary),
        related=tuple(related),
        silence=silence,
        history=history,
        retracted_sources=retracted,
        retracted_lines={key: item_at(key) for key in retracted},
        lines=dict(front.lines),
    )
    return meta, problems


def parser_key_problems(path: str, front: FrontMatter) -> list[Problem]:
    """An error for each front-matter key that would change parsing or the page head."""
    return [
        problem(
            path,
            front.line_of(key),
            "parser-settings",
            f"'{key}' in the front matter would change how this page is read or what its HTML head "
            "contains, which pages may not do: remove it (the site's settings apply to every page)",
        )
        for key in front.data
        if key in PARSER_KEYS
    ]


_HELP = {
    "description": "add 'description: ' with one or two plain sentences about the article",
    "authors": "add 'authors: [key]' with keys from authors.yml",
    "published": "add 'published: YYYY-MM-DD', the date the article was first published",
    "reviewed": "add 'reviewed: YYYY-MM-DD', the date of the last editorial or clinical review",
    "keywords": "add 'keywords: [First, Second, Third]' with the article's main keywords",
}


def _text(
    data: dict[str, Any], key: str, path: str, at: Any, problems: list[Problem]
) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        problems.append(
            problem(
                path,
                at(key),
                "field-type",
                f"'{key}' must be text, not {_kind(value)}: write it on one line",
            )
        )
        return None
    return " ".join(value.split())


def _strings(
    data: dict[str, Any], key: str, path: str, at: Any, problems: list[Problem]
) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str) and "," in value:
        # 'keywords: A, B, C' is one string: the site would make one joined keyword
        items = ", ".join(part.strip() for part in value.split(",") if part.strip())
        problems.append(
            problem(
                path,
                at(key),
                "field-type",
                f"'{key}' is one text with commas, not a list: write it in square "
                f"brackets, '{key}: [{items}]'",
            )
        )
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
    ):
        problems.append(
            problem(
                path,
                at(key),
                "field-type",
                f"'{key}' must be a list of words or phrases like [First, Second], not {_kind(value)}",
            )
        )
        return []
    return [" ".join(str(v).split()) for v in value if str(v).strip()]


def _keys(
    data: dict[str, Any],
    key: str,
    path: str,
    at: Any,
    problems: list[Problem],
    known: Collection[str],
) -> list[str]:
    keys = _strings(data, key, path, at, problems)
    problems += [
        unknown_author(path, at(key), k, f"'{key}'", known)
        for k in keys
        if k not in known
    ]
    return [k for k in keys if k in known]


def _date(
    data: dict[str, Any], key: str, path: str, at: Any, problems: list[Problem]
) -> date | None:
    value = data.get(key)
    if value is None:
        return None
    text = str(value).strip()
    if not isinstance(value, str | int) or not _ISO_DATE.match(text):
        problems.append(
            problem(
                path,
                at(key),
                "date",
                f"'{key}' must be a date written YYYY-MM-DD (e.g. 2026-11-26), not '{text}'",
            )
        )
        return None
    try:
        parsed = date.fromisoformat(text)
    except ValueError as exc:
        problems.append(
            problem(
                path, at(key), "date", f"'{key}' is not a real date ({text}: {exc})"
            )
        )
        return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        problems.append(
            problem(
                path,
                at(key),
                "date",
                f"'{key}' ({text}) is not a plausible date: write the real date, YYYY-MM-DD",
            )
        )
        return None
    return parsed


def _check_keywords(
    path: str, at: Any, keywords: list[str], secondary: list[str]
) -> list[Problem]:
    problems = []
    total = len(keywords) + len(secondary)
    if keywords and not MIN_KEYWORDS <= total <= MAX_KEYWORDS:
        problems.append(
            problem(
                path,
                at("keywords"),
                "keywords",
                f"the article has {total} keywords: give {MIN_KEYWORDS} to {MAX_KEYWORDS} in "
                "'keywords' and 'secondary-keywords' together",
            )
        )
    seen: dict[str, str] = {}
    for field_name, words in (
        ("keywords", keywords),
        ("secondary-keywords", secondary),
    ):
        for word in words:
            if len(word) > MAX_KEYWORD_CHARS:
                problems.append(
                    problem(
                        path,
                        at(field_name),
                        "keywords",
                        f"the keyword '{word[:40]}…' is {len(word)} characters long: a "
                        f"keyword is a few words, at most {MAX_KEYWORD_CHARS} characters",
                    )
                )
                continue
            if _NOT_A_KEYWORD.search(word):
                # an imported list's intro line or a table's piece ("Pick from
                # these:", "| --- |") would become a published keyword page
                problems.append(
                    problem(
                        path,
                        at(field_name),
                        "keywords",
                        f"'{word[:40]}' is not a keyword (it has '|' or ';' or ends "
                        "with ':'): remove it, or write the keyword on its own",
                    )
                )
                continue
            key = keyword_key(word)
            if key in seen:
                problems.append(
                    problem(
                        path,
                        at(field_name),
                        "keywords",
                        f"the keyword '{word}' is listed twice ({seen[key]}): keep it once",
                    )
                )
            else:
                seen[key] = field_name
    return problems


def _silence(
    data: dict[str, Any], path: str, at: Any, problems: list[Problem]
) -> dict[str, str]:
    value = data.get("silence")
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(
            problem(
                path,
                at("silence"),
                "silence",
                "'silence' must map a rule id to the reason, e.g. 'silence: {readability: quotes a "
                "technical trial name}'",
            )
        )
        return {}
    result = {}
    for rule, reason in value.items():
        if str(rule) not in RULES or RULES[str(rule)].level == "error":
            problems.append(
                problem(
                    path,
                    at("silence"),
                    "silence",
                    f"'{rule}' cannot be silenced: only warnings can, with a reason",
                )
            )
        elif not isinstance(reason, str) or not reason.strip():
            problems.append(
                problem(
                    path,
                    at("silence"),
                    "silence",
                    f"give a reason for silencing '{rule}'",
                )
            )
        else:
            result[str(rule)] = reason.strip()
    return result


RETRACTED = "retracted-sources"


def _retracted_sources(
    data: dict[str, Any],
    path: str,
    at: Any,
    item_at: Any,
    problems: list[Problem],
) -> dict[str, str]:
    """``retracted-sources:``: citation key -> why a retracted source is still cited
    (healthkb.rules.retraction_rules judges it against the retraction data)."""
    value = data.get(RETRACTED)
    if value is None:
        return {}
    example = (
        f"'{RETRACTED}' must map each retracted source's citation key to the reason "
        "the article still cites it, e.g.\n  retracted-sources:\n    "
        "wakefield1998ileal: the article explains why this retracted study misled parents"
    )
    if not isinstance(value, dict):
        problems.append(problem(path, at(RETRACTED), "field-type", example))
        return {}
    result = {}
    for key, reason in value.items():
        if not isinstance(reason, str) or not reason.strip():
            problems.append(
                problem(
                    path,
                    item_at(str(key)),
                    "field-type",
                    f"give the reason the article still cites the retracted source "
                    f"'{key}', like  {key}: the article explains why it was retracted",
                )
            )
            continue
        problems += html_in_text(path, item_at(str(key)), RETRACTED, reason)
        result[str(key)] = " ".join(reason.split())
    return result


def _kind(value: object) -> str:
    return {
        dict: "a mapping (key: value pairs)",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
    }.get(type(value), type(value).__name__)
