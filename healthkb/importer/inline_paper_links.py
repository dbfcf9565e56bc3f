"""A paper cited in the text as a link to it: "… as well as their symptoms
([Aaronson et al., 2017](https://doi.org/10.1176/appi.ajp.2017.16010034))."

Blog platforms (Docusaurus, Hugo, Ghost) and writers with no reference list cite
this way: an author-year label linked to the paper's DOI or PubMed page. The
link is the citation: the paper becomes a source (matched by its DOI or PMID
like any other) and a citation marker takes the label's place. A link whose
text is the article's own words ("the RECOVER study report") is a link, not a
citation label, and stays, unless the link is the whole of its parentheses
("… a paper ([What the trial taught us](https://…))."): that stands where a
citation stands, whatever its text or address.
"""

from __future__ import annotations

import re

from healthkb.importer.block_text import TextBlock, rewrite_text

#: a link to a paper: its DOI or its PubMed page
_PAPER_URL = (
    r"https?://(?:dx\.)?doi\.org/10\.\d{4,9}/[^\s()]+(?:\([^\s()]*\)[^\s()]*)*"
    r"|https?://(?:www\.)?pubmed\.ncbi\.nlm\.nih\.gov/\d{5,9}/?"
)
#: the link, in the parentheses an author-year citation stands in, if any
_CITATION_LINK = re.compile(
    r"[ \t]*(?P<open>\([ \t]?)?\[(?P<label>[^\]\n]{2,120})\]\((?P<url>"
    + _PAPER_URL
    + r")\)(?(open)[ \t]?\))"
)
#: any link that is the whole of its parentheses ("… a paper ([Title](url)).")
#: stands where a citation stands, whatever its text says
_BRACKETED_LINK = re.compile(
    r"[ \t]*\([ \t]?\[(?P<label>[^\]\n]{2,160})\]\((?P<url>https?://[^\s()]+"
    r"(?:\([^\s()]*\)[^\s()]*)*)\)[ \t]?\)"
)
#: a source named in parentheses by its label and its DOI or address, no link:
#: "(Conway 2026, doi:10.1093/ijnp/pyaf080)", "(LivaNova news release,
#: https://…)": a writer's note of the source where a citation stands
_NAMED_IDENTIFIER = re.compile(
    r"[ \t]*\([ \t]?(?P<label>[A-Z][^()\n,;]{1,80}?)[ \t]*[,;:][ \t]*(?P<url>"
    r"doi[ \t]?:[ \t]?10\.\d{4,9}/[^\s()]+(?:\([^\s()]*\)[^\s()]*)*"
    r"|https?://[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)[ \t]?\)"
)
#: what a label names when it is a source's: a year, "et al.", a kind of document
_SOURCE_WORDS = re.compile(
    r"\b(?:(?:19|20)\d\d|et[ \t]+al|news|press|release|report|study|paper|"
    r"guidelines?|review|trial|statement|bulletin|briefing|data)\b",
    re.I,
)
#: a citation's label: "Aaronson et al., 2017", "Rush 2006", "Conway and Kumar
#: (2018)", "Conway and others, 2026" (et al. in plain English): a name and a
#: year, or "et al."
_LABEL = re.compile(
    r"^(?:see[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t,]+(?:and[ \t]+(?:others|colleagues|"
    r"co-?workers|co-?authors)\b|and|&|et[ \t]+al\.?|others|[A-Z][\w'\u2019-]+))*"
    r"[ \t,]*\(?(?:19|20)\d\d[a-z]?\)?$"
    r"|\bet[ \t]+al\b"
)


def _is_label(text: str) -> bool:
    return bool(_LABEL.search(" ".join(text.split())))


def cite_paper_links(
    blocks: list[TextBlock], sources: list[TextBlock], source_block: type
) -> int:
    """Turn each author-year link to a paper in *blocks*' text into a citation
    marker, its paper appended to *sources* (once per address; *source_block*
    makes the new source blocks). Returns how many links were turned."""
    numbers: dict[str, int] = {
        block.lines[0].strip(): n for n, block in enumerate(sources, 1)
    }
    turned = 0

    def marker(found: re.Match[str], line: int) -> str:
        return cite(found, line) if _is_label(found["label"]) else found[0]

    def cite(found: re.Match[str], line: int) -> str:
        nonlocal turned
        url = re.sub(r"^doi[ \t]?:[ \t]?", "doi:", found["url"])
        if url not in numbers:
            sources.append(source_block("source", line, [url]))
            numbers[url] = len(sources)
        turned += 1
        return f" [{numbers[url]}]"

    def named(found: re.Match[str], line: int) -> str:
        label = found["label"]
        # a web address beside a name alone ("(Samaritans, https://…)") is
        # where readers find help; a source's label says what it is
        is_source = found["url"].lower().startswith("doi") or _SOURCE_WORDS.search(
            label
        )
        return cite(found, line) if is_source and len(label.split()) <= 8 else found[0]

    rewrite_text(blocks, _CITATION_LINK, marker)
    # a link that is the whole of its parentheses: a citation whatever its label
    rewrite_text(blocks, _BRACKETED_LINK, cite)
    # "(NAME YEAR, doi:…)", "(ORGANISATION news release, https://…)": a source
    # named by a few words with its identifier, where a citation stands
    rewrite_text(blocks, _NAMED_IDENTIFIER, named)
    return turned


__all__ = ["cite_paper_links"]
