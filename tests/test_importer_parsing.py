"""The importer's parts: Vancouver sources, chatter, draft structure, and a property "
"test."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from helpers.site import ROOTS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthkb.cli.commands.new import slugify
from healthkb.importer import DraftError
from healthkb.importer.bibtex import make_key, plan_sources
from healthkb.importer.draft import parse_draft
from healthkb.importer.drop_chatter import Removed, strip_chatter
from healthkb.importer.keyword_choice import choose_keywords
from healthkb.importer.plan import plan_import
from healthkb.importer.reference_parser import (
    Reference,
    expand_pages,
    parse_reference,
)
from healthkb.importer.render import ArticleFields, UnplacedMarker, render_article
from healthkb.importer.source_text import decode_draft
from healthkb.model.article import keyword_key
from healthkb.model.site import Site
from healthkb.rules.chatter import LEFTOVER_PHRASES


def test_vancouver_reference_with_all_parts():
    ref = parse_reference(
        "2. Okafor B, Lee M, et al. Sleep and blood pressure: a cohort study? "
        "Journal of Test Cardiology. 2023 Mar;15(2):e2301. "
        "https://doi.org/10.1000/jtc.2023.045. PMID: 12345678.",
        "d.txt",
        9,
    )
    assert ref.authors == (("Okafor", "B"), ("Lee", "M"))
    assert ref.et_al
    assert ref.title == "Sleep and blood pressure: a cohort study?"
    assert (ref.journal, ref.year, ref.volume, ref.issue, ref.pages) == (
        "Journal of Test Cardiology",
        "2023",
        "15",
        "2",
        "e2301",
    )
    assert (ref.doi, ref.pmid) == ("10.1000/jtc.2023.045", "12345678")
    assert make_key(ref) == "okafor2023sleep"


@pytest.mark.parametrize(
    "line",
    [
        "A web page I found about salt, no date",
        "Smith JA. Salt intake. 2019;11(1):1-9.",  # no journal
        "smith, brown and others. Salt. J Test. 2019;1:1.",  # authors not Vancouver
    ],
)
def test_unparseable_reference_names_file_and_line(line):
    with pytest.raises(DraftError) as caught:
        parse_reference(line, "draft.txt", 12)
    assert str(caught.value).startswith("draft.txt:12: this source could not be read")
    assert line in str(caught.value)


def test_page_ranges_expand():
    assert expand_pages("100-10") == "100--110"
    assert expand_pages("1203-1210") == "1203--1210"
    assert expand_pages("e2301") == "e2301"


def test_same_key_different_work_gets_a_suffix():
    ref = parse_reference("Smith JA. Walking fast. J Test Cardiol. 2020;1:1-2.", "d", 1)
    existing = {"smith2020walking": {"doi": "10.1000/other", "title": "Walking slowly"}}
    [planned] = plan_sources([ref], existing)
    assert planned.key == "smith2020walkingb" and planned.entry.startswith(
        "@article{smith2020walkingb,"
    )


def test_every_leftover_phrase_is_stripped():
    lines = [
        (n, f"Intro {phrase} text") for n, phrase in enumerate(LEFTOVER_PHRASES, 1)
    ]
    kept, removed = strip_chatter(lines)
    assert len(removed) == len(LEFTOVER_PHRASES)
    for _, text in kept:
        assert not any(p in text.casefold() for p in LEFTOVER_PHRASES)


def test_bracketed_leftover_keeps_the_rest_of_the_line():
    kept, removed = strip_chatter([(4, "Keywords (To be populated by AI)")])
    assert kept == [(4, "Keywords")] and removed == [
        Removed(4, "(To be populated by AI)", "the tool's caveat about itself")
    ]


def test_byline_variants():
    for line, expected in [
        ("By Dr Ada Jones - Health Editor", ("Dr Ada Jones", "Health Editor")),
        ("by Ada Jones, Health Editor", ("Ada Jones", "Health Editor")),
        ("**Written by:** Ada Jones | Health Editor", ("Ada Jones", "Health Editor")),
        ("Author: Ada Jones (Health Editor)", ("Ada Jones", "Health Editor")),
        ("By Ada Jones", ("Ada Jones", "")),
        ("Posted by Ada Jones | Health Desk", ("Ada Jones", "Health Desk")),
        ("Posted by: Ada Jones - Health Editor", ("Ada Jones", "Health Editor")),
    ]:
        draft = parse_draft(f"A Title\n{line}\n\nSome text here.\n", "d")
        assert draft.byline == expected, line


def test_heading_detection():
    draft = parse_draft(
        "Title Here\n\nWhat is it?\n\nIt is a thing. It helps.\n\nA short line that "
        "ends.\n\n"
        "Why it matters\nbecause of this reason.\n",
        "d",
    )
    kinds = [(b.kind, b.lines[0]) for b in draft.blocks]
    assert kinds == [
        ("heading", "What is it?"),
        ("paragraph", "It is a thing. It helps."),
        ("paragraph", "A short line that ends."),
        ("paragraph", "Why it matters"),
    ]


def test_control_characters_are_refused():
    with pytest.raises(
        DraftError, match=r"d\.txt:2: the draft contains control characters"
    ):
        decode_draft(b"Title\nbad \x07 bell\n", "d.txt")


DRAFT_LINES = [
    "",
    "Sources:",
    "Keywords: a, b, c",
    "# Title",
    "- item [1]",
    "By Dr Ada Jones - Editor",
    "1. Smith JA. T. J. 2020;1(2):3-4.",
    "Okay, here's a draft",
    "Related Posts",
    "[3]",
    "%comment",
    "Source: Smith JA, Brown L. Title. J Test. 2020;12(3):100-10. doi:10.1000/x",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(DRAFT_LINES),
        ),
        max_size=25,
    )
)
def test_random_drafts_parse_or_raise_draft_error(lines):
    text = "\n".join(lines)
    try:
        decoded = decode_draft(text.encode("utf-8", "surrogatepass"), "d.txt")
        draft = parse_draft(decoded, "d.txt")
        planned = plan_sources(
            [r for _, r in draft.sources if isinstance(r, Reference) and r.title], {}
        )
        article, _ = render_article(
            draft,
            ArticleFields(("a",), (), "2026-01-01", tuple(p.key for p in planned)),
        )
    except DraftError as exc:
        assert str(exc).startswith("d.txt:")
        return
    except UnicodeEncodeError:
        return  # lone surrogates cannot be in a file at all
    assert article.startswith("---\n") and "\n# " in article


@pytest.fixture(scope="module")
def basic_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site") / "basic"
    shutil.copytree(ROOTS / "test-basic", root)
    return Site.load(root)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.one_of(st.text(max_size=60), st.sampled_from(DRAFT_LINES)), max_size=20)
)
def test_random_drafts_plan_against_a_site_or_raise_draft_error(
    basic_site, tmp_path_factory, lines
):
    draft = tmp_path_factory.mktemp("draft") / "d.txt"
    try:
        draft.write_text("\n".join(lines), encoding="utf-8")
    except UnicodeEncodeError:
        return
    articles = basic_site.root / "articles/heart"
    try:
        plan = plan_import(
            basic_site,
            draft,
            lambda title: articles / f"{slugify(title) or 'untitled'}-draft.md",
            today=date(2026, 12, 1),
        )
    except DraftError as exc:
        assert str(exc).startswith(f"{draft}:")
        return
    assert plan.text.startswith("---\n") and plan.todo
    assert all(p.path == plan.article_rel for p in plan.problems)


def test_same_key_same_work_reuses_the_entry():
    ref = parse_reference("Smith JA. Walking fast. J Test Cardiol. 2020;1:1-2.", "d", 1)
    existing = {
        "smith2020walking": {"doi": "", "title": "{Walking} fast", "year": "2020"}
    }
    [planned] = plan_sources([ref], existing)
    assert (planned.key, planned.entry) == ("smith2020walking", "")
    assert planned.reused == (
        "references.bib has this title and year as 'smith2020walking'"
    )


@pytest.mark.parametrize(
    "marker", ["[1-2000000000]", "[2000000000]", "[1,3-999999999]"]
)
def test_citation_ranges_are_bounded_before_they_are_expanded(marker):
    draft = parse_draft(
        f"Walking and the heart\n\nWalking helps {marker}.\n\nSources:\n"
        "1. Smith JA. Walking fast. J Test Cardiol. 2020;1:1-2.\n",
        "d.txt",
    )
    unplaced: list[UnplacedMarker] = []
    article, _ = render_article(
        draft, ArticleFields(("ada-jones",), (), "2026-01-01", ("k",)), unplaced
    )
    # what is in the list is cited, the rest reported (with the draft's line)
    cited = "{footcite:p}`k`" in article
    assert cited == (marker != "[2000000000]")
    [left] = unplaced
    assert (left.line, left.marker) == (3, marker)
    assert (
        left.missing
        == {
            "[1-2000000000]": "2-2000000000",
            "[2000000000]": "2000000000",
            "[1,3-999999999]": "3-999999999",
        }[marker]
    )


def test_chatter_sentences_go_and_the_article_sentences_on_their_line_stay():
    kept, removed = strip_chatter(
        [(3, "Walking helps the heart. Let me know if you want more detail!")]
    )
    assert kept == [(3, "Walking helps the heart.")]
    assert removed == [
        Removed(
            3,
            "Let me know if you want more detail!",
            "an offer or question to the requester",
        )
    ]


def test_pmid_only_reference_reuses_the_entry_with_that_pmid():
    ref = parse_reference(
        "Doe J. Another wording of the title. J Test. 2021;2:3-4. PMID: 10000001.",
        "d",
        1,
    )
    existing = {
        "smith2020walking": {"title": "Walking fast", "year": "2020"},
        "doe2021walking": {"title": "Walking", "year": "2021", "pmid": "10000001"},
    }
    [planned] = plan_sources([ref], existing)
    assert (planned.key, planned.entry) == ("doe2021walking", "")
    assert planned.reused == "references.bib has this PMID as 'doe2021walking'"


def test_an_seo_tools_labels_become_the_description_and_keywords():
    """Jasper-style labels (round 7 of the chatter corpus): chatter in an article,
    data in a draft. Two labels on one line are two fields."""
    draft = parse_draft(
        "# Early signs of type 2 diabetes\n\n"
        "**Meta description (155 characters):** Learn the early signs of type 2 "
        "diabetes and when to see your GP.\n\n"
        "Primary keyword: diabetes symptoms | Secondary keywords: thirst, tiredness\n\n"
        "Many people have no symptoms at first.\n",
        "d.txt",
    )
    assert draft.description == (
        "Learn the early signs of type 2 diabetes and when to see your GP."
    )
    assert draft.keywords == ["diabetes symptoms"]
    assert draft.secondary == ["thirst", "tiredness"]
    assert [b.lines for b in draft.blocks] == [
        ["Many people have no symptoms at first."]
    ]


@pytest.mark.parametrize(
    ("href", "markdown"),
    [
        # the link's own query string was encoded by Google: it comes back whole
        (
            "https://www.google.com/url?q=https://www.youtube.com/watch?v%3Dabc%26t%3D40s"
            "&amp;sa=D&amp;source=editors&amp;ust=1&amp;usg=AOvVaw3P",
            "[the video](https://www.youtube.com/watch?v=abc&t=40s)",
        ),
        # an unsafe target stays unsafe once unwrapped: only the words are kept
        ("https://www.google.com/url?q=javascript:alert(1)&amp;sa=D", "the video"),
        # other Google addresses are left as they are
        (
            "https://www.google.com/maps?q=clinic",
            "[the video](https://www.google.com/maps?q=clinic)",
        ),
    ],
)
def test_google_docs_redirect_links_are_unwrapped_safely(href, markdown):
    from healthkb.importer.html_draft import html_to_draft

    text = html_to_draft(f'<body><p>See <a href="{href}">the video</a>.</p></body>')
    assert text == f"See {markdown}.\n"


def test_places_in_a_converted_draft_are_told_by_heading_and_block():
    from healthkb.importer.places import Places

    text = (
        "Sure, here it is.\n\n# Sun Safety\n\n# What to know this summer\n\n"
        "First paragraph.\nstill the first.\n\nSecond paragraph.\n\n"
        "## Simple steps\n\n- hat\n- shade\n\n| a | b |\n| --- | --- |\n\nAfter.\n"
    )
    where = Places.of(text, ".docx")
    assert where(1) == "in the Word document, the 1st paragraph at the start"
    assert where(3) == "in the Word document, the title 'Sun Safety'"
    assert where(5) == "in the Word document, the heading 'What to know this summer'"
    assert (
        where(8)
        == where(7)
        == (
            "in the Word document, the 1st paragraph under the heading 'What to know "
            "this summer'"
        )
    )
    assert where(10).endswith(
        "the 2nd paragraph under the heading 'What to know this summer'"
    )
    assert where(15) == (
        "in the Word document, the 2nd list item under the heading 'Simple steps'"
    )
    assert where(18).endswith("the 1st table under the heading 'Simple steps'")
    assert where(20).endswith("the 1st paragraph under the heading 'Simple steps'")
    # a text draft has lines of its own
    assert Places.of(text, ".txt")(15) == "draft line 15"


def test_long_file_name_is_cut_at_a_word_boundary():
    title = (
        "Why Some Depression Doesn't Respond to Treatment and Why Trying Again "
        "Still Matters"
    )
    slug = slugify(title)
    assert len(slug) <= 80 and slug.endswith("-still")
    assert all(word in title.lower().replace("'", "") for word in slug.split("-"))
    assert slugify("a" * 90) == "a" * 80  # one long word: cut where it must be


@pytest.mark.parametrize(
    "page_title", ["Healthy Minds Blog | Latest posts", "Heart News » Features"]
)
def test_a_page_title_line_is_not_the_headline(page_title):
    draft = parse_draft(
        f"{page_title}\n\nEating Less Salt\n\nMost of us eat more salt than we need.\n",
        "d.txt",
    )
    assert draft.title == "Eating Less Salt"
    assert [r.text for r in draft.removed] == [page_title]
    assert all("Eating Less Salt" not in " ".join(b.lines) for b in draft.blocks)


@pytest.mark.parametrize(
    ("line", "pages"),
    [
        (
            "Conway CR, Kumar A. Chronic vagus nerve stimulation and quality of life. "
            "J Clin Psychiatry. 2018;79(5):18m12178.",
            "18m12178",
        ),
        (
            "Lee K, Park J. Breathing exercises for asthma. Test Respir J. "
            "2021;4:e0123. [https://doi.org/10.1000/trj.1](https://doi.org/10.1000/trj.1)",
            "e0123",
        ),
    ],
)
def test_article_numbers_and_linked_dois_are_read(line, pages):
    ref = parse_reference(line, "d.txt", 3)
    assert ref.pages == pages
    if "doi.org" in line:
        assert ref.doi == "10.1000/trj.1"


def test_a_reference_with_no_title_says_the_title_is_missing():
    with pytest.raises(DraftError) as caught:
        parse_reference("Smith JA, Brown L. J Test Cardiol. 2019.", "d.txt", 4)
    assert "the title is missing" in caught.value.message
    assert "the volume and pages are missing too" in caught.value.message


def test_keyword_variants_take_the_sites_spelling():
    site = {keyword_key(w): w for w in ("Blood tests", "COVID-19", "Heart failure")}
    choice = choose_keywords(
        ["blood test", "covid 19", "heart-failure", "Diet"], [], site, ""
    )
    # one list of four: three main keywords, the site's ones first
    assert choice.keywords == ["Blood tests", "COVID-19", "Heart failure"]
    assert choice.secondary == ["Diet"]
    assert ("blood test", "Blood tests") in choice.respelt
    # one keyword given twice in two spellings is kept once
    twice = choose_keywords(["Allergies", "allergy"], [], {}, "")
    assert twice.keywords == ["Allergies"]
