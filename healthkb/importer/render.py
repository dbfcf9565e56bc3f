"""Render a parsed :class:`Draft` as a MyST article with front matter and citations."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from healthkb.importer.draft import Block, Draft
from healthkb.importer.errors import DraftError
from healthkb.rules.content_rules import STATISTIC

REVIEWED_PLACEHOLDER = "<<date of the editorial or clinical review, YYYY-MM-DD>>"
DESCRIPTION_PLACEHOLDER = "<<one or two plain sentences, at most 160 characters>>"
AUTHOR_PLACEHOLDER = "<<your key in authors.yml>>"
#: Vancouver in-text markers: [1], [1,2], [1-3]
_MARKER = re.compile(r"\s*\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\](?!\()")


@dataclass(frozen=True)
class ArticleFields:
    authors: tuple[str, ...]
    reviewers: tuple[str, ...]
    published: str
    keys: tuple[str, ...]


def render_article(draft: Draft, fields: ArticleFields) -> tuple[str, bool]:
    """The article text, and whether the draft placed its own citation markers."""
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
        _MARKER.search(line)
        for b in draft.blocks
        if b.kind != "heading"
        for line in b.lines
    )
    body = [f"# {_inline(draft.title)}"]
    first_paragraph = True
    level = 1
    for block in draft.blocks:
        body.append("")
        if block.kind == "heading":
            # no skipped levels (# then ###): MyST warns about them
            level = min(max(block.level, 2), level + 1)
            body.append(f"{'#' * level} {_inline(block.lines[0])}")
            continue
        if block.kind == "table":
            body += [_inline(line) for line in block.lines]
            continue
        texts = (
            [_inline(" ".join(block.lines))]
            if block.kind == "paragraph"
            else [_inline(i) for i in block.lines]
        )
        cited = []
        for text in texts:
            if marked:
                text = _replace_markers(text, fields.keys, draft.path, block.line)
            elif fields.keys and (first_paragraph or STATISTIC.search(text)):
                text = _cite(text, fields.keys)
            cited.append(text)
        first_paragraph = first_paragraph and block.kind != "paragraph"
        if block.kind == "paragraph":
            body.append(cited[0])
        else:
            body += [
                f"{n}. {t}" if block.ordered else f"- {t}"
                for n, t in enumerate(cited, 1)
            ]
    return "\n".join(front) + "\n\n" + "\n".join(body) + "\n", marked


def _yaml(text: str) -> str:
    # JSON strings are valid YAML and quote everything that YAML would misread
    return json.dumps(text, ensure_ascii=False)


def _inline(text: str) -> str:
    """Draft text on one line, made safe for MyST (a leading % would be a comment)."""
    text = " ".join(text.split())
    if text.startswith("%"):
        text = "\\" + text
    return text


def _cite(text: str, keys: tuple[str, ...]) -> str:
    # each key once ("" is a source left out): a DOI and a PMID line of one study
    cited = ",".join(dict.fromkeys(k for k in keys if k))
    if not cited:
        return text
    role = f"{{footcite:p}}`{cited}`"
    match = re.search(r"([.!?:;]*)$", text)
    end = match.start() if match else len(text)
    return f"{text[:end]} {role}{text[end:]}"


def _replace_markers(text: str, keys: tuple[str, ...], path: str, line: int) -> str:
    def replace(match: re.Match[str]) -> str:
        numbers: list[int] = []
        wrong: list[int] = []
        for part in re.split(r"\s*,\s*", match.group(1)):
            ends = [int(n) for n in re.split(r"\s*[\u2013-]\s*", part)]
            # check the ends before expanding: [1-2000000000] must not fill memory
            wrong += [n for n in ends if not 1 <= n <= len(keys)]
            if not wrong:
                numbers += (
                    list(range(ends[0], ends[-1] + 1)) if len(ends) == 2 else ends
                )
        if wrong or not numbers:
            raise DraftError(
                path,
                line,
                f"the text cites source [{wrong[0] if wrong else match.group(1)}] but "
                "the draft lists "
                f"{len(keys)} source(s): number the sources 1 to {len(keys)} in the "
                "order "
                "they are listed",
            )
        chosen = ",".join(dict.fromkeys(keys[n - 1] for n in numbers if keys[n - 1]))
        # a marker of sources that were all left out (reported) cites nothing
        return f" {{footcite:p}}`{chosen}`" if chosen else ""

    return _MARKER.sub(replace, text)


__all__ = ["ArticleFields", "Block", "render_article"]
