"""A press release's furniture (header, embargo, dateline, end mark, notes to
editors, issuer, media contact) is not the article; its references, keywords and
issuer are the article's. Inputs in other words and house styles than set 11's."""

from __future__ import annotations

import pytest

from healthkb.importer.draft import parse_draft
from healthkb.importer.press_release import read_press_release

US_RELEASE = """NEWS RELEASE

EMBARGOED: 10:00 a.m. ET, June 3, 2025

Clinic opens an evening advice line for parents

BOSTON, Mass., June 2, 2025 /PRNewswire/ -- The children's clinic answers calls from parents in the evening [1].

Parents can ask about fevers, rashes and feeding.

###

Editor's notes
[1] Service details: https://example.org/clinic/evening-line
[2] Tags: child health, advice lines
[3] About the clinic: a community service open since the spring.

Released by: Northside Clinic communications team

For media inquiries
press@example.org
"""

PLAIN_ARTICLE = """Why sleep matters

The press release from the council said little about sleep.

ENDS here the first part of the story, which goes on below.
"""


def _lines(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), 1))


def _texts(lines: list[tuple[int, str]]) -> list[str]:
    return [t for _, t in lines if t.strip()]


def test_furniture_goes_and_the_text_stays():
    found = read_press_release(_lines(US_RELEASE))
    texts = _texts(found.lines)
    assert texts[0] == "Clinic opens an evening advice line for parents"
    assert texts[1].startswith("The children's clinic answers calls")
    for furniture in ("NEWS RELEASE", "EMBARGOED", "###", "Editor's notes", "press@"):
        assert not any(furniture in t for t in texts), furniture
    assert not any("About the clinic" in t for t in texts)
    assert not any("For media inquiries" in t for t in texts)


def test_embargo_is_reported_and_the_issuer_kept():
    found = read_press_release(_lines(US_RELEASE))
    assert any("June 3, 2025" in why for _, why in found.notes)
    assert found.issuer == "Northside Clinic communications team"


def test_notes_that_are_references_keep_their_number():
    found = read_press_release(_lines(US_RELEASE))
    texts = _texts(found.lines)
    assert "References" in texts
    assert "1. https://example.org/clinic/evening-line" in texts
    assert "Tags: child health, advice lines" in texts


def test_draft_reads_title_byline_and_keywords():
    draft = parse_draft(US_RELEASE, "release.txt")
    assert draft.title == "Clinic opens an evening advice line for parents"
    assert draft.byline[0] == "Northside Clinic communications team"
    assert [k.casefold() for k in draft.keywords + draft.secondary] == [
        "child health",
        "advice lines",
    ]
    assert len(draft.sources) == 1


@pytest.mark.parametrize(
    "dateline",
    [
        "LEEDS, 12 March 2024 \u2013 ",
        "Geneva, Switzerland, 1 May 2023 \u2014 ",
        "NEW YORK, Oct. 5, 2022 /PRNewswire/ -- ",
    ],
)
def test_datelines_in_several_forms(dateline):
    text = f"PRESS RELEASE\n\nHeadline here\n\n{dateline}The service starts today.\n"
    texts = _texts(read_press_release(_lines(text)).lines)
    assert texts == ["Headline here", "The service starts today."]


def test_an_article_that_mentions_a_press_release_is_unchanged():
    found = read_press_release(_lines(PLAIN_ARTICLE))
    assert found.lines == _lines(PLAIN_ARTICLE)
    assert not found.removed
