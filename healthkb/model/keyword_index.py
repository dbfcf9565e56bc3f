"""The keyword index as plain data: which articles use each keyword, and its page name.

Pure Python (no Sphinx): the build and the command line share it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from healthkb.model.article import keyword_key

KEYWORDS_DIR = "keywords"
#: page name of the A–Z keyword page
KEYWORDS_INDEX = f"{KEYWORDS_DIR}/index"


@dataclass(frozen=True)
class Keyword:
    """One keyword of the site and the articles that use it."""

    key: str
    #: the first spelling met, in article path order
    name: str
    slug: str
    #: docnames that list it as a primary keyword, sorted
    primary: tuple[str, ...]
    #: docnames that list it as a secondary keyword only, sorted
    secondary: tuple[str, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted(self.primary + self.secondary))

    @property
    def pagename(self) -> str:
        return f"{KEYWORDS_DIR}/{self.slug}"

    @property
    def letter(self) -> str:
        """The A–Z heading it is listed under ("#" for digits and symbols)."""
        first = _ascii(self.name)[:1].upper()
        return first if first.isalpha() else "#"


@dataclass(frozen=True)
class KeywordUse:
    """What the index needs from one article."""

    docname: str
    path: str
    keywords: tuple[str, ...]
    secondary_keywords: tuple[str, ...] = ()


def keyword_slug(name: str) -> str:
    """``Treatment-resistant depression`` -> ``treatment-resistant-depression``.

    Lowercase ASCII; every other character becomes '-' (accents are dropped first).
    """
    slug = re.sub(r"[^a-z0-9]+", "-", _ascii(keyword_key(name))).strip("-")
    return slug or "keyword"


def _ascii(text: str) -> str:
    return (
        unicodedata.normalize("NFKD", text)
        .encode("ascii", "ignore")
        .decode("ascii")
        .lower()
    )


def keyword_index(uses: Iterable[KeywordUse]) -> dict[str, Keyword]:
    """Every keyword (by :func:`keyword_key`), sorted by name; slugs are unique.

    Two keywords whose slugs collide (say ``STAR*D`` and ``Star D``) get ``-2``,
    ``-3``... in key order, so page names do not depend on reading order.
    """
    names: dict[str, str] = {}
    primary: dict[str, set[str]] = {}
    secondary: dict[str, set[str]] = {}
    for use in sorted(uses, key=lambda u: u.path):
        for words, bucket in (
            (use.keywords, primary),
            (use.secondary_keywords, secondary),
        ):
            for word in words:
                key = keyword_key(word)
                names.setdefault(key, word.strip())
                bucket.setdefault(key, set()).add(use.docname)
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for key in sorted(names):
        base = slug = keyword_slug(key)
        n = 1
        while slug in taken or slug == "index":
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[key] = slug
    ordered = sorted(names, key=lambda k: (names[k].casefold(), k))
    result = {}
    for key in ordered:
        main = primary.get(key, set())
        result[key] = Keyword(
            key=key,
            name=names[key],
            slug=slugs[key],
            primary=tuple(sorted(main)),
            secondary=tuple(sorted(secondary.get(key, set()) - main)),
        )
    return result
