"""A press release's furniture: its header ("PRESS RELEASE", "FOR IMMEDIATE
RELEASE", "NEWS RELEASE"), its embargo line, the dateline before the first
sentence ("LONDON, 4 December 2026 –"), and everything from its end mark
("ENDS", "-ends-", "###") or its "Notes to editors" on: the notes, the issuer,
the media contact. None of it is the article, but some of it is the article's:

- an embargo is a date a person must respect: removed and reported;
- a note to editors that reads as a reference (a DOI, a URL, a PMID) stays,
  under a "References" label and with its number, so the markers find it;
- a "Suggested keywords:" note stays as a keyword line;
- "Issued by: NAME" names the writer: the caller makes it the author when the
  draft has no byline.

A draft is read as a press release only when a header line opens it or an end
mark is followed by notes to editors: an ordinary article may say "press release".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_HEADER = re.compile(
    r"^\W{0,4}(?:(?:press|news|media)[ \t]+(?:release|statement|advisory)|"
    r"for[ \t]+(?:immediate|urgent)[ \t]+release|immediate[ \t]+release)"
    r"(?:[ \t]*[-:\u2013\u2014|][ \t]*(?:for[ \t]+immediate[ \t]+release|\S.{0,40}))?"
    r"\W{0,4}$",
    re.I,
)
_EMBARGO = re.compile(
    r"^\W{0,4}(?:(?:strictly[ \t]+)?(?:under[ \t]+)?embargo(?:ed)?|not[ \t]+for[ \t]+"
    r"(?:release|publication|broadcast)[ \t]+(?:until|before))\b.{0,100}$",
    re.I,
)
_END_MARK = re.compile(
    r"^\W{0,4}(?:ends|end|-+[ \t]*ends[ \t]*-+|#{3}|-30-)\W{0,4}$", re.I
)
_NOTES_HEADING = re.compile(
    r"^\W{0,4}(?:notes?[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?editors?|editors?['\u2019]?s?"
    r"[ \t]+notes?|for[ \t]+editors)\W{0,4}$",
    re.I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|"
    rf"{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?|\d{{4}}-\d\d-\d\d)"
)
#: "LONDON, 4 December 2026 –", "BOSTON, Mass., May 3, 2025 /PRNewswire/ --",
#: "Leeds, UK (4 December 2026) —": a place, a date and a dash before the text
_DATELINE = re.compile(
    rf"^(?P<mark>[ \t]*(?:\*\*)?[A-Z][\w.'\u2019 -]{{1,40}}(?:,[ \t]*[A-Z][\w.' -]{{1,30}}){{0,2}}"
    rf"(?:,[ \t]*|[ \t]+\(?){_DATE}\)?(?:[ \t]*/[^/\n]{{1,40}}/)?(?:\*\*)?"
    r"[ \t]*(?:[-\u2013\u2014]{1,2}|:)[ \t]+)(?=\S)",
    re.I,
)
_ISSUED_BY = re.compile(
    r"^\W{0,4}(?:issued|released|distributed|published)[ \t]+by[ \t]*:?[ \t]+(?P<name>.+?)\W{0,3}$",
    re.I,
)
#: a numbered note: "1. text", "[2] text", "2) text"
_NOTE = re.compile(
    r"^[ \t]*(?:\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.)])[ \t]+(?P<text>.+)$"
)
_KEYWORD_NOTE = re.compile(
    r"^\W{0,4}(?:suggested[ \t]+|seo[ \t]+)?(?:key[ \t]?words?|tags)[ \t]*:", re.I
)
_IDENTIFIED = re.compile(r"\b10\.\d{4,9}/\S|https?://|\bpmid\b", re.I)
#: a short lead-in before a reference: "The study: Conway CR, …"
_LEAD_IN = re.compile(r"^[^:./]{1,80}:[ \t]+(?=[A-Z]|https?://|(?i:doi)\b)")


@dataclass
class PressRelease:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    #: (draft line, what a person must check)
    notes: list[tuple[int, str]] = field(default_factory=list)
    #: the issuer from "Issued by:", and its line
    issuer: str = ""
    issuer_line: int = 0


def _is_release(lines: list[Line]) -> bool:
    opening = [t for _, t in lines if t.strip()][:6]
    if any(_HEADER.match(t) for t in opening):
        return True
    texts = [t for _, t in lines]
    ends = [i for i, t in enumerate(texts) if _END_MARK.match(t)]
    return any(_NOTES_HEADING.match(t) for i in ends[-1:] for t in texts[i + 1 :])


def read_press_release(lines: list[Line]) -> PressRelease:
    """*lines* without a press release's furniture (unchanged if it is none)."""
    found = PressRelease(list(lines))
    if not _is_release(lines):
        return found
    kept: list[Line] = []
    tail_at = next(
        (
            i
            for i, (_, t) in enumerate(lines)
            if (_END_MARK.match(t) or _NOTES_HEADING.match(t))
            and any(x.strip() for _, x in lines[:i])
        ),
        len(lines),
    )
    dated = False
    for n, text in lines[:tail_at]:
        if _HEADER.match(text):
            found.removed.append(Removed(n, text.strip(), "a press release's header"))
            continue
        if _EMBARGO.match(text):
            found.removed.append(Removed(n, text.strip(), "a press release's embargo"))
            found.notes.append(
                (n, f"the release says '{text.strip()}': publish only after that date")
            )
            continue
        if not dated and (mark := _DATELINE.match(text)):
            dated = True
            found.removed.append(
                Removed(n, mark["mark"].strip(), "a press release's dateline")
            )
            kept.append((n, text[mark.end() :]))
            continue
        kept.append((n, text))
    sources: list[Line] = []
    words: list[Line] = []
    for n, text in lines[tail_at:]:
        note = _NOTE.match(text)
        body = note["text"].strip() if note else text.strip()
        if issued := _ISSUED_BY.match(body):
            found.issuer, found.issuer_line = issued["name"].strip(), n
        if note and _KEYWORD_NOTE.match(body):
            words.append((n, body))
        elif note and _IDENTIFIED.search(body):
            number = note["a"] or note["b"]
            sources.append((n, f"{number}. {_LEAD_IN.sub('', body, count=1)}"))
        elif text.strip():
            found.removed.append(
                Removed(n, text.strip(), "a press release's notes, issuer or contact")
            )
    if sources:
        at = sources[0][0]
        kept += [(at, ""), (at, "References"), *sources]
    if words:
        kept += [(words[0][0], ""), *words]
    found.lines = kept
    return found
