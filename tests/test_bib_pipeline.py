"""One bibliography pipeline: references.bib is parsed once per change, by healthkb's
reader, and that one parse is what ``healthkb check``, the sources page's NLM style
and sphinxcontrib-bibtex's citations read; sphinxcontrib-bibtex parses nothing."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import sphinxcontrib.bibtex.bibfile
from generate import bib_entry, write_site
from helpers.site import build_recording_reads, run_cli, warnings_of

from healthkb.bib import store
from healthkb.sphinxext.incremental.domain import get_domain

#: a source title only references.bib holds (the generator's fictional studies)
TITLE = "Synthetic benchmark study number"


@pytest.fixture
def parses(monkeypatch) -> dict[str, list[str]]:
    """Every parse of a .bib file: healthkb's reader's, and sphinxcontrib-bibtex's."""
    found: dict[str, list[str]] = {"healthkb": [], "bibtex": []}
    ours, theirs = store.load_bibliography, sphinxcontrib.bibtex.bibfile.parse_bibdata

    def healthkb_parse(path, display):  # noqa: ANN001, ANN202
        found["healthkb"].append(display)
        return ours(path, display)

    def bibtex_parse(paths, encoding):  # noqa: ANN001, ANN202
        found["bibtex"].extend(map(str, paths))
        return theirs(paths, encoding)

    monkeypatch.setattr(store, "load_bibliography", healthkb_parse)
    monkeypatch.setattr(sphinxcontrib.bibtex.bibfile, "parse_bibdata", bibtex_parse)
    store.forget_parses()  # as a new process
    yield found
    store.forget_parses()


def _later(path: Path) -> None:
    later = time.time() + 5
    os.utime(path, (later, later))


def test_one_parse_per_change_for_every_build_and_check(make_app, tmp_path, parses):
    srcdir = tmp_path / "site"
    articles = write_site(srcdir, 8, seed=11, words=60)
    app, _ = build_recording_reads(make_app, srcdir)
    assert warnings_of(app) == ""
    assert parses == {"healthkb": ["references.bib"], "bibtex": []}
    (site_bib,) = get_domain(app.env).site.bibliographies
    printed = app.env.get_domain("cite").bibdata.data.entries
    assert all(printed[key] is entry for key, entry in site_bib.entries.items())
    assert set(printed) == set(site_bib.entries)
    cited = articles[0].docname
    html = (app.outdir / f"{cited}.html").read_text(encoding="utf-8")
    assert f"{TITLE} {articles[0].sources[0] + 1}" in html

    # healthkb check in the same process reuses the build's parse (in another
    # process it reads the same cache folder: BIB_CACHE is make html's)
    assert run_cli(srcdir, "check") == 0
    assert parses == {"healthkb": ["references.bib"], "bibtex": []}

    # a new process with the same file: the parse comes from the one cache
    store.forget_parses()
    app, read = build_recording_reads(make_app, srcdir)
    assert read == [] and parses["healthkb"] == ["references.bib"]

    # a changed file is parsed again, once, and the citing article shows the change
    bib = srcdir / "references.bib"
    source = articles[0].sources[0] + 1
    text = bib.read_text(encoding="utf-8")
    bib.write_text(
        text.replace(f"{TITLE} {source}}}", f"{TITLE} {source}, revised}}", 1),
        encoding="utf-8",
    )
    _later(bib)
    store.forget_parses()
    app, read = build_recording_reads(make_app, srcdir)
    assert cited in read
    assert parses == {"healthkb": ["references.bib"] * 2, "bibtex": []}
    html = (app.outdir / f"{cited}.html").read_text(encoding="utf-8")
    assert f"{TITLE} {source}, revised" in html
    cache = Path(app.doctreedir) / "healthkb-bib"
    assert len(list(cache.glob(f"{store.PREFIX}*.pickle"))) == 1  # one cache


def test_a_broken_entry_never_reaches_bibtex_and_is_reported_at_its_line(
    make_app, tmp_path, parses
):
    srcdir = tmp_path / "site"
    write_site(srcdir, 4, seed=2, words=40)
    bib = srcdir / "references.bib"
    # bibtex's own strict parser stops the whole build at this entry
    text = bib.read_text(encoding="utf-8") + (
        "\n@article{broken2020, title = {No closing brace,\n  year = {2020}\n"
    )
    line = text.count("\n", 0, text.index("@article{broken2020")) + 1
    bib.write_text(text + bib_entry(900_001), encoding="utf-8")
    app, _ = build_recording_reads(make_app, srcdir)
    warnings = warnings_of(app)
    assert f"references.bib:{line}:" in warnings
    assert "the entry 'broken2020' cannot be read" in warnings
    printed = app.env.get_domain("cite").bibdata.data.entries
    assert "broken2020" not in printed
    assert parses["bibtex"] == []


def test_a_cache_made_by_other_code_is_not_reused(tmp_path, monkeypatch, parses):
    bib = tmp_path / "references.bib"
    bib.write_text(bib_entry(0))
    store.load_bibliography_cached(bib, "references.bib", tmp_path / "cache")
    store.forget_parses()
    monkeypatch.setattr(store, "code_hash", lambda: "another-version")
    store.load_bibliography_cached(bib, "references.bib", tmp_path / "cache")
    assert parses["healthkb"] == ["references.bib"] * 2
    # and the older code's file is replaced, not kept beside it
    assert len(list((tmp_path / "cache").glob(f"{store.PREFIX}*.pickle"))) == 1
