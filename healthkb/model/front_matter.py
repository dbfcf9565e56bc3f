"""Split an article into YAML front matter and body, keeping line numbers.

Values are loaded with PyYAML's safe loader, except that dates stay strings (so a
date like ``2026-02-30`` becomes a clear problem, not a crash) and anchors/aliases are
refused (an alias bomb is otherwise cheap to write and expensive to expand).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from healthkb.problems import Problem, problem

MAX_FRONT_MATTER_BYTES = 64 * 1024
_ODD_BREAKS = str.maketrans({"\x85": " ", "\u2028": " ", "\u2029": " "})


class _NoDatesLoader(yaml.SafeLoader):
    """Safe loader that leaves timestamps as strings."""


_NoDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_FastSafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FastNoDatesLoader(_FastSafeLoader):  # type: ignore[misc,valid-type]
    """The same, on libyaml's parser when PyYAML has it (~8x faster, same nodes)."""


_FastNoDatesLoader.yaml_implicit_resolvers = _NoDatesLoader.yaml_implicit_resolvers


@dataclass
class FrontMatter:
    """The parsed front matter of one article."""

    data: dict[str, Any] = field(default_factory=dict)
    #: line (1-based, in the file) of each top-level key
    lines: dict[str, int] = field(default_factory=dict)
    #: line of each key of a field holding a mapping: ``(field, key) -> line``
    item_lines: dict[tuple[str, str], int] = field(default_factory=dict)
    #: line of the opening ``---`` (1 when present)
    start: int = 1
    present: bool = False

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.start)


@dataclass
class SplitArticle:
    front: FrontMatter
    body: str
    #: line in the file where the body starts
    body_line: int
    problems: list[Problem]


def normalise_text(text: str) -> str:
    """Drop a BOM and turn Windows/Mac line endings into ``\\n``."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_article(path: str, text: str) -> SplitArticle:
    """Split *text* (already decoded) into front matter and body."""
    text = normalise_text(text)
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return SplitArticle(
            FrontMatter(),
            text,
            1,
            [
                problem(
                    path,
                    1,
                    "front-matter",
                    "the article has no front matter: start the file with a line '---', "
                    "the fields (description, authors, published, reviewed, keywords), "
                    "and another '---'",
                )
            ],
        )
    end = next(
        (i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None
    )
    if end is None:
        return SplitArticle(
            FrontMatter(present=True),
            "",
            len(lines),
            [
                problem(
                    path,
                    1,
                    "front-matter",
                    "the front matter opened with '---' on line 1 is never closed: "
                    "add a line '---' after the last field",
                )
            ],
        )
    yaml_text = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1 :])
    front, problems = parse_yaml(path, yaml_text, first_line=2)
    return SplitArticle(front, body, end + 2, problems)


def parse_yaml(
    path: str, yaml_text: str, first_line: int
) -> tuple[FrontMatter, list[Problem]]:
    """Parse a YAML mapping; *first_line* is the file line of the YAML's first line."""
    # libyaml first (front matter is a quarter of 'healthkb check' otherwise); for a
    # problem, PyYAML's own parser, whose messages and lines point closer to the cause
    try:
        front, problems = _parse_yaml(path, yaml_text, first_line, _FastNoDatesLoader)
        if not problems:
            return front, problems
    except UnicodeEncodeError:  # libyaml takes UTF-8 only; PyYAML names the character
        pass
    return _parse_yaml(path, yaml_text, first_line, _NoDatesLoader)


def _parse_yaml(
    path: str, yaml_text: str, first_line: int, loader_class: type
) -> tuple[FrontMatter, list[Problem]]:
    front = FrontMatter(start=max(first_line - 1, 1), present=True)
    if len(yaml_text.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES:
        return front, [
            problem(
                path,
                first_line,
                "front-matter",
                "the front matter is over 64 KB: keep it to the article's fields",
            )
        ]
    if "\t" in yaml_text:
        offset = yaml_text[: yaml_text.index("\t")].count("\n")
        return front, [
            problem(
                path,
                first_line + offset,
                "front-matter",
                "the front matter contains a tab character: YAML needs spaces for indentation, "
                "replace the tab with spaces",
            )
        ]
    # YAML also breaks lines at NEL and the Unicode line/paragraph separators; editors
    # and the Markdown parser do not, so treat them as spaces to keep line numbers true.
    yaml_text = yaml_text.translate(_ODD_BREAKS)
    try:
        loader = loader_class(yaml_text)
    except yaml.reader.ReaderError as exc:  # control characters are refused up front
        return front, [
            problem(
                path,
                first_line + yaml_text[: exc.position].count("\n"),
                "front-matter",
                "the front matter contains an invisible control character "
                f"(U+{exc.character:04X}): delete it and retype the text around it",
            )
        ]
    try:
        node = loader.get_single_node()
        if node is None:
            return front, [
                problem(
                    path,
                    front.start,
                    "front-matter",
                    "the front matter is empty: add the article's fields",
                )
            ]
        shared = _first_shared_node(node)
        if shared is not None:
            return front, [
                problem(
                    path,
                    first_line + shared.start_mark.line,
                    "front-matter",
                    "YAML anchors and aliases (&name, *name) are not allowed in front matter: "
                    "write each value out in full",
                )
            ]
        if not isinstance(node, yaml.MappingNode):
            return front, [
                problem(
                    path,
                    first_line + node.start_mark.line,
                    "front-matter",
                    "the front matter must be a list of 'field: value' lines",
                )
            ]
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        return front, [_yaml_problem(path, exc, first_line)]
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        return front, [
            problem(
                path,
                front.start,
                "front-matter",
                f"the front matter could not be read ({exc}): check its syntax",
            )
        ]
    finally:
        loader.dispose()
    front.data = {str(k): v for k, v in data.items()}
    problems = []
    for key_node, value_node in node.value:
        key, line = (
            str(getattr(key_node, "value", "")),
            first_line + key_node.start_mark.line,
        )
        if isinstance(value_node, yaml.MappingNode):
            for item_node, _ in value_node.value:
                front.item_lines[(key, str(getattr(item_node, "value", "")))] = (
                    first_line + item_node.start_mark.line
                )
        if key in front.lines:
            # YAML keeps the last one without a word: the editor's first value would vanish
            problems.append(
                problem(
                    path,
                    line,
                    "front-matter",
                    f"'{key}' is given twice (also on line {front.lines[key]}): keep one, "
                    "otherwise only this last one counts",
                )
            )
        front.lines[key] = line
    return front, problems


def _first_shared_node(root: yaml.Node) -> yaml.Node | None:
    """The earliest node reachable twice (the composer turns aliases into shared nodes).

    Its mark is where the anchor (``&name``) was defined; None when there is none.
    """
    seen: set[int] = set()
    shared: list[yaml.Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            shared.append(node)
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return min(
        shared, key=lambda n: (n.start_mark.line, n.start_mark.column), default=None
    )


def _yaml_problem(path: str, exc: yaml.MarkedYAMLError, first_line: int) -> Problem:
    """Point at where the broken construct starts (an unclosed '[' is found lines later)."""
    problem_line = (
        first_line + exc.problem_mark.line if exc.problem_mark else first_line
    )
    what = exc.problem or "it is not valid YAML"
    if (
        exc.context_mark
        and exc.context
        and first_line + exc.context_mark.line != problem_line
    ):
        line = first_line + exc.context_mark.line
        return problem(
            path,
            line,
            "front-matter",
            f"the front matter is not valid YAML: {exc.context.removeprefix('while ')} that starts on "
            f"this line is not finished ({what} on line {problem_line}): close every '[' with ']' "
            "and every quote",
        )
    return problem(
        path,
        problem_line,
        "front-matter",
        f"the front matter is not valid YAML ({what}): check the colons, quotes, brackets and "
        "indentation on this line",
    )
