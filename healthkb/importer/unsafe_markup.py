"""Markup in a text or Markdown draft that must not reach an article: MyST
directive blocks, code fences, raw HTML and links that run or read something.

A draft is untrusted input, and the article the importer writes is parsed by MyST,
which would run what these lines ask for (``{include}`` reads a file, ``{raw}``
publishes HTML) or mangle the rest of the article (a fence nothing closes turns
everything after it into code). The build's own rules refuse all of it; here it is
taken out before the draft is read and every line taken out is listed in the
import report, so nothing is lost silently.
"""

from __future__ import annotations

import bisect
import re

from healthkb.importer.drop_chatter import Removed

#: a fence: three or more backticks, tildes or colons, then its info string
_FENCE = re.compile(r"^ {0,3}(?P<mark>`{3,}|~{3,}|:{3,})[ \t]*(?P<info>.*)$")
#: MyST's callouts: their text is the article's, only the fence lines go
_CALLOUTS = frozenset(
    [
        "admonition",
        "attention",
        "caution",
        "danger",
        "error",
        "hint",
        "important",
        "note",
        "seealso",
        "tip",
        "warning",
    ]
)
#: elements whose content is code or a page of its own, not article text, and
#: HTML comments: found with str.find, never a lazy regex (a line of 100,000
#: unclosed "<script>" must not take minutes)
_CONTENT_TAGS = "script|style|iframe|object|embed|template|noscript|svg|math|frameset"
_OPENS = re.compile(rf"<(?P<tag>{_CONTENT_TAGS})\b|<!--", re.IGNORECASE)
#: any other tag or a declaration ("<b>", "</p>", "<br/>", "<!DOCTYPE html>");
#: "<4 mmol/L" or "a <-> b" is no tag; a Notion callout's <aside> lines are read as
#: a callout (page_properties)
_TAG = re.compile(
    r"<![A-Za-z][^<>]*>|</?(?!aside\b)[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"
)
#: a link or image whose address runs code or reads a local file (markdown-it
#: leaves these unlinked too, but the text around them should not be guessed at)
_SCHEMES = r"(?:java[ \t]*script|vb[ \t]*script|data|file|blob)[ \t]*:"
_BAD_LINK = re.compile(
    rf"(?P<image>!?)\[(?P<text>[^\]]{{0,500}})\]\(\s*<?\s*{_SCHEMES}(?:[^()]|\([^()]{{0,200}}\)){{0,2000}}\)"
    rf"|<\s*{_SCHEMES}[^>]{{0,2000}}>",
    re.IGNORECASE,
)
#: a MyST substitution ("{{ name }}"): the site defines none
_SUBSTITUTION = re.compile(r"\{\{[^{}\n]{0,200}\}\}")


def drop_unsafe_markup(
    numbered: list[tuple[int, str]],
) -> tuple[list[tuple[int, str]], list[Removed]]:
    """The draft's lines without directive blocks, fence lines, raw HTML, links that
    run code and substitutions; each removal as a :class:`Removed` for the report.
    Line numbers are kept (a removed line becomes empty)."""
    kept: list[tuple[int, str]] = []
    removed: list[Removed] = []
    #: indices of the closing fence lines of blocks whose text is kept
    closes: dict[int, str] = {}
    bare = _bare_fences(numbered)
    index = 0
    while index < len(numbered):
        number, line = numbered[index]
        if index in closes:
            removed.append(Removed(number, line.strip(), closes.pop(index)))
            kept.append((number, ""))
            index += 1
            continue
        block = _element_block(numbered, index)
        if block is not None:
            end, kind = block
            removed += [
                Removed(n, t.strip(), kind)
                for n, t in numbered[index : end + 1]
                if t.strip()
            ]
            kept += [(n, "") for n, _ in numbered[index : end + 1]]
            index = end + 1
            continue
        fence = _FENCE.match(line)
        if fence is None:
            kept.append((number, _clean_line(number, line, removed)))
            index += 1
            continue
        mark, info = fence["mark"], fence["info"].strip()
        close = _closing_fence(bare, index, mark)
        name = re.match(r"\{([\w:.-]{1,60})\}", info)
        kept.append((number, ""))
        if close is None:
            removed.append(
                Removed(
                    number,
                    line.strip(),
                    "a fence line that nothing closes (it would make the rest of "
                    "the article code): removed, the lines after it kept as text",
                )
            )
            index += 1
            continue
        where = f"lines {number}-{numbered[close][0]}"
        titled = _TITLED_CALLOUT.match(info) if mark.startswith(":") else None
        kind = ""
        if name is not None and name[1].lower() not in _CALLOUTS:
            kind = (
                f"a {{{name[1]}}} block ({where}): directives are not imported; add "
                "what it should show yourself"
            )
        elif titled and _TODO_TITLE.match(titled["title"]):
            # ":::danger TODO before merge": a box of the writers' to-dos, not
            # the readers' (its text goes with it)
            kind = f"the writers' to-do box ({where}), with what it asked"
        if kind:
            removed += [
                Removed(n, t.strip(), kind)
                for n, t in numbered[index : close + 1]
                if t.strip()
            ]
            kept += [(n, "") for n, _ in numbered[index + 1 : close + 1]]
            index = close + 1
            continue
        what = f"a {{{name[1]}}} callout" if name else "a code block"
        kind = f"the fence lines of {what} ({where}): its text is kept as text"
        removed.append(Removed(number, line.strip(), kind))
        closes[close] = kind
        first = next(
            (j for j in range(index + 1, close) if numbered[j][1].strip()), None
        )
        if titled and first is not None and _BLOCK_START.match(numbered[first][1]):
            # the box opens on a list, a table or a heading: its title is a line
            # of its own (where the fence was), or the first item loses its marker
            kept[-1] = (number, f"**{titled['title'].strip()}**")
        elif titled and first is not None:
            # Docusaurus's ":::tip Talk to your doctor": the title leads its text
            numbered = list(numbered)
            numbered[first] = (
                numbered[first][0],
                f"**{titled['title'].strip()}:** {numbered[first][1].strip()}",
            )
        index += 1
    return kept, sorted(removed, key=lambda r: r.line)


#: a callout fence's name and title ("tip Talk to your doctor", "{note} Title")
_TITLED_CALLOUT = re.compile(
    r"^\{?(?:"
    + "|".join(sorted(_CALLOUTS | {"info"}))
    + r")\}?[ \t]+(?P<title>\S.{0,80})$",
    re.IGNORECASE,
)
#: a callout's title that is a to-do note ("TODO before merge", "FIXME: dose")
_TODO_TITLE = re.compile(r"^\W{0,4}(?:TODO|FIXME|TBD|XXX)\b")
#: a line that starts a block of its own: a list item, a table row, a heading
_BLOCK_START = re.compile(r"^ {0,3}(?:[-*+][ \t]|\d{1,3}[.)][ \t]|\||#{1,6}[ \t])")
_BARE_FENCE = re.compile(r" {0,3}(`{3,}|~{3,}|:{3,})[ \t]*")


def _bare_fences(numbered: list[tuple[int, str]]) -> dict[str, list[tuple[int, int]]]:
    """Per fence character, the (index, length) of each line that could close a
    fence, in order (found once: a draft of 20,000 fences is read in one pass)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for index, (_, line) in enumerate(numbered):
        if (bare := _BARE_FENCE.fullmatch(line)) is not None:
            found.setdefault(bare[1][0], []).append((index, len(bare[1])))
    return found


def _closing_fence(
    bare: dict[str, list[tuple[int, int]]], index: int, mark: str
) -> int | None:
    """The index of the line that closes the fence *mark* opened on line *index*."""
    candidates = bare.get(mark[0], [])
    at = bisect.bisect_right(candidates, (index, len(mark) + 10**9))
    return next((j for j, size in candidates[at:] if size >= len(mark)), None)


def _spans(line: str) -> tuple[list[tuple[int, int, str]], int | None, str]:
    """The content elements and comments that close on *line* as (start, end, tag:
    "" for a comment), and where one that does not close starts (None: none) and
    its tag."""
    lower = line.lower()
    spans: list[tuple[int, int, str]] = []
    position = 0
    while (found := _OPENS.search(line, position)) is not None:
        tag = (found["tag"] or "").lower()
        closer = f"</{tag}" if tag else "-->"
        close = lower.find(closer, found.end())
        if close < 0:
            return spans, found.start(), tag
        end = close + len(closer)
        if tag:  # "</script >"
            bracket = line.find(">", end)
            end = len(line) if bracket < 0 else bracket + 1
        spans.append((found.start(), end, tag))
        position = end
    return spans, None, ""


def _what(tag: str) -> str:
    return f"a <{tag}> element" if tag else "an HTML comment"


def _element_block(
    numbered: list[tuple[int, str]], index: int
) -> tuple[int, str] | None:
    """(last index, kind) of a <script>, <iframe>, comment … that opens on line
    *index* and does not close on it; None if there is none."""
    _, start, tag = _spans(numbered[index][1])
    if start is None:
        return None
    closer = f"</{tag}" if tag else "-->"
    end = next(
        (
            j
            for j in range(index + 1, len(numbered))
            if closer in numbered[j][1].lower()
        ),
        len(numbered) - 1,
    )
    return end, (
        f"{_what(tag)} (lines {numbered[index][0]}-{numbered[end][0]}): raw HTML is "
        "not imported"
    )


#: what is taken out of a line after its elements, in order: (pattern, why, what
#: stays of a match)
_IN_LINE: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        _TAG,
        "an HTML tag (its text is kept): write emphasis and links in Markdown",
        "",
    ),
    (
        _BAD_LINK,
        "a link that would run code or open a local file (its text is kept)",
        "{text}",
    ),
    (_SUBSTITUTION, "a template placeholder: write the words it stands for", ""),
)


def _clean_line(number: int, line: str, removed: list[Removed]) -> str:
    """*line* without raw HTML, links that run code and substitutions."""
    if "<" not in line and "{{" not in line and ":" not in line:
        return line  # the common case, cheaply
    spans, _, _ = _spans(line)
    for start, end, tag in spans:
        removed.append(
            Removed(number, line[start:end], f"{_what(tag)}: raw HTML is not imported")
        )
    if spans:
        kept = [line[: spans[0][0]]]
        kept += [line[a[1] : b[0]] for a, b in zip(spans, spans[1:], strict=False)]
        line = "".join([*kept, line[spans[-1][1] :]])
    for pattern, why, stays in _IN_LINE:

        def take(match: re.Match[str], why: str = why, stays: str = stays) -> str:
            named = {k: v or "" for k, v in match.groupdict().items()}
            removed.append(Removed(number, match[0], why))
            return stays.format(text=named.get("text", ""))

        line = pattern.sub(take, line)
    return line
