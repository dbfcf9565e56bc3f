"""A subtitle's first word is lowered (Citing Medicine) when Zotero braced it as a
capital of the title it was given: after a spaced dash as after a colon, and
inside the quotation marks a quoted subtitle opens with."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

REST = "author = {Osei, Kwame}, journal = {Toxicology Today}, year = {2021}"


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (
            "Duplex sequencing in toxicology - {Benefits} and limits for regulators",
            "Duplex sequencing in toxicology - benefits and limits for regulators.",
        ),
        (
            "Rare variants in blood: \u201c{Find} them if you can\u201d",
            "Rare variants in blood: \u201cfind them if you can\u201d.",
        ),
        (
            'Screening older drivers: "{Keep} them on the road"',
            'Screening older drivers: "keep them on the road".',
        ),
    ],
)
def test_a_braced_subtitle_opening_is_lowered(title, printed):
    text = nlm(f"@article{{k, title = {{{title}}}, {REST}}}")
    assert f"Osei K. {printed} Toxicology Today. 2021." == text, text


def test_a_page_title_of_dashed_parts_keeps_its_braced_names():
    title = (
        "Salt intake raises blood pressure in older adults - {Mensah} - 2019 -"
        " {Journal} of {Sleep} {Health} - {Wiley} {Online} {Library}"
    )
    text = nlm(
        f"@misc{{k, title = {{{title}}}, urldate = {{2023-01-14}},"
        " url = {https://onlinelibrary.wiley.com/doi/abs/10.1000/x}}"
    )
    assert "adults - Mensah - 2019 - Journal of Sleep Health - Wiley" in text, text
