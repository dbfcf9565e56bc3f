"""Books and theses as catalogues and JabRef give them: ISBD's "Place : Publisher"
in one field, a digital library's reading copy (Citing Medicine's book on the
Internet), and a thesis whose ``type`` names another degree than its entry type."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

BOOK = (
    "@book{k, title = {Statistical methods for research workers},"
    " author = {Fisher, Ronald Aylmer}, year = {1963},"
    " publisher = {New York : Hafner Pub. Co.}}"
)


def test_place_and_publisher_in_one_field_are_split():
    assert nlm(BOOK) == (
        "Fisher RA. Statistical methods for research workers. "
        "New York: Hafner Pub. Co.; 1963."
    )


def test_a_publisher_with_a_colon_in_a_title_is_not_split_when_a_place_is_given():
    got = nlm(BOOK.replace("year =", "address = {London}, year ="))
    assert "London: New York : Hafner Pub. Co.; 1963." in got


@pytest.mark.parametrize(
    "url",
    [
        "http://archive.org/details/statisticalmetho0000fish",
        "https://books.google.com/books?id=abc",
        "https://www.ncbi.nlm.nih.gov/books/NBK1/",
    ],
)
def test_a_book_read_in_a_digital_library_is_on_the_internet(url):
    got = nlm(
        BOOK.replace("year =", f"url = {{{url}}}, urldate = {{2024-03-11}}, year =")
    )
    assert "research workers [Internet]. New York: Hafner Pub. Co.; 1963" in got
    assert "1963 [cited 2024 Mar 11]. Available from: " + url in got


@pytest.mark.parametrize(
    "url", ["http://lccn.loc.gov/2005910188", "https://example.org/book.pdf"]
)
def test_a_catalogue_record_or_a_pdf_is_not_the_book_online(url):
    got = nlm(
        BOOK.replace("year =", f"url = {{{url}}}, urldate = {{2024-03-11}}, year =")
    )
    assert "[Internet]" not in got and "[cited" not in got


@pytest.mark.parametrize(
    ("kind", "degree", "mark"),
    [
        ("mastersthesis", "Bachelor's thesis", "[bachelor's thesis]"),
        ("mastersthesis", "Undergraduate thesis", "[bachelor's thesis]"),
        ("mastersthesis", "", "[master's thesis]"),
        ("phdthesis", "Master's thesis", "[master's thesis]"),
        ("phdthesis", "", "[dissertation]"),
    ],
)
def test_a_thesis_prints_the_degree_its_type_names(kind, degree, mark):
    got = nlm(
        f"@{kind}{{k, author = {{A. Riebler}}, title = {{Vergleich}},"
        f" school = {{University of Munich}}, year = {{2004}}, type = {{{degree}}}}}"
    )
    assert got == f"Riebler A. Vergleich {mark}. University of Munich; 2004."


def test_a_thesis_gives_its_page_count_not_a_cited_range():
    thesis = (
        "@phdthesis{k, author = {Heberle, Henry}, title = {Computational methods},"
        " school = {University of Otago}, year = {2019}, pages = {PAGES}}"
    )
    assert nlm(thesis.replace("PAGES", "164")).endswith(
        "[dissertation]. University of Otago; 2019. 164 p."
    )
    assert nlm(thesis.replace("PAGES", "79--98")).endswith("University of Otago; 2019.")


def test_a_place_field_is_the_place_of_publication():
    got = nlm(
        "@book{k, place = {Boston}, title = {An introduction to statistical learning},"
        " publisher = {Springer}, author = {James, Gareth}, year = {2022}}"
    )
    assert got.endswith("learning. Boston: Springer; 2022.")


def test_a_report_is_published_by_its_institution():
    got = nlm(
        "@techreport{k, title = {Super learner in prediction}, author = {Polley, Eric C},"
        " year = {2010}, publisher = {bepress},"
        " institution = {{Division of Biostatistics, University of California}}}"
    )
    assert got.endswith(
        "prediction. Division of Biostatistics, University of California; 2010."
    )


def test_a_publisher_before_its_place_is_left_as_typed():
    got = nlm(
        "@book{k, title = {Statistical methods}, author = {Fisher, Ronald Aylmer},"
        " year = {1963}, publisher = {John Wiley & Sons : Hoboken}}"
    )
    assert got.endswith("Statistical methods. John Wiley & Sons : Hoboken; 1963.")
