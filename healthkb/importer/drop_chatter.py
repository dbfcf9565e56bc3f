"""Drop writing-tool chatter and content-system leftovers from a draft's lines.

The detector is :func:`healthkb.rules.chatter.find_chatter`, the one ``healthkb check``
uses, without its learnt layer (:func:`~healthkb.rules.chatter.find_certain_chatter`):
what it removes the check would report as an error; the layer's probable findings
stay in the article and reach the editor as the check's warnings in the report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from healthkb.rules.chatter import EDITORS_NOTE, between_leftovers
from healthkb.rules.chatter import find_certain_chatter as find_chatter
from healthkb.rules.chatter_furniture import whole_lines

#: a bracketed aside: removed on its own when it is the chatter ("(To be populated
#: by AI)"), keeping the rest of the line
#: (a Markdown link's text "[ok link](url)" and its address are not asides)
_BRACKETED = re.compile(r"\s{0,3}(?<!\])[\(\[][^()\[\]\n]{0,300}[\)\]](?!\()")
#: content-system trailers: the line and the list under it go
_TRAILER = re.compile(
    r"^\W{0,4}(?:related (?:posts|articles|stories|reading)|you (?:may|might) also "
    r"(?:like|enjoy)|recommended (?:for you|reading)|popular posts|recent posts|"
    r"more from)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s{1,10}(?=[A-Z\"\u201c])")
_MARKDOWN_IMAGE = re.compile(r"^\s{0,3}!\[[^\]\n]{0,300}\]\([^()\s]{1,300}\)\s*$")
_LIST_ITEM = re.compile(r"^\s{0,8}(?:[-*+\u2022\u2013]|\d{1,3}[.)])\s")

Line = tuple[int, str]


@dataclass(frozen=True)
class Removed:
    line: int
    text: str
    #: which kind of chatter it was, in words
    kind: str


def strip_chatter(
    lines: list[Line],
    keep: Callable[[str], bool] = lambda text: False,
    doubtful: list[Removed] | None = None,
) -> tuple[list[Line], list[Removed]]:
    """(kept lines, removed lines), both with their line numbers in the draft.

    :param keep: lines the draft parser reads itself although they are leftovers
        (a byline, a "Tags:" label): only bracketed chatter is taken out of them
    :param doubtful: collects the sentences kept although the detector flags
        them (they stand inside a paragraph of the article), for the report
    """
    kept: list[Line] = []
    removed: list[Removed] = []
    in_trailer = False
    whole = whole_lines([text for _, text in lines])
    # a short interface line between two leftovers is one too (the check's rule)
    texts = [_without_chatter_asides(text)[0] for _, text in lines]
    context = between_leftovers(
        texts,
        [find_chatter(t, whole_line=a) for t, a in zip(texts, whole, strict=True)],
        whole,
    )
    story = _first_person_story(texts, context)
    for (number, text), alone, beside in zip(lines, whole, context, strict=True):
        if _TRAILER.match(text):
            in_trailer = True
            removed.append(Removed(number, text, "a content-system leftover"))
            kept.append((number, ""))
            continue
        if in_trailer and (not text.strip() or _LIST_ITEM.match(text)):
            if text.strip():
                removed.append(Removed(number, text, "a content-system leftover"))
            kept.append((number, ""))
            continue
        in_trailer = False
        if _MARKDOWN_IMAGE.match(text):
            # a picture: its alt text ("Photo of …") is not a bracketed placeholder;
            # the importer keeps it only if the file is supplied
            kept.append((number, text))
            continue
        cleaned, asides = _without_chatter_asides(text)
        finding = beside  # find_chatter(cleaned), or the line between two leftovers
        if finding is None or keep(cleaned):
            kept.append((number, cleaned))
            if asides:
                # only the aside went: report what was taken out of the line
                removed += [Removed(number, aside, kind) for aside, kind in asides]
            continue
        if finding.kind == EDITORS_NOTE:
            # "Notes for editor: word count approx. 320. Image to follow …": the
            # label's line is all the note, whatever its sentences say
            kept.append((number, ""))
            removed.append(Removed(number, text, finding.kind))
            continue
        if _labelled_sentence(cleaned, alone):
            # "- **Response:** 67.6% of the group got better …": the article's own
            # label over its sentence, not a count of comments ("Responses: 6")
            kept.append((number, cleaned))
            continue
        sentences = [
            part
            for sentence in _SENTENCE_END.split(cleaned.strip())
            for part in _after_lead_in(sentence, alone)
        ]
        chatty = [(t, find_chatter(t, whole_line=alone)) for t in sentences]
        if len(sentences) > 1 and any(found is None for _, found in chatty):
            # chatter and article on one line: only the chatter sentences go. A
            # caveat standing between two of the article's sentences is likelier
            # the writer's ("However embarrassed I might have felt, …"), and so is
            # an "I" sentence of a story told in the first person: kept, reported.
            # A tool presenting its text or naming the request goes wherever it is.
            inside = [
                bool(found)
                and found.kind in _KEPT_INSIDE
                and (
                    (story and bool(_FIRST_PERSON.search(t)))
                    or _inside_prose(chatty, i)
                )
                for i, (t, found) in enumerate(chatty)
            ]
            if doubtful is not None:
                doubtful += [
                    Removed(number, t, found.kind)
                    for (t, found), kept_in in zip(chatty, inside, strict=True)
                    if found and kept_in
                ]
            chatty = [
                (t, None if kept_in else found)
                for (t, found), kept_in in zip(chatty, inside, strict=True)
            ]
            kept.append((number, " ".join(t for t, found in chatty if found is None)))
            removed += [Removed(number, t, found.kind) for t, found in chatty if found]
            continue
        # chatter fills the line ("Okay, here's a draft ..."): drop all of it
        kept.append((number, ""))
        removed.append(Removed(number, text, finding.kind))
    return kept, removed


#: kinds of chatter that ordinary prose also has ("I might have felt"), so kept
#: when they stand between two of the article's sentences
_KEPT_INSIDE = frozenset({"the tool's caveat about itself"})
#: the writer speaking of themselves ("I", "I'm", "my", "me")
_FIRST_PERSON = re.compile(r"\b(?:I|I['\u2019](?:m|ve|d|ll)|my|me|myself)\b")


def _first_person_story(texts: list[str], findings: list[object]) -> bool:
    """The article itself speaks in the first person (a patient's story): its
    ordinary lines say "I" and "my" often, so an "I" sentence on a line with them
    is more likely the writer's than a writing tool's."""
    prose = [t for t, f in zip(texts, findings, strict=True) if f is None]
    sentences = [s for t in prose for s in _SENTENCE_END.split(t.strip()) if s]
    if len(sentences) < 10:
        return False
    personal = sum(bool(_FIRST_PERSON.search(s)) for s in sentences)
    return personal >= 0.3 * len(sentences)


def _after_lead_in(sentence: str, alone: bool) -> list[str]:
    """A tool's lead-in and the article's sentence after its colon ("Sure, here is
    the opening you wanted: Hay fever affects …") as two parts, so only the lead-in
    goes; any other sentence as it is."""
    lead, colon, rest = sentence.partition(": ")
    if (
        colon
        and len(rest.split()) >= 3
        and rest[:1].isupper()
        and find_chatter(lead + ":", whole_line=alone)
        and find_chatter(rest, whole_line=alone) is None
    ):
        return [lead + ":", rest]
    return [sentence]


#: a bold label leading a line ("- **Response:** …", "**Side effects:** …")
_BOLD_LABEL = re.compile(
    r"^\s{0,8}(?:[-*+\u2022]\s+|\d{1,3}[.)]\s+)?\*\*(?P<label>[^*\n]{1,40}?):?\*\*:?"
    r"\s+(?P<rest>.+)$"
)
#: a sentence's end, with a citation marker after it ("… alone [1].", "alone.1")
_ENDS_SENTENCE = re.compile(r"[.!?](?:\s*\[\d[\d,\s-]*\]|\d{1,2})?\.?$")


def _labelled_sentence(text: str, alone: bool) -> bool:
    """A bold label with a whole sentence of the article after it: what the
    detector found is in the label's words (a content system's "Responses: 6" reads
    like "**Response:** 67.6% …"), and the sentence itself is no chatter."""
    found = _BOLD_LABEL.match(text)
    if not found:
        return False
    rest = found["rest"].strip()
    return (
        len(rest.split()) >= 6
        and bool(_ENDS_SENTENCE.search(rest))
        and find_chatter(found["label"], whole_line=False) is None
        and find_chatter(rest, whole_line=alone) is None
    )


def _inside_prose(sentences: list[tuple[str, object]], index: int) -> bool:
    """Whether sentence *index* has an ordinary sentence before and after it."""
    return any(found is None for _, found in sentences[:index]) and any(
        found is None for _, found in sentences[index + 1 :]
    )


def _without_chatter_asides(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The line without bracketed chatter, and (aside, kind) for each taken out."""
    kinds: list[tuple[str, str]] = []

    def drop(match: re.Match[str]) -> str:
        aside = match.group(0).strip()
        finding = find_chatter(aside)
        if finding is None:
            return match.group(0)
        kinds.append((aside, finding.kind))
        return ""

    cleaned = _BRACKETED.sub(drop, text) if "(" in text or "[" in text else text
    return (cleaned.rstrip() if kinds else text), kinds
