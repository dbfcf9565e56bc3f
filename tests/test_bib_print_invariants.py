"""What no printed reference may show, over every real entry of every fixture
corpus (tests/fixtures/bib/*.bib, 385 entries from a dozen exporters): whatever a
string's exact form, a reader never sees LaTeX, braces, an exporter's "Key: value"
note, an empty part ("p. .", "Vol. ;") or doubled punctuation, and nothing raises.

The corpora are globbed, so an entry added to any of them is checked too.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import Bibliography, parse_bibliography_text

FIXTURES = Path(__file__).parent / "fixtures" / "bib"
CORPORA = sorted(path.name for path in FIXTURES.glob("*.bib"))

#: web addresses are printed as written (``pdf---osduhs``, ``%7E``): left out
#: an address is printed as given ("www.statslab.cam.ac.uk/~grg/...": its "~" is
#: the address's, not TeX's)
_URL = re.compile(r"(?:https?|ftp)://\S+|doi:\S+|\bwww\.\S+")
#: (what the fault is, the pattern that shows it)
_FAULTS = (
    ("a LaTeX command", re.compile(r"\\[A-Za-z@]+|\\.")),
    ("a brace", re.compile(r"[{}]")),
    # "~" after a space and before a number is "about" ("recommending ~1.0 mg")
    ("TeX markup", re.compile(r"\$|(?<![\s(\[])~|~(?!\.?\d)|``|''|(?<!-)--(?!-)")),
    ("a tie beside a space", re.compile("\xa0| {2}")),
    # Zotero's Extra lines ("Note: Publisher: Elsevier", "Note: PMID: 123")
    ("an exporter's note", re.compile(r"Note: [A-Z][\w -]{0,30}: ")),
    (
        "an empty part",
        re.compile(
            # "164 p." at the end is a thesis's or report's extent, not an empty part
            r"(?:^|(?<!\d)\s)(?:p\.|Vol\.|Report No\.:|In:|Available from:|Note:)\s*"
            r"(?:[.;,:]|$)|\(\s*\)|\[\s*\]|:\s*[.;,]|;\s*[.;:,]|^\s*[.,;:]"
        ),
    ),
    # a library catalogue's " ; " and " : " between publishers are printed as
    # given (blind set 6's walkerCombatingAgeBarriers1998), a space before "," not
    (
        "doubled punctuation",
        re.compile(r"(?<!\.)\.\.(?!\.)|,,|;;|::|\.\s+\.(?!\.)|,\s*\.|\s[,.](?:\s|$)"),
    ),
)


@cache
def _corpus(name: str) -> Bibliography:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return parse_bibliography_text(text, name)


def _entries() -> list[tuple[str, str]]:
    return [(name, key) for name in CORPORA for key in _corpus(name).entries]


def test_the_corpora_are_all_found():
    # a glob that finds nothing would pass every case below
    assert len(CORPORA) >= 10 and len(_entries()) >= 380


@pytest.mark.parametrize(("corpus", "key"), _entries())
def test_printed_entry_shows_no_markup_junk_or_empty_part(corpus, key):
    bib = _corpus(corpus)
    printed = VancouverStyle().format_entry("", bib.entries[key], bib_data=bib)
    text = printed.text.render_as("text")
    assert text.strip() and text == text.strip()
    shown = _URL.sub("URL", text)
    faults = [
        f"{what}: ...{shown[max(0, m.start() - 30) : m.end() + 30]}..."
        for what, pattern in _FAULTS
        if (m := pattern.search(shown))
    ]
    assert not faults, (key, text)
    # the HTML a page shows is the same text, escaped
    assert "{" not in printed.text.render_as("html")


@pytest.mark.parametrize(
    ("text", "empty"),
    [
        ("Title. 2019. p. .", True),
        ("Title. 2019. Note: .", True),
        ("Title [dissertation]. School; 2019. 164 p.", False),
    ],
)
def test_an_extent_is_no_empty_part(text, empty):
    (pattern,) = [p for what, p in _FAULTS if what == "an empty part"]
    assert bool(pattern.search(text)) is empty
