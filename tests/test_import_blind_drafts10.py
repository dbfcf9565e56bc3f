"""The session-17 blind tester's drafts, set 10 (fixtures/drafts/acceptance10/): each
NAME.expect.md item checked against its import. The first run on main is the
README's table; where an expectation is arguable, the entry says why. What still
fails is in STILL_WRONG, each an xfail(strict=True), so a fix is noticed.

Each draft is imported into a topic the test makes in its copy of the site
(helpers.scratch_topic), never a shipped one: an editor's new article of the same
name must not change what these tests see."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.blind_runs import cases, description_of, import_to_scratch_topic
from helpers.blind_sets import (
    Expected,
    assert_keywords,
    assert_sources,
    assert_text,
    cite,
    cite_and_silence,
    plain,
)
from helpers.import_runs import (
    Imported,
    article_title,
    check_problems,
    review_and_retitle,
)
from helpers.site import IMPORT_CONTENT, copy_import_site

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "acceptance10"

TRD = "Treatment-resistant depression"
MDD = "Major depressive disorder"
QOL = "Quality of life"
VNS = "Vagus nerve stimulation"

EXPECTED = {
    "d1-slack-thread.txt": Expected(
        title="Trying again when a depression treatment has not worked",
        description=(
            "A large study found that many people still get well when they move on "
            "to another treatment."
        ),
        # "By Dr Natalie Singh"; the Slack sender lines name her too but are not
        # bylines, and Sam Okafor only replies
        authors=("natalie-singh",),
        keywords=frozenset({TRD, "Antidepressants", "STAR*D", "Remission"}),
        sources=frozenset({"rush2006stard"}),
        gone=(
            "#health-content",
            "10:02 AM",
            "10:04 AM",
            "10:11 AM",
            "10:15 AM",
            "10:12",
            "Morning all",
            "sanity-check the numbers",
            ":eyes:",
            ":white_check_mark:",
            ":heart:",
            ":wave:",
            ":+1:",
            "replied to a thread:",
            "View thread",
            "(edited)",
            "Numbers match the paper",
            "Happy for it to go as is",
            "add the pic",
            "Good shout, thanks Sam",
            "Sending now",
            "By Dr Natalie Singh",
            "Source:",
            "Keywords:",
            "PMID",
        ),
        kept=(
            "Depression often gets better with treatment, but not always with the "
            "first one. When depression has not improved after several proper tries "
            "of treatment, doctors call it treatment-resistant depression.",
            "What the study did",
            "What it found",
            "What this means for you",
            "STAR*D stands for Sequenced Treatment Alternatives to Relieve Depression.",
            "In all, 3,671 people took the first step and 123 reached the fourth.",
            "- 36.8% reached remission at step 1\n- 30.6% at step 2\n"
            "- 13.7% at step 3\n- 13.0% at step 4\n",
            "Across all four steps, about 67% of people reached remission.",
            "- If your first treatment does not work, that is common.",
            "- Keep talking to your doctor about how you feel.",
        ),
    ),
    "d2-evernote-export.html": Expected(
        # not the note's <title> (a note name), nor the italic note to self
        title="Five years of vagus nerve stimulation: what one registry showed",
        description=(
            "People who chose VNS as well as their usual care did better, but they "
            "chose their own treatment."
        ),
        # "Written by Priya Raman"; the <meta name="author"> email is the account
        authors=("priya-raman",),
        new_author="priya-raman",
        # the Evernote tags, which the note to self says are the keywords
        keywords=frozenset({VNS, "Registry", QOL}),
        sources=frozenset({"aaronson2017registry", "conway2018quality"}),
        gone=(
            "Note to self",
            "Tags = keywords",
            "Written by Priya Raman",
            "priya.raman@example.net",
            "VNS registry - draft v2",
            "Image.png",
            ".resources/",
            "font-size",
            "rgb(",
            "<br",
            "\n\n\n",
            "doi.org",
            "Conway CR et al.",
        ),
        kept=(
            "A registry is a study that follows a group of people over time and "
            "records how they do.",
            "Who took part",
            "What people chose",
            "What it found",
            "How far can we trust this?",
            "Everyone had depression that had not got better after four or more "
            "treatments.",
            "- vagus nerve stimulation (VNS) added to their usual care, or\n"
            "- usual care alone (treatment as usual).",
            "Nobody was put into a group by chance, and everyone knew which "
            "treatment they had.",
            "67.6% of the VNS group had a clear improvement at some point, against "
            "40.9% with usual care alone.",
            "the figures were 43.3% against 25.7%.",
            "A second report looked at quality of life in 328 people with VNS plus "
            "usual care and 271 with usual care alone.",
            "The studies were funded by Cyberonics, the company that made the "
            "device at the time.",
        ),
        cited=(
            "for five years" + cite("aaronson2017registry"),
            "through the five years" + cite("conway2018quality"),
        ),
    ),
    "d3-clinician-refs.txt": Expected(
        # not the file label line above it
        title="Does the benefit of vagus nerve stimulation last?",
        description="Two-year results from the RECOVER study, in plain words",
        # a bare "Dr NAME, ROLE" line under the headlines: a byline, reported
        authors=("tomas-lindqvist",),
        new_author="tomas-lindqvist",
        keywords=frozenset({VNS, TRD, "Long-term outcomes", "Neuromodulation"}),
        # [2], the preprint, is cited as conway2026durability and reported (the
        # expect file's outcome b)
        sources=frozenset({"conway2026durability", "livanova2024recover"}),
        gone=(
            "VNS long term - draft for the website",
            "(TL, v1)",
            "Dr Tomas Lindqvist",
            "Consultant Psychiatrist",
            "Key words:",
            "Refs:",
            "Conway CR",
            "medRxiv",
            "Available from:",
            "investor.livanova.com",
            "Happy for you to cut it down",
            "I haven't got a picture",
            "\nTL\n",
            "\n--\n",
            "Dictated on my phone",
            "[1]",
            "[1,2]",
            "[3]",
        ),
        kept=(
            "Vagus nerve stimulation (VNS) uses a small device put under the skin of "
            "the chest.",
            "it does not replace it.",
            "Who was in the study",
            "What happened",
            "What to bear in mind",
            "214 adults with moderate to severe depression took part.",
            "On average they had tried 13 treatments and had been depressed for 29 "
            "years, and about three in four were not able to work",
            "- Of those who had a big benefit at 12 months, 78.8% still had it at 18 "
            "months and 79.0% at 24 months.\n",
            "- Of those with at least a meaningful benefit at 12 months, 83.1% kept "
            "it at 18 months and 81.3% at 24 months.\n",
            "- Of those with no meaningful benefit at 12 months, 30.6% had gained "
            "one by 18 months and 37.8% by 24 months.\n",
            "Changes in medicines or other treatments did not explain why the "
            "benefit lasted",
            "This is one study with no comparison group, funded by LivaNova, the "
            "maker of the device.",
            "That part did not meet its main goal, because people in the sham group "
            "also improved a lot",
        ),
        cited=(
            "not able to work" + cite("conway2026durability"),
            "24 months in all" + cite("conway2026durability"),
            "why the benefit lasted" + cite("conway2026durability"),
            "also improved a lot" + cite("livanova2024recover"),
        ),
    ),
    "d4-confluence-export.html": Expected(
        # the H1 in the page's content, not the page title above it
        title="Can vagus nerve stimulation improve quality of life?",
        description=(
            "A report from a five-year registry of people with hard-to-treat "
            "depression."
        ),
        # the page-properties row; not the page's creator or last editor
        authors=("editorial-team",),
        keywords=frozenset({QOL, VNS, "Observational study"}),
        sources=frozenset({"conway2018quality", "aaronson2017registry"}),
        gone=(
            "Health content",
            "QoL article - draft",
            "Article drafts",
            "Created by",
            "last modified",
            "Status:",
            "Do not publish",
            "Sam Okafor",
            "10 Dec 2026",
            "rbtoc",
            "toc-indentation",
            "@Natalie",
            "References",
            "Conway CR",
            "Attachments:",
            "qol-chart.png",
            "Comments:",
            "Looks good to me",
            "Posted by nsingh",
            "Document generated by Confluence",
            "Atlassian",
            "QoLarticle-draft-",
            "<sup>",
        ),
        kept=(
            "Quality of life means how well people feel their life is going: things "
            "like mood, work, relationships and daily activities.",
            "## What the study looked at",
            "## What it found",
            "## What to bear in mind",
            "The report looked at 328 people with VNS plus usual care and 271 people "
            "with usual care alone.",
            "The VNS group said their quality of life was better from 3 months on, "
            "and this lasted through the five years",
            "- People chose their own treatment.",
            "- Everyone knew which treatment they had",
            "- The studies were funded by Cyberonics",
        ),
        cited=(
            "usual care alone" + cite("conway2018quality"),
            "treatment-resistant depression"
            + cite("conway2018quality", "aaronson2017registry"),
            "through the five years" + cite("conway2018quality"),
        ),
    ),
    "d5-apple-notes.html": Expected(
        title="Questions to ask when depression has not got better",
        # the expect file also allows it to stay as the first paragraph
        description="A short list to take to your next appointment.",
        description_or_none=True,
        # no byline: none invented, and the report says so
        authors=(),
        keywords=frozenset({TRD, "Antidepressants", MDD}),
        sources=frozenset({"rush2006stard"}),
        gone=(
            ".underline",
            ".todo",
            ".dashitem",
            "send to N for review",
            "find a nicer photo",
            "check the reading age",
            "[ ]",
            "[x]",
            "Media/",
            "IMG_0412",
            "Where this comes from",
            "Keywords:",
            "#healthkb",
            "#drafts",
            "\n\n\n",
        ),
        kept=(
            "If you have tried a treatment for depression and it has not helped, "
            "that is common. A large study called STAR*D found",
            "although each extra step helped fewer people.",
            "## Before your appointment",
            "- Write down which treatments you have tried, and for how long.\n"
            "- Note how you have felt in the last few weeks.",
            "## Questions you could ask",
            "1. Have I had each treatment at a proper dose for long enough?\n"
            "2. What could we try next?\n"
            "3. What are the benefits and risks of the next step?\n"
            "4. How will we know if it is working?",
            "**Do not stop or change a medicine without talking to your doctor "
            "first.**",
        ),
    ),
    "d6-bear-note.md": Expected(
        title="What is vagus nerve stimulation?",
        description=(
            "A plain guide to a treatment for depression that has not got better "
            "with other treatments"
        ),
        authors=("natalie-singh",),
        keywords=frozenset({VNS, "Neuromodulation", "Adjunctive therapy"}),
        sources=frozenset({"livanova2024recover", "conway2026durability"}),
        gone=(
            "Words: Natalie Singh",
            "ask editorial team about a diagram",
            "add the news release link",
            "[ ]",
            "[x]",
            "::",
            "Tags:",
            "#vagus",
            "#neuromodulation",
            "Backlinks",
            "VNS articles MOC",
            "content meeting",
            "#healthkb",
            "#public",
            "BearID",
            "<!--",
            "[[",
            "]]",
            "doi.org",
            "investor.livanova.com",
        ),
        kept=(
            "A small device is put under the skin of the chest. It sends regular, "
            "mild electrical pulses to the left vagus nerve in the neck.",
            "treatment-resistant depression",
            "VNS is an *add-on*: it is used as well as a person's usual depression "
            "treatment, not instead of it. Doctors call this an adjunctive therapy.",
            "## What the RECOVER study found",
            "The study did not meet its main goal, because people in the sham group "
            "also improved a lot.",
            "This was reported by LivaNova, the company that makes the device",
            "Later, everyone had VNS for up to two years, with no comparison group.",
            "That later study was also funded by LivaNova.",
            "## What this means for you",
            "- VNS is only for depression that has not got better after several "
            "other treatments.\n- Ask your doctor about the possible benefits and "
            "risks.",
        ),
        cited=("still had it at 24 months" + cite("conway2026durability"),),
    ),
}

DRAFT_NAMES = sorted(EXPECTED)

#: what still fails, by draft and test name; each is an xfail(strict=True), so a
#: fix must also take it out of here
STILL_WRONG: dict[str, frozenset[str]] = {}


#: one import of each draft, into a site of its own, shared by the tests that only
#: read it (an import takes seconds)
_IMPORTS: dict[str, Imported] = {}


@pytest.fixture
def imported(tmp_path_factory, capsys):
    def run(draft: str) -> Imported:
        if draft not in _IMPORTS:
            site = copy_import_site(tmp_path_factory.mktemp("site") / "site")
            _IMPORTS[draft] = import_to_scratch_topic(site, capsys, DRAFTS / draft)
        return _IMPORTS[draft]

    return run


@pytest.mark.parametrize("draft", cases(DRAFT_NAMES, STILL_WRONG, "title"))
def test_title(imported, draft):
    expected = EXPECTED[draft]
    found = imported(draft)
    assert plain(article_title(found.body)) == expected.title
    assert found.body.count("\n# ") + found.body.startswith("# ") == 1


@pytest.mark.parametrize("draft", cases(DRAFT_NAMES, STILL_WRONG, "description"))
def test_description(imported, draft):
    expected = EXPECTED[draft]
    found = imported(draft)
    taken = description_of(found)
    if expected.description_or_none and taken is None:
        # left as the article's first paragraph: then it must still be there
        assert expected.description in found.body
        return
    assert taken is not None and plain(taken) == expected.description


@pytest.mark.parametrize("draft", cases(DRAFT_NAMES, STILL_WRONG, "authors"))
def test_authors(imported, draft):
    expected = EXPECTED[draft]
    found = imported(draft)
    if not expected.authors:
        # nobody invented: the placeholder stays and the report asks for a key
        assert "\nauthors: [<<" in found.front, found.front
        assert "the draft has no byline" in found.out
        return
    assert f"\nauthors: [{', '.join(expected.authors)}]\n" in found.front + "\n"
    if expected.new_author:
        assert f"add the author to authors.yml: '{expected.new_author}:'" in found.out
    else:
        assert "add the author to authors.yml" not in found.out


@pytest.mark.parametrize("draft", cases(DRAFT_NAMES, STILL_WRONG, "keywords"))
def test_keywords_in_the_sites_spellings(imported, draft):
    assert_keywords(imported(draft), EXPECTED[draft])


@pytest.mark.parametrize("draft", cases(DRAFT_NAMES, STILL_WRONG, "sources"))
def test_sources_are_the_entries_and_nothing_is_added(imported, draft):
    bib = (IMPORT_CONTENT / "references.bib").read_bytes()
    assert_sources(imported(draft), EXPECTED[draft], bib)


@pytest.mark.parametrize("draft", cases(DRAFT_NAMES, STILL_WRONG, "text"))
def test_leftovers_are_gone_and_the_text_stays(imported, draft):
    assert_text(imported(draft), EXPECTED[draft])


def test_the_preprint_is_reported_not_added(imported):
    """d3's ref 2 is a preprint of an entry (its note names the DOI): cited as the
    entry, and the report says so for the editor to decide."""
    out = imported("d3-clinician-refs.txt").out
    assert "10.1101/2025.10.15.25337077" in out
    assert "preprint" in out


@pytest.mark.parametrize("draft", cases(DRAFT_NAMES, STILL_WRONG, "check"))
def test_check_passes_once_the_reports_items_are_done(tmp_path, capsys, draft):
    """The report's items an editor does before publishing: the review date; each
    source cited where the check says a statistic has none, or (none placed) after
    the last paragraph; a new author added to authors.yml; an author's key where
    the draft has no byline; and a silence, with its reason, where the check reads
    the article's medical names as hard reading."""
    site = copy_import_site(tmp_path / "site")
    found = import_to_scratch_topic(site, capsys, DRAFTS / draft)
    review_and_retitle(found)
    text = found.path.read_text("utf-8")
    # the retitle is for drafts that retell a shipped article; none of these does
    text = text.replace(" (new version)\n", "\n", 1)
    text = text.replace("[<<your key in authors.yml>>]", "[editorial-team]", 1)
    found.path.write_text(text, "utf-8")
    new = EXPECTED[draft].new_author
    if new and f"add the author to authors.yml: '{new}:'" in found.out:
        name = new.replace("-", " ").title()
        with (site / "authors.yml").open("a", encoding="utf-8") as authors:
            authors.write(f"{new}:\n  name: {name}\n  role: Writer\n")
    lines, _ = cite_and_silence(site, capsys, found, cite_unplaced=True)
    found.path.write_text("\n".join(lines), "utf-8")
    status, problems = check_problems(site, capsys, found.path)
    assert status == 0, problems
    assert not [p for p in problems if p["rule"] == "likely-leftover"], problems


@pytest.mark.parametrize("draft", cases(DRAFT_NAMES, STILL_WRONG, "images"))
def test_images_are_reported_not_written(imported, draft):
    found = imported(draft)
    assert "![" not in found.body
    assert not re.search(r"\.(png|jpe?g|gif)\b", found.body, re.I), found.body
