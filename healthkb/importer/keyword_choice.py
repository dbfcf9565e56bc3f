"""Choose an imported article's keywords: the site's spellings, the best ten kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from healthkb.importer.keyword_suggest import suggest
from healthkb.model.article import MAX_KEYWORDS, keyword_key

#: how many main keywords come from a list that does not say which are main (the
#: site's articles have three, the rest secondary)
PROMOTED = 3


@dataclass(frozen=True)
class KeywordChoice:
    keywords: list[str]
    secondary: list[str]
    #: ranked below the best ten: reported, not written
    left_out: list[str]
    #: (draft's spelling, site's spelling) for each keyword written the site's way
    respelt: list[tuple[str, str]]
    #: the main keywords the importer chose (the draft did not say which), if any
    promoted: list[str]
    #: why they were chosen: "secondary" (the draft lists only secondary ones),
    #: "one list" (one list, not split) or "first" (the draft says the main ones
    #: come first, not how many)
    promoted_from: str = ""
    #: tags the draft gave for the writer's workflow, not topics (left out)
    filing: list[str] = field(default_factory=list)
    #: tags kept that neither the site uses nor the text says (a blog's category?)
    unsaid: list[str] = field(default_factory=list)


def choose_keywords(
    keywords: list[str],
    secondary: list[str],
    site_spellings: dict[str, str],
    text: str,
    *,
    primary_first: bool = False,
    mentioned_in: str | None = None,
    tags: bool = False,
    glossary: tuple[str, ...] = (),
) -> KeywordChoice:
    """
    One list that does not say which keywords are main: the draft's order is the
    writer's priority, so the main ones are the first in it that the site already
    uses, then the first others; the only evidence that overrides the order is the
    text's own (see :func:`_in_draft_order`).

    :param site_spellings: keyword_key -> the spelling other articles use
    :param text: the article's prose, for ranking
    :param primary_first: the draft says its main keywords come first in the list
    :param mentioned_in: the article's whole text (title, lists), to tell which
        keywords it mentions (*text* when not given)
    :param tags: the keywords are the draft's tags (a blog's labels, a note's
        tags): a tag for the writer's workflow ("draft", "todo/check-numbers") is
        no topic: left out; one the site does not use and none of whose words the
        text says (a blog's category, "Research news"?) is kept, moved down as any
        keyword the text gives no sign of, and named for the editor
    :param glossary: the site's glossary terms: a keyword no article uses yet is
        written as the glossary writes the same term, in British or American
        spelling ("Randomized controlled trial" as "Randomised controlled trial");
        a term is only a spelling, not a keyword the site already uses
    """
    respelt: list[tuple[str, str]] = []
    by_variant: dict[str, str] = {}
    by_name: dict[str, str] = {}
    by_head: dict[str, str] = {}
    for site_word in site_spellings.values():
        by_variant.setdefault(variant_key(site_word), site_word)
        if (name := study_name_key(site_word)) is not None:
            by_name.setdefault(name, site_word)
        if (same := _same_head_key(site_word)) is not None:
            by_head.setdefault(same, site_word)
    capitalised = site_capitalises(list(site_spellings.values()))
    by_term = {_british(variant_key(term)): term for term in glossary}
    listed = {variant_key(w) for w in keywords + secondary}

    def site_spelling(word: str) -> str | None:
        name = study_name_key(word)
        return (
            site_spellings.get(keyword_key(word))
            or by_variant.get(variant_key(word))
            or (by_name.get(name) if name is not None else None)
            or by_head.get(_same_head_key(word) or "")
        )

    def spelt(word: str) -> str:
        site = site_spelling(word)
        if site is None and (bare := _without_initials(word)) != word:
            # "vagus nerve stimulation (VNS)": the keyword and its initials
            site = site_spelling(bare)
        if site is None:
            site = _spelt_out(word, list(site_spellings.values()), listed)
        if site is None:
            site = by_term.get(_british(variant_key(word)))
        if site and site != word:
            respelt.append((word, site))
        if site:
            return site
        return in_site_style(word, capitalised)

    seen: set[str] = set()

    def unique(words: list[str]) -> list[str]:
        out = []
        for word in map(spelt, words):
            if variant_key(word) not in seen:
                seen.add(variant_key(word))
                out.append(word)
        return out

    on_site = {variant_key(w) for w in site_spellings.values()}
    filing: list[str] = []
    unsaid: list[str] = []
    if tags:
        said_text = text if mentioned_in is None else mentioned_in
        said = _said_words(said_text)
        filing = [w for w in keywords + secondary if _WORKFLOW_TAG.match(w)]
        keywords = [w for w in keywords if w not in filing]
        secondary = [w for w in secondary if w not in filing]
        # a tag the site does not use, which the text does not say as it stands,
        # may be the blog's category ("Research news", "Sponsored research" where
        # the text says only "sponsored"): kept (moved down when none of its words
        # is said), named
        phrases = f" {_phrase(said_text)} "
        unsaid = [
            w
            for w in keywords + secondary
            if site_spelling(w) is None
            and site_spelling(_without_initials(w)) is None
            and not _spelt_out(w, list(site_spellings.values()), listed)
            and (not _supported(w, said) or f" {_phrase(w)} " not in phrases)
        ]
    primary = unique(keywords)
    spelt_secondary = unique(secondary)
    rest = _ranked(spelt_secondary, text, on_site)
    #: one list's order, as the draft gives it
    draft_order: list[str] = []
    promoted: list[str] = []
    promoted_from = ""
    if not primary and rest:
        # a list headed "secondary" with no main list is one list: the main
        # ones are the first in its order the site uses (as any one list's);
        # of the others, those the text gives no sign of are the first left out
        # of the ten; the kept ones are written in the list's order (below)
        down = _moved_down(
            spelt_secondary, text if mentioned_in is None else mentioned_in
        )
        rest = [w for w in rest if w not in down or variant_key(w) in on_site] + [
            w for w in rest if w in down and variant_key(w) not in on_site
        ]
        # the list's order is the writer's priority: the main ones are the first
        # in it the site uses (of those, one the text gives no sign of last)
        ordered = sorted(
            enumerate(spelt_secondary),
            key=lambda item: (
                variant_key(item[1]) not in on_site,
                item[1] in down,
                item[0],
            ),
        )
        primary = [word for _, word in ordered[:PROMOTED]]
        rest = [w for w in rest if w not in primary]
        promoted, promoted_from = primary, "secondary"
        draft_order = spelt_secondary
    elif not rest and len(primary) > PROMOTED:
        if primary_first:
            primary, rest = primary[:PROMOTED], primary[PROMOTED:]
            promoted_from = "first"
        else:
            primary_as_listed = list(primary)
            ordered = _in_draft_order(
                primary, text if mentioned_in is None else mentioned_in, on_site
            )
            primary = ordered[:PROMOTED]
            rest = _ranked(ordered[PROMOTED:], text, on_site)
            draft_order = list(primary_as_listed)
            promoted_from = "one list"
        promoted = primary
    room = max(0, MAX_KEYWORDS - len(primary))
    kept_primary = primary[:MAX_KEYWORDS]
    kept_rest = rest[:room]
    if draft_order:
        # the kept ones are written as the main ones are chosen: in the draft's
        # order, the ones the site uses first
        position = {word: index for index, word in enumerate(draft_order)}
        kept_rest.sort(
            key=lambda w: (
                variant_key(w) not in on_site,
                position.get(w, len(position)),
            )
        )
    return KeywordChoice(
        kept_primary,
        kept_rest,
        primary[MAX_KEYWORDS:] + rest[room:],
        respelt,
        promoted,
        promoted_from,
        filing,
        unsaid,
    )


#: a tag for the writer's workflow, not a topic ("draft", "todo/check-numbers",
#: "status/review"): a nested tag is judged by its first part
_WORKFLOW_TAG = re.compile(
    r"^\W*(?:drafts?|to-?dos?|wip|fixme|review|needs-review|in-review|ready|done|"
    r"published|unpublished|ideas?|inbox|status|check|to-?check|later|archived?)"
    r"(?:/\S*)?\W*$",
    re.I,
)


def _moved_down(words: list[str], text: str) -> set[str]:
    """The keywords the text gives no sign of: none of their words in it
    ("Antidepressants" in an article that never says "antidepressant"), or the
    initials of one listed before ("VNS" after "Vagus nerve stimulation")."""
    # a hyphenated compound is said as a whole ("self-help", "self help"), not
    # by its parts: "help" alone is no sign of "Self-help"
    said = _said_words(text)
    down: set[str] = set()
    for index, word in enumerate(words):
        initials = word.isupper() and word.isalpha() and len(word) >= 2
        if not _supported(word, said) or (
            initials
            and any(
                "".join(w[0] for w in re.findall(r"[^\W_]+", earlier)).upper() == word
                for earlier in words[:index]
            )
        ):
            down.add(word)
    return down


def _phrase(text: str) -> str:
    """*text*'s words, casefolded, one space between them."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _said_words(text: str) -> set[str]:
    """The text's words (singular), and its hyphenated pairs and threes."""
    tokens = re.findall(r"[^\W_]+", text.casefold())
    said = {_singular(w) for w in tokens}
    said |= {
        _singular("-".join(pair)) for pair in zip(tokens, tokens[1:], strict=False)
    }
    said |= {
        _singular("-".join(three))
        for three in zip(tokens, tokens[1:], tokens[2:], strict=False)
    }
    return said


def _supported(word: str, said: set[str]) -> bool:
    """One of *word*'s own words (four letters or more, if it has such) is said."""
    parts = [_singular(w) for w in re.findall(r"[^\W_]+(?:-[^\W_]+)*", word.casefold())]
    significant = [w for w in parts if len(w) >= 4] or parts
    return not said or any(w in said for w in significant)


#: a keyword's own initials after it: "Major depressive disorder (MDD)"
_TRAILING_INITIALS = re.compile(r"^(?P<words>.+?)\s*\((?P<initials>[A-Z]{2,8})s?\)$")


def _initials(words: str) -> str:
    """ "Treatment-resistant depression" -> "TRD" (hyphenated words count apart)."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", words)).upper()


def _without_initials(word: str) -> str:
    """The keyword without its own initials in brackets after it, or *word*."""
    found = _TRAILING_INITIALS.match(word.strip())
    if found and _initials(found["words"]) == found["initials"]:
        return found["words"]
    return word


def _spelt_out(word: str, site_words: list[str], listed: set[str]) -> str | None:
    """The site's keyword that an initialism stands for ("TRD" is the site's
    "Treatment-resistant depression", "VNS therapy" its "Vagus nerve
    stimulation"): the one site keyword with those initials, when the draft's list
    does not also give it in words (then the initials are the writer's own second
    keyword: "VNS" after "Vagus nerve stimulation" stays)."""
    found = _GENERIC_TAIL.match(word.strip())
    name = (found["name"] if found else word).strip()
    if not (3 <= len(name) <= 8 and name.isalpha() and name.isupper()):
        return None
    matches = {
        w
        for w in site_words
        if " " in w.strip() and _initials(w) == name and w.upper() != name
    }
    if len(matches) != 1:
        return None
    (site,) = matches
    return None if variant_key(site) in listed else site


def site_capitalises(words: list[str]) -> bool:
    """Whether the site writes its keywords with a capital ("Quality of life")."""
    lettered = [w for w in words if w[:1].isalpha()]
    return bool(lettered) and sum(w[0].isupper() for w in lettered) * 2 > len(lettered)


def in_site_style(word: str, capitalised: bool) -> str:
    """A new keyword written like the site's: "talk therapy" -> "Talk therapy" on a
    site that capitalises; one with capitals of its own (CBT, SSRIs) as it is."""
    return word[0].upper() + word[1:] if capitalised and word.islower() else word


def variant_key(keyword: str) -> str:
    """What two spellings of one keyword share: case, punctuation, hyphens, spaces
    and a plural ending do not count ("STAR-D"/"STAR*D", "neuro-modulation"/
    "Neuromodulation", "registries"/"Registry", "antidepressant"/"Antidepressants")."""
    words = re.findall(r"[^\W_]+", keyword.casefold())
    return "".join(_singular(word) for word in words)


#: a generic word after a study's or treatment's name: "RECOVER trial" is RECOVER
_GENERIC_TAIL = re.compile(
    r"^(?P<name>.+?)[ \t]+(?:trials?|stud(?:y|ies)|therapy|programmes?|programs?)$",
    re.I,
)


def study_name_key(keyword: str) -> str | None:
    """The key a name in capitals shares with its spelling plus a generic word
    ("STAR*D" and "STAR*D trial", "RECOVER trial" and "RECOVER", "CBT" and "CBT
    therapy"), or None for a keyword that is no such name.

    The rule: a keyword that is a name written in capitals (a trial's acronym, an
    initialism) optionally followed by "trial", "study", "therapy" or "programme"
    is one keyword, so the site's spelling of it is used. A name in ordinary words
    ("Exercise" and "Exercise therapy") is two keywords: they stay apart.
    """
    found = _GENERIC_TAIL.match(keyword.strip())
    name = found["name"] if found else keyword.strip()
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    return variant_key(name)


#: a last word two spellings of one keyword swap: "treatment" for "therapy"
_HEAD_SYNONYM = re.compile(r"[ \t]+(?:treatments?|therap(?:y|ies))$", re.I)


def _same_head_key(keyword: str) -> str | None:
    """The key "Adjunctive treatment" and "Adjunctive therapy" share (the same
    words before a last "treatment" or "therapy", which say one thing), or None
    for a keyword with no such last word or none before it. "Exercise" and
    "Exercise therapy" stay two keywords: both must end in one of the words."""
    found = _HEAD_SYNONYM.search(keyword.strip())
    if found is None or not keyword[: found.start()].strip():
        return None
    return variant_key(keyword[: found.start()]) + "|therapy"


def _british(key: str) -> str:
    """A :func:`variant_key` with "-ize"/"-yze" forms spelt "-ise"/"-yse"
    ("randomizedcontrolledtrial" and "randomisedcontrolledtrial" are one)."""
    return re.sub(r"(?<=[a-z]{2})([iy])z(?=e|ing|ation)", r"\1s", key)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _in_draft_order(
    words: list[str], text: str, on_site: set[str] | frozenset[str]
) -> list[str]:
    """The draft's order; the ones the site already uses first (they link the
    article to its related ones); last, the few the text gives no sign of: none of
    their words in it ("Antidepressants" in an article that never says
    "antidepressant"), or the initials of one listed before ("VNS" after "Vagus
    nerve stimulation")."""
    down = _moved_down(words, text)

    def unsupported(index: int, word: str) -> bool:
        return word in down

    return [
        word
        for _, word in sorted(
            enumerate(words),
            key=lambda item: (
                unsupported(*item),
                variant_key(item[1]) not in on_site,
                item[0],
            ),
        )
    ]


def _ranked(
    words: list[str], text: str, on_site: set[str] | frozenset[str] = frozenset()
) -> list[str]:
    """Most relevant first: a keyword the site already uses (it links the article to
    that keyword's page and related articles), then the suggester's rank, then how
    often the words occur."""
    if not words:
        return words
    ranks = (
        {keyword_key(s.keyword): s.rank for s in suggest(text, {}, tuple(words), 40)}
        if text.strip()
        else {}
    )
    folded = text.casefold()

    def score(item: tuple[int, str]) -> tuple[bool, int, int, int]:
        index, word = item
        hits = len(re.findall(r"\b" + re.escape(word.casefold()) + r"\b", folded))
        return (
            variant_key(word) not in on_site,
            ranks.get(keyword_key(word), 10_000),
            -hits,
            index,
        )

    return [word for _, word in sorted(enumerate(words), key=score)]
