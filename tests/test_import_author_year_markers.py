"""Author-year citations name a listed source by its first author's family name
and its year; one that names none, or two, stays as written."""

from __future__ import annotations

from dataclasses import dataclass, field

from healthkb.importer.author_year_markers import mark_author_year


@dataclass
class _Block:
    kind: str
    lines: list[str] = field(default_factory=list)


SOURCES = [
    _Block("source", ["Okafor S, Lee M. Walking after a fall. Clin Notes. 2019;2:10."]),
    _Block("source", ["Ruiz A, et al. (2021) Hip guards in care homes."]),
    _Block("source", ["Ruiz A. Another paper. Bone Notes. 2023;1:4."]),
]


def _marked(text: str) -> str:
    block = _Block("paragraph", [text])
    mark_author_year([block], SOURCES)
    return block.lines[0]


def test_author_year_forms_become_markers():
    assert (
        _marked("Falls were fewer (Okafor and Lee, 2019).") == "Falls were fewer [1]."
    )
    assert _marked("Guards helped (Ruiz et al., 2021).") == "Guards helped [2]."
    assert _marked("See (Ruiz 2023) too.") == "See [3] too."


def test_unknown_or_unlisted_stays():
    assert (
        _marked("Not listed (Smith et al., 2020).")
        == "Not listed (Smith et al., 2020)."
    )
    assert _marked("Wrong year (Okafor, 2018).") == "Wrong year (Okafor, 2018)."


def test_headings_are_left_alone():
    heading = _Block("heading", ["What (Okafor, 2019) found"])
    mark_author_year([heading], SOURCES)
    assert heading.lines == ["What (Okafor, 2019) found"]
