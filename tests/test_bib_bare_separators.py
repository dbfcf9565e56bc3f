"""Zotero saves a browser tab's title with the site's separator ("Title | Site");
when the site's name is lost the title ends in a bare "|" (Better BibTeX writes it
"{\\textbar}"), a separator of nothing: left out, as a stray mark (blind set 26)."""

from __future__ import annotations

from helpers.nlm_text import nlm


def _page(title: str) -> str:
    return nlm(
        f"@misc{{k, title = {{{title}}}, urldate = {{2022-03-04}},"
        " howpublished = {https://example.org/posts/cohort-weights/}}"
    )


def test_a_title_ending_in_a_bare_bar_loses_it():
    for title in (
        "Fitting Cohort Weights in {{R}} {\\textbar}",
        "Fitting Cohort Weights in {{R}} \\textbar",
        "Fitting Cohort Weights in {{R}} |",
    ):
        text = _page(title)
        assert text.startswith(
            "Fitting cohort weights in R [Internet]. [date unknown]"
        ), text


def test_a_site_name_after_the_bar_is_kept():
    text = _page("Fitting Cohort Weights | Data Notes")
    assert "| Data Notes [Internet]" in text, text
