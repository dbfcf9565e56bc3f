"""A body's document typed as a journal article (Google Scholar's WHO reports,
blind set 17): no journal but a publisher is Citing Medicine's book, "Place:
Publisher; Year."; a city typed before the body in the author field is the
place of publication."""

from __future__ import annotations

from helpers.nlm_text import nlm


def test_an_article_without_a_journal_but_a_publisher_is_a_book():
    got = nlm(
        "@article{k, title = {Malaria terminology}, author = {{World Health "
        "Organization}}, year = {2016}, publisher = {World Health Organization}}"
    )
    assert got == (
        "World Health Organization. Malaria terminology. World Health Organization; 2016."
    )


def test_a_city_before_the_body_is_the_place():
    got = nlm(
        "@article{k, title = {A framework for elimination}, author = {{Geneva: "
        "World Health Organization}}, year = {2017}, publisher = {World Health "
        "Organization}}"
    )
    assert got == (
        "World Health Organization. A framework for elimination. Geneva: World "
        "Health Organization; 2017."
    )


def test_an_article_with_its_volume_stays_an_article():
    got = nlm(
        "@article{k, title = {A trial}, author = {Roe, Ann}, year = {2016}, "
        "volume = {5}, publisher = {Elsevier}}"
    )
    assert got.startswith("Roe A. A trial. 2016;5.")


def test_a_person_with_a_colon_is_no_place():
    got = nlm(
        "@book{k, title = {A book}, author = {{Roe: Ann Smith}}, year = {2016}, "
        "publisher = {Elsevier}}"
    )
    assert got.startswith("Roe: Ann Smith. A book.")


def test_a_paper_by_people_without_its_journal_is_no_book():
    got = nlm(
        "@article{k, title = {Recommendations}, author = {Roe, Ann and Moss, Ben}, "
        "year = {2016}, publisher = {American Psychological Association}}"
    )
    assert got == "Roe A, Moss B. Recommendations. 2016."
