"""Classes of names and notes issue 16's blind sets showed (i16p): surname
particles, initials and "et al." typed into name lists, DOIs given as links, a
@misc that is a thesis, abbreviations in a journal or book title, capitals in a
lower-case subtitle, and a note that holds only an ISBN."""

from __future__ import annotations

import pytest

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text


def nlm(entry: str) -> str:
    bib = parse_bibliography_text(entry, "x.bib")
    (key,) = bib.entries
    style = VancouverStyle()
    return style.format_entry("", bib.entries[key], bib_data=bib).text.render_as("text")


def authors_of(people: str) -> str:
    got = nlm(
        f"@article{{k, author = {{{people}}}, title = {{T}}, journal = {{J}},"
        " year = {2020}, doi = {10.1234/abc}}"
    )
    # the list as printed, without the period NLM ends it with ("et al." keeps its own)
    listed = got.split(" T. J.")[0]
    return listed if listed.endswith("et al.") else listed.removesuffix(".")


@pytest.mark.parametrize(
    ("people", "want"),
    [
        # given names first, a capitalised particle: BibTeX reads it as a middle name
        (
            "Robin Champseix, Laurent Ribiere, Clément Le Couedic",
            "Champseix R, Ribiere L, Le Couedic C",
        ),
        ("Maria De Souza and Jean-Pierre Van Damme", "De Souza M, Van Damme JP"),
        # the particle after the given names (Zotero's Dutch names)
        ("Botha, H. and Schalkwyk, GI van", "Botha H, van Schalkwyk GI"),
        # family names first, as BibTeX already reads them
        ("Le Couedic, C and van der Berg, J", "Le Couedic C, van der Berg J"),
        # a Vietnamese middle name is no particle
        ("Tuan Van Nguyen", "Nguyen TV"),
        ("Ludwig van Beethoven", "van Beethoven L"),
    ],
)
def test_surname_particles_stay_with_the_surname(people, want):
    assert authors_of(people) == want


@pytest.mark.parametrize(
    ("people", "want"),
    [
        ("Wheldon MC and Smith J", "Wheldon MC, Smith J"),
        # "and others", an accented or inner-capital surname in a Vancouver list
        ("Wheldon MC and others", "Wheldon MC, et al."),
        ("Kantorov{\\'a} V and Wheldon MC", "Kantorová V, Wheldon MC"),
        ("McDonald J and DeAngelis D", "McDonald J, DeAngelis D"),
        # a trailing comma made the initials a lineage
        (
            "Kantorov{\\'a}, V. and Wheldon, M. C., and Ueffing, P.",
            "Kantorová V, Wheldon MC, Ueffing P",
        ),
        ("Smith J, Jones A", "Smith J, Jones A"),
    ],
)
def test_initials_after_a_surname_are_the_given_names(people, want):
    assert authors_of(people) == want


@pytest.mark.parametrize(
    "people",
    [
        "Smith, J. and Jones, A. {\\it et al.}",
        "Smith, J. and Jones, A., {\\it et al.}",
        "Smith, J. and Jones, A. and et al.",
        "Smith, J. and Jones, A. and et. al",
        "Smith, J. and Jones, A. and \\textit{et al.}",
        "Smith, J. and Jones, A. et al. and others",
        "Smith J, Jones A, et al.",
    ],
)
def test_et_al_typed_into_the_list_is_et_al_once(people):
    assert authors_of(people) == "Smith J, Jones A, et al."


def test_et_al_typed_into_the_list_is_warned_about():
    bib = parse_bibliography_text(
        "@article{k, author = {Smith, J. and Jones, A. {\\it et al.}}, title = {T},"
        " journal = {J}, year = {2020}, doi = {10.1234/abc}}",
        "x.bib",
    )
    assert [str(p) for p in bib.data.entries["k"].persons["author"]][-1] == "others"
    warned = [p.message for p in bib.problems if "'k' lists people" in p.message]
    assert len(warned) == 1 and "and others" in warned[0]
