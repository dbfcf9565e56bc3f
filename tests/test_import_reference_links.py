"""Markdown reference links ("[text][n]" with "[n]: URL" lines) are read as
inline links, and a link that is the whole of its parentheses is a citation."""

from __future__ import annotations

from healthkb.importer.draft import parse_draft
from healthkb.importer.reference_links import resolve_reference_links

TEXT = """# Clinic news

Read the [opening times][hours] before you come.

[hours]: https://example.org/hours "Opening times"
"""


def _numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), 1))


def test_reference_link_made_inline_and_definition_removed():
    lines, removed = resolve_reference_links(_numbered(TEXT))
    texts = [t for _, t in lines]
    assert (
        "Read the [opening times](https://example.org/hours) before you come." in texts
    )
    assert not any(t.startswith("[hours]:") for t in texts)
    assert [r.line for r in removed] == [5]


def test_undefined_label_and_source_lines_stay():
    text = "See [this][9].\n\n[1] Smith J. A title. 2020."
    assert resolve_reference_links(_numbered(text)) == (_numbered(text), [])


def test_a_link_in_its_own_parentheses_is_a_source():
    text = (
        "# Clinic news\n\nThe clinic moved last year ([Council notice][1]).\n\n"
        "[1]: https://example.org/notice\n"
    )
    draft = parse_draft(text, "news.txt")
    assert [ref.urls for _, ref in draft.sources] == [("https://example.org/notice",)]
    paragraph = next(b for b in draft.blocks if b.kind == "paragraph")
    assert paragraph.lines[0].endswith("last year [1].")
