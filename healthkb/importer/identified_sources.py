"""A reference that stands in a draft outside its sources section, known by the
PMID or DOI it ends with.

A writer lists the paper an article leans on under "Further reading", "Learn
more" or no heading at all: "Acute and longer-term outcomes … a STAR*D report.
PMID 17074942", "Rush AJ et al. STAR*D report. pubmed.ncbi.nlm.nih.gov/17074942".
A line of its own (a paragraph or a list item) whose last words are a paper's
identifier is that paper's reference, not text for readers; a sentence that
names an identifier in its middle ("The study (PMID 1234567) found …") is not.
"""

from __future__ import annotations

import re

#: the identifiers a reference line may end with, as drafts write them
_IDENTIFIER = (
    r"(?:PMID:?[ \t]*\d{5,9}"
    r"|(?:doi:?[ \t]*|(?:https?://)?(?:dx\.)?doi\.org/)10\.\d{4,9}/[^\s\])>]+"
    r"|(?:https?://)?(?:www\.)?pubmed\.ncbi\.nlm\.nih\.gov/\d{5,9}/?"
    r"|(?:https?://)?(?:www\.)?ncbi\.nlm\.nih\.gov/pubmed/\d{5,9}/?)"
)
#: the identifier, bare or as a Markdown link's text or target, then at most
#: closing marks
_ENDS_WITH_ID = re.compile(
    r"(?:"
    + _IDENTIFIER
    + r"|\[(?P<label>[^\]]*)\]\("
    + _IDENTIFIER
    + r"\))[ \t.)\]]*$",
    re.IGNORECASE,
)
#: a reference names its paper before the identifier: a few words at least
_WORDS_BEFORE = 3
#: and at most a long title's and an author list's words: more is a paragraph
_WORDS_MOST = 60


def is_identified_reference(text: str) -> bool:
    """The line (a paragraph or a list item's text) is a reference to a paper,
    ending with its PMID or DOI after at least a few words of its own."""
    plain = " ".join(text.replace("**", "").split()).strip(" *_")
    found = _ENDS_WITH_ID.search(plain)
    if not found:
        return False
    head = plain[: found.start()].rstrip()
    if head.count("(") > head.count(")"):
        # "… their symptoms ([Aaronson, 2017](…))", "(see PMID 1234567)": a
        # sentence's citation in its parentheses
        return False
    if head and head[-1] not in ".:;,)]":
        # "The report is free to read at https://doi.org/…": a sentence; a
        # reference sets its identifier off ("… a STAR*D report. PMID 17074942")
        return False
    # a link's text names the paper too ("[Acute and longer-term outcomes …](doi)")
    before = re.findall(r"[^\W\d_]{2,}", f"{head} {found['label'] or ''}")
    return _WORDS_BEFORE <= len(before) <= _WORDS_MOST


def headings_over_sources_only(blocks: list, source_lines: list[int]) -> list:
    """The heading blocks under which only such references stood ("Further
    reading" over its one paper): with the references gone to the bibliography,
    nothing is left under them. *blocks* are the draft's, in order."""
    emptied = []
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        if below is not None and not (
            below.kind == "heading" and below.level <= block.level
        ):
            continue
        end = below.line if below is not None else float("inf")
        if any(block.line < line < end for line in source_lines):
            emptied.append(block)
    return emptied


__all__ = ["headings_over_sources_only", "is_identified_reference"]
