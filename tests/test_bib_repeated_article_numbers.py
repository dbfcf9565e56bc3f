"""Paperpile types an article number in both ``number`` and ``pages``
(``volume = 89, number = 105787, pages = "105787"``): the number is the article's
locator, not its issue, so it is printed once, after the volume (blind set 23)."""

from __future__ import annotations

from helpers.nlm_text import nlm


def _article(number: str, pages: str) -> str:
    return nlm(
        "@article{k, author = {Roe, Ann}, title = {A trial}, journal = {Heliyon},"
        f" year = {{2024}}, volume = {{10}}, number = {{{number}}}, pages = {{{pages}}}}}"
    )


def test_an_article_number_in_number_and_pages_is_printed_once():
    assert _article("104512", "104512").endswith("2024;10:104512.")
    assert _article("e23011", "e23011").endswith("2024;10:e23011.")


def test_an_issue_beside_its_article_number_stays():
    assert _article("3", "104512").endswith("2024;10(3):104512.")


def test_a_short_issue_that_is_also_the_page_stays():
    assert _article("12", "12").endswith("2024;10(12):12.")
