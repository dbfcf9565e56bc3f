"""Render a parsed :class:`Draft` as a MyST article with front matter and citations."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from healthkb.importer.draft import Block, Draft

REVIEWED_PLACEHOLDER = "<<date of the editorial or clinical review, YYYY-MM-DD>>"
DESCRIPTION_PLACEHOLDER = "<<one or two plain sentences, at most 160 characters>>"
AUTHOR_PLACEHOLDER = "<<your key in authors.yml>>"
#: one Vancouver in-text marker: [1], [1,2], [1-3] (not a link's text, "[1](…)")
_ONE_MARKER = r"\[\d{1,12}(?:\s{0,3}[,\u2013-]\s{0,3}\d{1,12}){0,50}\](?!\()"
#: a run of markers side by side, "[1][2]" or "[1] [2]": one citation
_MARKER = re.compile(rf"\s*{_ONE_MARKER}(?:[ \t]?{_ONE_MARKER}){{0,20}}")
_NUMBERS = re.compile(r"\[([^\]]*)\]")
_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
#: "diseases.¹", "anxiety²,³": a text copied from a page or Word keeps its citation
#: markers as superscript digits; one after a number or a unit (10⁹, kg/m²) is an
#: exponent, so only one after punctuation, a bracket or a word of 4+ letters counts
_SUPERSCRIPT_MARKER = re.compile(
    r"(?:(?<=[^\W\d_][.,;:!?])|(?<=[^\W\d_]\))|(?<=[^\W\d_]{4}))"
    rf"([{_SUPERSCRIPT_DIGITS}]{{1,3}}(?:[,\u207b\u2013-][{_SUPERSCRIPT_DIGITS}]{{1,3}}){{0,20}})"
    rf"(?![{_SUPERSCRIPT_DIGITS}])"
)
_PLAIN_DIGITS = str.maketrans(_SUPERSCRIPT_DIGITS + "\u207b", "0123456789-")


@dataclass(frozen=True)
class ArticleFields:
    authors: tuple[str, ...]
    reviewers: tuple[str, ...]
    published: str
    keys: tuple[str, ...]


def render_article(
    draft: Draft,
    fields: ArticleFields,
    unplaced: list[UnplacedMarker] | None = None,
) -> tuple[str, bool]:
    """The article text, and whether the draft placed its own citation markers.

    A citation goes only where the draft's marker puts it: a draft that marks none
    gets none (the report lists the sources to place), never a guessed one.

    :param unplaced: collects the markers that cite no source (out of the list's
        range, or a source left out), which are taken out of the text
    """
    unplaced = [] if unplaced is None else unplaced
    keywords, secondary = (
        draft.keywords[:10],
        draft.secondary[: max(0, 10 - len(draft.keywords))],
    )
    front = [
        "---",
        "description: "
        f"{_yaml(draft.description) if draft.description else DESCRIPTION_PLACEHOLDER}",
        "authors: "
        f"[{', '.join(fields.authors) if fields.authors else AUTHOR_PLACEHOLDER}]",
    ]
    if fields.reviewers:
        front.append(f"reviewers: [{', '.join(fields.reviewers)}]")
    front += [
        f"published: {fields.published}",
        f"reviewed: {REVIEWED_PLACEHOLDER}",
        f"keywords: {json.dumps(keywords, ensure_ascii=False)}",
    ]
    if secondary:
        front.append(f"secondary-keywords: {json.dumps(secondary, ensure_ascii=False)}")
    front.append("---")
    marked = any(
        _MARKER.search(_with_markers(line))
        for b in draft.blocks
        if b.kind != "heading"
        for line in b.lines
    )
    body = [f"# {_inline(draft.title)}"]
    level = 1
    for block in draft.blocks:
        body.append("")
        if block.kind == "heading":
            # no skipped levels (# then ###): MyST warns about them
            level = min(max(block.level, 2), level + 1)
            body.append(f"{'#' * level} {_inline(block.lines[0])}")
            continue
        if block.kind == "table":
            # a marker in a cell cites like one in a paragraph
            body += [
                _replace_markers(
                    _with_markers(_inline(line)), fields.keys, block.line, unplaced
                )
                if marked
                else _inline(line)
                for line in block.lines
            ]
            continue
        texts = (
            [_inline(" ".join(block.lines))]
            if block.kind == "paragraph"
            else [_inline(i) for i in block.lines]
        )
        cited = [
            _replace_markers(_with_markers(text), fields.keys, block.line, unplaced)
            if marked
            else text
            for text in texts
        ]
        if block.kind == "paragraph":
            body.append(cited[0])
        else:
            body += [
                f"{n}. {t}" if block.ordered else f"- {t}"
                for n, t in enumerate(cited, 1)
            ]
    return "\n".join(front) + "\n\n" + "\n".join(body) + "\n", marked


def _with_markers(text: str) -> str:
    """*text* with superscript citation markers written as "[1]", "[2,3]"."""
    return _SUPERSCRIPT_MARKER.sub(
        lambda m: f"[{m.group(1).translate(_PLAIN_DIGITS)}]", text
    )


def _yaml(text: str) -> str:
    # JSON strings are valid YAML and quote everything that YAML would misread
    return json.dumps(text, ensure_ascii=False)


def _inline(text: str) -> str:
    """Draft text on one line, made safe for MyST (a leading % would be a comment)."""
    text = " ".join(text.split())
    # a leading % would be a comment; a leading fence or colon fence would open a
    # code block or a directive that swallows the rest of the article
    if text.startswith(("%", "```", "~~~", ":::")):
        text = "\\" + text
    return text


@dataclass(frozen=True)
class UnplacedMarker:
    """A citation marker (or part of one) that cites no source: for the report."""

    line: int
    #: the marker as the draft writes it, "[2-3]"
    marker: str
    #: numbers beyond the draft's list ("2-3"), "" if none
    missing: str
    #: numbers whose source was left out of the import (unreadable), "" if none
    left_out: str
    #: the keys the marker still cites
    cited: tuple[str, ...]


def _numbers(text: str, count: int) -> tuple[list[int], list[str]] | None:
    """The in-range numbers a marker's text names, and the out-of-range parts
    ("5", "2-3") written as the draft has them; None if a range runs backwards.
    Each range is cut to the list's length before it is expanded (so "[1-2000000000]"
    never fills memory)."""
    numbers: list[int] = []
    missing: list[str] = []
    for part in re.split(r"\s*,\s*", text.strip()):
        ends = [int(n) for n in re.split(r"\s*[\u2013-]\s*", part)]
        low, high = ends[0], ends[-1]
        if low > high:
            return None
        numbers += range(max(low, 1), min(high, count) + 1)
        for first, last in ((low, min(high, 0)), (max(low, count + 1), high)):
            if first <= last:
                missing.append(str(first) if first == last else f"{first}-{last}")
    return numbers, missing


def _replace_markers(
    text: str,
    keys: tuple[str, ...],
    line: int,
    unplaced: list[UnplacedMarker],
) -> str:
    """Each run of markers as one role; what cites no source goes to *unplaced*."""

    def replace(match: re.Match[str]) -> str:
        marker = match.group(0).strip()
        numbers: list[int] = []
        missing: list[str] = []
        for inner in _NUMBERS.findall(marker):
            found = _numbers(inner, len(keys))
            if found is None:
                missing.append(inner)
                continue
            numbers += found[0]
            missing += found[1]
        chosen = tuple(dict.fromkeys(keys[n - 1] for n in numbers if keys[n - 1]))
        # a source left out of the import (reported with its line) cites nothing
        left_out = sorted({n for n in numbers if not keys[n - 1]})
        if missing or left_out:
            unplaced.append(
                UnplacedMarker(
                    line,
                    marker,
                    ", ".join(missing),
                    ", ".join(map(str, left_out)),
                    chosen,
                )
            )
        return f" {{footcite:p}}`{','.join(chosen)}`" if chosen else ""

    return _MARKER.sub(replace, text)


__all__ = ["ArticleFields", "Block", "UnplacedMarker", "render_article"]
