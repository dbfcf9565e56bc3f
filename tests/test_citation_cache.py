"""A cited source is formatted once per build (``speedups/citation_cache.py``): the
cached result prints exactly as a fresh one, for the real entries of the test
corpora (tests/fixtures/bib, real sources copied from their publishers' exports)
and the shipped references.bib."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import load_bibliography
from healthkb.sphinxext.speedups import citation_cache

FIXTURES = Path(__file__).parent / "fixtures" / "bib"
REPO = Path(__file__).parent.parent
SOURCES = [*sorted(FIXTURES.glob("real_entries*.bib")), REPO / "references.bib"]


@pytest.fixture
def cache():  # noqa: ANN201
    citation_cache.install()
    yield citation_cache
    citation_cache.uninstall()


def _entries() -> list[object]:
    found = []
    for path in SOURCES:
        found.extend(load_bibliography(path, path.name).entries.values())
    return found


def test_cached_entries_print_as_fresh_ones(cache) -> None:  # noqa: ANN001
    entries = _entries()
    assert len(entries) > 20
    for entry in entries:
        fresh = citation_cache._UNCACHED(VancouverStyle(), "", entry)
        first = VancouverStyle().format_entry("", entry)  # a new style per citation
        again = VancouverStyle().format_entry("", entry)
        assert again is first  # formatted once
        for backend in ("text", "html"):
            expected = fresh.text.render_as(backend)
            assert first.text.render_as(backend) == expected, entry.key
        assert (first.key, first.label) == (fresh.key, fresh.label)


def test_label_options_and_entry_are_part_of_the_key(cache) -> None:  # noqa: ANN001
    one, two = _entries()[:2]
    style = VancouverStyle()
    assert style.format_entry("1", one) is not style.format_entry("2", one)
    assert style.format_entry("1", one).label == "1"
    assert style.format_entry("1", two).key == two.key
    abbreviated = VancouverStyle(abbreviate_names=True)
    assert abbreviated.format_entry("1", one) is not style.format_entry("1", one)


def test_uninstall_restores_the_style_and_forgets(cache) -> None:  # noqa: ANN001
    entry = _entries()[0]
    VancouverStyle().format_entry("", entry)
    assert citation_cache._FORMATTED
    citation_cache.uninstall()
    assert VancouverStyle.format_entry is citation_cache._UNCACHED
    assert not citation_cache._FORMATTED
    first = VancouverStyle().format_entry("", entry)
    assert VancouverStyle().format_entry("", entry) is not first
