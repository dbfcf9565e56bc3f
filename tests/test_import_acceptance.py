"""Issue 17's acceptance on drafts written after the importer (not tuned on before
they were first imported; see fixtures/drafts/acceptance/README.md): an AI-assisted
plain-text draft, another house style, a Blogger post page and a Word document.

Each imports with no chatter or site leftovers, the right title, author and
keywords in the site's spellings, its sources reused (never duplicated), and the
site builds with no warnings once the report's items are done.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.site import run_cli as run
from helpers.site import strict_build_page
from word_pictures import paragraph, table, word_with_body

from healthkb.rules.chatter import find_chatter

ACCEPTANCE = Path(__file__).parent / "fixtures" / "drafts" / "acceptance"


def winter_word_document(folder: Path) -> Path:
    """A Word draft with a Copilot-style opening and closing (built, see README)."""
    p = paragraph
    return word_with_body(
        folder / "keeping-warm.docx",
        p(
            "Absolutely \u2014 here\u2019s a polished version of your piece, with the "
            "headings you wanted."
        ),
        p("Keeping Warm in Winter with a Heart Condition", style="Heading1"),
        p("Author: Dr Ben Okafor (Consultant Cardiologist)"),
        p(
            "Cold weather makes the heart work harder, so it helps to plan ahead when "
            "the temperature drops."
        ),
        p("At home", style="Heading2"),
        p(
            "Heat the rooms you use most and wear ",
            ("several thin layers", "b"),
            " rather than one thick one.",
        ),
        p("Keep a warm drink within reach.", item=True),
        p("Move around at least once an hour.", item=True),
        p("Going out", style="Heading2"),
        p("Wear a hat and gloves, and ", ("walk more slowly", "i"), " if it is icy."),
        table(
            ("If you notice", "What to do"),
            ("Chest pain in the cold", "Stop, rest and call 999 if it does not ease"),
        ),
        p("Tags: heart health, older adults, winter"),
        p("I\u2019ve kept it under 400 words. Want me to add a checklist version too?"),
    )


CASES = [
    (
        "ai-assisted-breathing-after-pneumonia.txt",
        "lungs",
        "Breathing Exercises to Help You Recover from Pneumonia",
        "ada-jones",
        # one list: its order, the site's keywords first (issue 17, session 10)
        (["Lung health", "Pneumonia", "Breathing exercises"], ["Recovery"]),
        "lee2021lungs",
    ),
    (
        "house-style-walking-heart.md",
        "heart",
        "Walking After a Heart Scare",
        "ben-okafor",
        (["Walking", "Heart health", "Exercise"], []),
        "smith2020heart",
    ),
    (
        "blogger-post-heart-failure-salt.html",
        "heart",
        "Salt and Heart Failure: What to Eat",
        "ben-okafor",
        (["Heart health", "Salt"], []),
        None,
    ),
    (
        "keeping-warm.docx",
        "heart",
        "Keeping Warm in Winter with a Heart Condition",
        "ben-okafor",
        (["Heart health", "Older adults", "Winter"], []),
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "topic", "title", "author", "keywords", "source"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_an_unseen_draft_imports_cleanly_and_builds(
    site_copy, capsys, tmp_path, name, topic, title, author, keywords, source
):
    site = site_copy()
    draft = (
        winter_word_document(tmp_path) if name.endswith(".docx") else ACCEPTANCE / name
    )
    bib_before = (site / "references.bib").read_text(encoding="utf-8")
    assert run(site, "import", str(draft), "--topic", topic) == 0
    out = capsys.readouterr().out
    created = re.search(r"^created (\S+)$", out, re.MULTILINE)
    assert created, out
    article = site / created.group(1)
    front, body = article.read_text(encoding="utf-8").split("\n---\n", 1)
    assert body.lstrip().startswith(f"# {title}\n")
    assert f"authors: [{author}]" in front
    # one list of four or more: the first three are the main keywords; a new
    # keyword is written in the site's sentence case
    main, secondary = keywords
    assert "keywords: [" + ", ".join(f'"{k}"' for k in main) + "]" in front
    if secondary:
        assert (
            "secondary-keywords: [" + ", ".join(f'"{k}"' for k in secondary) + "]"
            in front
        )
    # no chatter or site leftover is left anywhere in the article
    left = [line for line in body.splitlines() if line and find_chatter(line)]
    assert not left, left
    description = re.search(r'^description: "(.*)"$', front, re.MULTILINE)
    assert description and not find_chatter(description.group(1))
    # the draft's source is the entry already in references.bib
    assert (site / "references.bib").read_text(encoding="utf-8") == bib_before
    if source:
        assert f"reused source '{source}'" in out and f"`{source}`" in body
    # the report's items, done as an editor would
    text = article.read_text(encoding="utf-8")
    text = re.sub(r"reviewed: <<[^>]*>>", "reviewed: 2026-11-30", text)
    text = text.replace("published: 2026-12-01", "published: 2026-11-30")
    suggested = re.search(r"suggestions from its text, best first: ([^;\n]+)", out)
    if suggested:
        # too few keywords: the editor takes the report's first suggestion
        first = suggested[1].split(", ")[0].split(" (used by")[0]
        text = re.sub(r"^(keywords: \[.*)\]$", rf'\1, "{first}"]', text, flags=re.M)
    article.write_text(text, encoding="utf-8")
    assert run(site, "check") == 0, capsys.readouterr().out
    html = strict_build_page(site, created.group(1).replace(".md", ".html"))
    assert title.split(":")[0] in html
