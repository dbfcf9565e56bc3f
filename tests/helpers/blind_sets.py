"""What the blind testers' draft sets (fixtures/drafts/acceptanceN/) expect of an
import, and the checks each set's test runs against its expect files."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers.import_runs import (
    Imported,
    check_problems,
    cite_at_end,
    front_list,
    import_article,
    todo_items,
    used_sources,
)
from helpers.site import IMPORT_CONTENT, copy_import_site

#: the site's spellings of the keywords most drafts use
VNS = "Vagus nerve stimulation"
TRD = "Treatment-resistant depression"
QOL = "Quality of life"
MDD = "Major depressive disorder"
RECOVER = "RECOVER trial"
OBS = "Observational study"
LTO = "Long-term outcomes"
TAU = "Treatment as usual"

#: the frozen site's references.bib entries most drafts cite, each as a set of keys
CONWAY = frozenset({"conway2026durability"})
CONWAY18 = frozenset({"conway2018quality"})
LIVANOVA = frozenset({"livanova2024recover"})
AARONSON = frozenset({"aaronson2017registry"})
RUSH = frozenset({"rush2006stard"})


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


def bib_keys() -> set[str]:
    """The keys of the frozen site's references.bib (what the drafts import into)."""
    bib = (IMPORT_CONTENT / "references.bib").read_text("utf-8")
    return set(re.findall(r"^@\w+\{([^,\s]+),", bib, re.M))


def keys_after(body: str, text: str) -> list[str] | None:
    """The keys of the footcite right after *text* (past its closing punctuation and
    any ``**``), or None where no footcite follows it."""
    found = re.search(
        rf"{re.escape(text)}[.:,;]?\**[.:,;]? ?\{{footcite:p\}}`([^`]+)`", body
    )
    return found[1].split(",") if found else None


def cite(*keys: str) -> str:
    """The citation the importer writes for *keys* where a marker stood."""
    return f" {{footcite:p}}`{','.join(keys)}`"


def plain(text: str) -> str:
    return text.replace("\u2019", "'")


def reader_text(text: str) -> str:
    """*text* as a reader sees it: straight quotes, no Markdown escape before ``*``."""
    for curly, straight in (("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, straight)
    return text.replace("\\*", "*")


def reported(found: Imported, words: str) -> bool:
    """Whether a "a person must still" item quotes *words* (any case)."""
    return any(words.casefold() in item.casefold() for item in todo_items(found.out))


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


def assert_authors(found: Imported, expected: Expected) -> None:
    """The byline's keys, and a report item for one new to authors.yml (else none)."""
    assert f"\nauthors: [{', '.join(expected.authors)}]\n" in found.front + "\n"
    if expected.new_author:
        assert f"add the author to authors.yml: '{expected.new_author}:'" in found.out
    else:
        assert "add the author to authors.yml" not in found.out


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


class DraftImports:
    """One import of each draft in *folder*, each into a site of its own, shared by
    the tests that only read it (an import takes seconds)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._done: dict[str, Imported] = {}

    def runner(self, tmp_path_factory, capsys) -> Callable[[str], Imported]:  # noqa: ANN001
        def run(draft: str) -> Imported:
            if draft not in self._done:
                site = copy_import_site(tmp_path_factory.mktemp("site") / "site")
                self._done[draft] = import_article(site, capsys, self.folder / draft)
            return self._done[draft]

        return run


def xfail_cases(
    what: str,
    drafts: list[str],
    still_wrong: Mapping[str, Mapping[str, str] | Collection[str]],
) -> list:
    """One case per draft, an xfail(strict=True) where *still_wrong* names test
    *what* for it (with its reason where it maps one), so a fix is noticed."""
    cases = []
    for draft in drafts:
        wrong = still_wrong.get(draft, ())
        marks = ()
        if what in wrong:
            why = wrong[what] if isinstance(wrong, Mapping) else "still wrong"
            marks = pytest.mark.xfail(strict=True, reason=f"{why} (STILL_WRONG)")
        cases.append(pytest.param(draft, marks=marks, id=draft))
    return cases
