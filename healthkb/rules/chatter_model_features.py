"""The features of the learnt chatter layer measured by ``chatter_model_loro.py``.

The features say *who speaks to whom about what*, never the topic: every word
except pronouns, modals, function words and the words for writing, editing and
interfaces is replaced by a placeholder (``<w>``, ``<n>`` for a number; capitals are
not kept: drug and vaccine names are capitalised), so the model cannot learn that medical words mean prose.  On that
skeleton: single words, pairs and triples, the line's shape (length, end mark) and
the cues of :func:`healthkb.rules.chatter_speech.cues`.  Linear in the line's
length (one pass of a bounded regex, a few set look-ups per token).  Used by the
detector's last layer (:mod:`healthkb.rules.chatter_model`), trained by
``benchmarks/chatter_model_loro.py --write``.
"""

from __future__ import annotations

import re

from healthkb.rules.chatter_speech import (
    EDIT_VERBS,
    REQUEST_VERBS,
    TEXT_WORDS,
    UI_WORDS,
    clean,
    cues,
)

#: pronouns, modals, determiners, prepositions and the words of a tool's small
#: talk: kept as themselves, since they say who speaks to whom
_FUNCTION_TEXT = """
    i i'm i've i'll i'd me my mine myself we we've we'll we're us our you you're
    you've you'll you'd your yours yourself he she it it's its they them their this
    that these those here there what which who whom whose when where why how a an the
    some any all each every no not nor and or but so if then than as of in on at by
    for with without about into onto from to up down out over under again further once
    also just only very too more most much many few other another such own same both
    either neither is are was were be been being am have has had having do does did
    doing done will would shall should can could may might must need let let's please
    yes ok okay sure certainly absolutely course great thanks thank hope helps help
    glad happy like love want wanted asked requested feel free know below above
    following attached enclosed now still yet already ever never don't didn't doesn't
    can't couldn't won't wouldn't shouldn't isn't wasn't aren't haven't hasn't
"""
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
#: the words of writing, editing, publishing and writing tools the other lists lack:
#: the units and qualities of a text, its publishing fields, a tool's own nouns and
#: edit verbs; kept so that the model can learn frames such as "consider adding
#: <a text word>" from every round, whatever topic word follows them
_WRITING_TEXT = """
    word words phrase phrases clause sentence sentences line lines opening closing
    ending hook lede body quote quotes citation citations reference references
    voice register style phrasing vocabulary grammar spelling punctuation typo
    typos passive transition transitions clarity concise formal informal casual
    friendly professional persuasive engaging alt meta metadata tag tags thumbnail
    permalink preview publish prompt prompts chat conversation assistant ai model
    output input request query suggestion suggestions alternative alternatives
    variation variations angle length list editor menu button toolbar sidebar
    canvas workspace folder note placeholder elaborate lengthen paraphrase
    proofread reorder reordered rearrange rearranged tidy tidied
"""
WRITING_WORDS = frozenset(_WRITING_TEXT.split())
VOCABULARY = (
    FUNCTION_WORDS | TEXT_WORDS | EDIT_VERBS | REQUEST_VERBS | UI_WORDS | WRITING_WORDS
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*|\d[\d,.]*|[?!:\[\]()<>{}|*@#/]")
#: longer lines are never judged: no chatter line of the corpus this long was found
#: by the model alone, and a reference list's entries are (they have colons)
MAX_WORDS = 25
_LENGTHS = ((1, "1"), (2, "2"), (3, "3"), (6, "4-6"), (12, "7-12"), (25, "13-25"))


def skeleton(text: str) -> list[str]:
    """The line's tokens with every topic word replaced by a placeholder."""
    out = []
    for token in _TOKEN.findall(text[:2000].replace("\u2019", "'")):
        low = token.casefold()
        if low[0].isdigit():
            out.append("<n>")
        elif not low[0].isalpha() or low in VOCABULARY:
            out.append(low)
        else:
            out.append("<w>")
    return out


def ngrams(tokens: list[str]) -> set[str]:
    """Kept words ("<n>" too), pairs and triples (a triple with at most one "<w>") of a
    skeleton, with "^"/"$" for the line's start and end."""
    found = {f"w:{t}" for t in tokens if t != "<w>"}
    padded = ["^", *tokens, "$"]
    found.update(f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False))
    found.update(
        f"t:{a} {b} {c}"
        for a, b, c in zip(padded, padded[1:], padded[2:], strict=False)
        if (a, b, c).count("<w>") < 2
    )
    return found


def features(text: str) -> list[str]:
    """The features of one line as written (sorted, no repeats); none for an
    empty line or one longer than MAX_WORDS (the model does not judge it)."""
    line = clean(text)
    if not line or line.count(" ") >= MAX_WORDS:
        return []
    tokens = skeleton(text)
    found = ngrams(tokens)
    words = line.count(" ") + 1
    found.add("len:" + next((name for top, name in _LENGTHS if words <= top), "26+"))
    end = line[-1]
    found.add("end:" + (end if end in ".?!:)]" else "none"))
    found.update(f"cue:{cue}" for cue in cues(text))
    return sorted(found)


__all__ = ["FUNCTION_WORDS", "MAX_WORDS", "features", "ngrams", "skeleton"]
