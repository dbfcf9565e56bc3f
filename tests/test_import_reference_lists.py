"""A clinician's reference list and the citations in plain-text drafts (drafts set
10's d3 and d6): "Refs:" heads the sources as "References:" does, so a reference
given only by its web address is a source (a new entry, reported) and its marker
stays; the writer's note under a numbered list is no source; an author-year link
in plain English ("Rush and colleagues, 2006") is a citation; a line at the
margin after a short list item is the next paragraph, not the item's."""

from __future__ import annotations

import re

import pytest
from helpers.import_runs import import_draft
from helpers.scratch_topic import make_topic
from helpers.site import copy_import_site

from healthkb.importer.draft import parse_draft

DRAFT = """\
Why depression treatment often takes more than one step
A plain summary for patients

Many people need more than one treatment before they feel well [1]. The NHS page on depression explains the options [2].

Refs:
1. Rush AJ, et al. Acute and longer-term outcomes in depressed outpatients requiring one or several treatment steps: a STAR*D report. Am J Psychiatry. 2006;163(11):1905-17.
2. NHS. Treatment - clinical depression. Available from: https://www.nhs.uk/mental-health/conditions/depression-in-adults/treatment/

Cut it as you like, I am away next week.
"""  # noqa: E501 - lines as a writer pastes them


@pytest.fixture
def imported(tmp_path, capsys):
    site = copy_import_site(tmp_path / "site")
    draft = tmp_path / "steps.txt"
    draft.write_text(DRAFT, "utf-8")
    out, article = import_draft(site, capsys, draft, topic=make_topic(site))
    return out, article.split("\n---\n", 1)[1], site


def test_refs_heads_the_sources_and_each_marker_stays(imported):
    out, body, site = imported
    assert "feel well {footcite:p}`rush2006stard`" in body
    # the web page is a source of its own, added and reported, cited where [2] was
    new = re.search(r"added source '(\w+)' to references\.bib", out)
    assert new, out
    assert f"explains the options {{footcite:p}}`{new[1]}`" in body
    assert "nhs.uk" in (site / "references.bib").read_text("utf-8")
    for gone in ("Refs:", "Available from", "[1]", "[2]", "Rush AJ"):
        assert gone not in body, gone


def test_the_writers_note_under_the_list_is_no_source(imported):
    out, body, _ = imported
    assert "I am away next week" not in body
    assert "could not be read" not in out
    assert "not a source: a sign-off or note after the list" in out


def test_an_undated_reference_with_a_year_elsewhere_is_still_one():
    # a numbered reference's next entry with no digits but an address is a source
    draft = parse_draft(
        "Sleep and mood\n\nSleep helps mood [1].\n\nRefs:\n"
        "1. Rush AJ. A report. Am J Psychiatry. 2006;163:1905.\n\n"
        "Mind. Sleep problems. Available from: https://www.mind.org.uk/\n",
        "d.txt",
    )
    assert len(draft.sources) == 2


@pytest.mark.parametrize(
    "label",
    ["Rush and colleagues, 2006", "Rush and others 2006", "Rush and co-workers (2006)"],
)
def test_a_plain_english_et_al_link_is_a_citation(label):
    draft = parse_draft(
        "Steps in treatment\n\nMany people need another step "
        f"([{label}](https://doi.org/10.1176/ajp.2006.163.11.1905)).\n",
        "d.md",
    )
    text = " ".join(t for b in draft.blocks for t in b.lines)
    assert "doi.org" not in text and "[1]" in text
    assert len(draft.sources) == 1


def test_a_link_on_the_articles_own_words_stays_a_link():
    draft = parse_draft(
        "Steps in treatment\n\nRead [the study report and others like it]"
        "(https://doi.org/10.1176/ajp.2006.163.11.1905) for more.\n",
        "d.md",
    )
    assert not draft.sources


@pytest.mark.parametrize(
    ("item", "split"),
    [
        ("- 40% at step 1", True),
        # a long item, not wrapped by hand: the next line at the margin is new
        (
            "- Of those who had a clear benefit after a year, most still had it a year "
            "later, and some gained more.",
            True,
        ),
        # a hand-wrapped item at a line's usual width goes on
        ("- Of those who had a clear benefit after a year, most still had it", False),
    ],
)
def test_a_line_at_the_margin_after_a_list_item(item, split):
    draft = parse_draft(
        f"Steps in treatment\n\nResults\n{item}\nThe rest needed more help.\n",
        "d.txt",
    )
    paragraphs = [b.lines for b in draft.blocks if b.kind == "paragraph"]
    assert (["The rest needed more help."] in paragraphs) is split


def test_a_heading_right_after_a_list_in_plain_text():
    draft = parse_draft(
        "Cold sores\n\nCold sores are small blisters caused by a virus.\n\n"
        "How to look after one\n- Use a cream from a pharmacy.\n"
        "- Wash your hands after touching it.\nWhen to see a GP\nSee a GP if it has "
        "not started to heal after 10 days.\n",
        "d.txt",
    )
    headings = [b.lines[0] for b in draft.blocks if b.kind == "heading"]
    assert headings == ["How to look after one", "When to see a GP"]
    assert ["See a GP if it has not started to heal after 10 days."] in [
        b.lines for b in draft.blocks if b.kind == "paragraph"
    ]
