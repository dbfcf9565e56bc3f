"""The text the Markdown parser is given: the front matter rewritten to checked values.

MyST parses the front matter again with its own YAML loader. That second reading is
where bad input hurts: an impossible date like ``2026-02-30`` makes it give up on the
whole block, an alias bomb is expanded into a huge field list, and a ``myst:`` key
changes the parser settings for the file (it can switch raw HTML back on). So the
parser sees only what our loader accepted: each allowed key as one JSON line on the
line where the editor wrote it (line numbers of the body do not move), and nothing at
all when the block has problems (the checks have reported them already).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from healthkb.model.article import PARSER_KEYS
from healthkb.model.front_matter import normalise_text, parse_yaml


def front_matter_for_parser(
    path: str, text: str, keep: Callable[[str], bool] | None = None
) -> str:
    """*text* with its front matter reduced to the keys *keep* accepts (default: all but
    parser settings), each value written as JSON on its original line."""
    keep = keep or (lambda key: key not in PARSER_KEYS)
    text = normalise_text(text)
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return text
    end = next(
        (i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None
    )
    if end is None:
        return text
    front, problems = parse_yaml(path, "\n".join(lines[1:end]), first_line=2)
    slots = [""] * (end - 1)
    extra: list[str] = []
    if not problems:
        for key, value in front.data.items():
            if not keep(key) or key in PARSER_KEYS:
                continue
            entry = f"{json.dumps(key)}: {json.dumps(value, default=str)}"
            index = front.line_of(key) - 2
            free = next(
                (i for i in range(max(index, 0), len(slots)) if not slots[i]), None
            )
            if free is None:
                extra.append(entry)
            else:
                slots[free] = entry
    if not any(slots) and not extra:
        # No front matter left: blank lines keep the body where it was.
        return "\n".join([""] * (end + 1) + lines[end + 1 :])
    return "\n".join(["---", *slots, *extra, "---", *lines[end + 1 :]])
