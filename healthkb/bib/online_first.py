"""The date an article was published online ahead of its issue dates it when the
entry has no year: Web of Science's ``Early Access Date = {SEP 2020}``, and the
online or e-publication date other exporters write (``online-date``,
``epub-date``, ``published-online``). Without it the article reads "[date
unknown]", though its first publication is known."""

from __future__ import annotations

import re

#: fields (lower case, spaced names already hyphenated) that give an online-first date
ONLINE_FIRST_FIELDS = (
    "early-access-date",
    "earlyaccessdate",
    "online-date",
    "onlinedate",
    "epub-date",
    "epubdate",
    "published-online",
    "publishedonline",
    "date-online",
)
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})"
_FORMS = [
    re.compile(rf"^{_YEAR}-(?P<month>\d{{1,2}})(?:-{_DAY})?"),  # 2020-09-10
    re.compile(rf"^(?:{_DAY}\s+)?{_MONTH},?\s+{_YEAR}$"),  # SEP 2020, 10 Sep 2020
    re.compile(rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$"),  # September 10, 2020
    re.compile(rf"^{_YEAR}\s+{_MONTH}(?:\s+{_DAY})?$"),  # 2020 SEP 10
]


def online_first_date(fields: dict[str, str]) -> None:
    """Give *fields* (lower-case names) the year, month and day of an
    online-first date when they have no year."""
    if fields.get("year", "").strip(" {}"):
        return
    for name in ONLINE_FIRST_FIELDS:
        value = fields.get(name, "").strip(" {}")
        for form in _FORMS:
            if match := form.match(value):
                fields["year"] = match["year"]
                fields.setdefault("month", match["month"])
                if match.groupdict().get("day") and not fields.get("day"):
                    fields["day"] = match["day"]
                return
