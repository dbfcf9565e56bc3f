"""Citing Medicine's rules for dates, issues and journal names that the real
corpora reach only now and then: month ranges (also BibLaTeX's ``date``
ranges), seasons, supplements, abbreviated journal names without periods."""

from __future__ import annotations

import pytest
from pybtex.database import parse_string

from healthkb.bib.fields import month_abbreviation
from healthkb.bib.nlm_style import VancouverStyle

BASE = "author = {Smith, John}, title = {A trial}, volume = {12}, pages = {1--9}"


def nlm(fields: str, kind: str = "article") -> str:
    data = parse_string(f"@{kind}{{k, {BASE}, {fields}}}", "bibtex")
    return VancouverStyle().format_entry("", data.entries["k"]).text.render_as("text")


@pytest.mark.parametrize(
    ("raw", "month"),
    [
        ("sep", "Sep"),
        ("September", "Sep"),
        ("9", "Sep"),
        ("09", "Sep"),
        ("Sept.", "Sep"),
        ("june", "Jun"),
        ("Jan-Feb", "Jan-Feb"),
        ("jan--feb", "Jan-Feb"),
        ("July/August", "Jul-Aug"),
        ("3/4", "Mar-Apr"),
        ("Spring", "Spring"),
        ("Mar-Spring", "Mar-Spring"),
        ("", ""),
    ],
)
def test_months(raw, month):
    assert month_abbreviation(raw) == month


def test_a_month_range_in_one_year():
    assert nlm("journal = {J Clin Epidemiol}, year = {2020}, month = {Jan-Feb}") == (
        "Smith J. A trial. J Clin Epidemiol. 2020 Jan-Feb;12:1-9."
    )
    assert nlm("journaltitle = {J Clin Epidemiol}, date = {2020-03/2020-04}") == (
        "Smith J. A trial. J Clin Epidemiol. 2020 Mar-Apr;12:1-9."
    )
    # a range over two years is not a month range: its start is given
    assert nlm("journaltitle = {J Clin Epidemiol}, date = {2019-12/2020-01}") == (
        "Smith J. A trial. J Clin Epidemiol. 2019 Dec;12:1-9."
    )


def test_a_season_and_a_supplement():
    assert nlm(
        "journal = {J Clin Epidemiol}, year = {2020}, month = {Spring}, "
        "number = {Suppl 2}"
    ) == ("Smith J. A trial. J Clin Epidemiol. 2020 Spring;12 Suppl 2:1-9.")


@pytest.mark.parametrize(
    ("journal", "shown"),
    [
        ("J. Clin. Epidemiol.", "J Clin Epidemiol"),
        ("N. Engl. J. Med.", "N Engl J Med"),
        ("Proc. Natl. Acad. Sci. USA", "Proc Natl Acad Sci USA"),
        ("Journal of Clinical Epidemiology", "Journal of Clinical Epidemiology"),
        # one abbreviated word loses its period too (Citing Medicine)
        ("Am. Journal of Public Health", "Am Journal of Public Health"),
        # an acronym's period ends a title part, not an abbreviation
        (
            "MMWR. Morbidity and Mortality Weekly Report",
            "MMWR. Morbidity and Mortality Weekly Report",
        ),
    ],
)
def test_abbreviated_journal_names_lose_their_periods(journal, shown):
    assert nlm(f"journal = {{{journal}}}, year = {{2020}}") == (
        f"Smith J. A trial. {shown}. 2020;12:1-9."
    )


def test_a_year_with_a_letter_and_a_paper_in_press():
    assert nlm("journal = {Lancet}, year = {2020a}") == (
        "Smith J. A trial. Lancet. 2020;12:1-9."
    )
    assert nlm("journal = {Lancet}, year = {2024}, pubstate = {inpress}") == (
        "Smith J. A trial. Lancet. Forthcoming 2024;12:1-9."
    )


def test_a_lineage_has_no_period():
    data = parse_string(
        "@article{k, author = {Smith, Jr., John A. and King, III, Martin and "
        "Fricker, Ronald D., Jr. and Bankhead, Iii, Armand}, "
        "title = {A trial}, journal = {Lancet}, year = {2020}}",
        "bibtex",
    )
    got = VancouverStyle().format_entry("", data.entries["k"]).text.render_as("text")
    # Citing Medicine: roman numerals become ordinals (III -> 3rd); a lineage
    # written after the given names ("Fricker, Ronald D., Jr.") is still one
    assert got == (
        "Smith JA Jr, King M 3rd, Fricker RD Jr, Bankhead A 3rd. A trial. Lancet. 2020."
    )


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        ("month = {aug 9}", "2016 Aug 9"),
        ("month = {9 Aug}", "2016 Aug 9"),
        ("month = {Sep}, day = {30}", "2016 Sep 30"),
        ("month = {12}, day = {08}", "2016 Dec 8"),
        # not a day of the month: left out, never printed as text
        ("month = {Sep}, day = {45}", "2016 Sep"),
        ("month = {aug}", "2016 Aug"),
        # Mendeley's month typed into the issue as well: printed once
        ("month = {8}, number = {August}", "2016 Aug"),
    ],
)
def test_a_journal_articles_day(fields, date):
    got = nlm(f"journal = {{J Clin Epidemiol}}, year = {{2016}}, {fields}")
    assert got == f"Smith J. A trial. J Clin Epidemiol. {date};12:1-9."


def test_a_books_date_stays_the_year():
    got = nlm("publisher = {Wiley}, year = {2016}, month = {aug 9}", kind="book")
    assert "Aug" not in got and "2016" in got


def test_a_lower_case_season_is_capitalised():
    assert month_abbreviation("spring") == "Spring"


def test_an_article_number_in_eid_or_elocation_id_is_the_page():
    for name in ("eid", "elocation-id"):
        data = parse_string(
            f"@article{{k, author = {{Smith, John}}, title = {{A trial}}, "
            f"journal = {{BMJ Open}}, year = {{2022}}, volume = {{12}}, "
            f"number = {{2}}, pages = {{}}, {name} = {{e053954}}}}",
            "bibtex",
        )
        got = VancouverStyle().format_entry("", data.entries["k"]).text
        assert got.render_as("text").endswith("BMJ Open. 2022;12(2):e053954.")
    # pages, when given, win over the article number
    got = nlm("journal = {BMJ Open}, year = {2022}, eid = {e1}")
    assert got.endswith("2022;12:1-9.")


def test_a_doi_typed_after_the_pages_is_printed_once():
    data = parse_string(
        "@article{k, author = {Smith, John}, title = {A trial}, journal = {BMJ}, "
        "year = {2020}, volume = {12}, doi = {10.1/x}, "
        "pages = {155-180. DOI: 10.1/x}}",
        "bibtex",
    )
    got = VancouverStyle().format_entry("", data.entries["k"]).text.render_as("text")
    assert got.count("10.1/x") == 1 and "2020;12:155-80." in got


def test_html_entities_are_decoded():
    got = nlm("journal = {J Neurol Neurosurg &amp; Psychiatry}, year = {2015}")
    assert "J Neurol Neurosurg & Psychiatry. 2015" in got and "&amp;" not in got


def test_the_journal_title_wins_over_shortjournal():
    # the exporters set's and blind5's writers print journaltitle (Zotero, PubMed)
    got = nlm(
        "journaltitle = {Nature genetics}, shortjournal = {Nat Genet}, year = {2018}"
    )
    assert "Nature genetics. 2018" in got


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Proc.SPIE", "Proc SPIE"),
        ("J. Clin. Epidemiol.", "J Clin Epidemiol"),
        # Citing Medicine: no periods in abbreviated journal words, one or many
        ("Nat. Methods", "Nat Methods"),
        ("Front. Public Health", "Front Public Health"),
        (
            "Acta Crystallogr. D Biol. Crystallogr.",
            "Acta Crystallogr D Biol Crystallogr",
        ),
        ("MMWR. Morbidity and Mortality Weekly Report", "MMWR. Morbidity and"),
    ],
)
def test_dotted_abbreviations(name, printed):
    assert f" {printed}" in nlm(f"journal = {{{name}}}, year = {{2020}}")
    proceedings = nlm(f"booktitle = {{{name}}}, year = {{2020}}", kind="inproceedings")
    assert f"In: {printed}" in proceedings


def test_a_first_edition_and_a_labelled_address_are_printed_as_citing_medicine_does():
    data = parse_string(
        "@book{b, author = {Lennquist, Sten}, title = {Traumatologi}, edition = {1}, "
        "publisher = {Liber}, address = {Stockholm}, year = {2007}}\n"
        "@misc{m, author = {{ICH}}, title = {Guideline {E11A}}, year = {2022}, "
        "howpublished = {{URL:} \\url{https://www.ema.europa.eu/x}}}\n"
        "@article{a, author = {Zhou, Xiao\u2010Hua}, title = {A {\\{}Two-Step{\\}} trial}, "
        "journal = {Am Stat}, year = {2019}, volume = {73}, number = {sup1}, "
        "pages = {69-81}}",
        "bibtex",
    )
    style = VancouverStyle()
    book, web, article = (
        style.format_entry("", data.entries[key], bib_data=data).text.render_as("text")
        for key in ("b", "m", "a")
    )
    assert "ed." not in book and book.startswith("Lennquist S. Traumatologi. Stockholm")
    assert "Available from: https://www.ema.europa.eu/x" in web
    assert "\\" not in web and "URL:" not in web
    assert article.startswith("Zhou XH. A ") and "Two-Step trial" in article
    assert "\\" not in article and "{" not in article


@pytest.mark.parametrize(
    ("journal", "printed"),
    [
        ("J. Clin. Epidemiol.", "J Clin Epidemiol"),
        ("Front. Public Health", "Front Public Health"),
        # written out: the period ends the name's first part (PubMed's form)
        ("The Lancet. Digital health", ""),
        ("Pacific Symposium on Biocomputing. Pacific Symposium on Biocomputing", ""),
    ],
)
def test_a_journal_written_out_keeps_the_period_between_its_parts(journal, printed):
    from healthkb.bib.nlm_style import undotted_abbreviation

    assert undotted_abbreviation(journal) == printed
