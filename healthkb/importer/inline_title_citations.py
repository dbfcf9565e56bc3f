"""A paper cited in the text by its authors and its title in quotes:

    … through the five years (Conway CR et al., "Chronic Vagus Nerve Stimulation
    Significantly Improves Quality of Life in Treatment-Resistant Major
    Depression", J Clin Psychiatry 2018).

A writer with no reference list puts the reference itself in brackets. The
brackets are the citation: the reference becomes a source (matched to
references.bib by its title, or reported like any other) and a marker takes
their place. Brackets with a quotation and no author and year ("(patients call
it "the fog")") are the article's words and stay.
"""

from __future__ import annotations

import re

from healthkb.importer.block_text import TextBlock, rewrite_text

_NAME = r"[A-Z][\w'\u2019-]+(?:[ \t][A-Z]{1,3})?"
_CITATION = re.compile(
    r"[ \t]?\((?P<authors>"
    + _NAME
    + r"(?:(?:,[ \t]?|[ \t])(?:et[ \t]al\.?|and[ \t](?:others|colleagues)|"
    r"(?:and|&)[ \t]" + _NAME + r"))?),?[ \t]+"
    r"[\"\u201c](?P<title>[^\"\u201d\n]{15,300}?)[,.]?[\"\u201d]"
    r"(?P<rest>[^()\n]{0,160}?(?:19|20)\d\d[a-z]?[^()\n]{0,40}?)\)"
)


def cite_quoted_titles(
    blocks: list[TextBlock], sources: list[TextBlock], source_block: type
) -> int:
    """Turn each bracketed author-and-quoted-title reference in *blocks* into a
    citation marker, the reference appended to *sources* (made by
    *source_block*) as a reference line. Returns how many were turned."""
    turned = 0

    def marker(found: re.Match[str], line: int) -> str:
        nonlocal turned
        rest = found["rest"].strip(" ,.;")
        reference = f"{found['authors']}. {found['title'].strip()}. {rest}."
        sources.append(source_block("source", line, [reference]))
        turned += 1
        return f" [{len(sources)}]"

    rewrite_text(blocks, _CITATION, marker)
    return turned


__all__ = ["cite_quoted_titles"]
