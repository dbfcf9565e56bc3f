"""The chatter detector measured on a labelled corpus, and its edge cases.

The corpus is in ``tests/fixtures/chatter`` (see its README for where each line
came from).  Each ``-heldout`` round was measured before the patterns saw it
(the unseen figures are in the README), then tuned on, except the last
(``heldout3``), which is the figure on chatter the patterns have never seen.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from healthkb.rules.chatter import LEFTOVER_PHRASES, find_chatter, normalise

CORPUS = Path(__file__).parent / "fixtures" / "chatter"


def corpus(name: str) -> list[str]:
    lines = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("# ")]


def measure(split: str) -> tuple[float, float, list[str], list[str]]:
    chatter, prose = corpus(f"chatter-{split}"), corpus(f"prose-{split}")
    missed = [line for line in chatter if find_chatter(line) is None]
    flagged = [line for line in prose if find_chatter(line) is not None]
    return 1 - len(missed) / len(chatter), len(flagged) / len(prose), missed, flagged


@pytest.mark.parametrize(
    ("split", "min_recall", "max_false_positives"),
    # held-out rounds were measured unseen, then tuned on (figures in the corpus
    # README); the thresholds are what is achieved now minus a small margin
    [
        ("train", 0.98, 0.01),
        ("heldout", 0.97, 0.01),
        ("heldout2", 0.95, 0.01),
        # never tuned on: the unseen figure (92.1% of 38, 0 of 24 when written)
        ("heldout3", 0.90, 0.04),
    ],
)
def test_recall_and_false_positives_on_the_corpus(
    split, min_recall, max_false_positives, capsys
):
    recall, false_positives, missed, flagged = measure(split)
    # shown in the test output whatever the outcome (not only on failure)
    with capsys.disabled():
        sys.stdout.write(
            f"\nchatter corpus ({split}): recall {recall:.1%} of "
            f"{len(corpus(f'chatter-{split}'))} chatter lines, false positives "
            f"{false_positives:.1%} of {len(corpus(f'prose-{split}'))} prose lines\n"
        )
    assert recall >= min_recall, f"missed: {missed}"
    assert false_positives <= max_false_positives, f"flagged: {flagged}"


def test_the_corpus_is_big_enough_and_labels_do_not_overlap():
    splits = ("train", "heldout", "heldout2", "heldout3")
    chatter = [line for split in splits for line in corpus(f"chatter-{split}")]
    prose = [line for split in splits for line in corpus(f"prose-{split}")]
    assert len(chatter) >= 200 and len(prose) >= 200
    assert not set(chatter) & set(prose)
    # no line is counted in two splits
    assert len(set(chatter)) == len(chatter) and len(set(prose)) == len(prose)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the examples of chatter that the phrase list missed
        ("Of course! Here's the rewritten post:", "presenting the text"),
        ("I've simplified the medical terms as you wanted.", "the tool about its own"),
        ("Shall I add a conclusion?", "an offer or question"),
        ("Happy to help further!", "an offer or question"),
        ("[Image: diagram of the nerve]", "a placeholder"),
        ("Caveat: the numbers should be double-checked against the paper.", "caveat"),
        ("Okay, heres a draft based on your instructions.", "presenting the text"),
        ("Okay, here\u2019s a draft.", "presenting the text"),
        ("Okay, hree's a draft of the post.", "presenting the text"),
        ("Posted by Sam Lee | Health Desk", "content-system leftover"),
        ("2 Responses", "content-system leftover"),
        ("Word count: 640", "a placeholder"),
    ],
)
def test_each_finding_says_which_kind_of_chatter(line, kind):
    finding = find_chatter(line)
    assert finding is not None and kind in finding.kind
    assert (
        finding.cue
        and finding.cue.casefold() in normalise(line)
        or (finding.cue in line)
    )


@pytest.mark.parametrize(
    "line",
    [
        "Tell your nurse if the wound gets red.",
        "You are welcome to bring someone with you.",
        "Here are the main results.",
        "The list below shows common side effects.",
        '"I have kept a diary of my symptoms," says one patient.',
        "share towels or flannels with someone who has a stye",
        "Walking helps the heart [1].",
        "Keywords",
    ],
)
def test_reader_directed_health_writing_is_not_chatter(line):
    assert find_chatter(line) is None


def test_every_phrase_of_the_old_list_is_still_found_mid_line():
    for phrase in LEFTOVER_PHRASES:
        assert find_chatter(f"Intro {phrase} text") is not None, phrase


def test_normalising_fixes_apostrophes_typos_and_emphasis():
    assert normalise("**Here\u2019s** your  DRAFT") == "here's your draft"
    assert normalise("Ive kept it short") == "i've kept it short"
    # "ill" is a word: only a pronoun at a clause start becomes "I'll"
    assert normalise("People who feel ill") == "people who feel ill"


def test_pathological_lines_are_scanned_in_linear_time():
    """A heading followed by 4,000 spaces once made the importer backtrack for ~100 s.

    Run in a child process so that a regression fails (killed after a minute)
    instead of hanging the suite; the real cost is milliseconds.
    """
    code = (
        "from healthkb.importer.draft import parse_draft\n"
        "from healthkb.rules.chatter import find_chatter\n"
        "spaces = ' ' * 4000\n"
        "lines = ['# Walking' + spaces, '**Bold' + spaces + 'x', 'By ' + spaces + 'x',"
        " 'Keywords' + spaces + ':', '1.' + spaces + 'x', 'I ' + 'have ' * 800,"
        " '[' + 'insert ' * 600, 'Here is ' + 'a ' * 2000]\n"
        "for line in lines:\n"
        "    find_chatter(line)\n"
        "draft = parse_draft('\\n'.join(lines + ['', 'Walking is good.']), 'd.txt')\n"
        "print(draft.title)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Walking"
