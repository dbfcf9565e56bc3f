"""The per-item checks the newer blind sets' tests (test_import_blind_drafts13.py on)
run against each draft's import: what an expect file asks beyond
:class:`helpers.blind_sets.Expected` is a :class:`More`, each ``check_*`` is one
test's body, and :func:`set_tests` makes a set's test functions from them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.blind_sets import (
    DraftImports,
    Expected,
    assert_authors,
    bib_keys,
    keys_after,
    reader_text,
    reported,
    xfail_cases,
)
from helpers.import_runs import (
    Imported,
    article_title,
    front_list,
    todo_items,
    used_sources,
)
from helpers.site import IMPORT_CONTENT


@dataclass(frozen=True)
class More:
    """What a draft's expect file asks beyond :class:`Expected`'s fields."""

    #: the keys cited where each of ``Expected.cited`` stands, in that order
    cite_keys: tuple[frozenset[str], ...] = ()
    #: how many citations the article may have: one per marked place, none elsewhere
    footcites: tuple[int, ...] = (0,)
    #: DOIs of sources not in references.bib, each to be named whole in a report item
    new_dois: tuple[str, ...] = ()
    #: words a report item (or a "reused source" line) must hold, any one of them
    source_notes: tuple[str, ...] = ()
    #: leftover words: no body line may consist of these words alone
    gone_words: frozenset[str] = frozenset()
    #: lines (stripped) the body must not have
    gone_lines: tuple[str, ...] = ()
    #: patterns (regular expressions) no body line may match
    gone_patterns: tuple[str, ...] = ()
    #: headings the article must have (``##`` or ``###``), the expect file's text
    headings: tuple[str, ...] = ()
    #: section names that must stand on a line of their own (a heading or not)
    own_lines: tuple[str, ...] = ()
    #: list items' bold lead words (``- **Word:**`` or ``- **Word**``)
    bold_leads: tuple[str, ...] = ()
    #: a table's rows (the header first), each a tuple of its cells
    table: tuple[tuple[str, ...], ...] = ()
    #: pictures not supplied: none of each one's names in the body, one reported
    pictures: tuple[tuple[str, ...], ...] = ()
    #: text the article keeps, or else a report item quotes
    kept_or_reported: tuple[str, ...] = ()
    #: text the import's output (its removed lines or its items) must quote
    noted: tuple[str, ...] = ()
    #: the list's order (the site's spellings), which the secondary keywords keep
    keyword_order: tuple[str, ...] = ()
    #: the list as written, in its order, each with the spellings it may be kept
    #: in (none: never a keyword): each left out is reported, the kept keep the order
    list_items: tuple[tuple[str, frozenset[str]], ...] = ()
    #: at most this many of ``Expected.may_add`` (None: any)
    most_added: int | None = None
    #: a keyword allowed only as the last secondary one (moved down by the rule)
    last_only: str | None = None
    #: keywords taken from tags or labels: a report item must hold this word
    from_tags: str = ""
    #: with ``from_tags``: also right, keywords chosen from the text instead
    tags_or_text: bool = False
    #: exactly one of these spellings (the expect file accepts either)
    one_of: frozenset[str] = frozenset()
    #: at most one of these spellings
    at_most_one: frozenset[str] = frozenset()
    #: words a report item must name, kept or dropped
    named: tuple[str, ...] = ()
    #: no keyword may be one of these (workflow tags, spellings as written), any case
    never_keywords: frozenset[str] = frozenset()
    #: the descriptions the expect file accepts (when it gives none firmly); with
    #: none of these either, one or two sentences starting a body paragraph
    descriptions: tuple[str, ...] = ()
    #: the draft's reviewer claim: in ``reviewers:``, or reported with that key
    reviewer: str | None = None


def reader_body(body: str) -> str:
    """*body* as a reader sees it: straight quotes, no ``\\*`` escapes, a glossary
    link as its words, and no <<placeholder>> an import leaves for an editor (a new
    source's may quote it)."""
    body = re.sub(r"\{term\}`([^`<]+?)(?:\s*<[^>]*>)?`", r"\1", reader_text(body))
    return re.sub(r"<<[^>]*>>", "", body)


def keyword_lists(found: Imported) -> tuple[list[str], list[str]]:
    """The main and the secondary keywords the import wrote."""
    front = found.front + "\n"
    return front_list(front, "keywords"), front_list(front, "secondary-keywords")


def _paragraphs(body: str) -> list[str]:
    """The body's paragraphs (not headings, lists or tables), each as one line."""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", body)]
    return [b for b in blocks if b and not re.match(r"(?:#|[-*|>]|\d+\.)", b)]


def _cells(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in line.strip().strip("|").split("|"))


def check_title(found: Imported, expected: Expected) -> None:
    assert reader_text(article_title(found.body)) == expected.title
    assert found.body.count("\n# ") + found.body.startswith("# ") == 1


def check_description(found: Imported, expected: Expected, more: More) -> None:
    taken = re.search(r'^description: (".*")$', found.front, re.M)
    assert taken, found.front
    description = reader_text(json.loads(taken[1]))
    if expected.description is not None:
        assert description == expected.description
        return
    # written from the text, with a report item to check it
    if more.descriptions:
        assert description in more.descriptions, description
    else:
        # one or two sentences from a paragraph's start, never a byline or a
        # contents line (those are not paragraphs of the body)
        assert len(description) <= 160, description
        assert len(re.findall(r"[.!?](?:\s|$)", description)) in (1, 2)
        starts = _paragraphs(reader_body(found.body))
        assert any(p.startswith(description) for p in starts), description
    assert reported(found, "description"), found.out


def check_authors(found: Imported, expected: Expected, more: More) -> None:
    assert_authors(found, expected)
    front = found.front + "\n"
    if not (more.reviewer and f"\nreviewers: [{more.reviewer}]\n" in front):
        # a draft's "Reviewed by:" is the reviewer as set 7 reads it, or none with
        # a report item naming them; no other draft gives a reviewer
        assert "reviewers:" not in front, front
        if more.reviewer:
            assert reported(found, more.reviewer), found.out
    # no draft records a review on this site: never a review date or history
    assert re.search(r"^reviewed: <<", front, re.M), front
    assert "history:" not in front


def check_keywords(found: Imported, expected: Expected, more: More) -> None:
    main, secondary = keyword_lists(found)
    words = main + secondary
    assert len(words) == len(set(words)), words
    assert len(words) <= 10, words
    assert not {w.casefold() for w in words} & more.never_keywords, words
    if more.from_tags:
        assert any(more.from_tags in item.casefold() for item in todo_items(found.out))
    for word in more.named:
        # kept or dropped, a report item names it
        assert reported(found, word), found.out
    if more.one_of:
        assert len(set(words) & more.one_of) == 1, words
        words = [w for w in words if w not in more.one_of]
    if more.at_most_one:
        assert len(set(words) & more.at_most_one) <= 1, words
    allowed = expected.keywords | expected.may_add
    if more.last_only and more.last_only in words:
        assert secondary[-1] == more.last_only, secondary
        if more.last_only not in allowed:
            words = [w for w in words if w != more.last_only]
    if more.tags_or_text and set(words) != expected.keywords:
        # also right: keywords chosen from the text, the tags reported
        assert words, found.front
        return
    assert expected.keywords <= set(words), words
    assert set(words) <= allowed, words
    if expected.main is not None:
        assert set(main) == expected.main, main
    added = set(words) & expected.may_add
    assert not set(main) & added, main
    if more.most_added is not None:
        assert len(added) <= more.most_added, added
        if not more.list_items:
            for word in expected.may_add - added:
                assert reported(found, word), word
    if more.keyword_order:
        kept = [w for w in secondary if w in more.keyword_order]
        assert kept == sorted(kept, key=more.keyword_order.index), secondary
    if more.list_items:
        order = []
        for written, spellings in more.list_items:
            kept = [w for w in words if w in spellings]
            if not kept:
                assert reported(found, written), written
            order += kept
        rest = [w for w in secondary if w != more.last_only]
        assert rest == [w for w in order if w in rest], secondary


def check_sources(found: Imported, expected: Expected, more: More) -> None:
    keys = bib_keys()
    used = used_sources(found)
    assert used & keys == expected.sources, found.out
    # a key beyond the bib's only as a proposed entry for a new source
    assert len(used - keys) <= len(more.new_dois), found.out
    site = found.path.parents[2]
    assert (site / "references.bib").read_bytes() == (
        IMPORT_CONTENT / "references.bib"
    ).read_bytes()
    for item in todo_items(found.out):
        # only a new source's line may be one that "could not be read", and only
        # a new source may be one "which was left out" that a marker names
        if "could not be read" in item:
            assert any(doi in item for doi in more.new_dois), item
        if "which was left out" in item:
            assert more.new_dois, item
    report = "\n".join(todo_items(found.out)).casefold()
    for doi in more.new_dois:
        assert doi.casefold() in report, found.out
        # every mention of the DOI is the whole DOI, never one cut at a bracket
        head = doi.casefold().split("(")[0]
        assert report.count(head) == report.count(doi.casefold()), found.out
    if more.source_notes:
        assert any(
            note.casefold() in found.out.casefold() for note in more.source_notes
        )


def check_citations(found: Imported, expected: Expected, more: More) -> None:
    body, bib = reader_body(found.body), bib_keys()
    # one citation per marked place, none elsewhere
    assert body.count("{footcite:p}") in more.footcites, body
    if not expected.cited:
        # no markers: the sources listed for a person to place
        assert reported(found, "the sources to place"), found.out
    for text, want in zip(expected.cited, more.cite_keys, strict=True):
        keys = keys_after(body, text)
        assert keys is not None, text
        assert len(keys) == len(set(keys)), keys
        assert {k for k in keys if k in bib} == want, keys
        assert len([k for k in keys if k not in bib]) <= len(more.new_dois), keys


def check_text(found: Imported, expected: Expected, more: More) -> None:
    body = reader_body(found.body)
    for text in expected.gone:
        assert text not in body, text
    for text in expected.kept:
        assert text in body, text
    lines = [line.strip() for line in body.split("\n")]
    # the title once: never again as a line of the body
    assert expected.title not in lines, expected.title
    for line in lines:
        words = re.sub(r"^(?:#+|[-*]|\d+\.)\s+", "", line).split()
        assert not (words and set(words) <= more.gone_words), line
        assert line not in more.gone_lines, line
        for pattern in more.gone_patterns:
            assert not re.search(pattern, line), line
        # a heading is plain text: no bold markers left inside it
        assert not (line.startswith("#") and "**" in line), line
    for heading in more.headings:
        assert re.search(rf"^#{{2,3}} {re.escape(heading)}$", body, re.M), heading
    for name in more.own_lines:
        assert re.search(rf"^(?:#{{2,3}} )?{re.escape(name)}$", body, re.M), name
    for lead in more.bold_leads:
        assert re.search(rf"^- \*\*{re.escape(lead)}:?\*\*", body, re.M), lead
    if more.table:
        start = lines.index(next(ln for ln in lines if _cells(ln) == more.table[0]))
        assert re.fullmatch(
            r"\|(?:\s*:?-{3,}:?\s*\|)+", lines[start + 1].replace(" ", "")
        )
        rows = lines[start + 2 : start + 1 + len(more.table)]
        assert [_cells(row) for row in rows] == list(more.table[1:]), rows
    for names in more.pictures:
        assert not any(name in body for name in names), names
        assert any(reported(found, name) for name in names), found.out
    for text in more.kept_or_reported:
        assert text in body or text in reader_text(found.out), text
    for text in more.noted:
        assert text in reader_text(found.out), text


#: each test a set runs: its name, the STILL_WRONG key that marks it, its check
_TESTS = (
    ("test_title", "title", lambda f, e, m: check_title(f, e)),
    ("test_description", "description", check_description),
    ("test_authors", "authors", check_authors),
    ("test_keywords_in_the_sites_spellings", "keywords", check_keywords),
    (
        "test_sources_are_the_entries_and_new_ones_are_reported",
        "sources",
        check_sources,
    ),
    ("test_citations_stand_where_the_markers_were", "citations", check_citations),
    ("test_leftovers_are_gone_and_the_text_stays", "text", check_text),
)


def set_tests(
    folder: Path,
    expected: Mapping[str, Expected],
    more: Mapping[str, More],
    still_wrong: Mapping[str, Mapping[str, str]],
) -> dict[str, Callable]:
    """The ``imported`` fixture (one import of each draft in *folder*) and one test
    function a check, each parametrized by draft, an xfail(strict=True) where
    *still_wrong* names it: a set's module takes them into its globals."""
    drafts = sorted(expected)
    imports = DraftImports(folder)

    @pytest.fixture
    def imported(tmp_path_factory, capsys):  # noqa: ANN001
        return imports.runner(tmp_path_factory, capsys)

    made: dict[str, Callable] = {"imported": imported}
    for name, what, check in _TESTS:

        def test(imported, draft, check=check):  # noqa: ANN001
            check(imported(draft), expected[draft], more[draft])

        test.__name__ = test.__qualname__ = name
        cases = xfail_cases(what, drafts, still_wrong)
        made[name] = pytest.mark.parametrize("draft", cases)(test)
    return made
