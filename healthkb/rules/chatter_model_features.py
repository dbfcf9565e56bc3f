"""The features of the learnt chatter layer measured by ``chatter_model_loro.py``.

The features say *who speaks to whom about what*, never the topic: every word
except pronouns, modals, function words and the words for writing, editing and
interfaces is replaced by a placeholder (``<w>``, ``<n>`` for a number; capitals are
not kept: drug and vaccine names are capitalised), so the model cannot learn that medical words mean prose.  On that
skeleton: single words, pairs and triples, the line's shape (length, end mark),
the cues of :func:`healthkb.rules.chatter_speech.cues` and the frames of
:func:`frames` (conjunctions such as second person with a word for the text, an
edit verb first with a register, an offer at the start: one weight for every
wording of a frame, so that what one round teaches carries to the next; on
leave-one-round-out over rounds 15-34 they found 22 more held-out chatter lines
and flagged 8 prose lines fewer at 0.97, corpus README).  Linear in the line's
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
    canonical url noindex nofollow breadcrumb breadcrumbs keyphrase readability
    characters plagiarism
"""
WRITING_WORDS = frozenset(_WRITING_TEXT.split())
#: the words of the frames below that the other lists lack: the imperatives an
#: editor's button or a checker's advice starts with, the adjectives of register
#: and length, and the words of a verdict
_FRAME_TEXT = """
    make use consider check strengthen extract improve explain continue shorter
    longer simpler clearer friendlier warmer punchier livelier concise casual
    personal polite confident detailed scannable readable enough recommended
    maximum minimum variety job points point link links tone formality
"""
FRAME_WORDS = frozenset(_FRAME_TEXT.split())
VOCABULARY = (
    FUNCTION_WORDS
    | TEXT_WORDS
    | EDIT_VERBS
    | REQUEST_VERBS
    | UI_WORDS
    | WRITING_WORDS
    | FRAME_WORDS
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


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SECOND = _set("you your you're you've you'd you'll yours yourself")
_FIRST = _set("i i'm i've i'll i'd me my we we've we'll let's")
#: a text's units and qualities, the words of writing tools
_TEXTUAL = (TEXT_WORDS | WRITING_WORDS | _set("points point link links")) - {
    "take",  # "measures you can take"
    "answer",  # "answer the questions"
    "changes",  # "changes in your mood"
    "list",  # "a list of your medicines"
    "revision",  # a surgery's: "the revision policy ... what you would pay"
    "revisions",
}
#: the imperatives an editor's button, a brief or a checker's advice starts with
_IMPERATIVES = _set(
    """
    add write expand revise rewrite adjust tailor create draft include shorten
    simplify tweak modify update change format rephrase reword polish refine edit
    restructure reorganise reorganize trim tighten summarise summarize translate
    incorporate generate craft insert remove replace cut soften make use consider
    check strengthen extract improve explain continue elaborate lengthen paraphrase
    proofread rearrange reorder tidy
    """
)
#: register and length: what an edit makes a text
_REGISTER = _set(
    """
    shorter longer simpler clearer friendlier warmer punchier livelier concise
    casual formal informal friendly professional persuasive engaging personal
    polite confident detailed scannable readable
    """
)
#: a verdict's words: "too long", "enough variety", "the recommended maximum"
_VERDICT = _set("too enough great good well recommended maximum minimum job")
#: the fields a web-publishing (SEO, CMS) plugin checks: no health article's words
#: (not "meta": a skeleton splits "meta-analysis")
_WEB_FIELDS = _set(
    "canonical url slug permalink noindex nofollow breadcrumb seo keyphrase"
)
#: what such a plugin says of a field: "not set", "missing", "too long"
_WEB_VERDICT = _set("not set missing too enough empty recommended")
#: a request for the tool's input at the line's start: "Please provide ...",
#: "Kindly share ...", "Give me ..."
_ASKS = _set("please kindly give send share paste provide")
_ASKED_FOR = _set("provide share send paste give")
#: the tool that then works on it ("and I'll ..."; not "me": "Please give me a call")
_WORKER = _set("i i'll i'd we'll")
#: an offer or a question to the requester at the line's start
_OFFERS = (
    ("would", "you", "like"),
    ("do", "you", "want"),
    ("would", "you", "prefer"),
    ("shall", "i"),
    ("should", "i"),
    ("want", "me"),
    ("let", "me", "know"),
    ("if", "you'd", "like"),
    ("if", "you", "want"),
    ("feel", "free"),
)


def frames(tokens: list[str]) -> set[str]:
    """Who speaks to whom about the text, as conjunctions the linear model cannot
    make of single words: the same frame whatever the wording around it, so one
    round's "Would you like to expand ..." teaches another's "Would you like to
    elaborate ..." (the words of *tokens* are a skeleton's: topic words are
    "<w>")."""
    words = [t for t in tokens if t[0].isalpha() or t == "<w>"]
    if not words:
        return set()
    found = set()
    present = set(words)
    textual = bool(present & _TEXTUAL)
    second = bool(present & _SECOND)
    first_person = bool(present & _FIRST)
    if second and textual:
        found.add("f:you+text")
    if first_person and textual:
        found.add("f:i+text")
    if first_person and second and textual:
        found.add("f:i+you+text")
    if words[0] in _IMPERATIVES:
        rest = set(words[1:])
        if rest & _TEXTUAL:
            found.add("f:imperative+text")
        if rest & _REGISTER or {"more", "less"} & rest and len(words) <= 6:
            found.add("f:imperative+register")
        if len(words) <= 4 and "you" not in rest and "your" not in rest:
            found.add("f:imperative short")
    if textual and present & _VERDICT:
        found.add("f:text+verdict")
    if textual and ("?" in tokens) and (second or first_person):
        found.add("f:question about the text")
    if present & _WEB_FIELDS:
        found.add("f:web field")
        if present & _WEB_VERDICT:
            found.add("f:web field+verdict")
    if words[0] in _ASKS and set(words[:3]) & _ASKED_FOR and set(words[3:]) & _WORKER:
        # "Please provide the data ..., and I'll ...": asked for input to work on
        found.add("f:asks for input")
    head = tuple(words[:3])
    for offer in _OFFERS:
        if head[: len(offer)] == offer:
            found.add("f:offer")
            after = words[len(offer) : len(offer) + 3]
            if "to" in after or "me" in after:
                found.add("f:offer to act")
            break
    return found


def features(text: str) -> list[str]:
    """The features of one line as written (sorted, no repeats); none for an
    empty line or one longer than MAX_WORDS (the model does not judge it)."""
    line = clean(text)
    if not line or line.count(" ") >= MAX_WORDS:
        return []
    tokens = skeleton(text)
    found = ngrams(tokens)
    found.update(frames(tokens))
    words = line.count(" ") + 1
    found.add("len:" + next((name for top, name in _LENGTHS if words <= top), "26+"))
    end = line[-1]
    found.add("end:" + (end if end in ".?!:)]" else "none"))
    found.update(f"cue:{cue}" for cue in cues(text))
    return sorted(found)


__all__ = ["FUNCTION_WORDS", "MAX_WORDS", "features", "ngrams", "skeleton"]
