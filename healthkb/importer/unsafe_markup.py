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
#: elements whose content is code or a page of its own, not article text
_CONTENT_TAGS = "script|style|iframe|object|embed|template|noscript|svg|math|frameset"
_CONTENT_ELEMENT = re.compile(
    rf"<(?P<tag>{_CONTENT_TAGS})\b[^>]*>.*?</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL
)
#: such an element's opening tag with nothing closing it on its line
_CONTENT_OPENS = re.compile(rf"<(?P<tag>{_CONTENT_TAGS})\b", re.IGNORECASE)
#: any other tag, a comment or a declaration ("<b>", "</p>", "<br/>", "<!-- -->");
#: "<4 mmol/L" or "a <-> b" is no tag; a Notion callout's <aside> lines are read as
#: a callout (page_properties)
_TAG = re.compile(
    r"<!--.*?-->|<![A-Za-z][^>]*>|</?(?!aside\b)[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",
    re.DOTALL,
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
_SUBSTITUTION = re.compile(r"\{\{.{0,200}?\}\}")


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
        closing = re.compile(rf" {{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*")
        close = next(
            (
                j
                for j in range(index + 1, len(numbered))
                if closing.fullmatch(numbered[j][1])
            ),
            None,
        )
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
        if name is not None and name[1].lower() not in _CALLOUTS:
            kind = (
                f"a {{{name[1]}}} block ({where}): directives are not imported; add "
                "what it should show yourself"
            )
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
        index += 1
    return kept, sorted(removed, key=lambda r: r.line)


#: markup over several lines: (what opens it, what closes it, its kind)
_MULTILINE = (
    (_CONTENT_OPENS, "</{tag}\\s*>", "a <{tag}> element"),
    (re.compile(r"<!--"), "-->", "an HTML comment"),
)


def _element_block(
    numbered: list[tuple[int, str]], index: int
) -> tuple[int, str] | None:
    """(last index, kind) of a <script>, <iframe>, comment … that opens on line
    *index* and does not close on it; None if there is none."""
    # what closes on its own line is dealt with there
    line = re.sub(r"<!--.*?-->", "", _CONTENT_ELEMENT.sub("", numbered[index][1]))
    for opens, closes, kind in _MULTILINE:
        found = opens.search(line)
        if found is None:
            continue
        tag = found.groupdict().get("tag", "").lower()
        ending = re.compile(closes.replace("{tag}", tag), re.IGNORECASE)
        end = next(
            (
                j
                for j in range(index + 1, len(numbered))
                if ending.search(numbered[j][1])
            ),
            len(numbered) - 1,
        )
        what = kind.replace("{tag}", tag)
        return end, (
            f"{what} (lines {numbered[index][0]}-{numbered[end][0]}): raw HTML is "
            "not imported"
        )
    return None


#: what is taken out of a line, in order: (pattern, why, what stays of a match)
_IN_LINE: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (_CONTENT_ELEMENT, "a <{tag}> element: raw HTML is not imported", ""),
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
    for pattern, why, stays in _IN_LINE:

        def take(match: re.Match[str], why: str = why, stays: str = stays) -> str:
            named = {k: v or "" for k, v in match.groupdict().items()}
            removed.append(
                Removed(number, match[0], why.format(tag=named.get("tag", "").lower()))
            )
            return stays.format(text=named.get("text", ""))

        line = pattern.sub(take, line)
    return line
