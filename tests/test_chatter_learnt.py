"""The detector's learnt layer as shipped (:mod:`healthkb.rules.chatter_model`):
its weights are what the corpus gives, its findings are tentative (a warning in
``check``, kept by ``import``), and it judges only the lines it learnt to judge."""

from __future__ import annotations

import chatter_model_loro as loro  # benchmarks/ (pytest pythonpath)
import pytest

from healthkb.problems import RULES, Level
from healthkb.rules import chatter_model
from healthkb.rules.chatter import find_certain_chatter, find_chatter, model_text
from healthkb.rules.content_rules import check_leftovers, check_site_page

#: tool talk in words of no corpus line, which no pattern names
TOOL_LINES = [
    "Is there anything specific you would like to change in the post?",
]
#: tool talk the layer leans towards but no longer finds: once round 27's prose
#: was learnt from (sentences about writing content with AI: "But we still write
#: the content ourselves.") its words "version" and "content" weigh less (0.92
#: before, 0.87 after, under the 0.9 threshold; corpus README, session 16)
BORDERLINE_TOOL_LINE = (
    "The new version keeps every key point from the original content."
)


def test_the_shipped_weights_are_what_the_corpus_gives():
    model, rounds = loro.shipped_model()
    text = loro.weights_module(model, loro.SHIPPED_THRESHOLD, rounds)
    assert loro.WEIGHTS_FILE.read_text(encoding="utf-8") == text, (
        "run: .venv/bin/python benchmarks/chatter_model_loro.py --write"
    )


@pytest.mark.parametrize("line", TOOL_LINES)
def test_tool_talk_no_pattern_names_is_a_tentative_finding(line):
    found = find_chatter(line)
    assert found is not None and found.tentative
    assert found.kind  # every finding says which kind it is
    # the importer removes only what is certain: the editor decides the rest
    assert find_certain_chatter(line) is None


def test_a_borderline_tool_line_still_leans_to_chatter():
    judged = chatter_model.judge(model_text(BORDERLINE_TOOL_LINE))
    assert judged is not None and judged.probability > 0.5


def test_check_warns_with_the_line_and_a_way_out():
    body = "# Title\n\nWalking helps.\n\n" + TOOL_LINES[0] + "\n"
    problems = check_leftovers("articles/a.md", body, 1)
    assert [(p.line, p.rule) for p in problems] == [(5, "likely-leftover")]
    assert "silence: {likely-leftover:" in problems[0].message
    assert RULES["likely-leftover"].level is Level.WARNING


def test_the_sites_own_pages_are_not_judged_by_it():
    body = "# About\n\n" + TOOL_LINES[0] + "\n"
    assert not [
        p for p in check_site_page("about/a.md", body, 1) if "leftover" in p.rule
    ]


@pytest.mark.parametrize(
    "line",
    [
        # too short: headings look like a blog's furniture to it
        "Revised summary",
        # an address: a reference or a link is not the model's to judge
        "The new version is at https://example.org/keeps-every-key-point.",
        # a quotation: first-person words that are someone else's
        '"I kept every key point from the original content," one nurse said.',
    ],
)
def test_it_does_not_judge_what_it_did_not_learn(line):
    found = find_chatter(line)
    assert found is None or not found.tentative


def test_a_line_in_capitals_is_judged_as_the_same_line():
    line = TOOL_LINES[0]
    judged = chatter_model.judge(model_text(line))
    shouted = chatter_model.judge(model_text(line.upper()))
    assert judged is not None and shouted is not None
    assert judged.probability == pytest.approx(shouted.probability)


def test_a_heading_is_not_judged_by_it():
    # the generated benchmark site's titles ("Skin note 40: ...") read like a
    # tool's "Note: ..." to the model; headings are the editor's structure
    body = "# Skin note 40: teeth trial and bowel screening\n\nWalking helps.\n"
    assert not check_leftovers("articles/a.md", body, 1)
