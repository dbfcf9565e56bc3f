"""TeX's single quotation marks (a backtick, then an apostrophe: BibDesk keeps
them as typed, "`Maximum Alert' for ...") are printed as the marks TeX makes of
them, never as a backtick (blind set 23)."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_tex_single_quotes_become_curly_quotes():
    assert "Travel, ‘red list’ for" in titled("Travel, `Red List' for Measles")


def test_an_apostrophe_inside_the_quoted_words_stays():
    assert "‘don't travel’ advice" in titled("The `don't travel' advice")


def test_double_quotes_and_plain_apostrophes_are_unchanged():
    assert "A “quoted” word" in titled("A ``quoted'' word")
    assert "Graves' disease" in titled("Graves' disease in adults")
