"""A link in the text to a page that references.bib already holds as a source:

    … reported by LivaNova, in its own [news release](https://investor.livanova.com/…).

A writer with no reference list cites a web page (a news release, a report) by
linking its words to it. When the address is an entry's ``url``, the link is a
citation of that entry: its words stay, the address goes (readers get the
entry in the article's references) and a marker after them cites it. A link to
any other page stays a link (the site's rules say how to write one), and so does
a link to a page the draft lists as its source *n* in a paragraph or list item
whose own marker already cites *n* ("… [the company's own news release](…) from
December 2024 [2]"): the writer's marker is the citation, the link is for
readers, and turning it too would cite the page twice in one sentence. In a
draft that cites by its markers, a link to a page of its list stays a link
wherever it stands ("You can read [the company's announcement](…)." with no
marker): a citation goes only where the draft's own marker puts it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from healthkb.importer.block_text import TextBlock

#: a Markdown link to a web address (not an image)
_LINK = re.compile(
    r"(?<!!)\[(?P<words>[^\]\n]{1,200})\]\((?P<url>https?://[^\s()]{1,500})\)"
)


def entry_address(url: str) -> str:
    """A web address as an entry's and a link's are compared."""
    return url.strip().rstrip("/").casefold()


def cite_entry_links(
    blocks: list[TextBlock],
    sources: list,
    entry_urls: Mapping[str, str],
    source_of: Callable[[str, int], tuple],
) -> int:
    """Turn each link in *blocks* whose address is an entry's (*entry_urls*: an
    address, as :func:`entry_address` writes it, to the entry's key) into its words
    and a marker ``[n]`` of the draft's source *n*; *source_of* (address, line)
    makes the source appended to *sources* (once per address). Returns how many
    links were turned."""
    numbers: dict[str, int] = {}
    for n, (_, ref) in enumerate(sources, 1):
        for url in getattr(ref, "urls", ()) or ():
            numbers.setdefault(entry_address(url), n)
    listed = dict(numbers)
    turned = 0

    # a draft that cites by its own markers: a citation goes only where one is
    marking = any(_marked(text) for b in blocks for text in b.lines)

    def cite(found: re.Match[str], line: int, marked: set[int]) -> str:
        nonlocal turned
        address = entry_address(found["url"])
        if address not in entry_urls:
            return found[0]
        if listed.get(address) in marked:
            return found[0]  # its own marker cites the page already
        if address in listed and marking:
            # a page of the draft's own list in a draft that cites by markers:
            # none put it here, so the link is for readers
            return found[0]
        if address not in numbers:
            sources.append(source_of(found["url"], line))
            numbers[address] = len(sources)
        turned += 1
        return f"{found['words']} [{numbers[address]}]"

    for block in blocks:
        if block.kind not in ("paragraph", "list"):
            continue
        block.lines = [
            _LINK.sub(lambda m, b=block, t=text: cite(m, b.line, _marked(t)), text)
            for text in block.lines
        ]
    return turned


#: a draft's own citation marker: "[2]", "[1,2]", "[1-3]"
_MARKER = re.compile(
    r"(?<!\])\[(\d{1,4}(?:[ \t]?[,\u2013-][ \t]?\d{1,4}){0,20})\](?!\()"
)


def _marked(text: str) -> set[int]:
    """The source numbers *text*'s own markers cite (a range's every number)."""
    cited: set[int] = set()
    for found in _MARKER.finditer(text):
        for part in re.split(r"[ \t]?,[ \t]?", found[1]):
            ends = [int(n) for n in re.split(r"[ \t]?[\u2013-][ \t]?", part)]
            if len(ends) == 2 and 0 <= ends[1] - ends[0] <= 50:
                cited.update(range(ends[0], ends[1] + 1))
            else:
                cited.update(ends)
    return cited


__all__ = ["cite_entry_links", "entry_address"]
