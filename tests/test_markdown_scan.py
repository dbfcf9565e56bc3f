"""The rules read MyST's own parse: code is never rule input, roles are roles,
setext headings are headings, directive bodies are read at their own lines."""

from __future__ import annotations

from healthkb.model import markdown_scan as scan
from healthkb.rules.content_rules import check_body

BODY = """# Title

Second title
============

See {doc}`two-year results </articles/a/b>` and `<b>` in code.
A source {footcite:p}`k1,k2` here.

    <b>indented code</b>

:::{note}
:class: tip
Inside {footcite:p}`k3` a note.
:::

```{code-block} html
<b>{footcite:p}`not-a-citation`</b>
```
"""


def test_setext_headings_are_headings():
    assert scan.headings(BODY, 1) == [(1, 1, "Title"), (3, 1, "Second title")]


def test_citations_are_roles_at_their_lines_never_in_code():
    assert scan.citations(BODY, 1) == [(7, "k1"), (7, "k2"), (13, "k3")]


def test_code_is_never_rule_input():
    rules = {(p.rule, p.line) for p in check_body("a.md", BODY, 1)}
    # the second title is found; nothing in code spans or code blocks is HTML,
    # and a {doc} title with <target> is not HTML either
    assert rules == {("title", 3)}


def test_line_numbers_follow_the_first_line():
    assert scan.headings(BODY, 11)[1] == (13, 1, "Second title")
    assert scan.citations(BODY, 11)[-1] == (23, "k3")


def test_extensions_follow_the_site():
    text = ":::{note}\nA {footcite:p}`k` note\n:::\n"
    with scan.extensions(("colon_fence",)):
        assert scan.citations(text, 1) == [(2, "k")]
        assert [b.directive for b in scan.blocks(text, 1) if b.type == "colon_fence"]
    with scan.extensions(()):
        # without colon_fence, MyST reads the fence as a paragraph: so do the rules
        assert not [b for b in scan.blocks(text, 1) if b.type == "colon_fence"]
