"""A note tool's Markdown (Obsidian: wikilinks, embeds, %% comments %%, callouts,
backlinks) and Markdown footnotes that are sources, read as what they stand for."""

from __future__ import annotations

from healthkb.importer.draft import parse_draft
from healthkb.importer.markdown_footnotes import footnotes_as_sources
from healthkb.importer.note_tool_markup import convert_note_markup, unwrap_wikilinks

NOTE = """\
---
author: "[[natalie-singh]]"
tags:
  - health/heart
  - draft
---

# Salt and your heart

%% ask Sam about the sodium figure %%

> [!todo] Before publishing
> Link the glossary and add the photo.

Eating less **[[Salt|salt]]** lowers [[Blood pressure]] in most adults.

![[salt-shaker.png|300]]

> [!tip] A simple start
> Taste your food before you add salt.

## Keywords

- salt
- blood pressure

#heart #nutrition

---
Backlinks: [[Heart MOC]] · [[2026-01-05]]
"""


def _body(draft) -> str:  # noqa: ANN001
    return "\n".join(line for block in draft.blocks for line in block.lines)


def test_an_obsidian_note_reads_as_its_article():
    draft = parse_draft(NOTE, "salt.md")
    body = _body(draft)
    assert draft.title == "Salt and your heart"
    assert draft.byline[0] == "natalie-singh"
    assert "Eating less **salt** lowers Blood pressure in most adults." in body
    assert "**A simple start:** Taste your food before you add salt." in body
    for gone in ("[[", "]]", "%%", "Sam", "[!", "Link the glossary", "Backlinks"):
        assert gone not in body, gone
    assert draft.keywords == ["salt", "blood pressure"]
    assert not draft.secondary
    assert "![](salt-shaker.png)" in body


def test_front_matter_tags_are_the_keywords_only_without_a_list():
    draft = parse_draft(
        NOTE.replace("## Keywords", "## More").split("- salt")[0] + "Salt matters.\n",
        "salt.md",
    )
    assert draft.keywords == ["health/heart", "draft"]


def test_a_hashtag_line_alone_under_keywords_is_the_list():
    draft = parse_draft(
        "# Salt\n\nLess salt helps.\n\n## Tags\n\n#salt #heart\n", "s.md"
    )
    assert draft.keywords == ["salt", "heart"]


def test_a_wikilink_is_its_words():
    assert unwrap_wikilinks(
        "see [[Relapse]] and [[Antidepressant|antidepressants]]"
    ) == ("see Relapse and antidepressants")


def test_an_embedded_note_is_reported_not_kept():
    lines, removed = convert_note_markup([(1, "Read this: ![[Other note]]")])
    assert lines == [(1, "Read this: ")]
    assert "embedded note" in removed[0].kind


def test_a_comment_across_lines_goes():
    lines, removed = convert_note_markup(
        [(1, "%% check this"), (2, "and this %%"), (3, "Text.")]
    )
    assert [t for _, t in lines] == ["", "", "Text."]
    assert len(removed) == 2


def test_a_quotation_is_no_callout():
    lines = [(1, "> I felt better after a month."), (2, "")]
    assert convert_note_markup(lines) == (lines, [])


def test_source_footnotes_become_numbered_sources():
    lines = list(
        enumerate(
            [
                "Most got better [^1].",
                "",
                "[^1]: Rush AJ, et al. A STAR*D report. Am J Psychiatry. 2006.",
            ],
            1,
        )
    )
    converted = [t for _, t in footnotes_as_sources(lines)]
    assert converted[0] == "Most got better [1]."
    assert "## References" in converted
    assert (
        converted[-1] == "[1] Rush AJ, et al. A STAR*D report. Am J Psychiatry. 2006."
    )


def test_note_footnotes_stay_footnotes():
    lines = list(enumerate(["Walk daily [^a].", "", "[^a]: Even a short walk."], 1))
    assert footnotes_as_sources(lines) == lines
