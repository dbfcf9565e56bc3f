"""Blind drafts set 12 (fixtures/drafts/incoming12/): each NAME.expect.md item
checked against its import. The first run, unseen, is the README's table; where an
expect file allows two outcomes, both are taken (the entry says which). What still
fails is in STILL_WRONG, each an xfail(strict=True) whose reason says what the first
run got wrong, so a fix is noticed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.blind_sets import (
    QOL,
    TRD,
    VNS,
    DraftImports,
    Expected,
    assert_authors,
    xfail_cases,
)
from helpers.blind_sets import reader_text as _plain
from helpers.blind_sets import reported as _reported
from helpers.import_runs import (
    article_title,
    front_list,
    todo_items,
    used_sources,
)
from helpers.site import IMPORT_CONTENT

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "incoming12"

EXPECTED = {
    "d1-chatgpt-share-page.txt": Expected(
        title="If your first antidepressant didn't work, you are not alone",
        description=(
            "Many people need more than one try to find a depression treatment that "
            "helps. A large study called STAR*D shows why it is worth keeping going."
        ),
        authors=("editorial-team",),
        keywords=frozenset({TRD, "Antidepressants", "Remission", "Relapse"}),
        sources=frozenset({"rush2006stard"}),
        gone=(
            "Skip to content",
            "Chat history",
            "This is a copy of a conversation",
            "Report conversation",
            "You said:",
            "write a plain english Q&A page",
            "ChatGPT said:",
            "Thought for",
            "Sure!",
            "reader-friendly Q&A page you can drop",
            "😊",
            "\n---\n",
            "Standfirst",
            "By the healthkb editorial team",
            "Keywords:",
            "Source:",
            "PMID",
            "Would you like me to",
            "Let me know if",
            "Ask anything",
            "ChatGPT can make mistakes",
        ),
        kept=(
            "In the STAR*D study, adult outpatients with major depressive disorder "
            "were offered up to four treatment steps, one after another. People who "
            "did not get well with one step were encouraged to move on to the next.",
            "- Step one: 36.8% reached remission (their symptoms went away, or almost "
            "went away).\n- Step two: 30.6%.\n- Step three: 13.7%.\n- Step four: "
            "13.0%.",
            "Overall, about 67% of people reached remission by the end of the study.",
            "3,671 people took the first step, and 123 reached the fourth. People who "
            "needed more steps were more likely to have their depression come back "
            "(relapse) during the 12 months of follow-up.",
            "It is depression that has not got better after several proper tries of "
            "treatment. Studies count the number of tries in different ways.",
            "Talk to your doctor. Do not stop a medicine suddenly on your own.",
        ),
    ),
    "d2-google-docs-markdown.md": Expected(
        title="Five years of vagus nerve stimulation: what a large registry found",
        description=(
            "A long study followed people with hard-to-treat depression, with and "
            "without VNS"
        ),
        authors=("natalie-singh",),
        keywords=frozenset({VNS, TRD, QOL, "Registry"}),
        sources=frozenset({"aaronson2017registry", "conway2018quality"}),
        gone=(
            "VNS registry piece",
            "for sign",
            "By Dr Natalie Singh",
            "Keywords:",
            "References",
            "Aaronson ST, et al.",
            "Conway CR, Kumar A",
            "doi.org",
            "image1",
            "data:image",
            "base64",
            "![",
            "\\-",
            "\\[",
            "\\]",
            "[1]",
            "[2]",
        ),
        kept=(
            "Key points",
            "- The registry followed 795 people at 61 US sites for 5 years.",
            "- People chose VNS added to their usual care, or usual care alone.",
            "- More people in the VNS group got better, but the groups were not "
            "chosen at random.",
            "The Treatment-Resistant Depression Registry was an observational study. "
            "That means researchers watched what happened to people, rather than "
            "deciding who got which treatment. Everyone in it had failed four or "
            "more depression treatments (including ECT, electroconvulsive therapy), "
            "and had either a long episode of depression (at least 2 years) or three "
            "or more episodes.",
            "Over 5 years, 67.6% of the VNS group had a response at some point, "
            "against 40.9% of people on usual care alone. For first-time remission, "
            "the figures were 43.3% against 25.7%.",
            "In a later look at quality of life, 328 people with VNS plus usual care "
            "and 271 with usual care alone were compared. The VNS group reported a "
            "better quality of life from 3 months on, and this lasted through the 5 "
            "years.",
            "People were not put into groups at random, so the groups may have "
            "differed in ways that affected the results. The studies were funded by "
            "Cyberonics, the company that made the device at the time.",
        ),
        cited=(
            "or three or more episodes",
            "43.3% against 25.7%",
            "lasted through the 5 years",
        ),
    ),
    "d3-joplin-raw-note.md": Expected(
        title="Does VNS keep working after the first year?",
        description="Two more years of results from the RECOVER study",
        authors=("priya-raman",),
        new_author="priya-raman",
        # no keyword line: empty and reported, or from the tags and reported (MORE)
        keywords=frozenset(),
        sources=frozenset({"conway2026durability", "livanova2024recover"}),
        gone=(
            "Dr Priya Raman",
            "TODO",
            "ask Natalie",
            "tags:",
            "id: 3f2a9c1e",
            "parent_id",
            "created_time",
            "updated_time",
            "is_conflict",
            "latitude",
            "longitude",
            "altitude",
            "author:",
            "source_url",
            "is_todo",
            "todo_due",
            "todo_completed",
            "joplin-desktop",
            "source_application",
            "application_data",
            "encryption",
            "markup_language",
            "is_shared",
            "share_id",
            "conflict_original_id",
            "master_key_id",
            "user_data",
            "deleted_time",
            "type_",
            "(Conway 2026",
            "doi:10.1093",
            "(LivaNova news release",
            "investor.livanova.com",
        ),
        kept=(
            "Vagus nerve stimulation (VNS) uses a small device placed under the skin "
            "of the chest. It sends regular, mild electrical pulses to the left vagus "
            "nerve in the neck. It is added to a person's usual depression treatment; "
            "it does not replace it.",
            "214 adults with moderate to severe depression joined this part of the "
            "study.",
            "On average they had tried 13 treatments and had been depressed for 29 "
            "years. About three in four could not work.",
            "Everyone had 12 months of VNS on top of their usual care, and then "
            "carried on for 12 more months.",
            "- Of the people who had a big benefit at 12 months, 78.8% still had it "
            "at 18 months and 79.0% at 24 months.",
            "- Of the people with no meaningful benefit at 12 months, 30.6% had "
            "gained it by 18 months and 37.8% by 24 months.",
            "Changes in medicines or other treatments did not explain why the benefit "
            "lasted.",
            "This was one study with no comparison group, and it was paid for by "
            "LivaNova, the company that makes the device. In the first year of the "
            "same trial, 493 adults at 84 US sites were given real VNS or a sham (no "
            "stimulation). That part did not meet its main goal",
        ),
        cited=(
            "did not explain why the benefit lasted",
            "also got much better",
        ),
    ),
    "d4-sharepoint-page.html": Expected(
        title="When depression treatment does not help: a plain guide",
        description=(
            'What "treatment-resistant depression" means, and what one large study '
            "tells us about trying again"
        ),
        authors=("editorial-team",),
        keywords=frozenset(
            {TRD, "Major depressive disorder", "Antidepressants", "STAR*D"}
        ),
        sources=frozenset({"rush2006stard"}),
        gone=(
            "aspx",
            "Editorial Hub",
            "SharePoint",
            "cbe7b0a9",
            "7f718435",
            "4eae4f30",
            "membership",
            "Title area",
            "Page contacts",
            "Owen Baker",
            "Site owner",
            "mailto:",
            "Save for later",
            "Views",
            "Add a comment",
            "By the healthkb editorial team",
            "Keywords:",
            "References",
            "Rush AJ",
            "rationale and design",
            "Control Clin Trials",
            "</sup>",
        ),
        kept=(
            "## What the words mean",
            "## What the STAR*D study did",
            "## What it found",
            '"Treatment-resistant depression" is depression that has not got better '
            "after several proper tries of treatment. Studies do not all use the same "
            "number of tries. The vagus nerve stimulation studies on this site needed "
            "four or more.",
            "STAR*D (Sequenced Treatment Alternatives to Relieve Depression) followed "
            "adult outpatients with major depressive disorder through up to four "
            "treatment steps, one after the other. Anyone who did not recover with "
            "one step was encouraged to move on to the next",
            "- 3,671 people took the first step and 123 reached the fourth.\n"
            "- Remission (symptoms gone or nearly gone) was 36.8%, 30.6%, 13.7% and "
            "13.0% at steps one to four.\n- About 67% reached remission overall.",
            "People who needed more steps were more likely to relapse (their "
            "depression came back) in the 12 months after",
            "If your treatment is not working, talk to your doctor. Do not stop a "
            "medicine on your own.",
        ),
        cited=("encouraged to move on to the next", "in the 12 months after"),
    ),
    "d5-email-quoted-reply.txt": Expected(
        title="What is a sham, and why did it matter for VNS?",
        description=(
            "A fake treatment can help people feel better too. That is why good "
            "trials compare against one."
        ),
        authors=("tom-okafor",),
        new_author="tom-okafor",
        keywords=frozenset(
            {VNS, "Placebo", "Randomised controlled trial", "RECOVER trial"}
        ),
        sources=frozenset({"livanova2024recover", "conway2026durability"}),
        gone=(
            "From:",
            "Date:",
            "Subject:",
            "To:",
            "Cc:",
            "@",
            "Hi Natalie",
            "Thanks for the notes",
            "below the line",
            "-----",
            "by Tom Okafor",
            "Tom Okafor",
            "Freelance health writer",
            "Sent from my iPhone",
            "Keywords:",
            "[1]",
            "[2]",
            "LivaNova. RECOVER clinical study",
            "Conway CR, et al.",
            "wrote:",
            ">",
            "Lovely start",
            "Please put the balance in",
            "Cite the LivaNova release",
            "Can you add a keyword line",
            "VNS seems to work",
            "really well for almost everyone",
            "Health Editor, healthkb",
            "Dr Natalie Singh",
        ),
        kept=(
            'In a trial, a "sham" is a fake version of a treatment. With vagus nerve '
            "stimulation (VNS), people in the sham group have the device fitted, but "
            "it does not send any pulses. Nobody in the trial knows which group they "
            "are in. This lets researchers see how much of the change comes from the "
            "treatment itself.",
            "In the first 12 months of the RECOVER trial, 493 adults at 84 US sites "
            "were given real VNS or a sham. The trial did not meet its main goal, "
            "because people in the sham group also got much better. Some other "
            "measures were better with real stimulation.",
            "After that, 214 adults carried on with real VNS, with no comparison "
            "group. Most people who had a benefit at 12 months still had it at 24 "
            "months.",
            "Without a comparison group, we cannot be sure how much of the later "
            "benefit came from VNS itself. Both parts of the study were paid for by "
            "LivaNova, which makes the device.",
            "If you are thinking about VNS, ask your psychiatrist what the evidence "
            "shows for people like you.",
        ),
        cited=("better with real stimulation", "still had it at 24 months"),
    ),
    "d6-logseq-page.md": Expected(
        title="Living with VNS: how quality of life changed over five years",
        description=(
            "A registry asked people how their lives were going, not only how their "
            "mood was"
        ),
        authors=("natalie-singh",),
        keywords=frozenset({VNS, QOL, TRD}),
        sources=frozenset({"aaronson2017registry", "conway2018quality"}),
        gone=(
            "title::",
            "description::",
            "author::",
            "type::",
            "status::",
            "tags::",
            "::",
            "article draft",
            "TODO",
            "house style",
            "needs review",
            "id::",
            "6571b2c4",
            "collapsed",
            "Notes from call with Sam",
            "Sam thinks",
            "patient quote",
            "[[",
            "]]",
            "((",
            "[^1]",
            "[^2]",
            "Sources",
            "Aaronson ST, et al.",
            "Conway CR, Kumar A",
            "doi:10.1176",
        ),
        kept=(
            "Depression affects work, family, sleep and much more. A drop in "
            "symptoms is only part of the picture. So some studies also ask people "
            "how their life is going overall.",
            "followed 795 people at 61 US sites for 5 years. Everyone had failed four "
            "or more depression treatments.",
            "added to their usual care, or usual care alone",
            "They were not put into groups at random.",
            "328 people with VNS plus usual care, and 271 with usual care alone, "
            "answered questions about their quality of life.",
            "The VNS group reported a better quality of life from 3 months on, and "
            "this lasted through the 5 years.",
            "Because people chose their own group, the groups may have differed in "
            "ways that affected the results.",
            "These studies were funded by Cyberonics, the company that made the "
            "device at the time.",
        ),
        cited=("not put into groups at random", "lasted through the 5 years"),
    ),
}


@dataclass(frozen=True)
class More:
    """What a draft's expect file asks beyond :class:`Expected`'s fields."""

    #: the keys cited where each of ``Expected.cited`` stands, in that order
    cite_keys: tuple[frozenset[str], ...] = ()
    #: DOIs of sources not in references.bib, each to be named whole in a report item
    new_dois: tuple[str, ...] = ()
    #: leftover words: no body line may consist of these words alone
    gone_words: frozenset[str] = frozenset()
    #: headings the article must have (``##`` or ``###``), the expect file's text
    headings: tuple[str, ...] = ()
    #: a heading prefix the expect file allows to stay or go (``Q: ``)
    heading_prefix: str = ""
    #: text that must start a paragraph of its own, not a list item
    paragraphs: tuple[str, ...] = ()
    #: other spellings the expect file accepts for a keyword
    keyword_spellings: tuple[tuple[str, str], ...] = ()
    #: no keyword line: none reported, or taken from the tags and reported as such
    keywords_from_tags: tuple[str, ...] = ()


MORE = {
    "d1-chatgpt-share-page.txt": More(
        gone_words=frozenset({"Attach", "Search", "Study", "Voice"}),
        headings=(
            "Is it normal for the first treatment not to work?",
            "How many people got well at each step?",
            "Does it matter how many steps it takes?",
            'What is "treatment-resistant depression"?',
            "What should I do if my treatment isn't helping?",
        ),
        heading_prefix="Q: ",
    ),
    "d2-google-docs-markdown.md": More(
        cite_keys=(
            frozenset({"aaronson2017registry"}),
            frozenset({"aaronson2017registry"}),
            frozenset({"conway2018quality"}),
        ),
        headings=(
            "What was the study?",
            "What did it find?",
            "What should I bear in mind?",
        ),
    ),
    "d3-joplin-raw-note.md": More(
        cite_keys=(
            frozenset({"conway2026durability"}),
            frozenset({"livanova2024recover"}),
        ),
        headings=("Who took part", "What the study found", "Keep in mind"),
        keywords_from_tags=(VNS,),
    ),
    "d4-sharepoint-page.html": More(
        cite_keys=(frozenset({"rush2006stard"}), frozenset({"rush2006stard"})),
        new_dois=("10.1016/S0197-2456(03)00112-0",),
        gone_words=frozenset({"Like", "Comment", "Comments", "0"}),
    ),
    "d5-email-quoted-reply.txt": More(
        cite_keys=(
            frozenset({"livanova2024recover"}),
            frozenset({"conway2026durability"}),
        ),
        gone_words=frozenset({"Tom", "--"}),
        headings=("What happened in RECOVER", "What this means"),
        keyword_spellings=(("Placebo / sham", "Placebo"),),
    ),
    "d6-logseq-page.md": More(
        cite_keys=(
            frozenset({"aaronson2017registry"}),
            frozenset({"conway2018quality"}),
        ),
        headings=(
            "Why quality of life matters",
            "What the registry did",
            "What people said about their lives",
            "Keep in mind",
        ),
        paragraphs=(
            "Depression affects work",
            "328 people with VNS",
            "Because people chose their own group",
            "These studies were funded by Cyberonics",
        ),
    ),
}

DRAFT_NAMES = sorted(EXPECTED)

#: what still fails, by draft and test name, with what the first run (main f7f10b0)
#: got wrong; each is an xfail(strict=True), so a fix must also take it out of here
STILL_WRONG: dict[str, dict[str, str]] = {}


def _cases(what: str, drafts: list[str] = DRAFT_NAMES) -> list:
    return xfail_cases(what, drafts, STILL_WRONG)


_IMPORTS = DraftImports(DRAFTS)


@pytest.fixture
def imported(tmp_path_factory, capsys):
    return _IMPORTS.runner(tmp_path_factory, capsys)


def _bib_keys() -> set[str]:
    bib = (IMPORT_CONTENT / "references.bib").read_text("utf-8")
    return set(re.findall(r"^@\w+\{([^,\s]+),", bib, re.M))


def _keys_after(body: str, text: str) -> list[str] | None:
    """The keys of the footcite right after *text* (past its closing punctuation and
    any ``**``), or None where no footcite follows it."""
    found = re.search(
        rf"{re.escape(text)}[.:,;]?\**[.:,;]? ?\{{footcite:p\}}`([^`]+)`", body
    )
    return found[1].split(",") if found else None


@pytest.mark.parametrize("draft", _cases("title"))
def test_title(imported, draft):
    found = imported(draft)
    assert _plain(article_title(found.body)) == EXPECTED[draft].title
    assert found.body.count("\n# ") + found.body.startswith("# ") == 1


@pytest.mark.parametrize("draft", _cases("description"))
def test_description(imported, draft):
    taken = re.search(r'^description: (".*")$', imported(draft).front, re.M)
    assert taken, imported(draft).front
    assert _plain(json.loads(taken[1])) == EXPECTED[draft].description


@pytest.mark.parametrize("draft", _cases("authors"))
def test_authors(imported, draft):
    assert_authors(imported(draft), EXPECTED[draft])


@pytest.mark.parametrize("draft", _cases("keywords"))
def test_keywords_in_the_sites_spellings(imported, draft):
    expected, more, found = EXPECTED[draft], MORE[draft], imported(draft)
    words = front_list(found.front + "\n", "keywords") + front_list(
        found.front + "\n", "secondary-keywords"
    )
    assert len(words) == len(set(words)), words
    spelt = dict(more.keyword_spellings)
    words = [spelt.get(word, word) for word in words]
    if more.keywords_from_tags:
        # none given: left empty and reported, or taken from the tags in the site's
        # spellings and reported as taken from them
        assert _reported(found, "keyword"), found.out
        if words:
            assert set(more.keywords_from_tags) <= set(words), words
            assert any("tag" in item.casefold() for item in todo_items(found.out))
        return
    assert set(words) == expected.keywords, words


@pytest.mark.parametrize("draft", _cases("sources"))
def test_sources_are_the_entries_and_new_ones_are_reported(imported, draft):
    expected, more, found = EXPECTED[draft], MORE[draft], imported(draft)
    keys = _bib_keys()
    used = used_sources(found)
    assert used & keys == expected.sources, found.out
    # a key beyond the bib's only as a proposed entry for a new source
    assert len(used - keys) <= len(more.new_dois), found.out
    site = found.path.parents[2]
    assert (site / "references.bib").read_bytes() == (
        IMPORT_CONTENT / "references.bib"
    ).read_bytes()
    assert "could not be read" not in found.out
    report = "\n".join(todo_items(found.out)).casefold()
    for doi in more.new_dois:
        assert doi.casefold() in report, found.out
        # every mention of the DOI is the whole DOI, never one cut at a bracket
        head = doi.casefold().split("(")[0]
        assert report.count(head) == report.count(doi.casefold()), found.out


#: the drafts with citation markers (the others have none to place)
MARKED = [draft for draft in DRAFT_NAMES if EXPECTED[draft].cited]


@pytest.mark.parametrize("draft", _cases("citations", MARKED))
def test_citations_stand_where_the_markers_were(imported, draft):
    expected, more, found = EXPECTED[draft], MORE[draft], imported(draft)
    body, bib = _plain(found.body), _bib_keys()
    for text, want in zip(expected.cited, more.cite_keys, strict=True):
        keys = _keys_after(body, text)
        assert keys is not None, text
        assert len(keys) == len(set(keys)), keys
        assert {k for k in keys if k in bib} == want, keys
        assert len([k for k in keys if k not in bib]) <= len(more.new_dois), keys


def _lines(body: str) -> list[str]:
    return [line.strip() for line in _plain(body).split("\n")]


@pytest.mark.parametrize("draft", _cases("text"))
def test_leftovers_are_gone_and_the_text_stays(imported, draft):
    expected, more, found = EXPECTED[draft], MORE[draft], imported(draft)
    # a <<placeholder>> the import leaves for an editor (a new source) may quote it
    body = re.sub(r"<<[^>]*>>", "", _plain(found.body))
    for text in expected.gone:
        assert text not in body, text
    for text in expected.kept:
        assert text in body, text
    lines = _lines(found.body)
    for line in lines:
        words = re.sub(r"^(?:#+|[-*]|\d+\.)\s+", "", line).split()
        assert not (words and set(words) <= more.gone_words), line
        # a heading is plain text: no bold markers left inside it
        assert not (line.startswith("#") and "**" in line), line
    prefix = re.escape(more.heading_prefix)
    for heading in more.headings:
        pattern = rf"^#{{2,3}} (?:{prefix})?{re.escape(heading)}$"
        if not re.search(pattern, body, re.M):
            # capitals kept: the expect file accepts it if the report says so
            assert re.search(pattern, body, re.M | re.I), heading
            assert _reported(found, "capital"), found.out
    for text in more.paragraphs:
        assert re.search(rf"^{re.escape(text)}", body, re.M), text
