"""The session-10 second blind tester's drafts (fixtures/drafts/acceptance5/): what
their import got wrong (/work/blind/drafts2/RESULTS.md), each fixed and checked here."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.import_runs import front_list, import_draft
from helpers.site import copy_import_site

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "acceptance5"
STARD = "When the first treatment for depression does not work: what STAR*D found"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_import_site(tmp_path / "site")


def _import(site: Path, capsys, draft: str, *args: str) -> tuple[str, str]:
    return import_draft(site, capsys, DRAFTS / draft, *args)


def _body(article: str) -> str:
    return article.split("\n---\n", 1)[1]


# -- 1. a chat page's furniture above the assistant's opener ------------------------


@pytest.mark.parametrize(
    "draft", ["ai-draft.txt", "a-no-header.txt", "a-no-prompt.txt"]
)
def test_a_chat_pages_header_and_prompt_are_not_the_article(site, capsys, draft):
    out, article = _import(site, capsys, draft, "--author", "editorial-team")
    body = _body(article)
    assert body.lstrip().startswith(f"# {STARD}\n"), body[:300]
    for furniture in (
        "Gemini",
        "2.5 Flash",
        "Plain language",
        "Show drafts",
        "volume_up",
    ):
        assert furniture not in body
        assert furniture not in article.split("\n---\n", 1)[0]
    assert (
        "the requester's prompt in a chat session" in out or draft == "a-no-prompt.txt"
    )
    # the buttons under the answer are not keywords
    keywords = front_list(article, "keywords") + front_list(
        article, "secondary-keywords"
    )
    assert not {"More", "Thumb_up thumb_down"} & set(keywords)
    assert "Thumb_up" not in out


def test_a_plain_headline_above_a_tools_opener_stays(site, capsys, tmp_path):
    draft = tmp_path / "plain.txt"
    draft.write_text(
        "Walking after a heart attack\n\nHere is the draft you asked for:\n\n"
        "Walking helps the heart recover. Start with short walks.\n",
        "utf-8",
    )
    _, article = import_draft(site, capsys, draft, "--author", "editorial-team")
    assert "# Walking after a heart attack\n" in article


# -- 2. a Notion page's properties and callouts -------------------------------------


def test_a_notion_pages_properties_are_metadata(site, capsys):
    out, article = _import(site, capsys, "house-style.md")
    front, body = article.split("\n---\n", 1)
    for prop in ("Created:", "Owner:", "Last edited time", "Status:", "Tags:"):
        assert prop not in article
    assert "December" not in front and "2026 9:02" not in out.split("a person must")[1]
    assert body.lstrip().startswith("# Vagus nerve stimulation for five years")
    assert "<aside" not in body and "</aside>" not in body and "Notion tip" not in body
    assert "the page's properties (metadata)): Owner: Natalie Singh" in out
    assert "authors: [natalie-singh]" in article


def test_the_owner_property_gives_the_author_and_a_plain_callout_stays(
    site, capsys, tmp_path
):
    draft = tmp_path / "notion.md"
    draft.write_text(
        "# Walking after a heart attack\n\nCreated: December 1, 2026 3:14 PM\n"
        "Owner: Natalie Singh\n\n<aside>\n💡 Walk a little further each day.\n\n"
        "</aside>\n\nWalking helps the heart recover. Start with short walks.\n",
        "utf-8",
    )
    out, article = import_draft(site, capsys, draft)
    assert "authors: [natalie-singh]" in article
    assert "read from the page's 'Owner' property" in out
    body = _body(article)
    assert "Walk a little further each day." in body
    assert "<aside" not in body and "💡" not in body


# -- 3. a theme's author element holding the whole byline ---------------------------


@pytest.mark.parametrize(
    ("draft", "key"),
    [
        ("blog-export.html", "editorial-team"),
        ("c-byline-by.html", "editorial-team"),
        ("c-byline-natalie.html", "natalie-singh"),
    ],
)
def test_a_byline_in_the_authors_element_is_matched_by_name(site, capsys, draft, key):
    out, article = _import(site, capsys, draft)
    assert f"authors: [{key}]" in article
    assert f"is '{key}' in authors.yml" in out
    assert "posted-by" not in out and "by-the-" not in out
    assert "add the author to authors.yml" not in out


# -- 4. a sentence run together after a citation marker -----------------------------


@pytest.mark.parametrize(
    ("draft", "joined"),
    [
        ("runtogether.md", "{footcite:p}`conway2026durability`. The study was funded"),
        (
            "blog-export.html",
            "{footcite:p}`conway2026durability`. The study was funded",
        ),
        ("word-draft.docx", "{footcite:p}`conway2026durability`. The table shows"),
    ],
)
def test_a_sentence_after_a_marker_is_split(site, capsys, draft, joined):
    _, article = _import(site, capsys, draft)
    assert joined in article
    assert "`.The" not in article


def test_a_list_items_run_together_sentence_is_split(site, capsys, tmp_path):
    draft = tmp_path / "list.md"
    draft.write_text(
        "# Walking after a heart attack\n\nWalking helps the heart recover.\n\n"
        "- Start with short walks [1].Add a few minutes each week.\n\n"
        "Sources:\n1. doi:10.1093/ijnp/pyaf080\n",
        "utf-8",
    )
    _, article = import_draft(site, capsys, draft, "--author", "editorial-team")
    assert "`. Add a few minutes" in article


# -- 5. keywords: the site's spelling of a name, no hashtags, the draft's order -----


def test_a_trials_name_with_or_without_trial_is_the_sites_keyword(site, capsys):
    out, article = _import(site, capsys, "ai-draft.txt", "--author", "editorial-team")
    words = front_list(article, "keywords") + front_list(article, "secondary-keywords")
    assert "STAR*D" in words and "STAR*D trial" not in words
    assert "the keyword 'STAR*D trial' is written 'STAR*D', the site's spelling" in out
    out, article = _import(site, capsys, "blog-export.html")
    words = front_list(article, "keywords") + front_list(article, "secondary-keywords")
    assert "RECOVER trial" in words and "RECOVER" not in words
    # the footer's hashtags and the primary tag are not the post's keywords
    assert not {"Vns", "VNS", "Depression"} & set(words)
    # one list: the draft's order, the keyword the site already uses first
    assert front_list(article, "secondary-keywords") == [
        "Neuromodulation",
        "Sham control",
        "Placebo",
        "LivaNova",
    ]


def test_a_name_in_ordinary_words_is_not_merged_with_its_therapy():
    from healthkb.importer.keyword_choice import study_name_key

    assert study_name_key("STAR*D trial") == study_name_key("STAR*D")
    assert study_name_key("RECOVER") == study_name_key("RECOVER Trial")
    assert study_name_key("CBT therapy") == study_name_key("CBT")
    assert study_name_key("Exercise therapy") is None
    assert study_name_key("Exercise") is None


def test_the_kept_secondary_keywords_stay_in_the_drafts_order(site, capsys):
    _, article = _import(site, capsys, "house-style.md")
    assert front_list(article, "secondary-keywords") == [
        "Observational study",
        "Registry",
        "Remission",
        "VNS",
        "Cyberonics",
        "ECT",
    ]


# -- 6. a newsletter's sign-up box ---------------------------------------------------


def test_a_newsletter_box_is_removed_with_its_icon(site, capsys):
    out, article = _import(site, capsys, "blog-export.html")
    body = _body(article)
    assert "Enjoying this post" not in body and "📬" not in body
    assert "(page furniture): Enjoying this post? Join 12,000 readers" in out
    assert "(an icon with no words): 📬" in out


@pytest.mark.parametrize(
    "line",
    [
        "Enjoying this post? Join 12,000 readers and get Mind Matters in your inbox "
        "every Friday.",
        "Liked this article? Subscribe for more.",
        "Join 3,500 subscribers who get our tips.",
        "Get the next post in your inbox every week.",
    ],
)
def test_a_sign_up_box_is_certain_chatter(line):
    from healthkb.rules.chatter import find_certain_chatter

    found = find_certain_chatter(line)
    assert found is not None and not found.tentative


@pytest.mark.parametrize(
    "line",
    [
        "I enjoyed the walk more than I expected.",
        "Join a local walking group if you can.",
        "Over 12,000 readers took part in the survey.",
    ],
)
def test_ordinary_lines_are_not_a_sign_up_box(line):
    from healthkb.rules.chatter import find_chatter

    assert find_chatter(line) is None


# -- 7. a bold second headline under a bold title -----------------------------------


def test_a_bold_second_headline_is_the_description(site, capsys):
    out, article = _import(site, capsys, "ai-draft.txt", "--author", "editorial-team")
    assert (
        'description: "Many people still get well after trying another treatment"'
        in (article)
    )
    assert "## Many people still get well" not in article
    assert "the headline under the title (draft line 16) is the 'description'" in out


def test_a_bold_section_name_under_the_title_stays_a_heading():
    from healthkb.importer.draft import _is_bold_standfirst

    assert not _is_bold_standfirst("**What did STAR*D do?**")
    assert not _is_bold_standfirst("**Key points**")
    assert not _is_bold_standfirst("**Sources:**")
    assert _is_bold_standfirst("**Many people still get well after another treatment**")


# -- 8. a preprint of an existing entry ----------------------------------------------


def test_a_preprint_of_an_entry_is_cited_as_the_entry_and_reported(site, capsys):
    bib = (site / "references.bib").read_bytes()
    out, article = _import(site, capsys, "word-draft.docx")
    assert (site / "references.bib").read_bytes() == bib  # no new entry
    assert "conway2025durability" not in out + article
    assert "[on medRxiv](https://doi.org/10.1101/2025.10.15.25337077)" in article
    assert "is the preprint of 'conway2026durability'" in out
    assert "a decision for the editor" in out


def test_a_preprint_with_the_same_title_is_matched():
    from healthkb.bib.match import SourceIds, find_existing

    published = SourceIds.of_fields(
        {
            "doi": "10.1093/ijnp/pyaf080",
            "title": "Durability of the benefit",
            "year": "2026",
        }
    )
    preprint = SourceIds.of_fields(
        {
            "doi": "10.1101/2025.01.01.1",
            "title": "Durability of the {benefit}",
            "year": "2025",
        }
    )
    found = find_existing(preprint, {"conway2026durability": published})
    assert found and found[0] == "conway2026durability"
    assert found[1].startswith("the preprint of 'conway2026durability'")
    # another journal's DOI with the same title but another year is no preprint
    other = SourceIds.of_fields(
        {"doi": "10.1000/x", "title": "Durability of the benefit", "year": "2019"}
    )
    assert find_existing(other, {"conway2026durability": published}) is None
