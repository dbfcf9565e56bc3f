"""Choose an imported article's keywords: the site's spellings, the best ten kept."""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthkb.importer.keyword_suggest import suggest
from healthkb.model.article import MAX_KEYWORDS, keyword_key

#: primary keywords taken from the ranked list when a draft has only secondary ones
PROMOTED = 3


@dataclass(frozen=True)
class KeywordChoice:
    keywords: list[str]
    secondary: list[str]
    #: ranked below the best ten: reported, not written
    left_out: list[str]
    #: (draft's spelling, site's spelling) for each keyword written the site's way
    respelt: list[tuple[str, str]]
    #: the draft had only secondary keywords: these became the main ones
    promoted: list[str]


def choose_keywords(
    keywords: list[str],
    secondary: list[str],
    site_spellings: dict[str, str],
    text: str,
) -> KeywordChoice:
    """
    :param site_spellings: keyword_key -> the spelling other articles use
    :param text: the article's prose, for ranking
    """
    respelt: list[tuple[str, str]] = []
    by_variant: dict[str, str] = {}
    for site_word in site_spellings.values():
        by_variant.setdefault(variant_key(site_word), site_word)

    def spelt(word: str) -> str:
        site = site_spellings.get(keyword_key(word)) or by_variant.get(
            variant_key(word)
        )
        if site and site != word:
            respelt.append((word, site))
        return site or word

    seen: set[str] = set()

    def unique(words: list[str]) -> list[str]:
        out = []
        for word in map(spelt, words):
            if variant_key(word) not in seen:
                seen.add(variant_key(word))
                out.append(word)
        return out

    primary = unique(keywords)
    rest = _ranked(unique(secondary), text)
    promoted: list[str] = []
    if not primary:
        primary, rest = rest[:PROMOTED], rest[PROMOTED:]
        promoted = primary
    room = max(0, MAX_KEYWORDS - len(primary))
    kept_primary = primary[:MAX_KEYWORDS]
    return KeywordChoice(
        kept_primary,
        rest[:room],
        primary[MAX_KEYWORDS:] + rest[room:],
        respelt,
        promoted,
    )


def variant_key(keyword: str) -> str:
    """What two spellings of one keyword share: case, punctuation, hyphens, spaces
    and a plural ending do not count ("STAR-D"/"STAR*D", "neuro-modulation"/
    "Neuromodulation", "registries"/"Registry", "antidepressant"/"Antidepressants")."""
    words = re.findall(r"[^\W_]+", keyword.casefold())
    return "".join(_singular(word) for word in words)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _ranked(words: list[str], text: str) -> list[str]:
    """Most relevant first: the suggester's rank, then how often the words occur."""
    if not words or not text.strip():
        return words
    ranks = {
        keyword_key(s.keyword): s.rank for s in suggest(text, {}, tuple(words), 40)
    }
    folded = text.casefold()

    def score(item: tuple[int, str]) -> tuple[int, int, int]:
        index, word = item
        hits = len(re.findall(r"\b" + re.escape(word.casefold()) + r"\b", folded))
        return (ranks.get(keyword_key(word), 10_000), -hits, index)

    return [word for _, word in sorted(enumerate(words), key=score)]
