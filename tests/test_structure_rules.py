"""check's structure rules on their own (healthkb/rules/structure_rules.py): a
heading that skips a level, a directive without its text, an option value its
converter refuses, a list-table whose rows are not a list of cells. Each with an
example written otherwise than tests/test_check_build_gaps.py's, and a look-alike
the build takes, which must stay silent."""

from __future__ import annotations

import pytest

from healthkb.rules.structure_rules import structure_mistakes

FIRST = 20


def _said(body: str) -> list[tuple[int, str]]:
    return [(line, subject) for line, _, subject in structure_mistakes(body, FIRST)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a setext title, then an ATX heading two levels down
        ("Title\n=====\n\n### Three\n", [(FIRST + 3, "heading:23:H1-H3")]),
        # a site page whose first heading is not a title
        ("## Only a part\n\nText.\n", [(FIRST, "heading:20:H0-H2")]),
        # back up, then down one at a time: fine
        ("# T\n\n## A\n\n### B\n\n## C\n\n### D\n", []),
        # a deep heading inside a directive or a list is a rubric: no section
        ("# T\n\n```{tip}\n#### Deep\n\nText.\n```\n", []),
        ("# T\n\n> #### Quoted\n", []),
    ],
)
def test_a_heading_that_skips_a_level(body, expected):
    assert _said(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("```{important}\n:name: a-label\n```\n", [(FIRST, "content:important")]),
        (":::{admonition} A title\n\n:::\n", [(FIRST, "content:admonition")]),
        # options only, then text: fine; a directive that needs no text: fine
        (":::{note}\n:class: tip\n\nText.\n:::\n", []),
        (":::{dropdown} Title\n:::\n", []),
    ],
)
def test_a_directive_without_its_text(body, expected):
    assert _said(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "```{list-table}\n:header-rows: several\n\n* - a\n```\n",
            [(FIRST + 1, "value:list-table:header-rows")],
        ),
        (
            "```{image} a.png\n---\nalt: A\nscale: big\n---\n```\n",
            [(FIRST + 3, "value:image:scale")],
        ),
        # sizes and numbers the converters take; quoted as YAML allows
        ("```{image} a.png\n:alt: A\n:width: 20em\n:scale: 50\n```\n", []),
        ("```{figure} a.png\n:alt: A\n:width: '80%'\n\nCaption.\n```\n", []),
    ],
)
def test_an_option_value_the_directive_refuses(body, expected):
    assert _said(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "```{list-table}\n- - a\n  - b\n- - c\n  - d\n  - e\n```\n",
            [(FIRST + 3, "list-table:rows-differ")],
        ),
        (
            "```{list-table}\n| a | b |\n|---|---|\n```\n",
            [(FIRST + 1, "list-table:one-list")],
        ),
        (
            "```{list-table}\n* - a\n\nAfter.\n```\n",
            [(FIRST + 1, "list-table:one-list")],
        ),
        # rows of two cells, one cell empty; cells of several paragraphs
        ("```{list-table}\n* - a\n  -\n* - c\n  - d\n```\n", []),
        ("```{list-table}\n* - a\n\n    more\n  - b\n* - c\n  - d\n```\n", []),
    ],
)
def test_a_list_table_whose_rows_are_not_cells(body, expected):
    assert _said(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a tab-item in a dropdown, a grid-item-card in a tab-set
        (
            "::::{dropdown} More\n:::{tab-item} A\nText.\n:::\n::::\n",
            [(FIRST + 1, "parent:tab-item:21")],
        ),
        (
            "::::{tab-set}\n:::{grid-item-card} A\nText.\n:::\n::::\n",
            [(FIRST + 1, "parent:grid-item:21")],
        ),
        # each directly in its parent, backtick fences too
        ("````{grid} 2\n```{grid-item-card} A\nText.\n```\n````\n", []),
        ("::::{tab-set}\n:::{tab-item} A\nText.\n:::\n::::\n", []),
    ],
)
def test_a_component_outside_its_parent(body, expected):
    assert _said(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "::::{grid} 13\n:::{grid-item}\nText.\n:::\n::::\n",
            [(FIRST, "argument:grid")],
        ),
        ("```{hlist}\n1. a\n2. b\n```\n", [(FIRST, "hlist:20")]),
        (
            "```{table}\nText before.\n\n| a |\n|---|\n| b |\n```\n",
            [(FIRST + 1, "table:one-table")],
        ),
        (
            "```{csv-table}\n---\nheader-rows: 3\n---\na;b\nc;d\n```\n",
            [(FIRST, "table-rows:csv-table")],
        ),
        # auto columns; a list of one item; a delimiter of its own
        ("::::{grid} auto\n:::{grid-item}\nText.\n:::\n::::\n", []),
        ("```{hlist}\n- only one\n```\n", []),
        ("```{csv-table}\n:delim: ;\n:header-rows: 1\n\na;b\nc;d\n```\n", []),
    ],
)
def test_a_grid_argument_an_hlist_and_tables(body, expected):
    assert _said(body) == expected
