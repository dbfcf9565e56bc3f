"""Set 19's kinds (fixtures/drafts/incoming19/), each with examples of its own."""

from __future__ import annotations

import pytest
from helpers.import_runs import draft_body

from healthkb.importer.draft import parse_draft
from healthkb.importer.draft_front_matter import read_front_matter
from healthkb.importer.html_draft import html_to_draft

PARAGRAPH = "A spacer makes an inhaler easier to use for many children."


@pytest.mark.parametrize(
    "working",
    ["Inhaler spacers - blog draft v3", "WIP: spacers for children", "Spacers (draft)"],
)
def test_a_working_title_in_the_front_matter_yields_to_the_headline(working):
    draft = parse_draft(
        f'---\ntitle: "{working}"\n---\n\n# Why a spacer helps\n\n{PARAGRAPH}\n',
        "a.md",
    )
    assert draft.title == "Why a spacer helps"


@pytest.mark.parametrize("title", ["How to draft an asthma plan", "Type 2 diabetes"])
def test_a_title_that_only_mentions_a_draft_stays_the_title(title):
    assert read_front_matter(["---", f"title: {title}", "---"]).title == title


def test_a_collections_labels_are_its_tags():
    meta = read_front_matter(
        ["---", "title: Puffers", 'labels: ["Asthma", "Spacers"]', "---"]
    )
    assert meta.tags == ["Asthma", "Spacers"]


def test_a_run_on_sentence_before_a_name_with_an_asterisk_or_figure_is_separated():
    text = (
        "# Flu jabs\n\nThe jab is offered every autumn.COVID-19 boosters come too. "
        "It is safe in pregnancy.MMR*V is a different vaccine.\n"
    )
    draft = parse_draft(text, "d.txt")
    body = draft_body(draft)
    assert "autumn. COVID-19" in body and "pregnancy. MMR*V" in body


def test_a_file_name_or_capitals_without_a_figure_are_no_join():
    text = (
        "# Flu jabs\n\nOpen leaflet.PDF or read the NHS.UK page and version.V2 notes.\n"
    )
    draft = parse_draft(text, "d.txt")
    assert not [why for _, why in draft.notes if "run together" in why]


def test_a_forms_section_with_its_fields_and_a_body_label_over_the_text():
    text = (
        "CITY COUNCIL PUBLIC HEALTH TEAM\n\n"
        "Request type:   [x] Blog   [ ] Newsletter\n"
        "Sign-off:       [ ] done\n\n"
        "PART 1 - CONTENT\n\n"
        "Headline:       Why a spacer helps children with asthma\n\n"
        "Written by:     Ada Jones, School Nurse\n\n"
        f"Article text:\n\n{PARAGRAPH}\n\n"
        "PART 2 - OFFICE USE\n\n"
        "Logged by: (to add)\n"
    )
    draft = parse_draft(text, "d.txt")
    body = draft_body(draft)
    assert draft.title == "Why a spacer helps children with asthma"
    assert PARAGRAPH in body
    assert draft.byline[0] == "Ada Jones"
    for gone in ("Request type", "Sign-off", "PART 1", "Headline:", "Logged by"):
        assert gone not in body, gone


SOCIAL_POST = """<html><head><title>Puffers</title></head><body>
<article class="entry"><h1>Why a spacer helps</h1>
<p>{paragraph}</p>
<div class="post-tags"><a href="/tagged/asthma">#asthma</a>
<a href="/tagged/inhalers">#inhalers</a></div>
<div class="post-notes"><ul>
<li class="reply">sunnyside said: my son uses one every day</li>
<li class="reblog">dr-air shared this from puffers-blog</li>
</ul></div>
<section class="notes"><h2>Notes</h2><p>The spacer should be washed monthly.</p></section>
</article></body></html>"""


def test_a_social_blogs_hashtag_links_are_its_tags_without_the_hash():
    page = SOCIAL_POST.format(paragraph=PARAGRAPH)
    assert parse_draft(html_to_draft(page), "p.html").keywords == ["asthma", "inhalers"]


def test_a_social_blogs_notes_go_and_a_notes_section_of_the_page_stays():
    draft = parse_draft(
        html_to_draft(SOCIAL_POST.format(paragraph=PARAGRAPH)), "p.html"
    )
    body = draft_body(draft)
    assert "sunnyside" not in body and "shared this" not in body
    assert "washed monthly" in body and PARAGRAPH in body


def test_a_headline_that_links_to_its_own_post_is_its_words_only():
    page = (
        '<html><body><article><h2 class="entry-title"><a href="https://ex.org/p/12">'
        f"Why a spacer helps</a></h2><p>{PARAGRAPH}</p>"
        '<h3>More <a href="https://ex.org/guide">in the guide</a></h3><p>x y z.</p>'
        "</article></body></html>"
    )
    out = html_to_draft(page)
    assert "[Why a spacer helps]" not in out and "Why a spacer helps" in out
    assert "[in the guide](https://ex.org/guide)" in out


def test_a_post_title_inside_the_post_is_the_headline_once():
    page = (
        '<html><body><h1 class="site">Puffers blog</h1><article class="post">'
        '<h3 class="post-title entry-title"><a href="https://ex.org/p/12">'
        f"Why a spacer helps</a></h3><p>{PARAGRAPH}</p></article></body></html>"
    )
    draft = parse_draft(html_to_draft(page), "p.html")
    assert draft.title == "Why a spacer helps"
    assert "Why a spacer helps" not in draft_body(draft)
    assert draft.description != "Why a spacer helps"
