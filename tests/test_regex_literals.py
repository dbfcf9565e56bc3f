"""The strings a pattern needs (healthkb.rules.regex_literals): every match contains one.

The chatter rule skips a pattern when none of its strings is in the line, so a
string set that missed a real match would silently drop a finding; these tests
check the sets against real matches on the labelled chatter corpus and on
patterns whose answer is known.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from healthkb.rules import chatter
from healthkb.rules.regex_alternatives import Alternatives
from healthkb.rules.regex_literals import required_strings

CORPUS = Path(__file__).parent / "fixtures" / "chatter"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"hello", {"hello"}),
        # Python's parser moves the branches' common "th" into the run
        (r"\bhope (?:this|that) helps\b", {"hope th"}),
        (r"(?:as promised|here you go)\b", {"as promised", "here you go"}),
        (r"a+b", {"a"}),  # a repeat of at least once needs its item; ties: the first
        (r"(?:lorem )?ipsum", {"ipsum"}),
        (r"x*", None),  # matches the empty string: nothing is needed
        (r"(?:abc|\d+)", None),  # one branch needs no string
        (r"(?i)hello", None),  # case-insensitive: a plain substring test is wrong
        (r"[ab]c?", None),
    ],
)
def test_known_patterns(pattern: str, expected: set[str] | None) -> None:
    found = required_strings(pattern)
    assert (None if found is None else set(found)) == expected


def _lines() -> list[str]:
    lines = []
    for file in sorted(CORPUS.glob("*.txt")):
        lines += file.read_text(encoding="utf-8").splitlines()
    return [chatter.normalise(line) for line in lines if line.strip()]


def _sample(lines: list[str], one_in: int) -> list[str]:
    """A fixed share of the corpus, chosen by each line's hash (not by hand), for
    the tests that search every pattern twice per line: the whole corpus made
    them the suite's slowest."""
    return [
        line
        for line in lines
        if int(hashlib.sha1(line.encode()).hexdigest()[:8], 16) % one_in == 0
    ]


def test_every_chatter_match_contains_a_needed_string() -> None:
    lines = _lines()
    matched = 0
    for _kind, pattern, needs in chatter._COMPILED:
        for line in lines:
            match = pattern.search(line)
            if match and needs is not None:
                matched += 1
                assert any(s in match.group(0) for s in needs), (pattern.pattern, line)
    assert matched > 300  # the corpus exercises the sets, not a handful of lines


def test_most_chatter_patterns_have_a_test() -> None:
    # a pattern without strings is always searched: correct, only slower
    with_strings = [needs for _k, _p, needs in chatter._COMPILED if needs is not None]
    assert len(with_strings) == len(chatter._COMPILED)
    assert all(all(needs) for needs in with_strings)  # no empty string


def test_skipping_gives_the_same_answer_as_searching() -> None:
    # on the whole corpus this follows from the test above (a match holds one of
    # its pattern's strings, so the line does too); here the skip itself is run
    for line in _sample(_lines(), 4):
        plain = next(
            (
                (kind, m.group(0))
                for kind, pattern, _n in chatter._COMPILED
                if (m := pattern.search(line))
            ),
            None,
        )
        fast = next(
            (
                (kind, m.group(0))
                for kind, pattern, needs in chatter._COMPILED
                if (needs is None or any(s in line for s in needs))
                and (m := pattern.search(line))
            ),
            None,
        )
        assert fast == plain, line


def test_a_bad_pattern_gives_no_test() -> None:
    assert required_strings("(unclosed") is None


def test_searching_branch_by_branch_gives_the_whole_alternation_s_match() -> None:
    """:class:`Alternatives` (each branch behind its own strings) returns what the
    alternation returns: the leftmost match, the earlier branch at one start."""
    # "ab" and "a" both match at 1: the earlier branch wins, as in the alternation
    both = Alternatives.compile(r"x|ab|a")
    assert both.search("zab").group(0) == "ab"
    assert Alternatives.compile(r"^c|b").search("cb").group(0) == "c"
    assert Alternatives.compile(r"zz|y").search("abc") is None
    lines = _sample(_lines(), 3)
    compared = 0
    for _kind, found, _needs in chatter._COMPILED:
        if not isinstance(found, Alternatives):
            continue
        whole = re.compile(found.pattern)
        for line in lines:
            a, b = whole.search(line), found.search(line)
            assert (a and a.span()) == (b and b.span()), (found.pattern[:60], line)
            compared += a is not None
    assert compared > 300
