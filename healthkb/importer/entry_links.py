"""A link in the text to a page that references.bib already holds as a source:

    … reported by LivaNova, in its own [news release](https://investor.livanova.com/…).

A writer with no reference list cites a web page (a news release, a report) by
linking its words to it. When the address is an entry's ``url``, the link is a
citation of that entry: its words stay, the address goes (readers get the
entry in the article's references) and a marker after them cites it. A link to
any other page stays a link (the site's rules say how to write one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from healthkb.importer.block_text import TextBlock, rewrite_text

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
    turned = 0

    def cite(found: re.Match[str], line: int) -> str:
        nonlocal turned
        address = entry_address(found["url"])
        if address not in entry_urls:
            return found[0]
        if address not in numbers:
            sources.append(source_of(found["url"], line))
            numbers[address] = len(sources)
        turned += 1
        return f"{found['words']} [{numbers[address]}]"

    rewrite_text(blocks, _LINK, cite)
    return turned


__all__ = ["cite_entry_links", "entry_address"]
