"""The session-17 blind collector's drafts, set 11 (fixtures/drafts/incoming11/):
each NAME.expect.md item checked against its import. The first run, unseen, is the
README's table; where an expect file allows two outcomes, both are taken (the entry
says which). What still fails is in STILL_WRONG, each an xfail(strict=True) whose
reason says what the first run got wrong, so a fix is noticed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.blind_sets import (
    DraftImports,
    Expected,
    assert_keywords,
    assert_text,
    cite,
    xfail_cases,
)
from helpers.blind_sets import reader_text as _plain
from helpers.blind_sets import reported as _reported
from helpers.import_runs import (
    Imported,
    article_title,
    front_list,
    todo_items,
    used_sources,
)
from helpers.site import IMPORT_CONTENT

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "incoming11"

VNS = "Vagus nerve stimulation"
TRD = "Treatment-resistant depression"
QOL = "Quality of life"

EXPECTED = {
    "d1-whatsapp-chat.txt": Expected(
        title="Does VNS improve quality of life? What a five-year registry found",
        description=(
            "People in a large registry who added vagus nerve stimulation to their "
            "usual care said their quality of life was better, and this lasted for "
            "five years."
        ),
        # "Author: healthkb editorial team"; Natalie Singh only pasted it
        authors=("editorial-team",),
        # the WhatsApp suffix " <This message was edited>" is no part of "registry"
        keywords=frozenset({QOL, VNS, TRD, "Registry"}),
        sources=frozenset({"conway2018quality", "aaronson2017registry"}),
        gone=(
            "03/12/2026",
            "08:4",
            "Natalie Singh:",
            "Joe Barker",
            "+44 7700 900123",
            "end-to-end encrypted",
            "Tap to learn more",
            "created group",
            "Morning both",
            "sorry about the formatting",
            "Media omitted",
            "Found this photo of the device",
            "Not sure we have the rights",
            "This message was deleted",
            "This message was edited",
            "Numbers match the paper",
            "Sending to the site now",
            "🙈",
            "👍",
            "🙌",
            "Author:",
            "healthkb editorial team",
            "Sources:",
            "Keywords:",
            "Conway CR, Kumar A",
            "Registry main results",
            "doi.org",
        ),
        kept=(
            "Quality of life means how well a person feels their life is going: their "
            "mood, their health, their work and the things they enjoy.",
            "The Treatment-Resistant Depression Registry followed 795 people with "
            "hard-to-treat depression at 61 sites in the United States. Four or more "
            "depression treatments had not worked for them.",
            "People chose either vagus nerve stimulation (VNS) added to their usual "
            "care, or usual care alone",
            "A report from the registry looked at quality of life in 328 people with "
            "VNS plus usual care and 271 people with usual care alone. The VNS group "
            "said their quality of life was better from 3 months on, and this lasted "
            "through the five years",
            "- People chose their own treatment, so the two groups may have been "
            "different in other ways.\n- Everyone knew which treatment they had, which "
            "can affect how people rate how they feel.\n- The studies were funded by "
            "Cyberonics, the company that made the device at the time",
            "If your depression has not got better after several treatments, ask your "
            "psychiatrist whether VNS or other options could be right for you.",
        ),
    ),
    "d2-onenote-page.html": Expected(
        title="Five years of vagus nerve stimulation: what a registry of 795 people "
        "found",
        description=(
            "People who chose vagus nerve stimulation as well as their usual care did "
            "better than people who had usual care alone, but they chose their own "
            "treatment."
        ),
        # an italic name line with a role, nobody in authors.yml: a new key, reported
        authors=("helen-marsh",),
        new_author="helen-marsh",
        keywords=frozenset({VNS, TRD, "Remission", "Observational study"}),
        sources=frozenset({"aaronson2017registry", "conway2018quality"}),
        gone=(
            "VNS registry - notes for article",
            "Helen Marsh",
            "Psychiatry Registrar",
            "guest writer",
            "Check the ECT wording",
            "Side note",
            "table screenshot",
            "Send to the editor by Friday",
            "Keywords:",
            "References:",
            "Aaronson ST, et al.",
            "Conway CR, et al.",
            "Journal of Clinical Psychiatry",
            "position:absolute",
            "data-id",
            "data-tag",
            "_default",
            "graph.microsoft.com",
            "$value",
            "![",
        ),
        kept=(
            "A registry is a study that follows a group of people over time and "
            "records how they do. One registry followed 795 people with hard-to-treat "
            "depression for five years",
            "## Who was in it",
            "## What it found",
            "## Can we trust it?",
            "The Treatment-Resistant Depression Registry ran at 61 sites in the United "
            "States. Everyone had treatment-resistant depression:",
            "- a long episode of depression (at least 2 years) or three or more "
            "episodes, and\n- four or more depression treatments that had not worked, "
            "which could include ECT.",
            "People chose either VNS added to their usual care, or usual care alone. "
            "Over five years",
            # a table, or the same numbers as a list
            "Responded at some point",
            "Reached remission for the first time",
            "67.6%",
            "40.9%",
            "43.3%",
            "25.7%",
            "A second report looked at quality of life in 328 people with VNS plus "
            "usual care and 271 people with usual care alone. The VNS group said their "
            "quality of life was better from 3 months on, and this lasted through the "
            "five years",
            "- Nobody was put into a group by chance. People chose their own "
            "treatment, and those who chose VNS may have been different.\n- Everyone "
            "knew which treatment they had.\n- The studies were funded by Cyberonics, "
            "the company that made the device at the time",
            "Because people were not put into groups by chance, this study cannot "
            "prove that VNS caused the difference. If your depression has not improved "
            "after several treatments, ask your psychiatrist about your options.",
        ),
        cited=(
            "for five years" + cite("aaronson2017registry"),
            "Over five years" + cite("aaronson2017registry"),
            "through the five years" + cite("conway2018quality"),
        ),
    ),
    "d3-press-release.txt": Expected(
        title="Benefit of vagus nerve stimulation lasted two years for most people who "
        "had it, study finds",
        description=(
            "A two-year study of adults with hard-to-treat depression found that most "
            "who felt better after one year still did after two, but the study had no "
            "comparison group."
        ),
        # "Issued by: The healthkb editorial team"; or unset, see MORE
        authors=("editorial-team",),
        # note 3's "Suggested keywords:"; or none, see MORE
        keywords=frozenset({VNS, TRD, "RECOVER trial", "Long-term outcomes"}),
        sources=frozenset({"conway2026durability", "livanova2024recover"}),
        gone=(
            "RELEASE",
            "Press release",
            "Embargoed",
            "00:01 GMT",
            "LONDON",
            "4 December 2026",
            "ENDS",
            "Notes to editors",
            "The study: Conway CR",
            "DOI: 10.1093",
            "reported by the sponsor",
            "investor.livanova.com",
            "Suggested keywords",
            "About healthkb",
            "Images are available on request",
            "Issued by",
            "Media contact",
            "Press office",
            "press@healthkb.example.net",
            "+44 20 7946 0000",
            "Follow us on X",
            "@healthkb",
            "[1]",
            "[2]",
        ),
        kept=(
            "Some people live with depression that does not get better, even after "
            "trying many treatments. A study followed 214 such adults for two years "
            "after they started vagus nerve stimulation (VNS), a treatment added to "
            "their usual care",
            "In VNS, a small device is placed under the skin of the chest. A thin wire "
            "links it to the left vagus nerve in the neck, and the device sends "
            "regular, mild electrical pulses along it.",
            "The people in the study had been unwell for a long time. On average, they "
            "had tried 13 treatments that did not work and had been depressed for 29 "
            "years. About three in four were not able to work",
            "Key findings",
            "- Of the people with a large benefit at 12 months, 78.8% still had it at "
            "18 months and 79.0% at 24 months.\n- Of the people with at least a "
            "meaningful benefit at 12 months, 83.1% kept it at 18 months and 81.3% at "
            "24 months.\n- Some people improved late: of those without a meaningful "
            "benefit at 12 months, 37.8% had gained one by 24 months.",
            "The study was funded by LivaNova, the company that makes the VNS Therapy "
            "system, and several of the authors have ties to the company. The first "
            "12 months of the same trial compared real VNS with a sham (the device "
            "was fitted but gave no stimulation) in 493 adults at 84 sites in the "
            "United States. That part did not meet its main goal, because people in "
            "the sham group also improved a lot",
            "If you are thinking about VNS, talk to your psychiatrist about what it "
            "involves and whether it could help you.",
        ),
        cited=(
            "added to their usual care" + cite("conway2026durability"),
            "not able to work" + cite("conway2026durability"),
            "also improved a lot" + cite("livanova2024recover"),
        ),
    ),
    "d4-pubmed-medline.txt": Expected(
        title="When the first depression treatment does not work: lessons from STAR*D",
        description=(
            "Many people still get well when they move on to a second, third or "
            "fourth treatment, although each step helps fewer people."
        ),
        authors=("natalie-singh",),
        keywords=frozenset({TRD, "Antidepressants", "STAR*D", "Relapse"}),
        # reference 2 is not in references.bib: reported (MORE), never rush2006stard
        sources=frozenset({"rush2006stard"}),
        gone=(
            "Prepared by",
            "Health Editor",
            "Keywords:",
            "-----",
            "References (1 =",
            "Citation manager",
            "PMID-",
            "OWN - NLM",
            "STAT- MEDLINE",
            "TI  -",
            "TI -",
            "AU  -",
            "AU -",
            "LID -",
            "SO  -",
            "SO -",
            "JT  -",
            "JT -",
            "Am J Psychiatry",
            "The American journal of psychiatry",
            "rationale and design",
            "Control Clin Trials",
            "Investigators Group",
            "10.1016/",
            "Natalie -",
            "trimmed the abstract",
            "Shout if you need them",
            "¹",
            "²",
        ),
        kept=(
            "Depression often gets better with treatment, but not always with the "
            "first one. A large study called STAR*D (Sequenced Treatment Alternatives "
            "to Relieve Depression) looked at what happens when people keep trying",
            "STAR*D followed adults with depression who were treated as outpatients: "
            "they lived at home and visited clinics. None had psychotic symptoms. The "
            "study was planned as up to four treatment steps, one after another",
            "People who did not get well with one step were encouraged to move on to "
            "the next. In all, 3,671 people took the first step and 123 reached the "
            "fourth",
            "- step 1: 36.8%\n- step 2: 30.6%\n- step 3: 13.7%\n- step 4: 13.0%",
            "Across all four steps, about 67% of people reached remission. People who "
            "needed more steps to get well were more likely to have a relapse (their "
            "depression came back) during the 12 months of follow-up",
            "- If your first treatment for depression does not work, that is common. "
            "Another treatment may still help.\n- Keep talking to your doctor about "
            "how you feel. Do not stop or change a medicine without their advice.",
        ),
        cited=(
            "keep trying" + cite("rush2006stard"),
            "reached the fourth" + cite("rush2006stard"),
            "gone or almost gone" + cite("rush2006stard"),
            "12 months of follow-up" + cite("rush2006stard"),
        ),
    ),
    "d5-google-keep.html": Expected(
        title="What is vagus nerve stimulation (VNS)?",
        description=(
            "A simple guide to a treatment for depression that has not got better "
            "after many other treatments."
        ),
        # "by Natalie Singh": lower-case "by", no "Dr"; "Joe" is no author
        authors=("natalie-singh",),
        # the Keep labels "healthkb" and "ready to send" are no keywords
        keywords=frozenset(
            {VNS, "Adjunctive therapy", "Neuromodulation", "Brain stimulation"}
        ),
        sources=frozenset({"conway2026durability"}),
        gone=(
            "VNS explainer",
            "3 Dec 2026",
            "19:42:10",
            "Note archived",
            "Archived",
            ".note",
            "font-family",
            "white-space",
            "by Natalie Singh",
            "Source:",
            "Keywords:",
            "Int J Neuropsychopharmacol",
            "ask Joe",
            "photo below",
            "ready to send",
            "1b7e3c9a2f-vns-device.jpg",
            "![",
            "&#39;",
        ),
        kept=(
            "The vagus nerve runs from the brain down through the neck. In vagus "
            "nerve stimulation, a small device is placed under the skin of the chest. "
            "A thin wire links it to the left vagus nerve in the neck, and the device "
            "sends regular, mild electrical pulses along it.",
            # Keep's <br><br> is a new paragraph
            "along it.\n\nVNS is an adjunctive therapy",
            "VNS is an adjunctive therapy: it is added to a person's usual depression "
            "treatment, such as medicines and talking therapy. It does not replace "
            "them.",
            "VNS is for depression that has not improved after several proper tries "
            "of treatment, called treatment-resistant depression. It is not a first "
            "treatment for depression. In one study of VNS, people had tried 13 "
            "treatments on average that did not work",
            "In that study, most people who felt better after one year of VNS still "
            "felt better after two. But the study had no comparison group and was "
            "paid for by LivaNova, the company that makes the device, so its results "
            "need care",
            "If you are thinking about VNS, talk to your psychiatrist about what it "
            "involves and whether it could help you.",
        ),
    ),
    "d6-linkedin-article.txt": Expected(
        title='Why a "sham" matters: what the RECOVER trial of vagus nerve stimulation '
        "can and cannot tell us",
        description=(
            "Two results from the same trial point in different directions. Here is "
            "why both matter."
        ),
        # the author card; the names of other writers' cards are no authors
        authors=("grace-adeyemi",),
        new_author="grace-adeyemi",
        # no keyword line: none, or the hashtags as words if the report says so
        keywords=frozenset(),
        may_add=frozenset({"Mental health", "Depression", VNS, "Clinical trials"}),
        # "What Did STAR*D Teach Us?" is not in references.bib: reported (MORE)
        sources=frozenset({"livanova2024recover", "conway2026durability"}),
        gone=(
            "Agree & Join",
            "By clicking Continue",
            "User Agreement",
            "Privacy Policy",
            "Cookie",
            "Sign in",
            "sign in",
            "Create your free account",
            "Email or phone",
            "Password",
            "Join now",
            "``",
            "Skip to main content",
            "Top Content",
            '[Why a "sham" matters',
            "Report this article",
            "Grace Adeyemi",
            "Mental Health Nurse",
            "Published Dec 2, 2026",
            "+ Follow",
            "Recommended by LinkedIn",
            "Five myths about depression treatment",
            "Sam Hart",
            "Why I talk to patients about sleep",
            "Ravi Patel",
            "What do you think?",
            "Let me know in the comments",
            "👇",
            "#MentalHealth",
            "#VagusNerveStimulation",
            "3 Comments",
            "To view or add a comment",
            "More articles by",
            "What I wish I had known",
            "See all articles",
            "Others also viewed",
            "Depression care in the community",
            "Tom Reid",
            "Show more",
            "LinkedIn ©",
            "Community Guidelines",
            "Accessibility",
            "English (English)",
            "Español",
            "Français",
            "linkedin.com",
            "trk=",
            "[LivaNova news release]",
            "[Conway and others, 2026]",
            "[What Did STAR*D Teach Us?]",
            "][",
            "[ ",
        ),
        kept=(
            "# What is a sham?",
            "# The first year: real VNS against a sham",
            "# The next year: no comparison group",
            "# Why both matter",
            "A sham is a pretend treatment. In a sham-controlled trial of vagus nerve "
            "stimulation (VNS), everyone has the device fitted, but in some people it "
            "gives no stimulation. Nobody knows which group they are in, so the trial "
            "can tell how much of any benefit comes from the stimulation itself.",
            "The first 12 months of the RECOVER trial compared real VNS with a sham in "
            "493 adults at 84 sites in the United States. This was a randomised "
            "controlled trial: people were put into a group by chance. It did not "
            "meet its main goal, because people in the sham group also improved a "
            "lot. Some other measures were better with real stimulation. These "
            "results come from the company's own announcement, not from a published "
            "paper",
            "After those 12 months, 214 adults carried on with VNS for another year. "
            "In this part everyone knew they were getting VNS, and there was no "
            "comparison group. Of the people with a large benefit at 12 months, 79.0% "
            "still had it at 24 months",
            "The study was funded by LivaNova, the company that makes the VNS Therapy "
            "system, and several of the authors have ties to the company.",
            "Without a comparison group we cannot tell how much of the benefit came "
            "from VNS itself. The sham result shows why: people can improve a lot "
            "even without stimulation. Stronger evidence, from studies that compare "
            "VNS with a sham, is still needed.",
            "Trying again is still worth it. The STAR*D study showed that many people "
            "get well when they move on to another treatment",
            "If you are thinking about VNS, talk to your psychiatrist about what it "
            "involves and whether it could help you.",
        ),
        cited=(
            "not from a published paper" + cite("livanova2024recover"),
            "at 24 months" + cite("conway2026durability"),
        ),
    ),
}


@dataclass(frozen=True)
class More:
    """What a draft's expect file asks beyond :class:`Expected`'s fields."""

    #: DOIs of sources not in references.bib, each to be named in a report item
    new_dois: tuple[str, ...] = ()
    #: words of the draft that some report item must quote (a picture, an embargo)
    reported: tuple[str, ...] = ()
    #: leftovers too short to find as text: no body line may read just this
    gone_lines: tuple[str, ...] = ()
    #: lines that must stand on their own (a heading, or a paragraph of their own)
    own_lines: tuple[str, ...] = ()
    #: the expect file also allows no author if a report item quotes this
    author_or_reported: str | None = None
    #: the expect file also allows no keywords if a report item quotes this
    keywords_or_reported: str | None = None
    #: markers the expect file also allows left as text if a report item names them
    markers_or_reported: tuple[str, ...] = ()
    #: citations that would give a marker the wrong source
    miscited: tuple[str, ...] = ()
    #: text the expect file allows removed only if the report quotes it
    kept_or_reported: tuple[str, ...] = ()


MORE = {
    "d1-whatsapp-chat.txt": More(
        # a picture shared in the chat but not supplied
        reported=("Media omitted",),
        own_lines=("About the registry", "What it found", "What to keep in mind"),
    ),
    "d2-onenote-page.html": More(
        reported=("Screenshot of the results table",),
        markers_or_reported=("(Aaronson et al., 2017)", "(Conway et al., 2018)"),
    ),
    "d3-press-release.txt": More(
        reported=("Embargoed until",),
        author_or_reported="Issued by",
        keywords_or_reported="Suggested keywords",
        kept_or_reported=("A spokesperson for the healthkb editorial team said",),
    ),
    "d4-pubmed-medline.txt": More(
        new_dois=("10.1016/s0197-2456(03)00112-0",),
        # marker 2 is the 2004 design paper, never the 2006 results paper
        miscited=("one after another" + cite("rush2006stard"),),
        own_lines=("How the study worked", "What it found", "What this means for you"),
    ),
    "d5-google-keep.html": More(
        reported=("1b7e3c9a2f-vns-device.jpg",),
        own_lines=("Who is it for?", "Does the benefit last?"),
        gone_lines=("healthkb",),
    ),
    "d6-linkedin-article.txt": More(
        new_dois=("10.1176/ps.2009.60.11.1439",),
        gone_lines=(
            "Show",
            "or",
            "Like",
            "Comment",
            "Copy",
            "LinkedIn",
            "Facebook",
            "X",
            "Share",
            "27",
            "19",
            "Language",
            "[",
            "]",
            "*",
        ),
    ),
}

DRAFT_NAMES = sorted(EXPECTED)

#: what still fails, by draft and test name, with what the first run (main d5bff09)
#: got wrong; each is an xfail(strict=True), so a fix must also take it out of here
STILL_WRONG: dict[str, dict[str, str]] = {
    "d3-press-release.txt": {
        "description": "placeholder; the standfirst stays in the body",
    },
}


def _cases(what: str, drafts: list[str] = DRAFT_NAMES) -> list:
    return xfail_cases(what, drafts, STILL_WRONG)


_IMPORTS = DraftImports(DRAFTS)


@pytest.fixture
def imported(tmp_path_factory, capsys):
    return _IMPORTS.runner(tmp_path_factory, capsys)


def _cited(body: str, citation: str) -> bool:
    """*citation* (text, then a footcite) is in *body*, the footcite before or after
    the punctuation that ends the text."""
    text, _, role = citation.partition(" {footcite:p}")
    return (
        re.search(rf"{re.escape(text)}[.:,;]? ?\{{footcite:p\}}{re.escape(role)}", body)
        is not None
    )


@pytest.mark.parametrize("draft", _cases("title"))
def test_title(imported, draft):
    found = imported(draft)
    assert _plain(article_title(found.body)) == EXPECTED[draft].title
    assert found.body.count("\n# ") + found.body.startswith("# ") == 1


@pytest.mark.parametrize("draft", _cases("description"))
def test_description(imported, draft):
    taken = re.search(r'^description: "(.*)"$', imported(draft).front, re.M)
    assert taken, imported(draft).front
    assert _plain(taken[1]) == EXPECTED[draft].description


@pytest.mark.parametrize("draft", _cases("authors"))
def test_authors(imported, draft):
    expected, more, found = EXPECTED[draft], MORE[draft], imported(draft)
    written = re.search(r"^authors: (.*)$", found.front, re.M)[1]
    if more.author_or_reported and _reported(found, more.author_or_reported):
        # unset (the placeholder) is the other outcome the expect file allows
        assert "<<" in written or written == f"[{', '.join(expected.authors)}]"
        return
    assert f"\nauthors: [{', '.join(expected.authors)}]\n" in found.front + "\n"
    if expected.new_author:
        assert f"add the author to authors.yml: '{expected.new_author}:'" in found.out
    else:
        assert "add the author to authors.yml" not in found.out


@pytest.mark.parametrize("draft", _cases("keywords"))
def test_keywords_in_the_sites_spellings(imported, draft):
    expected, more, found = EXPECTED[draft], MORE[draft], imported(draft)
    words = front_list(found.front + "\n", "keywords") + front_list(
        found.front + "\n", "secondary-keywords"
    )
    if more.keywords_or_reported and not words:
        assert _reported(found, more.keywords_or_reported), found.out
        return
    assert_keywords(found, expected)
    if not expected.keywords:
        # none given: the report says so, and any taken from tags says where from
        assert _reported(found, "keywords"), found.out
        if words:
            todo = todo_items(found.out)
            assert any(re.search(r"hashtag|#\w", item, re.I) for item in todo), todo


@pytest.mark.parametrize("draft", _cases("sources"))
def test_sources_are_the_entries_and_new_ones_are_reported(imported, draft):
    expected, found = EXPECTED[draft], imported(draft)
    bib = (IMPORT_CONTENT / "references.bib").read_bytes()
    keys = set(re.findall(rb"^@\w+\{([^,\s]+),", bib, re.M))
    used = used_sources(found)
    assert {k for k in used if k.encode() in keys} == expected.sources, found.out
    # a key beyond the bib's only as a proposed entry for a new source
    assert len({k for k in used if k.encode() not in keys}) <= len(
        MORE[draft].new_dois
    ), found.out
    site = found.path.parents[2]
    assert (site / "references.bib").read_bytes() == bib
    for doi in MORE[draft].new_dois:
        assert _reported(found, doi), found.out


#: the drafts with citation markers (the others have none to place)
MARKED = [draft for draft in DRAFT_NAMES if EXPECTED[draft].cited]


@pytest.mark.parametrize("draft", _cases("citations", MARKED))
def test_citations_stand_where_the_markers_were(imported, draft):
    expected, more, found = EXPECTED[draft], MORE[draft], imported(draft)
    body = _plain(found.body)
    if more.markers_or_reported and all(
        marker in body and _reported(found, marker)
        for marker in more.markers_or_reported
    ):
        return
    for citation in expected.cited:
        assert _cited(body, citation), citation
    for marker in more.markers_or_reported:
        assert marker not in body, marker
    for citation in more.miscited:
        assert not _cited(body, citation), citation


@pytest.mark.parametrize("draft", _cases("text"))
def test_leftovers_are_gone_and_the_text_stays(imported, draft):
    expected, more, found = EXPECTED[draft], MORE[draft], imported(draft)
    # a <<placeholder>> the import leaves for an editor (a new source) may quote it
    body = re.sub(r"<<[^>]*>>", "", _plain(found.body))
    assert_text(Imported(found.out, found.front, body, found.path), expected)
    lines = {
        re.sub(r"^(?:#+|[-*]|\d+\.)\s+", "", line).strip()
        for line in _plain(found.body).split("\n")
    }
    for line in more.gone_lines:
        assert line not in lines, line
    for line in more.own_lines:
        assert line in lines, line
    for text in more.kept_or_reported:
        assert text in found.body or text in found.out, text


@pytest.mark.parametrize("draft", _cases("report"))
def test_report_names_what_a_person_must_check(imported, draft):
    found = imported(draft)
    for words in MORE[draft].reported:
        assert _reported(found, words), found.out
    assert "![" not in found.body
