"""A body named with a linking word ("Government of Canada", "Province of
Manitoba"), unbraced or as Zotero's two fields ("of Canada, Government"), is read
by pybtex as a person with the particle "of": printed "of Canada G." It is one
organisation, printed whole, with the warning to brace it (blind set 26); the
particles of people's names ("van", "de la") are untouched."""

from __future__ import annotations

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text


def _read(author: str) -> tuple[str, list[str]]:
    bib = parse_bibliography_text(
        f"@techreport{{k, author = {{{author}}}, title = {{Drinking water quality"
        " in northern communities}, year = {2019}, institution = {Water Office}}",
        "references.bib",
    )
    text = VancouverStyle().format_entry("", bib.entries["k"], bib_data=bib)
    return text.text.render_as("text"), [p.message for p in bib.problems]


def test_a_body_split_at_its_linking_word_is_one_organisation():
    for author, body in (
        ("of Manitoba, Province", "Province of Manitoba"),
        ("Province of Manitoba", "Province of Manitoba"),
        ("of Nunavut, Government", "Government of Nunavut"),
        ("of Tasmania, State", "State of Tasmania"),
    ):
        text, problems = _read(author)
        assert text.startswith(body + ". Drinking water quality"), text
        assert any(
            f"'{body}'" in p and "looks like an organisation" in p for p in problems
        ), problems


def test_a_persons_particle_is_still_a_person():
    for author, printed in (
        ("van der Berg, Anna", "van der Berg A."),
        ("de la Cruz, Maria", "de la Cruz M."),
        ("Ross, Ofelia", "Ross O."),
    ):
        text, _ = _read(author)
        assert text.startswith(printed), text
