"""Shared parsers after the speed-ups: same lines, same problems, no crashes."""

from __future__ import annotations

import re

from healthkb.bib.read import parse_bibliography_text
from healthkb.rules.content_rules import check_leftovers


def test_bibliography_lines_and_duplicates():
    text = (
        "% comment\n\n@article{a2020one,\n  title={One}, year={2020}\n}\n\n"
        "@string{jtc = {Journal of Test Cardiology}}\n"
        "@article{b2021two,\n  title={Two}, journal=jtc, year={2021}\n}\n\n\n"
        "  @article{a2020one,\n  title={Again}, year={2020}\n}\n"
        "@article{c2022three,\n  title={Three, year={2022}\n}\n"
        "@article{d2023four,\n  title={Four}, year={2023}\n}\n"
    )
    bib = parse_bibliography_text(text, "references.bib")
    assert bib.lines == {"a2020one": 3, "b2021two": 8, "d2023four": 19}
    assert (
        str(bib.entries["b2021two"].fields["journal"]) == "Journal of Test Cardiology"
    )
    assert bib.broken == {"c2022three": 16}
    reading = [p for p in bib.problems if p.line in (13, 16)]
    assert [p.line for p in reading] == [13, 16]
    assert reading[0].message.startswith(
        "the key 'a2020one' is used by two entries, first on line 3"
    )
    assert reading[1].message.startswith("the entry 'c2022three' cannot be read")
    # the other problems are the entry rules' (no authors, DOI...), on entries' lines
    assert {p.line for p in bib.problems} == {3, 8, 13, 16, 19}


def test_bibliography_of_many_entries_keeps_every_line():
    entries = [
        f"@article{{k{n},\n  author = {{Test, A.}},\n  title = {{T{n}}},\n"
        f"  journal = {{J}},\n  year = {{2020}},\n  doi = {{10.1000/{n}}}\n}}\n"
        for n in range(500)
    ]
    bib = parse_bibliography_text("\n".join(entries), "references.bib")
    assert bib.problems == []
    assert [bib.lines[f"k{n}"] for n in range(500)] == [1 + 8 * n for n in range(500)]
    assert bib.field_lines["k499"]["doi"] == 1 + 8 * 499 + 5


def test_leftover_prefilter_keeps_case_insensitive_matches():
    body = (
        "Intro.\n\nOKAY, HERE'S the text.\n\n```\nhere's a draft in code\n```\n"
        "Leave A Comment\n"
    )
    found = check_leftovers("a.md", body, 10)
    quoted = [
        (p.line, re.search(r"leftover '(.*)':", p.message).group(1)) for p in found
    ]
    assert [line for line, _ in quoted] == [12, 17]
    assert quoted[0][1].startswith("OKAY, HERE'S")
    assert quoted[1][1] == "Leave A Comment"


def test_front_matter_with_libyaml_keeps_lines_aliases_and_dates():
    from healthkb.model.front_matter import parse_yaml, split_article

    front, problems = parse_yaml(
        "a.md", "x: 1\n\nreviewed: 2026-02-30\nkeywords: [A, B]\n", 2
    )
    assert problems == []
    assert front.data == {"x": 1, "reviewed": "2026-02-30", "keywords": ["A", "B"]}
    assert front.lines == {"x": 2, "reviewed": 4, "keywords": 5}
    _, problems = parse_yaml("a.md", "a: &x [1]\nb: *x\n", 2)
    assert [p.line for p in problems] == [2] and "aliases" in problems[0].message
    split = split_article("a.md", "---\ndescription: x\nkeywords: [a, b\n---\n# T\n")
    [bad] = split.problems
    assert bad.line == 3 and bad.message.startswith(
        "the front matter is not valid YAML"
    )


def test_control_character_in_front_matter_is_a_problem_not_a_crash():
    from healthkb.model.front_matter import split_article

    split = split_article("a.md", "---\ntitle: x\ndescription: a\x7fb\n---\n# T\n")
    [bad] = split.problems
    assert bad.line == 3 and "invisible control character (U+007F)" in bad.message
