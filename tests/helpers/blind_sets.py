"""What the blind testers' draft sets (fixtures/drafts/acceptanceN/) expect of an
import, and the checks each set's test runs against its expect files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from helpers.import_runs import (
    Imported,
    check_problems,
    cite_at_end,
    front_list,
    used_sources,
)


@dataclass(frozen=True)
class Expected:
    """One draft's expect file, as the tests read it."""

    title: str
    authors: tuple[str, ...]
    keywords: frozenset[str]
    sources: frozenset[str]
    gone: tuple[str, ...]
    kept: tuple[str, ...]
    #: the expect file's description; with ``description_or_none`` the import may
    #: also leave the placeholder
    description: str | None = None
    description_or_none: bool = False
    #: an author to report as missing from authors.yml
    new_author: str | None = None
    #: the main three, where the expect file's order is also the site's rule
    main: frozenset[str] | None = None
    #: keywords that may also be written (arguable; the draft's entry says why)
    may_add: frozenset[str] = field(default_factory=frozenset)
    #: text that must be in the article with its citation where the marker was
    cited: tuple[str, ...] = ()


def cite(*keys: str) -> str:
    """The citation the importer writes for *keys* where a marker stood."""
    return f" {{footcite:p}}`{','.join(keys)}`"


def plain(text: str) -> str:
    return text.replace("\u2019", "'")


def assert_keywords(
    found: Imported, expected: Expected, *, not_main: bool = False
) -> None:
    """The keywords in the site's spellings, once each, none beyond the expect
    file's; with *not_main*, a keyword it only allows is never among the main."""
    main = front_list(found.front + "\n", "keywords")
    words = main + front_list(found.front + "\n", "secondary-keywords")
    assert len(words) == len(set(words))
    assert expected.keywords <= set(words), words
    assert set(words) <= expected.keywords | expected.may_add, words
    if not_main:
        assert not set(main) & expected.may_add, main
    if expected.main is not None:
        assert set(main) == expected.main, main


def assert_sources(found: Imported, expected: Expected, bib: bytes) -> None:
    """The sources are the expected entries, cited where the markers were, and
    references.bib is still *bib*."""
    assert used_sources(found) == expected.sources, found.out
    site = found.path.parents[2]
    assert (site / "references.bib").read_bytes() == bib
    assert "could not be read" not in found.out
    for text in expected.cited:
        assert text in found.body, text


def assert_text(found: Imported, expected: Expected) -> None:
    """No leftover the expect file lists stays; the reader-facing text does."""
    for line in expected.gone:
        assert line not in found.body, line
    for line in expected.kept:
        assert line in plain(found.body), line


#: why an editor silences what the check reads wrongly in these drafts
SILENCE = {
    "readability": "the long medical names the article explains raise the grade",
}


def cite_and_silence(
    site: Path, capsys, found: Imported, *, cite_unplaced: bool = False
) -> tuple[list[str], list[str]]:  # noqa: ANN001 - capsys
    """What an editor does for ``healthkb check`` after the report: each source
    cited where a statistic has none (with *cite_unplaced*, after the last
    paragraph when none is cited anywhere), and a silence, with its reason, for
    the rules :data:`SILENCE` lists. Returns the article's lines (not yet
    written) and the rules silenced."""
    keys = ",".join(sorted(used_sources(found)))
    _, problems = check_problems(site, capsys, found.path)
    lines = found.path.read_text("utf-8").split("\n")
    for line in sorted(
        {p["line"] for p in problems if p["rule"] == "uncited-statistic"}
    ):
        lines[line - 1] = cite_at_end(lines[line - 1], keys)
    if cite_unplaced and keys and "{footcite:p}" not in "\n".join(lines):
        last = max(i for i, line in enumerate(lines) if line.strip())
        lines[last] = cite_at_end(lines[last], keys)
    silenced = sorted({p["rule"] for p in problems} & set(SILENCE))
    if silenced:
        lines[1:1] = ["silence:"] + [f"  {r}: {SILENCE[r]}" for r in silenced]
    return lines, silenced
