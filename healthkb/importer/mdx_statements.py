"""MDX in a Markdown draft (Docusaurus, Nextra, Astro): the page's code, not text.

An MDX post starts with ``import TOCInline from '@theme/TOCInline';`` lines and
may ``export`` values; the site's components wrap boxes of its own ("<Admonition
title="Share this post">Found this useful? Share it …</Admonition>"). The import
and export lines are code for the site builder; a component whose title is a
content system's leftover (a share prompt, a subscribe box) is that leftover,
its text too. Both are removed and listed in the report.
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed
from healthkb.rules.chatter import find_certain_chatter

Line = tuple[int, str]

#: what an import binds: "X", "{ a, b }", "* as X", "X, { a }" (never a
#: sentence's words: "import your results from 'MyChart'")
_BINDING = r"(?:[\w$]+|\{[^{}\n]{0,200}\}|\*[ \t]+as[ \t]+[\w$]+)"
_BINDINGS = _BINDING + r"(?:[ \t]*,[ \t]*" + _BINDING + r")?"
#: ES module lines: "import X from '…';", "import '…';", "export const x = …"
_STATEMENT = re.compile(
    r"^[ \t]*(?:import[ \t]+(?:"
    + _BINDINGS
    + r"[ \t]+from[ \t]+)?['\"][^'\"\n]{1,200}['\"]"
    r"[ \t]*;?|export[ \t]+(?:const|let|var|function|default)\b.*)[ \t]*$"
)
#: a component's opening tag on its own line, with a title ("<Admonition
#: type="info" title="Share this post">")
_COMPONENT_OPEN = re.compile(
    r"^[ \t]*<(?P<name>[A-Z][\w.]{0,40})\b[^<>]*?\btitle=(?P<q>[\"'])(?P<title>[^\"'<>]{1,120})"
    r"(?P=q)[^<>]*>[ \t]*$"
)
#: how many lines a component's box may take
_BOX_LINES = 30


def drop_mdx_statements(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines without MDX import/export lines and leftover components, what was
    removed). Code fences are left to the fence rules: a statement inside one is
    the code block's text."""
    kept = list(lines)
    removed: list[Removed] = []
    in_fence = False
    index = 0
    while index < len(kept):
        number, text = kept[index]
        if re.match(r"^ {0,3}(?:`{3,}|~{3,})", text):
            in_fence = not in_fence
        if in_fence:
            index += 1
            continue
        if _STATEMENT.match(text):
            removed.append(
                Removed(
                    number, text.strip(), "an MDX import or export: the site's code"
                )
            )
            kept[index] = (number, "")
        elif (opened := _COMPONENT_OPEN.match(text)) and find_certain_chatter(
            opened["title"]
        ):
            close = re.compile(rf"^[ \t]*</{re.escape(opened['name'])}>[ \t]*$")
            end = next(
                (
                    j
                    for j in range(index + 1, min(len(kept), index + _BOX_LINES))
                    if close.match(kept[j][1])
                ),
                None,
            )
            if end is not None:
                why = f"a site component titled '{opened['title']}': a site leftover"
                for j in range(index, end + 1):
                    if kept[j][1].strip():
                        removed.append(Removed(kept[j][0], kept[j][1].strip(), why))
                    kept[j] = (kept[j][0], "")
                index = end
        index += 1
    return kept, removed


__all__ = ["drop_mdx_statements"]
