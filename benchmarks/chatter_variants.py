"""How the chatter detector stands up to wording variations of the same line.

Each variation below is applied to every chatter line of the corpus the detector
finds as written, and to every prose line (all ``prose-*.txt`` files): a robust
detector loses none of the first and flags none of the second.  The variations are
the ones drafts show: curly or missing apostrophes, emphasis, list markers,
headings, quotation marks, emoji, capitals, a typo (two neighbouring letters of
the line's longest word swapped) and a synonym (:data:`SYNONYMS`).

Run: ``.venv/bin/python benchmarks/chatter_variants.py [-v]`` (deterministic; about
ten seconds).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chatter_model_cv import CORPUS, corpus_lines  # noqa: E402

from healthkb.rules.chatter import find_chatter  # noqa: E402


def _swap_in_longest_word(line: str) -> str:
    words = line.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    word = words[i]
    if len(word) >= 6 and word.isalpha():
        j = len(word) // 2
        words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def _italic_first_word(line: str) -> str:
    first, _, rest = line.partition(" ")
    return f"*{first}* {rest}".rstrip()


#: words a writing tool or a page uses interchangeably (the first found is swapped)
SYNONYMS = (
    ("draft", "version"),
    ("summary", "overview"),
    ("paragraph", "section"),
    ("certainly", "of course"),
    ("here's", "here is"),
    ("simplified", "streamlined"),
    ("shortened", "trimmed"),
    ("added", "included"),
    ("let me know", "tell me"),
    ("would you like me to", "do you want me to"),
    ("hope this helps", "hope this is useful"),
    ("subscribe", "sign up"),
    ("comments", "replies"),
)


def _swap_synonym(line: str) -> str:
    """The first word of :data:`SYNONYMS` in *line* replaced by its synonym."""
    lower = line.lower()
    for row in SYNONYMS:
        for word, other in zip(row, row[1:], strict=False):
            at = re.search(r"\b" + re.escape(word) + r"\b", lower)
            if at:
                return line[: at.start()] + other + line[at.end() :]
    return line


VARIATIONS: dict[str, Callable[[str], str]] = {
    "curly apostrophes": lambda x: x.replace("'", "\u2019"),
    "no apostrophes": lambda x: x.replace("'", "").replace("\u2019", ""),
    "bold": lambda x: f"**{x}**",
    "italic first word": _italic_first_word,
    "bullet": lambda x: f"- {x}",
    "numbered item": lambda x: f"1. {x}",
    "heading": lambda x: f"## {x}",
    "quotation block": lambda x: f"> {x}",
    "emoji first": lambda x: f"\u2728 {x}",
    "emoji last": lambda x: f"{x} \U0001f60a",
    "capitals": str.upper,
    "typo (swapped letters)": _swap_in_longest_word,
    "a synonym of a key word": _swap_synonym,
}


def measure(
    verbose: bool = False, step: int = 1
) -> dict[str, tuple[int, int, int, int]]:
    """variation -> (chatter lines lost, found as written, prose lines newly
    flagged, prose lines); *step* takes every step-th line (a quicker sample)."""
    chatter = [x for f in sorted(CORPUS.glob("chatter-*.txt")) for x in corpus_lines(f)]
    prose = [x for f in sorted(CORPUS.glob("prose-*.txt")) for x in corpus_lines(f)]
    chatter, prose = chatter[::step], prose[::step]
    found = [x for x in chatter if find_chatter(x) is not None]
    clean = [x for x in prose if find_chatter(x) is None]
    out = {}
    for name, vary in VARIATIONS.items():
        lost = [v for v in map(vary, found) if find_chatter(v) is None]
        flagged = [v for v in map(vary, clean) if find_chatter(v) is not None]
        out[name] = (len(lost), len(found), len(flagged), len(prose))
        if verbose:
            for line in lost[:8] + flagged[:8]:
                sys.stdout.write(f"    {line[:100]!r}\n")
    return out


def main() -> None:
    sys.stdout.write(
        "| variation | chatter lines lost | prose lines newly flagged |\n"
        "| --- | --- | --- |\n"
    )
    for name, (lost, found, flagged, prose) in measure("-v" in sys.argv).items():
        sys.stdout.write(f"| {name} | {lost} of {found} | {flagged} of {prose} |\n")


if __name__ == "__main__":
    main()
