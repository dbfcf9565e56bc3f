"""The ``key-figure`` rule over an article's source, for the build and the command
line alike: every key figure has a number the page can show and draw."""

from __future__ import annotations

import re

from healthkb.model import markdown_scan as scan
from healthkb.model.key_figures import parse_key_figure
from healthkb.problems import Problem, problem

# ``:::{key-figure}`` (colon fence) or ```` ```{key-figure} ```` (backtick fence)
_START = re.compile(r"^\s*(?::{3,}|`{3,}|~{3,})\s*\{key-figure\}\s*$")
_OPTION = re.compile(r"^\s*:([a-z-]+):\s*(.*?)\s*$")


def check_key_figures(path: str, body: str, first_line: int) -> list[Problem]:
    problems = []
    rows = list(scan.lines(body, first_line))
    for index, row in enumerate(rows):
        if not _START.match(row.text):
            continue
        options: dict[str, str] = {}
        for option_row in rows[index + 1 :]:
            match = _OPTION.match(option_row.text)
            if not match:
                break
            options[match.group(1)] = match.group(2)
        if "value" not in options:
            message = "no ':value:' line: add the number, e.g. ':value: 79.0'"
        else:
            _, message = parse_key_figure(
                options["value"],
                options.get("compare"),
                options.get("unit", ""),
                options.get("max"),
            )
        if message:
            problems.append(
                problem(path, row.number, "key-figure", f"key figure: {message}")
            )
    return problems
