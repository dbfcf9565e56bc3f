"""MyST's own reading of an article body, with file line numbers, for the rules.

The rules read the markdown-it-py tokens of MyST's parser (``create_md_parser``, with
the site's MyST extensions), not line regexes: code spans and blocks are never rule
input, roles and directives are seen as such, setext headings are headings. Directive
bodies that MyST parses as Markdown (notes, cards, figures' captions...) are parsed
here too, at their own lines. The parse is linear in the text, unlike the old regexes.

Raw HTML is switched on in this parser only so that the rules can see and refuse it;
the build's parser keeps it off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from healthkb._compat import explicit_title_splitter

#: the site's ``myst_enable_extensions`` while its articles are checked
#: (:func:`healthkb.rules.checks.analyse_article` sets it from conf.py)
EXTENSIONS: ContextVar[tuple[str, ...]] = ContextVar(
    "myst_extensions", default=("colon_fence", "deflist", "fieldlist", "substitution")
)

#: directives whose content is not Markdown (code, raw text, file names)
CODE_DIRECTIVES = frozenset(
    {
        "code",
        "code-block",
        "code-cell",
        "sourcecode",
        "literalinclude",
        "raw",
        "eval-rst",
        "math",
        "toctree",
        "include",
        "csv-table",
        "mermaid",
        "graphviz",
        "glossary",
        "footbibliography",
        "bibliography",
    }
)
CITE_ROLES = frozenset(
    {"footcite", "footcite:p", "footcite:t", "cite", "cite:p", "cite:t", "cite:ps"}
)
#: only kept for callers matching role text in plain strings (front matter)
CITE_ROLE = re.compile(r"\{(?:foot)?cite(?::[a-z]+)?\}`([^`]*)`")
_DIRECTIVE_INFO = re.compile(r"^\{([^}\s]+)\}\s*(.*)$")
_OPTION_LINE = re.compile(r"^\s*:[\w-]+:")


@contextmanager
def extensions(names: tuple[str, ...]) -> Iterator[None]:
    """Parse with the site's MyST extensions (conf.py) inside the block."""
    token = EXTENSIONS.set(names)
    try:
        yield
    finally:
        EXTENSIONS.reset(token)


@lru_cache(maxsize=4)
def _parser(extensions: tuple[str, ...]) -> MarkdownIt:
    md = create_md_parser(
        MdParserConfig(enable_extensions=set(extensions)), RendererHTML
    )
    md.options["html"] = True  # seen, so refused (see the module docstring)
    return md


@dataclass(frozen=True)
class Inline:
    """One piece of inline content: text, a role, code, HTML, a link or an image."""

    line: int
    #: text | role | code | html | link | link_end | autolink | image | footnote | break
    kind: str
    text: str
    #: role name, link/image target
    name: str = ""


@dataclass(frozen=True)
class Block:
    """A block token with its file lines (1-based, end exclusive)."""

    type: str
    line: int
    end: int
    tag: str = ""
    #: fence info / directive name
    info: str = ""
    content: str = ""
    #: inline pieces (for inline tokens), in order
    inline: tuple[Inline, ...] = ()
    #: nesting: list item, blockquote... the block is inside
    inside: tuple[str, ...] = ()
    markup: str = ""

    @property
    def directive(self) -> str | None:
        match = _DIRECTIVE_INFO.match(self.info.strip())
        return match.group(1) if match else None

    @property
    def code(self) -> bool:
        """A code block (or a directive whose content is not Markdown)."""
        if self.type == "code_block":
            return True
        if self.type in ("fence", "colon_fence"):
            name = self.directive
            return name is None or name in CODE_DIRECTIVES
        return False


def blocks(body: str, first_line: int) -> tuple[Block, ...]:
    """Every block of *body* (and of the Markdown directives in it), in order."""
    return _blocks(body, first_line, EXTENSIONS.get())


def tokens(text: str) -> list[Token]:
    """MyST's markdown-it tokens of *text* (a directive's content, say), with the
    site's extensions."""
    return _parser(EXTENSIONS.get()).parse(text, {})


@lru_cache(maxsize=8)
def _blocks(
    body: str, first_line: int, extensions: tuple[str, ...]
) -> tuple[Block, ...]:
    tokens = _parser(extensions).parse(body, {})
    found: list[Block] = []
    stack: list[str] = []
    for token in tokens:
        if token.nesting == -1 and stack:
            stack.pop()
        start, end = (token.map or (0, 0))[0], (token.map or (0, 0))[1]
        block = Block(
            token.type,
            first_line + start,
            first_line + end,
            token.tag,
            token.info,
            token.content,
            _inline(token, first_line + start) if token.type == "inline" else (),
            tuple(stack),
            token.markup,
        )
        found.append(block)
        if token.nesting == 1:
            stack.append(token.type)
        if (
            token.type in ("fence", "colon_fence")
            and not block.code
            and token.map is not None
        ):
            found += _directive_body(block, extensions)
    return tuple(found)


def _directive_body(block: Block, extensions: tuple[str, ...]) -> list[Block]:
    """The blocks of a directive's Markdown content (its options blanked out)."""
    rows = block.content.split("\n")
    in_yaml = bool(rows) and rows[0].strip() == "---"
    for index, row in enumerate(rows):
        if in_yaml:
            rows[index] = ""
            if index and row.strip() == "---":
                in_yaml = False
            continue
        if _OPTION_LINE.match(row):
            rows[index] = ""
            continue
        break
    return list(_blocks("\n".join(rows), block.line + 1, extensions))


def _inline(token: Token, line: int) -> tuple[Inline, ...]:
    found = []
    for child in token.children or ():
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            line += 1
            found.append(Inline(line, "break", "\n"))
        elif kind == "text":
            found.append(Inline(line, "text", child.content))
            line += child.content.count("\n")
        elif kind == "myst_role":
            found.append(
                Inline(line, "role", child.content, child.meta.get("name", ""))
            )
        elif kind == "code_inline":
            found.append(Inline(line, "code", child.content))
        elif kind == "html_inline":
            found.append(Inline(line, "html", child.content))
        elif kind == "link_open":
            href = str(child.attrs.get("href", ""))
            autolink = child.markup in ("autolink", "linkify")
            found.append(Inline(line, "autolink" if autolink else "link", "", href))
        elif kind == "link_close":
            found.append(Inline(line, "link_end", ""))
        elif kind == "footnote_ref":
            found.append(Inline(line, "footnote", str(child.meta.get("label", ""))))
        elif kind == "image":
            found.append(
                Inline(line, "image", child.content, str(child.attrs.get("src", "")))
            )
    return tuple(found)


def inline_pieces(body: str, first_line: int) -> Iterator[Inline]:
    """Every inline piece of the body's prose (headings, paragraphs, table cells)."""
    for block in blocks(body, first_line):
        yield from block.inline


def split_title(text: str) -> tuple[str, str]:
    """(title, target) of a role's or toctree entry's text as Sphinx splits it:
    ``Title <target>``, else the whole text is both ("<x.pdf>" alone names x.pdf>
    to Sphinx, so every rule reads the same name the build does)."""
    _explicit, title, target = explicit_title_splitter()(text.strip())
    return title, target


#: roles whose text the reader does not see: the build writes a citation's number,
#: and a bare cross-reference's page or section title
_UNSEEN_ROLES = frozenset({"footcite", "cite", "doc", "ref", "numref"})


def shown_role(name: str, text: str) -> str:
    """What a reader sees of the role *name* with *text*: an explicit title
    ("Title <target>": the target is a file or page name), the text itself, or
    nothing for a citation or a bare cross-reference."""
    title, target = split_title(text)
    if name.split(":")[0] in _UNSEEN_ROLES and title == target:
        return ""
    return title


def prose_lines(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, text) of each line of prose and HTML as a reader reads it: code
    blanked, each role as :func:`shown_role` shows it (the chatter detector took
    role markup for a tool's words: "Get the {download}`walking notes`.")."""
    rows: dict[int, list[str]] = {}
    for block in blocks(body, first_line):
        if block.type == "html_block":  # refused as HTML, but its words are read too
            for offset, part in enumerate(block.content.split("\n")):
                rows.setdefault(block.line + offset, []).append(part)
    for piece in inline_pieces(body, first_line):
        if piece.kind in ("text", "html"):
            for offset, part in enumerate(piece.text.split("\n")):
                rows.setdefault(piece.line + offset, []).append(part)
        elif piece.kind == "role":
            row = rows.setdefault(piece.line, [])
            shown = shown_role(piece.name, piece.text)
            if shown:
                row.append(shown)
            elif row:  # "a source {footcite:p}`x`." reads "a source."
                row[-1] = row[-1].rstrip()
        elif piece.kind == "code":
            rows.setdefault(piece.line, []).append(" ")
    return sorted((line, "".join(parts)) for line, parts in rows.items())


@dataclass(frozen=True)
class Line:
    number: int
    text: str
    #: inside a code block (or a directive whose content is not Markdown)
    code: bool
    #: the fence line itself, with its info string ("end" for the closing line)
    fence: str | None = None


def lines(body: str, first_line: int) -> Iterator[Line]:
    """Every source line with its file line number, code and fences per MyST's parse."""
    code: set[int] = set()
    fences: dict[int, str] = {}
    for block in blocks(body, first_line):
        if block.type in ("fence", "colon_fence"):
            fences[block.line] = block.info.strip() or "code"
            if block.end - 1 > block.line:
                fences.setdefault(block.end - 1, "end")
            if block.code:
                code.update(range(block.line + 1, block.end - 1))
        elif block.type == "code_block":
            code.update(range(block.line, block.end))
    for offset, text in enumerate(body.split("\n")):
        number = first_line + offset
        yield Line(number, text, code=number in code, fence=fences.get(number))


def prose(text: str) -> str:
    """*text* with inline code spans blanked (for one-line strings outside a body)."""
    return "".join(
        " " * len(p.text) if p.kind == "code" else _piece_text(p)
        for p in inline_pieces(text, 1)
    )


def _piece_text(piece: Inline) -> str:
    if piece.kind == "role":
        return f"{{{piece.name}}}`{piece.text}`"
    return piece.text if piece.kind in ("text", "break") else ""


@dataclass(frozen=True)
class Paragraph:
    line: int
    text: str
    in_list: bool


def paragraphs(body: str, first_line: int) -> Iterator[Paragraph]:
    """Prose paragraphs (and list items' paragraphs), with roles written as roles."""
    previous = ""
    for block in blocks(body, first_line):
        if block.type == "inline" and previous == "paragraph_open":
            text = " ".join(
                _piece_text(p) if p.kind != "break" else " " for p in block.inline
            )
            yield Paragraph(
                block.line, " ".join(text.split()), "list_item_open" in block.inside
            )
        previous = block.type


def headings(body: str, first_line: int) -> list[tuple[int, int, str]]:
    """(line, level, text) of every heading, ATX or setext, outside code."""
    found = []
    level = 0
    for block in blocks(body, first_line):
        if block.type == "heading_open":
            level = int(block.tag[1:])
        elif block.type == "inline" and level:
            text = "".join(_piece_text(p) for p in block.inline).strip()
            found.append((block.line, level, text))
            level = 0
    return found


def roles(body: str, first_line: int) -> list[Inline]:
    """Every role in the prose, in order."""
    return [p for p in inline_pieces(body, first_line) if p.kind == "role"]


def citations(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, key) of every citation role outside code, in order of appearance."""
    return [
        (role.line, key.strip())
        for role in roles(body, first_line)
        if role.name in CITE_ROLES
        for key in role.text.split(",")
        if key.strip()
    ]
