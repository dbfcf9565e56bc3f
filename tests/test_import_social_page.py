"""An article copied from a social site's page: the sign-in wall, cookie notice
and menu above the headline, the author card, "recommended" cards and the
reactions and footer after the text go; the card names the author. The page
here is a made-up signed-out page, not set 11's."""

from __future__ import annotations

from healthkb.importer.draft import parse_draft
from healthkb.importer.social_page import read_social_page

PAGE = """Sign in to view more content
Create your free account or sign in to continue reading
By clicking Continue, you agree to the Terms and the Cookie Policy.
[ Skip to main content ](#main)
* [ Home ](https://example.social/)

# Packing a bag for a hospital stay

* [ Report this post ](https://example.social/report)
[ Lee Moss ](https://example.social/in/lee)
### Lee Moss
#### Ward Sister | Writing for patients
Published Mar 3, 2026
[ + Follow ](https://example.social/follow)

A short list helps you remember the things you need.

### What to bring

Bring your medicines in their boxes.

## You might also like
[ Ten tips for visitors ](https://example.social/tips)
Kim Roe 2 weeks ago

### On the day

Ask the ward what time to arrive.

What do you think? Share your tips below
#Hospital #Patients
Like
12 Comments
More articles by Lee Moss
* [ A day on the ward ](https://example.social/ward)
Others also viewed
"""

ARTICLE = """# Packing a bag for a hospital stay

Sign in to view more content is a phrase on many sites.

Bring your medicines in their boxes.
"""


def _numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), 1))


def _texts(text: str) -> list[str]:
    return [t for _, t in read_social_page(_numbered(text)).lines if t.strip()]


def test_page_furniture_goes_and_the_text_stays():
    texts = _texts(PAGE)
    assert texts == [
        "# Packing a bag for a hospital stay",
        "A short list helps you remember the things you need.",
        "### What to bring",
        "Bring your medicines in their boxes.",
        "### On the day",
        "Ask the ward what time to arrive.",
    ]


def test_author_card_names_the_author_and_hashtags_are_reported():
    found = read_social_page(_numbered(PAGE))
    assert found.author == ("Lee Moss", "Ward Sister")
    assert any("#Hospital" in why for _, why in found.notes)


def test_draft_title_and_byline():
    draft = parse_draft(PAGE, "post.txt")
    assert draft.title == "Packing a bag for a hospital stay"
    assert draft.byline[0] == "Lee Moss"


def test_one_site_phrase_is_no_page():
    assert read_social_page(_numbered(ARTICLE)).lines == _numbered(ARTICLE)
