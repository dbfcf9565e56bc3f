"""Suggest keywords from an article's text (YAKE), matched against the site's keywords.

Editors should reuse a keyword the site already has rather than invent a variant, so
each suggestion says whether (and how) the site spells it already; identity is
:func:`healthkb.model.article.keyword_key` (case, hyphens and spacing do not count).
"""

from __future__ import annotations

from dataclasses import dataclass

from healthkb.model import markdown_scan as scan
from healthkb.model.article import keyword_key
from healthkb.rules.readability import prose_text


@dataclass(frozen=True)
class Suggestion:
    rank: int
    keyword: str
    #: YAKE score: lower is more relevant
    score: float
    #: the site's spelling if another article uses it, else ""
    site_spelling: str = ""
    #: articles (paths) that use it
    used_by: tuple[str, ...] = ()
    #: the article lists it already
    in_article: bool = False


def article_text(body: str, first_line: int) -> str:
    """Title, headings and prose: what a reader reads, with the headings that name "
    "it."""
    headings = [f"{text}." for _, _, text in scan.headings(body, first_line)]
    return "\n".join([*headings, prose_text(body, first_line)])


def suggest(
    text: str,
    site_keywords: dict[str, dict[str, str]],
    own: tuple[str, ...] = (),
    top: int = 15,
) -> list[Suggestion]:
    """Rank keyword candidates in *text*.

    :param site_keywords: keyword_key -> {article path: spelling} for the other articles
    :param own: the article's own keywords
    """
    import yake  # imported late: it is only needed by this command

    extractor = yake.KeywordExtractor(lan="en", n=3, top=top * 2, dedupLim=0.8)
    own_keys = {keyword_key(k): k for k in own}
    found: list[Suggestion] = []
    seen: set[str] = set()
    for candidate, score in extractor.extract_keywords(text):
        key = keyword_key(candidate)
        if key in seen or len(key) < 3 or key.isdigit():
            continue
        seen.add(key)
        users = site_keywords.get(key, {})
        spelling = sorted(users.values())[0] if users else ""
        found.append(
            Suggestion(
                rank=len(found) + 1,
                keyword=spelling or own_keys.get(key, candidate),
                score=round(float(score), 4),
                site_spelling=spelling,
                used_by=tuple(sorted(users)),
                in_article=key in own_keys,
            )
        )
        if len(found) == top:
            break
    return found
