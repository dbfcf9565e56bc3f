"""R's ``citation()`` sometimes types a title's closing quotation mark twice
('Data for "Clinical Trials in Practice""'): the stray mark would reach readers,
so one quotation mark typed twice is printed once (blind set 22)."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_a_doubled_closing_quote_is_printed_once():
    assert titled('Data for "Clinical Trials in Practice""').startswith(
        'Roe A. Data for "clinical trials in practice". BMJ.'
    )


def test_balanced_quotes_are_left_alone():
    text = titled('Reading ""quoted"" words')
    assert text.count('"') == 4, text
