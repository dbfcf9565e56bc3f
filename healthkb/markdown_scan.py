"""Line-level reading of a MyST body: what is prose, what is code, where things are.

The content rules need line numbers and must not flag text inside code blocks, so
this is a small scanner over lines rather than a full Markdown parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*(\{[^}]*\})?(.*)$")
_CODE_DIRECTIVES = {
    "{code}",
    "{code-block}",
    "{sourcecode}",
    "{literalinclude}",
    "{raw}",
    "{math}",
}
_INLINE_CODE = re.compile(r"(?<![}\w])(`+)(?!`)(.+?)(?<!`)\1(?!`)")
CITE_ROLE = re.compile(r"\{(?:foot)?cite(?::[a-z]+)?\}`([^`]*)`")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass(frozen=True)
class Line:
    number: int
    text: str
    #: inside a code block (or a raw/math directive): not prose
    code: bool
    #: the fence line itself (``` or ~~~), with its info string
    fence: str | None = None


def lines(body: str, first_line: int) -> Iterator[Line]:
    """Every line of *body* with its file line number and whether it is code."""
    open_fence: str | None = None
    code = False
    for offset, text in enumerate(body.split("\n")):
        number = first_line + offset
        match = _FENCE.match(text)
        if open_fence is None and match:
            open_fence = match.group(1)
            info = (match.group(2) or "").strip()
            code = not info or info in _CODE_DIRECTIVES
            yield Line(number, text, code=False, fence=info or "code")
            continue
        if (
            open_fence is not None
            and text.strip().startswith(open_fence[0] * len(open_fence))
            and (text.strip() == open_fence[0] * len(text.strip()))
        ):
            open_fence, code = None, False
            yield Line(number, text, code=False, fence="end")
            continue
        yield Line(number, text, code=code and open_fence is not None)


def prose(text: str) -> str:
    """*text* with inline code spans blanked (roles like {term}`x` are kept)."""
    return _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), text)


def paragraphs(body: str, first_line: int) -> Iterator[tuple[int, str]]:
    """Prose paragraphs as (first line number, text), split on blank lines and fences."""
    start, buf = 0, []
    for line in lines(body, first_line):
        if (
            line.code
            or line.fence
            or not line.text.strip()
            or line.text.lstrip().startswith(":")
        ):
            if buf:
                yield start, " ".join(buf)
            buf = []
            continue
        if not buf:
            start = line.number
        buf.append(line.text.strip())
    if buf:
        yield start, " ".join(buf)


def headings(body: str, first_line: int) -> list[tuple[int, int, str]]:
    """(line, level, text) of every ATX heading outside code."""
    found = []
    for line in lines(body, first_line):
        if line.code or line.fence:
            continue
        match = HEADING.match(line.text)
        if match:
            found.append((line.number, len(match.group(1)), match.group(2)))
    return found


def citations(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, key) of every citation role outside code, in order of appearance."""
    found = []
    for line in lines(body, first_line):
        if line.code:
            continue
        for match in CITE_ROLE.finditer(line.text):
            found.extend(
                (line.number, key.strip())
                for key in match.group(1).split(",")
                if key.strip()
            )
    return found
