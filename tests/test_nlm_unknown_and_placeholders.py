"""Citing Medicine's "[date unknown]", and what exporters put in the issue, the
year or the note that is not the work's: Crossref's 0s for a paper online ahead
of its issue, BMJ's date-code issues, an issue with its date, Scopus's citation
count (blind set 7's classes)."""

from __future__ import annotations

import pytest
from pybtex.database import parse_string

from healthkb.bib.latex_text import text_from_latex
from healthkb.bib.nlm_style import VancouverStyle


def nlm(entry: str) -> str:
    data = parse_string(entry, "bibtex")
    key = next(iter(data.entries))
    return VancouverStyle().format_entry("", data.entries[key]).text.render_as("text")


def test_an_article_without_a_year_says_its_date_is_unknown():
    assert nlm(
        "@article{k, author = {Buchholz, Veit R}, title = {Single-cell resolution},"
        " journal = {Adv Immunol}}"
    ) == ("Buchholz VR. Single-cell resolution. Adv Immunol. [date unknown].")


def test_a_chapter_without_a_year_says_its_date_is_unknown():
    assert nlm(
        "@incollection{k, author = {Botha, Hugo}, title = {Apraxia of speech},"
        " booktitle = {Primary progressive aphasia}, publisher = {Plural Publishing}}"
    ) == (
        "Botha H. Apraxia of speech. In: Primary progressive aphasia. "
        "Plural Publishing; [date unknown]."
    )


def test_an_entry_with_nowhere_published_gets_no_date_unknown():
    # only authors and a title: "[date unknown]" would be the only part after it
    assert nlm("@article{k, author = {Bhatt, Samir}, title = {Semi-mechanistic}}") == (
        "Bhatt S. Semi-mechanistic."
    )


def test_crossref_zeros_for_online_first_are_left_out():
    assert (
        nlm(
            "@article{k, author = {Sathish, Muthu}, title = {Spine reviews},"
            " journal = {Global Spine Journal}, volume = {0}, number = {0},"
            " pages = {2192568220906810}, year = {0}}"
        )
        == "Sathish M. Spine reviews. Global Spine Journal. [date unknown]."
    )
    assert (
        nlm(
            "@article{k, author = {Choi, S}, title = {Trends}, journal = {Ophthalmic Epidemiol},"
            " volume = {0}, number = {0}, pages = {1-36}, year = {2020}}"
        )
        == "Choi S. Trends. Ophthalmic Epidemiol. 2020:1-36."
    )


@pytest.mark.parametrize("code", ["oct28 9", "jan03 1", "feb15 1"])
def test_bmj_date_code_issues_are_left_out(code):
    assert (
        nlm(
            f"@article{{k, author = {{Jones, C W}}, title = {{Trials}}, journal = {{BMJ}},"
            f" volume = {{347}}, number = {{{code}}}, pages = {{f6104}}, year = {{2013}}}}"
        )
        == "Jones CW. Trials. BMJ. 2013;347:f6104."
    )


def test_an_issue_with_its_date_is_the_issue():
    assert (
        nlm(
            "@article{k, author = {Hasan, M N}, title = {Delivery}, journal = {PLoS ONE},"
            " volume = {15}, number = {12 December}, pages = {e0242864}, year = {2020},"
            " month = dec}"
        )
        == "Hasan MN. Delivery. PLoS ONE. 2020 Dec;15(12):e0242864."
    )


def test_scopus_citation_count_is_not_a_note():
    assert (
        nlm(
            "@article{k, author = {Riegelman, A.}, title = {A model}, journal = {RUSQ},"
            " volume = {58}, pages = {22-27}, year = {2018}, note = {cited By 0}}"
        )
        == "Riegelman A. A model. RUSQ. 2018;58:22-7."
    )


def test_a_day_joined_to_the_month_with_a_tie():
    # Paperpile: month = "5~" # jan
    assert (
        nlm(
            "@article{k, author = {Remus, Dirk}, title = {Chromatin}, journal = {Mol Cell},"
            ' volume = 65, pages = "131--141", month = "5~" # jan, year = 2017}'
        )
        == "Remus D. Chromatin. Mol Cell. 2017 Jan 5;65:131-41."
    )


def test_a_preprint_article_number_follows_its_date():
    assert (
        nlm(
            "@unpublished{k, author = {Fischer, David S}, title = {Beyond pseudotime},"
            ' journal = "bioRxiv", pages = "219188", month = nov, year = 2017}'
        )
        == "Fischer DS. Beyond pseudotime [Preprint]. bioRxiv. 2017 Nov:219188."
    )


def test_a_preprint_server_named_as_the_institution():
    # Paperpile's PeerJ preprint: @techreport, its server in institution
    assert (
        nlm(
            '@techreport{k, title = "Human primary {T} cells: A practical guide",'
            ' author = "Aksoy, Bulent Arman", publisher = "PeerJ Inc.",'
            ' number = "e26993v1", institution = "PeerJ Preprints", month = jun,'
            " year = 2018}"
        )
        == "Aksoy BA. Human primary T cells: a practical guide [Preprint]. PeerJ Preprints. 2018 Jun."
    )


def test_an_issue_without_a_volume():
    assert nlm(
        "@article{k, author = {Metzendorf, Maria-Inti}, title = {Ensuring quality},"
        " journal = {Cochrane Database of Systematic Reviews}, number = {9}, year = {2018}}"
    ) == (
        "Metzendorf MI. Ensuring quality. Cochrane Database of Systematic Reviews. "
        "2018;(9)."
    )


def test_a_written_out_journal_name_keeps_its_periods():
    assert nlm(
        "@article{k, author = {Higgins, Julian}, title = {Meta-analysis}, journal ="
        " {Journal of the Royal Statistical Society. Series A, (Statistics in Society)},"
        " volume = {172}, pages = {137--159}, year = {2009}}"
    ) == (
        "Higgins J. Meta-analysis. Journal of the Royal Statistical Society. Series A, "
        "(Statistics in Society). 2009;172:137-59."
    )


def test_a_pmid_in_annote():
    assert (
        nlm(
            "@article{k, author = {Hayes, M Geoffrey}, title = {Records},"
            " journal = {JAMIA}, volume = {19}, pages = {212--218}, year = {2012},"
            " annote = {PMID: 22101970}}"
        )
        == "Hayes MG. Records. JAMIA. 2012;19:212-8. PMID: 22101970"
    )


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        ("on [ $^\\\\textrm{1}$$^\\\\textrm{8}$ {F}]{AV}-1451", "on [18F]AV-1451"),
        ("with $^{18}$F-FDG and $^{11}$ C PET", "with 18F-FDG and 11C PET"),
        ("costs $5 or $6", "costs $5 or $6"),
    ],
)
def test_superscript_mass_numbers_join_their_element(latex, text):
    assert str(text_from_latex(latex)) == text


def test_a_research_square_preprint_names_the_server_and_its_day():
    # doi.org's answer names the company, and gives the day it was posted
    assert nlm(
        "@misc{k, doi = {10.21203/rs.3.rs-3637503/v1}, publisher = {Research Square"
        " Platform LLC}, title = {Temporal trends}, author = {Chen, Tianmu},"
        " year = {2023}, month = {11}, day = {23}}"
    ) == (
        "Chen T. Temporal trends [Preprint]. Research Square. 2023 Nov 23. "
        "doi:10.21203/rs.3.rs-3637503/v1"
    )
