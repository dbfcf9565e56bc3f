"""A paper whose title starts with its journal's name ("The R Journal: casebase:
..."; some journals' exports put it there) keeps that name's capitals: it is a
name, printed as the journal field gives it (blind set 22)."""

from __future__ import annotations

from helpers.nlm_text import nlm


def _article(title: str, journal: str) -> str:
    return nlm(
        f"@article{{k, author = {{Roe, Ann}}, title = {{{title}}}, journal = {{{journal}}},"
        " year = {2022}, volume = {14}, pages = {5-9}}"
    )


def test_the_journals_name_before_the_papers_title_keeps_its_capitals():
    text = _article(
        "The Stata Journal: Survtools: Tools for Survival Data", "The Stata Journal"
    )
    assert text.startswith(
        "Roe A. The Stata Journal: survtools: tools for survival data."
    ), text


def test_a_title_that_only_shares_a_word_with_the_journal_is_sentence_cased():
    text = _article(
        "Journal Clubs: A Survey of Residents", "Journal of Medical Education"
    )
    assert text.startswith("Roe A. Journal clubs: a survey of residents."), text
