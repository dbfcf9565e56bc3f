"""The keyword index as plain data: which articles use each keyword, and its page name.

Pure Python (no Sphinx): the build and the command line share it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
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
    slugs = _unique_slugs(names)
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


class KeywordIndexer:
    """:func:`keyword_index` kept between builds: :meth:`update` works only on the
    keywords of the articles whose use changed (a long-lived preview saves one
    article at a time), and gives the same index a fresh call would."""

    def __init__(self) -> None:
        self._uses: dict[str, KeywordUse] = {}
        #: key -> docname -> (path, first spelling in that article, primary)
        self._users: dict[str, dict[str, tuple[str, str, bool]]] = {}
        self._names: dict[str, str] = {}
        self._slugs: dict[str, str] = {}
        self._index: dict[str, Keyword] = {}

    def update(self, uses: Mapping[str, KeywordUse]) -> dict[str, Keyword]:
        """The index of *uses* (docname -> its use); the same object as last time
        when no use changed."""
        changed = [
            doc
            for doc, use in uses.items()
            if (old := self._uses.get(doc)) is not use and old != use
        ]
        changed += [doc for doc in self._uses.keys() - uses.keys()]
        if not changed:
            self._uses = dict(uses)
            return self._index
        touched: set[str] = set()
        for doc in changed:
            old = self._uses.get(doc)
            for key in _contributions(old) if old is not None else {}:
                self._users[key].pop(doc)
                touched.add(key)
            new = uses.get(doc)
            for key, value in (_contributions(new) if new is not None else {}).items():
                self._users.setdefault(key, {})[doc] = value
                touched.add(key)
        self._uses = dict(uses)
        keys_before = set(self._names)
        for key in touched:
            users = self._users.get(key)
            if users:
                # the first spelling met in article path order, as keyword_index
                self._names[key] = min(users.values())[1]
            else:
                self._users.pop(key, None)
                self._names.pop(key, None)
        if self._names.keys() != keys_before:
            self._slugs = _unique_slugs(self._names)
        ordered = sorted(self._names, key=lambda k: (self._names[k].casefold(), k))
        index = {}
        for key in ordered:
            kept = self._index.get(key)
            if (
                key not in touched
                and kept is not None
                and kept.slug == self._slugs[key]
            ):
                index[key] = kept
                continue
            users = self._users[key]
            main = {doc for doc, (_, _, primary) in users.items() if primary}
            index[key] = Keyword(
                key=key,
                name=self._names[key],
                slug=self._slugs[key],
                primary=tuple(sorted(main)),
                secondary=tuple(sorted(users.keys() - main)),
            )
        self._index = index
        return index


def _contributions(use: KeywordUse) -> dict[str, tuple[str, str, bool]]:
    """Key -> (path, spelling, primary) of one article, as keyword_index reads it:
    its keywords first, then its secondary ones; the first spelling of a key wins."""
    found: dict[str, tuple[str, str, bool]] = {}
    for word in use.keywords:
        found.setdefault(keyword_key(word), (use.path, word.strip(), True))
    for word in use.secondary_keywords:
        found.setdefault(keyword_key(word), (use.path, word.strip(), False))
    return found


def _unique_slugs(names: Mapping[str, str]) -> dict[str, str]:
    """Key -> slug, ``-2``, ``-3``... on a collision, in key order."""
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
    return slugs
