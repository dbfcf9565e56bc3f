"""BibDesk files a web page as ``@unpublished`` (or ``@misc``) with only a title,
a BibLaTeX ``date`` and a ``url``: a page read online, dated by the day it was
posted, as an ``@online`` page is (Citing Medicine; blind set 23)."""

from __future__ import annotations

from helpers.nlm_text import nlm


def _page(kind: str, extra: str = "") -> str:
    return nlm(
        f"@{kind}{{k, author = {{{{Travel Health Office}}}}, date = {{2021-06-14}},"
        f" title = {{Measles alert for travellers}},{extra}"
        " url = {https://example.org/alerts/measles}}"
    )


def test_a_bare_page_is_dated_to_its_day():
    for kind in ("unpublished", "misc"):
        text = _page(kind)
        assert "[Internet]. 2021 Jun 14. Available from:" in text, text


def test_a_report_like_entry_keeps_its_settled_date():
    # a publisher or venue makes it no bare page: the date's day is not added
    text = _page("misc", " publisher = {Travel Health Office},")
    assert "2021 Jun 14" not in text, text
