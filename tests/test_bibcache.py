"""Changing references.bib re-reads only the articles whose cited entries changed."""

from __future__ import annotations

import os
import time
from pathlib import Path

from generate import bib_entry, source_key, write_site
from helpers.site import build_recording_reads, warnings_of
from pybtex.database import Entry, Person

from healthkb.bib.read import entry_fingerprint as fingerprint
from healthkb.sphinxext.incremental.bib_changes import changed_citers


def _entry(**fields: str) -> Entry:
    entry = Entry("article", fields={"title": "A", "year": "2020", **fields})
    entry.add_person(Person("Testwriter, Alex"), "author")
    return entry


def test_fingerprint_follows_content_not_identity():
    assert fingerprint(_entry()) == fingerprint(_entry())
    assert fingerprint(_entry()) != fingerprint(_entry(title="B"))
    assert fingerprint(_entry()) != fingerprint(_entry(doi="10.1000/x"))
    other = _entry()
    other.add_person(Person("Example, Sam"), "author")
    assert fingerprint(other) != fingerprint(_entry())


def test_changed_citers_finds_changed_added_and_removed_entries():
    stored = {
        "a": {"k1": "h1"},
        "b": {"k1": "h1", "k2": "h2"},
        "c": {"k3": ""},
        "d": {"k4": "h4"},
    }
    current = {"k1": "h1", "k2": "CHANGED", "k3": "now-exists"}  # k4 removed
    assert changed_citers(stored, current) == {"b", "c", "d"}


def _touch_later(path: Path) -> None:
    later = time.time() + 5
    os.utime(path, (later, later))


def _rebuild(make_app, srcdir: Path) -> list[str]:
    app, read = build_recording_reads(make_app, srcdir)
    assert warnings_of(app) == ""
    return read


def _generated(tmp_path: Path):
    articles = write_site(tmp_path / "site", 12, seed=3, words=60)
    return tmp_path / "site", articles


def test_uncited_entry_rereads_no_article(make_app, tmp_path):
    srcdir, _ = _generated(tmp_path)
    first, read = build_recording_reads(make_app, srcdir)
    assert warnings_of(first) == ""
    assert (
        len(read) == 12 + 6
    )  # 12 articles, 4 topic pages, the home page, the glossary
    bib = srcdir / "references.bib"
    bib.write_text(bib.read_text() + "\n" + bib_entry(999_999))
    _touch_later(bib)
    app, read = build_recording_reads(make_app, srcdir)
    assert read == []
    # the new source is still checked: the site warns that no article cites it
    (warning,) = warnings_of(app).splitlines()
    assert "'bench999999study'" in warning and "bibliography-unused" in warning


def test_changed_entry_rereads_exactly_its_citers(make_app, tmp_path):
    srcdir, articles = _generated(tmp_path)
    citers: dict[int, set[str]] = {}
    for article in articles:
        for source in article.sources:
            citers.setdefault(source, set()).add(article.docname)
    shared = next(s for s, docs in sorted(citers.items()) if len(docs) > 1)
    build_recording_reads(make_app, srcdir)
    bib = srcdir / "references.bib"
    old = f"Synthetic benchmark study number {shared + 1}}}"
    assert old in bib.read_text()
    bib.write_text(
        bib.read_text().replace(
            old, f"Synthetic benchmark study number {shared + 1}, revised}}"
        )
    )
    _touch_later(bib)
    assert _rebuild(make_app, srcdir) == sorted(citers[shared])


def test_changed_entry_shows_on_citing_page(make_app, tmp_path):
    srcdir, articles = _generated(tmp_path)
    article = articles[5]
    build_recording_reads(make_app, srcdir)
    bib = srcdir / "references.bib"
    old = f"Synthetic benchmark study number {article.sources[0] + 1}}}"
    bib.write_text(bib.read_text().replace(old, "A corrected title of the test study}"))
    _touch_later(bib)
    second, _ = build_recording_reads(make_app, srcdir)
    html = (second.outdir / f"{article.docname}.html").read_text(encoding="utf-8")
    assert "A corrected title of the test study" in html


def test_removed_entry_rereads_its_citer_and_reports_it(make_app, tmp_path):
    srcdir, articles = _generated(tmp_path)
    article = articles[7]
    gone = article.sources[0]
    build_recording_reads(make_app, srcdir)
    bib = srcdir / "references.bib"
    bib.write_text(bib.read_text().replace(bib_entry(gone), ""))
    _touch_later(bib)
    app, read = build_recording_reads(make_app, srcdir)
    assert article.docname in read
    assert f"'{source_key(gone)}' is not in references.bib" in warnings_of(app)
