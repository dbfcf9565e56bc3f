"""Mistakes in an article's structure that the build refuses: a heading that skips
a level, a directive left without the text it needs, an option value it cannot
read, a list-table whose rows are not a list of cells, a download whose file is
not there.

Each is reported once, at its line, in the words of what to do (rule ``markup``);
the build's own warning for the same thing is dropped (:mod:`healthkb.sphinxext.said_once`). What MyST and
docutils would do is read from them: the headings of MyST's parse, the directives
that refuse no content and each option's converter (``directive_specs``, written
from the build's own directives), docutils' converters called on the value.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache

from healthkb.model import markdown_scan as scan
from healthkb.rules.directive_specs import CONTENT_REQUIRED, VALUES

#: (line, message, subject): the subject is what the build's warning names
Found = tuple[int, str, str]

_OPTION_ROW = re.compile(r"^\s*:([\w-]+):(?:\s+(.*))?$")


def heading_jumps(body: str, first_line: int) -> list[Found]:
    """A section heading deeper than one below the heading it follows (``#`` then
    ``###``), as MyST's renderer judges it: only headings that make sections (not
    those inside a list, a quote or a directive, which become rubrics). Subject
    ``heading:<line>:H<parent>-H<level>``."""
    found: list[Found] = []
    inside_directives: list[tuple[int, int]] = []
    open_levels = {0}
    for block in scan.blocks(body, first_line):
        if block.type in ("fence", "colon_fence") and block.directive:
            inside_directives.append((block.line, block.end))
            continue
        if block.type != "heading_open" or block.inside:
            continue
        if any(start < block.line < end for start, end in inside_directives):
            continue
        level = int(block.tag[1:])
        parent = max(n for n in open_levels if n < level)
        if parent + 1 != level:
            marks = "#" * (parent + 1)
            found.append((block.line, (
                f"this heading is level {level} ('{'#' * level} ') but "
                + (f"follows a level-{parent} heading" if parent else
                   "is the page's first heading")
                + f": headings go one level at a time, so write it '{marks} ...' "
                "(or add the missing level above it)"),
                f"heading:{block.line}:H{parent}-H{level}"))  # fmt: skip
        open_levels = {n for n in open_levels if n < level} | {level}
    return found


def directive_parts(content: str) -> tuple[list[tuple[int, str, str]], str, int]:
    """A directive's options as MyST reads them (``:key: value`` rows, or a
    ``---`` YAML block of ``key: value``): (row offset from the first line, key,
    value) each; then its text after them and the offset of the text's first row."""
    rows = content.split("\n")
    options: list[tuple[int, str, str]] = []
    if rows and rows[0].strip() == "---":
        for index, row in enumerate(rows[1:], start=1):
            if row.strip().startswith("---"):
                return options, "\n".join(rows[index + 1 :]), index + 2
            key, _, value = row.partition(":")
            if key.strip():
                options.append((index + 1, key.strip(), value.strip()))
        return options, "", len(rows) + 1
    index = 0
    for index, row in enumerate(rows):  # noqa: B007 - the text starts after
        match = _OPTION_ROW.match(row)
        if not match:
            break
        options.append((index + 1, match.group(1), (match.group(2) or "").strip()))
    else:
        index = len(rows)
    return options, "\n".join(rows[index:]), index + 1


def directive_mistakes(block: scan.Block) -> list[Found]:
    """A directive's missing text (subject ``content:<name>``), an option value
    its converter refuses (``value:<name>:<option>``) and a list-table's rows
    (``list-table:<what>``)."""
    name = block.directive if block.type in ("fence", "colon_fence") else None
    if not name:
        return []
    options, text, text_offset = directive_parts(block.content)
    found: list[Found] = []
    if name in CONTENT_REQUIRED and not text.strip():
        close = block.markup or ":::"
        found.append((block.line, f"{{{name}}} has no text: write what it says on "
            f"the lines between '{close}{{{name}}}' and its closing '{close}', or "
            "remove it", f"content:{name}"))  # fmt: skip
    converters = VALUES.get(name, {})
    for offset, key, value in options:
        if key not in converters:
            continue
        try:
            _converter(converters[key])(_unquoted(value) or None)
        except (ValueError, TypeError):
            hint = _HINTS.get(converters[key].rpartition(":")[2], _OTHER)
            found.append((block.line + offset, f"{{{name}}}'s :{key}: cannot be "
                f"'{value}': {hint}", f"value:{name}:{key}"))  # fmt: skip
    if name == "list-table" and text.strip():
        found += _list_table_rows(text, block.line + text_offset)
    if name == "table" and text.strip():
        found += _one_table(text, block.line + text_offset)
    if name == "hlist" and not _one_bullet_list(scan.tokens(text)):
        found.append((block.line, "{hlist} holds one bulleted list, which it shows "
            "in columns: write its items as '- item' lines", f"hlist:{block.line}"))  # fmt: skip
    if name == "csv-table":
        found += _csv_rows(block, dict((k, v) for _, k, v in options), text)
    if name in ARGUMENTS and (words := _argument(block.info)):
        try:
            _converter(ARGUMENTS[name])(words)
        except ValueError:
            found.append((block.line, f"{{{name}}} cannot take '{words}' after its "
                f"name: {_ARGUMENT_HINTS.get(name, _OTHER)}", f"argument:{name}"))  # fmt: skip
    return found


#: directives that read their argument with a converter in their run() (not in
#: docutils' argument count, so not in directive_specs): name -> "module:function"
#: (tests/test_compat_canaries.py checks that each still does)
ARGUMENTS = {"grid": "sphinx_design.grids:row_columns_option"}
_ARGUMENT_HINTS = {
    "grid": "give the number of columns, 1 to 12 (or auto), once or for each of "
    "four screen sizes ('1 2 3 4')",
}


def _argument(info: str) -> str:
    return re.sub(r"^\{[^}\s]+\}", "", info.strip(), count=1).strip()


def _one_bullet_list(tokens: list, level: int = 0) -> bool:
    """Whether *tokens* (MyST's parse of a directive's content, or of one list
    item's) at *level* are one bulleted list and nothing else."""
    top = [t for t in tokens if t.level == level]
    return (
        len(top) == 2
        and top[0].type == "bullet_list_open"
        and top[-1].type == "bullet_list_close"
    )


def _one_table(text: str, first_line: int) -> list[Found]:
    """docutils' table directive takes one table as its content, nothing else."""
    top = [t for t in scan.tokens(text) if t.level == 0]
    if len(top) == 2 and top[0].type == "table_open":
        return []
    return [(first_line, "{table} holds one Markdown table ('| a | b |', then "
             "'|---|---|', then its rows) and nothing else: write the table, or "
             "put the other text outside the directive", "table:one-table")]  # fmt: skip


def _csv_rows(block: scan.Block, options: dict[str, str], text: str) -> list[Found]:
    """More header rows than the data has, or no row left for the body
    (docutils' check of a table's dimensions), read with docutils' own CSV
    dialect."""
    import csv

    from docutils.parsers.rst.directives.tables import CSVTable

    if "file" in options or "url" in options:
        return []
    try:
        header_rows = int(_unquoted(options.get("header-rows", "0")) or 0)
    except ValueError:
        return []  # the value rule says so
    lines = text.strip("\n").split("\n") if text.strip() else []
    try:
        dialect = CSVTable.DocutilsDialect(options)
        rows = list(csv.reader((line + "\n" for line in lines), dialect=dialect))
    except (csv.Error, TypeError):
        return []
    if header_rows and len(rows) <= header_rows:
        return [(block.line, f"{{csv-table}} has {len(rows)} row"
            f"{'s' if len(rows) != 1 else ''} and :header-rows: {header_rows}: a "
            "table needs a row of data below its header rows, so lower "
            ":header-rows: or add the rows", "table-rows:csv-table")]  # fmt: skip
    return []


def _unquoted(value: str) -> str:
    if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


@cache
def _converter(name: str) -> Callable[[str | None], object]:
    """A converter named "module:function" in directive_specs.VALUES (docutils'
    own, or int)."""
    module, _, attr = name.partition(":")
    return getattr(importlib.import_module(module), attr)


_OTHER = "correct the value or remove the line"
#: what to write, by converter
_HINTS = {
    "length_or_percentage_or_unitless": "write a size such as 300px, 50% or 20em",
    "length_or_unitless": "write a size such as 200px or 10em",
    "percentage": "write a percentage such as 50%",
    "nonnegative_int": "write a whole number (0 or more)",
    "positive_int": "write a whole number (1 or more)",
    "int": "write a whole number",
    "unchanged_required": "give it a value after the option's name, or remove the line",
    "class_option": "give it a class name after the option's name, or remove the line",
    "uri": "give it an address or a file name, or remove the line",
}


_CELLS = (
    "a list-table is one bulleted list of rows, each row a list of its cells: "
    "'* - first cell' then '  - next cell' on the line below"
)


def _list_table_rows(text: str, first_line: int) -> list[Found]:
    """What docutils' list-table refuses in its content (MyST's parse of it): not
    one bulleted list; a row that is not a list of cells; rows of different
    lengths. The first such mistake only: the build stops at it too."""
    all_tokens = scan.tokens(text)
    if not _one_bullet_list(all_tokens):
        top = [t for t in all_tokens if t.level == 0]
        line = first_line + ((top[0].map or (0, 0))[0] if top else 0)
        return [(line, f"this is not a table's rows: {_CELLS}",
                 "list-table:one-list")]  # fmt: skip
    rows: list[tuple[int, list]] = []
    for index, token in enumerate(all_tokens):
        if token.type == "list_item_open" and token.level == 1:
            line = first_line + (token.map or (0, 0))[0]
            inner = []
            for later in all_tokens[index + 1 :]:
                if later.type == "list_item_close" and later.level == 1:
                    break
                if later.level == 2:
                    inner.append(later)
            rows.append((line, inner))
    cells = None
    for number, (line, inner) in enumerate(rows, start=1):
        if not _one_bullet_list(inner, level=2):
            return [(line, f"row {number} of the table is not a list of cells: "
                     f"{_CELLS}", "list-table:row")]  # fmt: skip
        count = _cells(all_tokens, inner[0])
        if cells is None:
            cells = count
        elif count != cells:
            return [(line, f"row {number} of the table has {count} cell"
                f"{'s' if count != 1 else ''} and row 1 has {cells}: give every "
                "row the same number of cells (an empty cell is '  - ' alone)",
                "list-table:rows-differ")]  # fmt: skip
    return []


def _cells(tokens: list, opening: object) -> int:
    """The items of the bullet list that *opening* opens."""
    start = tokens.index(opening)
    level = opening.level  # type: ignore[attr-defined]
    count = 0
    for token in tokens[start + 1 :]:
        if token.type == "bullet_list_close" and token.level == level:
            break
        if token.type == "list_item_open" and token.level == level + 1:
            count += 1
    return count


#: a sphinx-design component -> (the directive it must be directly inside, the
#: name its warning gives it)
PARENTS = {
    "tab-item": ("tab-set", "tab-item"),
    "grid-item": ("grid", "grid-item"),
    "grid-item-card": ("grid", "grid-item"),
}


def misplaced_components(body: str, first_line: int) -> list[Found]:
    """A tab-item not directly in a tab-set, a grid item not directly in a grid
    (sphinx-design's "The parent of a ... should be a ..."). Subject
    ``parent:<name>:<line>``."""
    found: list[Found] = []
    open_directives: list[tuple[int, int, str]] = []
    for block in scan.blocks(body, first_line):
        name = block.directive if block.type in ("fence", "colon_fence") else None
        if not name:
            continue
        around = [d for d in open_directives if d[0] < block.line < d[1]]
        open_directives.append((block.line, block.end, name))
        if name not in PARENTS:
            continue
        parent, called = PARENTS[name]
        innermost = max(around, default=None)
        if innermost is None or innermost[2] != parent or block.inside:
            found.append((block.line, f"{{{name}}} belongs directly inside a "
                f"{{{parent}}}: put it between the {{{parent}}}'s first line and "
                f"its closing marks (the {{{parent}}}'s fence one ':' or '`' longer)",
                f"parent:{called}:{block.line}"))  # fmt: skip
    return found


def structure_mistakes(body: str, first_line: int) -> list[Found]:
    """Every mistake of this module in *body*, in order of lines."""
    found = heading_jumps(body, first_line) + misplaced_components(body, first_line)
    for block in scan.blocks(body, first_line):
        found += directive_mistakes(block)
    return sorted(found)


def reported_structure(body: str, first_line: int) -> set[str]:
    """The subjects :func:`structure_mistakes` reports on *body*."""
    return {subject for _, _, subject in structure_mistakes(body, first_line)}


def download_targets(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, file) of each ``{download}`` role naming a file of the site."""
    return [
        (role.line, target)
        for role in scan.roles(body, first_line)
        if role.name == "download"
        and (target := scan.split_title(role.text)[1].strip())
        and not re.match(r"^(?:[a-z][a-z0-9+.-]*:|//)", target, re.IGNORECASE)
    ]
