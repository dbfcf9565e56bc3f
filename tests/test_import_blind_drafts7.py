"""The session-12 blind tester's drafts, set 7 (fixtures/drafts/acceptance7/): each
NAME.expect.md item checked against its import. The first run on main, before the
fixes, is the README's table; where an expectation is arguable, the test says why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.blind_sets import Expected
from helpers.import_runs import (
    Imported,
    article_title,
    check_problems,
    cite_at_end,
    front_list,
    import_article,
    review_and_retitle,
    used_sources,
)
from helpers.site import copy_import_site
from helpers.site import run_cli as run

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "acceptance7"
TRD = "articles/mental-health/what-is-treatment-resistant-depression.md"


EXPECTED = {
    "d1-chatgpt-trd.txt": Expected(
        title="What Is Treatment-Resistant Depression?",
        authors=("natalie-singh",),
        keywords=frozenset(
            {
                "Treatment-resistant depression",
                "Major depressive disorder",
                "Antidepressants",
                "STAR*D",
                "Remission",
                "Relapse",
            }
        ),
        sources=frozenset({"rush2006stard"}),
        gone=(
            "Sure! Here's a blog post",
            "\n---\n",
            "Title:",
            "By Natalie Singh",
            "[Insert image",
            "Keywords:",
            "Word count",
            "I hope this helps",
            "Let me know if you'd like",
            "Sources:",
            "PMID",
        ),
        kept=(
            "Here's what the study found:",
            "If your first treatment has not helped, it is worth trying again",
            "You do not have to work this out alone. Talk to your doctor",
            "36.8%",
            "30.6%",
            "13.7% and 13.0%",
            "about 67%",
            "3,671 people took the first step, and 123 reached the fourth",
            "The study also followed people for 12 months.",
            '## What does "treatment-resistant" mean?',
            "## What did the STAR*D study do?",
            "## What did it find?",
            "## What does this mean for you?",
        ),
    ),
    "d2-gemini-registry.txt": Expected(
        title="Vagus Nerve Stimulation Over Five Years: What a Registry Found",
        description=(
            "A five-year registry of 795 people with hard-to-treat depression "
            "compared vagus nerve stimulation plus usual care with usual care alone."
        ),
        authors=("editorial-team",),
        keywords=frozenset(
            {
                "Vagus nerve stimulation",
                "Treatment-resistant depression",
                "Quality of life",
                "Observational study",
                "Registry",
                "Remission",
            }
        ),
        # the draft lists "VNS" next to "Vagus nerve stimulation": the site keeps a
        # list's initials as the writer's choice, last (CONTRIBUTING.md, and
        # test_the_kept_secondary_keywords_stay_in_the_drafts_order), and reports
        # it; the expect file allows that ("if kept, it must be reported")
        may_add=frozenset({"VNS"}),
        sources=frozenset({"aaronson2017registry", "conway2018quality"}),
        gone=(
            "Here's a draft blog post",
            "Meta description",
            "Headline:",
            "Written by",
            "[Image suggestion",
            "Intro:",
            "Call to action",
            "SEO keywords",
            "I'm not a medical professional",
            "Would you like me to",
            "References:",
            "doi:",
        ),
        kept=(
            "A registry is a study that follows a group of people over time",
            "## Who was in the registry?",
            "## How did it work?",
            "## What did it find?",
            "## What should you keep in mind?",
            "## Conclusion",
            "61 sites",
            "(at least 2 years) or three or more episodes",
            "four or more depression treatments",
            "ECT (electroconvulsive therapy)",
            "67.6%",
            "40.9%",
            "43.3%",
            "25.7%",
            "328 people",
            "271 people",
            "The studies were also paid for by the company that made the device at "
            "the time, Cyberonics. That does not mean the results are wrong, but it "
            "is a reason to read them with care.",
            "If you want to know whether VNS could be right for you, ask your doctor.",
        ),
    ),
    "d3-hugo-recover.md": Expected(
        title=(
            "Vagus nerve stimulation for treatment-resistant depression: "
            "two-year results"
        ),
        description=(
            "A study of 214 adults with hard-to-treat depression found that most who "
            "benefited from vagus nerve stimulation after one year still did after two."
        ),
        authors=("natalie-singh",),
        keywords=frozenset(
            {
                "Treatment-resistant depression",
                "Vagus nerve stimulation",
                "Major depressive disorder",
                "Neuromodulation",
                "RECOVER trial",
                "Adjunctive therapy",
                "Long-term outcomes",
                "Brain stimulation",
            }
        ),
        sources=frozenset({"conway2026durability", "livanova2024recover"}),
        gone=(
            "date:",
            "draft: true",
            "featured_image",
            "readingTime",
            "categories",
            "Mental Health",
            "5 min read",
            "{{<",
            "<!--more-->",
            "Share this",
            "share-buttons",
            "related-posts",
            "newsletter",
            "\n---\n",
            "## Sources",
            "medRxiv:",
        ),
        kept=(
            "This was one study with no comparison group, and it was funded by the "
            "company that makes the device.",
            "| Substantial benefit | 78.8% | 79.0% |",
            "| At least meaningful benefit | 83.1% | 81.3% |",
            "30.6% by 18 months and 37.8% by 24 months",
            "Changes in medicines or other treatments did not explain the benefit "
            "that lasted.",
            "## Why do the results need care?",
            "493 adults at 84 US sites",
            "sham (no stimulation)",
            "news release in December 2024",
            "*adjunctive*",
            "**added to**",
            "**not**",
        ),
    ),
    "d4-notion-stard.md": Expected(
        title="When the first depression treatment does not work",
        description=(
            "Depression that has not improved after several treatments is called "
            "treatment-resistant depression. A large study showed that many people "
            "still get well with a later treatment step."
        ),
        authors=("editorial-team",),
        keywords=frozenset(
            {
                "Treatment-resistant depression",
                "Antidepressants",
                "Major depressive disorder",
                "STAR*D",
                "Remission",
                "Relapse",
            }
        ),
        sources=frozenset({"rush2006stard"}),
        gone=(
            "Owner:",
            "Status:",
            "Created time",
            "Last edited time",
            "Category:",
            "notion.so",
            "Tags:",
            "Description:",
            "<aside>",
            "</aside>",
            "TODO",
            "Callout (editor only)",
            "\n> ",
            "\n---\n",
            "Comments (2)",
            "Looks good, please link the glossary",
            "Done ✔",
            "## References",
            "PMID",
        ),
        kept=(
            '## What counts as "treatment-resistant"?',
            "## The STAR*D study",
            "### How many people got well?",
            "### What happened afterwards?",
            "## What this means",
            "1. **Step 1:** 36.8% reached remission",
            "2. **Step 2:** 30.6%",
            "3. **Step 3:** 13.7%",
            "4. **Step 4:** 13.0%",
            "about 67%",
            "3,671 people took the first step. 123 people went on to the fourth.",
            "- Keep talking to your doctor about how you feel and what you have tried.",
        ),
    ),
    "d5-ghost-vns.html": Expected(
        title="How does vagus nerve stimulation work for depression?",
        description=(
            "What vagus nerve stimulation is, who it is for, and what two long "
            "studies found about it in people with hard-to-treat depression."
        ),
        # the byline "Sam Okafor" is nobody in authors.yml: kept as a new key for the
        # editor to add, and reported (test_a_new_author_is_reported)
        authors=("sam-okafor",),
        keywords=frozenset(
            {
                "Vagus nerve stimulation",
                "Treatment-resistant depression",
                "Neuromodulation",
                "Brain stimulation",
                "Adjunctive therapy",
            }
        ),
        sources=frozenset(
            {"aaronson2017registry", "conway2026durability", "livanova2024recover"}
        ),
        gone=(
            "Mind Notes",
            "Subscribe",
            "Mental Health",
            "Sam Okafor",
            "Jan 28, 2026",
            "•",
            "min read",
            "Photo by Unsplash",
            "Image coming soon",
            "Post Ad",
            "comments",
            "Sign up for more",
            "Enter your email",
            "What is treatment-resistant depression?",
            "Depression often gets better with treatment",
            "Privacy",
            "Powered by Ghost",
            "cookies",
            "Accept",
            "## Tags",
            "## Sources",
        ),
        kept=(
            "Vagus nerve stimulation, or VNS, is a treatment for depression",
            "Here is what it is and what two long studies found.",
            "Treatment as usual means the care a person would normally get, such as "
            "medicines and talking therapy.",
            "## What is VNS?",
            "## Who is it for?",
            "## A five-year registry",
            "## The RECOVER study",
            "## What does this mean?",
            "67.6%",
            "40.9%",
            "43.3%",
            "25.7%",
            "795 people at 61 sites",
            "214 adults",
            "79.0%",
            "37.8%",
            "funded by Cyberonics",
            "funded by LivaNova",
            "sham (no stimulation)",
            "Talk to your doctor if you want to know more.",
            "**vagus nerve**",
            "*add-on*",
        ),
    ),
    "d6-blogger-recover.html": Expected(
        title=(
            "Does the benefit of vagus nerve stimulation last? Two-year results "
            "from RECOVER"
        ),
        description=(
            "Most people who felt better after a year of vagus nerve stimulation "
            "still did after two, in a study with no comparison group."
        ),
        authors=("natalie-singh",),
        keywords=frozenset(
            {
                "Treatment-resistant depression",
                "Vagus nerve stimulation",
                "Major depression",
                "Neuromodulation",
                "RECOVER trial",
                "Long-term outcomes",
            }
        ),
        # arguable: the expect file wants "Major depressive disorder" for the
        # draft's "major depression", which is another name, not another spelling:
        # neither the glossary (it gives "clinical depression" as the other name)
        # nor any article says they are one keyword, so the importer keeps the
        # draft's word in the site's style rather than guess a synonym
        sources=frozenset({"conway2026durability", "livanova2024recover"}),
        gone=(
            "Health Desk",
            "Plain-language news about health research",
            "Monday, 2 February 2026",
            "Posted by",
            "blogger",
            "Email This",
            "BlogThis",
            "Share to",
            "Labels",
            "research news",
            "No comments",
            "Post a Comment",
            "Newer Post",
            "Older Post",
            "Subscribe to",
            "Popular Posts",
            "Follow by Email",
            "Email address",
            "Blog Archive",
            "2026 (3)",
            "Powered by Blogger",
            "cookies",
            "Keywords:",
            "## Sources",
            "font-family",
            "text-align",
            "name='more'",
            "<br",
        ),
        kept=(
            "Vagus nerve stimulation (VNS) is a treatment for depression",
            "But there are good reasons to be careful with these results.",
            "## What is VNS?",
            "## Who took part?",
            "## What did it find?",
            "## Why be careful?",
            "- Of people with a *substantial* benefit at 12 months, 78.8% still had it "
            "at 18 months and 79.0% at 24 months.",
            "83.1% kept it at 18 months and 81.3% at 24 months",
            "- Of people *without* a meaningful benefit at 12 months, 30.6% gained "
            "one by 18 months and 37.8% by 24 months.",
            "214 adults",
            "tried 13 treatments",
            "29 years",
            "three in four",
            "September 2019 to April 2025",
            "Changes in medicines or other treatments did not explain",
            "It was funded by LivaNova",
            "493 adults at 84 US sites",
            "December 2024",
            "If you are thinking about VNS, ask your doctor what it could mean for you.",
        ),
    ),
    "d7-word-quality-of-life.docx": Expected(
        title="Quality of life with vagus nerve stimulation: what the registry showed",
        authors=("editorial-team",),
        keywords=frozenset(
            {
                "Quality of life",
                "Vagus nerve stimulation",
                "Treatment-resistant depression",
                "Observational study",
                "Registry",
            }
        ),
        sources=frozenset({"aaronson2017registry", "conway2018quality"}),
        gone=(
            "DRAFT",
            "not for circulation",
            "Written by",
            "Reviewed by",
            "[Insert image",
            "## Keywords",
            "## References",
            "Word count",
            "## Quality of life with vagus nerve stimulation",
        ),
        kept=(
            "*quality of life*",
            "## About the registry",
            "## Results",
            "## What to keep in mind",
            "### Response and remission",
            "### Quality of life",
            "- vagus nerve stimulation (VNS) added to their usual care, or",
            "- usual care alone, also called treatment as usual.",
            "**not randomised**",
            "| Result over 5 years | VNS plus usual care | Usual care alone |",
            "| Responded at some point | 67.6% | 40.9% |",
            "| First remission | 43.3% | 25.7% |",
            "795 people",
            "61 sites",
            "at least 2 years, or who had had three or more episodes",
            "ECT",
            "328 people",
            "271 people",
            "from 3 months onwards",
            "funded by Cyberonics",
            "If you have questions about your own treatment, your doctor is the best "
            "person to ask.",
        ),
    ),
    "d8-word-ai-pasted.docx": Expected(
        title=(
            "Response, remission and relapse: three words you may hear about "
            "depression treatment"
        ),
        authors=("natalie-singh",),
        keywords=frozenset(
            {
                "Remission",
                "Relapse",
                "Treatment-resistant depression",
                "Major depressive disorder",
                "STAR*D",
                "Response",
            }
        ),
        sources=frozenset({"rush2006stard", "aaronson2017registry"}),
        gone=(
            "Sure — here's the article",
            "By Natalie Singh",
            "Estimated reading time",
            "[Add a pull quote here]",
            "SEO Keywords",
            "to be populated by AI",
            "## Tags",
            "## Sources",
            "PMID",
            "[Add more sources here]",
            "Feel free to tweak the tone",
            "Would you like me to",
            "Draft v3 FINAL",
        ),
        kept=(
            "your doctor may use words like **response**, **remission** and "
            "**relapse**.",
            "using results from two large studies.",
            "1. **Response** means",
            "2. **Remission** means",
            "3. **Relapse** means",
            "## What the words mean",
            "## Remission in the STAR*D study",
            "## Relapse in the STAR*D study",
            "## Response and remission with vagus nerve stimulation",
            "## What this means for you",
            "36.8%",
            "30.6%",
            "13.7%",
            "13.0%",
            "about 67%",
            "People were followed for 12 months.",
            "795 people",
            "67.6%",
            "40.9%",
            "43.3%",
            "25.7%",
            "*treatment-resistant depression*",
            "funded by the device maker",
            "It is normal to hear these words at appointments. If you are not sure "
            "what your doctor means, ask them to explain.",
        ),
    ),
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    site = copy_import_site(tmp_path / "site")
    # d1 retells the shipped, hand-written article of the same title, which the
    # import rightly refuses to replace (test_a_shipped_articles_title_is_refused):
    # the article is renamed, not deleted, so the site keeps its keywords' spellings
    (site / TRD).rename(site / TRD.replace(".md", "-shipped.md"))
    return site


def _import(site: Path, capsys, draft: str) -> Imported:
    return import_article(site, capsys, DRAFTS / draft)


DRAFT_NAMES = sorted(EXPECTED)


@pytest.mark.parametrize("draft", DRAFT_NAMES)
def test_title_description_and_authors(site, capsys, draft):
    expected = EXPECTED[draft]
    found = _import(site, capsys, draft)
    assert article_title(found.body) == expected.title
    assert found.body.count(f"# {expected.title}") == 1  # not repeated as a heading
    if expected.description is not None:
        assert f'description: "{expected.description}"' in found.front
    assert f"\nauthors: [{', '.join(expected.authors)}]\n" in found.front + "\n"


@pytest.mark.parametrize("draft", DRAFT_NAMES)
def test_keywords_in_the_sites_spellings(site, capsys, draft):
    expected = EXPECTED[draft]
    found = _import(site, capsys, draft)
    words = front_list(found.front + "\n", "keywords") + front_list(
        found.front + "\n", "secondary-keywords"
    )
    assert len(words) == len(set(words))
    assert expected.keywords <= set(words), words
    assert set(words) <= expected.keywords | expected.may_add, words


@pytest.mark.parametrize("draft", DRAFT_NAMES)
def test_sources_are_the_entries_and_nothing_is_added(site, capsys, draft):
    bib = (site / "references.bib").read_bytes()
    found = _import(site, capsys, draft)
    assert used_sources(found) == EXPECTED[draft].sources, found.out
    assert (site / "references.bib").read_bytes() == bib
    assert "could not be read" not in found.out


@pytest.mark.parametrize("draft", DRAFT_NAMES)
def test_leftovers_are_gone_and_the_text_stays(site, capsys, draft):
    expected = EXPECTED[draft]
    found = _import(site, capsys, draft)
    for line in expected.gone:
        assert line not in found.body, line
    for line in expected.kept:
        assert line in found.body, line


#: why an editor silences what the check reads wrongly in these drafts (the README
#: lists them: reader-facing lines the leftover rule flags, for the lead to tune)
_SILENCE = {
    "readability": "the long medical names the article explains raise the grade",
}


def _check(site: Path, capsys, path: Path) -> tuple[int, list[dict]]:
    return check_problems(site, capsys, path)


def _cite(line: str, keys: str) -> str:
    return cite_at_end(line, keys)


@pytest.mark.parametrize("draft", DRAFT_NAMES)
def test_check_passes_once_the_reports_items_are_done(site, capsys, draft):
    """The report's items an editor does before publishing: the review date; each
    source cited where the check says a statistic has none (the drafts have no
    markers, so the report lists the sources to place); for d1-d3, which retell
    shipped articles under the same titles, another title; d5's new author added to
    authors.yml; a description the check finds too long shortened; and a silence,
    with its reason, where the check reads the article's own text as a leftover or
    its medical names as hard reading."""
    found = _import(site, capsys, draft)
    review_and_retitle(found)
    if "add the author to authors.yml: 'sam-okafor:'" in found.out:
        with (site / "authors.yml").open("a", encoding="utf-8") as authors:
            authors.write("sam-okafor:\n  name: Sam Okafor\n  role: Writer\n")
    keys = ",".join(sorted(used_sources(found)))
    _, problems = _check(site, capsys, found.path)
    lines = found.path.read_text("utf-8").split("\n")
    if any(p["rule"] == "description" for p in problems):
        # d4's description property is 181 characters, over the site's 160 (the
        # expect file gives it whole; the check wants 160): its first sentence
        lines = [
            re.sub(r'^(description: "[^"]*?\.) [^"]*"$', r'\1"', line) for line in lines
        ]
    for line in sorted(
        {p["line"] for p in problems if p["rule"] == "uncited-statistic"}
    ):
        lines[line - 1] = _cite(lines[line - 1], keys)
    silenced = sorted({p["rule"] for p in problems} & set(_SILENCE))
    if silenced:
        lines[1:1] = ["silence:"] + [f"  {r}: {_SILENCE[r]}" for r in silenced]
    found.path.write_text("\n".join(lines), "utf-8")
    status, problems = _check(site, capsys, found.path)
    assert status == 0, problems
    # what was silenced is only what the README lists
    # (the results lines the learnt layer once read as leftovers are left alone:
    # it never judges a line that states a percentage)
    assert set(silenced) <= {"readability"}


def test_a_shipped_articles_title_is_refused(tmp_path, capsys):
    site = copy_import_site(tmp_path / "site")
    before = (site / TRD).read_bytes()
    draft = str(DRAFTS / "d1-chatgpt-trd.txt")
    assert run(site, "import", draft, "--topic", "mental-health") == 2
    err = capsys.readouterr().err
    assert TRD in err and "no import made it" in err
    assert (site / TRD).read_bytes() == before


def test_a_new_author_is_reported(site, capsys):
    found = _import(site, capsys, "d5-ghost-vns.html")
    assert "add the author to authors.yml: 'sam-okafor:'" in found.out
    assert "natalie-singh" not in found.front and "editorial-team" not in found.front


def test_a_reviewer_in_the_byline_is_the_reviewer_not_an_author(site, capsys):
    found = _import(site, capsys, "d7-word-quality-of-life.docx")
    assert "reviewers: [natalie-singh]" in found.front
    assert "authors: [editorial-team]" in found.front
    assert "Steve Canny" not in found.out + found.front


def test_the_blog_account_is_not_an_author(site, capsys):
    found = _import(site, capsys, "d6-blogger-recover.html")
    assert "health-desk" not in found.front
    assert "add the author to authors.yml: 'health-desk:'" not in found.out


def test_a_preprint_named_in_an_entrys_note_is_that_entry(site, capsys):
    for draft in ("d3-hugo-recover.md", "d6-blogger-recover.html"):
        found = _import(site, capsys, draft)
        assert "10.1101/2025.10.15.25337077" in found.out
        assert "conway2026durability" in found.out
        assert "healthkb source add 10.1101" not in found.out


# -- the rules behind the fixes, on lines of their own -----------------------------


def test_an_initialism_is_the_site_keyword_it_stands_for_once():
    from healthkb.importer.keyword_choice import choose_keywords

    site = {
        w.casefold(): w
        for w in (
            "Treatment-resistant depression",
            "Vagus nerve stimulation",
            "Eating disorders",
            "Erectile dysfunction",
        )
    }
    choice = choose_keywords(["TRD", "VNS therapy", "ED", "Sleep"], [], site, "")
    assert choice.keywords[:2] == [
        "Treatment-resistant depression",
        "Vagus nerve stimulation",
    ]
    # two site keywords with the initials (and two letters are too few): as written
    assert "ED" in choice.keywords + choice.secondary
    # the list gives the keyword in words too: its initials are the writer's own
    both = choose_keywords(["Vagus nerve stimulation", "VNS"], [], site, "")
    assert both.keywords + both.secondary == ["Vagus nerve stimulation", "VNS"]
    bracketed = choose_keywords(["vagus nerve stimulation (VNS)"], [], site, "")
    assert bracketed.keywords == ["Vagus nerve stimulation"]


def test_a_name_with_initials_or_an_authors_key_is_that_author(site):
    from healthkb.importer.plan import find_author
    from healthkb.model.site import Site

    loaded = Site.load(site)
    assert find_author(loaded, "Dr N. Singh") == "natalie-singh"
    assert find_author(loaded, "N Singh") == "natalie-singh"
    assert find_author(loaded, "Editorial team") == "editorial-team"
    assert find_author(loaded, "M. Singh") is None
    assert find_author(loaded, "Singh") is None
    assert find_author(loaded, "Sam Okafor") is None


@pytest.mark.parametrize(
    "line",
    [
        "DRAFT – not for circulation – v2",
        "Confidential: do not distribute",
        "Draft v3 - for internal review only",
    ],
)
def test_a_circulation_stamp_is_a_leftover(line):
    from healthkb.rules.chatter import find_chatter

    assert find_chatter(line, whole_line=True) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Do not share needles or syringes with anyone.",
        "- Do not share towels or razors",
        "This leaflet is not for distribution outside the NHS.",
        "Do not publish your test results online if you feel unsure.",
        "The trial's draft report was not for publication until 2026.",
    ],
)
def test_a_sentence_about_sharing_is_no_stamp(line):
    from healthkb.rules.chatter import find_chatter

    assert find_chatter(line, whole_line=True) is None
