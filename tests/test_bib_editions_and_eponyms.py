"""A book's edition typed at the end of its title (Citing Medicine gives it after
the title: "3rd ed."), and a name's possessive in a Title Case title
("Braunwald's Heart Disease"), which keeps its capital as an eponym does."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

CHAPTER = (
    "@incollection{k, title = {Genetics of Hypertension}, author = {Ehret, Georg B.},"
    " booktitle = {BOOK}, editor = {Bakris, George L.}, publisher = {Elsevier},"
    " year = {2018}, pages = {52--59}}"
)


@pytest.mark.parametrize(
    "booktitle",
    [
        "Hypertension: {A} {Companion} to the {Heart} ({Third} {Edition})",
        "Hypertension: A Companion to the Heart, Third Edition",
        "Hypertension: a companion to the heart {{3rd Edition}}",
        "Hypertension: a companion to the heart (3rd Ed.)",
    ],
)
def test_a_chapters_book_title_gives_its_edition(booktitle):
    got = nlm(CHAPTER.replace("BOOK", booktitle))
    assert "editor. Hypertension: a companion to the heart. 3rd ed. Elsevier;" in got


def test_a_book_title_gives_its_edition():
    got = nlm(
        '@book{k, title = "Statistical Analysis with Missing Data, Second Edition",'
        " author = {Little, Roderick JA}, year = 2002, publisher = {Wiley}}"
    )
    assert (
        got
        == "Little RJA. Statistical analysis with missing data. 2nd ed. Wiley; 2002."
    )


def test_the_same_edition_is_given_once_and_another_is_left_as_typed():
    same = nlm(
        CHAPTER.replace("BOOK", "Head Surgery (Second Edition)").replace(
            "year =", "edition = {2nd edition}, year ="
        )
    )
    assert "editor. Head surgery. 2nd ed. Elsevier;" in same
    other = nlm(
        CHAPTER.replace("BOOK", "Head Surgery (Second Edition)").replace(
            "year =", "edition = {4}, year ="
        )
    )
    assert "Head surgery (second edition). 4th ed." in other


def test_online_edition_is_no_edition_number():
    got = nlm(
        "@book{k, title = {World Population Prospects 2019, Online Edition},"
        " author = {{United Nations}}, year = 2019}"
    )
    assert "online edition" in got.lower() and " ed." not in got


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (
            "A Companion to Braunwald's Heart Disease",
            "A companion to Braunwald's heart",
        ),
        (
            "Using Satterthwaite's Approximation in Trials",
            "Using Satterthwaite's approx",
        ),
        ("A User's Guide to Registry Data Quality", "A user's guide to registry"),
        ("Women's Health and the Heart in Practice", "Women's health and the heart"),
    ],
)
def test_a_possessive_is_a_name_unless_a_common_noun(title, printed):
    got = nlm(f"@book{{k, title = {{{title}}}, author = {{Lee, Ann}}, year = 2019}}")
    assert got.startswith(f"Lee A. {printed}")


def test_a_common_nouns_possessive_is_lowered():
    got = nlm(
        "@book{k, title = {The Government's Response to One's Own Hospital's Crisis},"
        " author = {Lee, Ann}, year = 2019}"
    )
    assert got.startswith(
        "Lee A. The government's response to one's own hospital's crisis."
    )
