"""What a parallel read (-j N) pickles back and forth: not the parsed .bib entries
(a reference to the one parse cache, healthkb.bib.store), and not under a collector
that walks the heap for every unpickled object."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

import pytest
from generate import bib_entry, write_site
from helpers.site import FORK, build_recording_reads, warnings_of

from healthkb.bib.store import PREFIX
from healthkb.bib.store import forget_parses as forget_loaded

#: a source title only references.bib holds (the generator's fictional studies)
TITLE = "Synthetic benchmark study number"


def _site(tmp_path: Path):
    articles = write_site(tmp_path / "site", 8, seed=5, words=60)
    forget_loaded()  # as a new process: the same site's parse is not in memory
    return tmp_path / "site", articles


def _entry_files(app) -> list[Path]:
    return sorted((Path(app.doctreedir) / "healthkb-bib").glob(f"{PREFIX}*.pickle"))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    later = time.time() + 5
    os.utime(path, (later, later))


def test_parsed_entries_are_kept_once_not_in_the_environment(make_app, tmp_path):
    srcdir, articles = _site(tmp_path)
    app, _ = build_recording_reads(make_app, srcdir)
    assert warnings_of(app) == ""
    (entries,) = _entry_files(app)
    assert TITLE.encode() in entries.read_bytes()
    env_bytes = (Path(app.doctreedir) / "environment.pickle").read_bytes()
    assert TITLE.encode() not in env_bytes
    assert entries.name.encode() in env_bytes

    # a new process (nothing loaded) edits one article: the environment's entries
    # come back from the file and the rebuilt page still lists its sources
    forget_loaded()
    article = articles[2]
    page = srcdir / f"{article.docname}.md"
    _edit(page, "\n\n", "\n\nAn added sentence for the rebuild.\n\n")
    second, read = build_recording_reads(make_app, srcdir)
    assert read == [article.docname]
    assert warnings_of(second) == ""
    html = (second.outdir / f"{article.docname}.html").read_text(encoding="utf-8")
    assert "An added sentence for the rebuild." in html
    assert f"{TITLE} {article.sources[0] + 1}" in html


def test_lost_entries_file_means_parsing_the_bib_again(make_app, tmp_path):
    srcdir, articles = _site(tmp_path)
    first, _ = build_recording_reads(make_app, srcdir)
    (entries,) = _entry_files(first)
    entries.write_bytes(entries.read_bytes()[:100])  # cut short, as by a full disk
    forget_loaded()
    article = articles[3]
    _edit(
        srcdir / f"{article.docname}.md",
        "\n\n",
        "\n\nWalking helps most people feel better.\n\n",
    )
    second, read = build_recording_reads(make_app, srcdir)
    assert warnings_of(second) == ""
    assert read == [article.docname]  # the environment itself still loaded
    html = (second.outdir / f"{article.docname}.html").read_text(encoding="utf-8")
    assert "Walking helps most people feel better." in html
    assert f"{TITLE} {article.sources[0] + 1}" in html
    assert _entry_files(second) == [entries]
    assert TITLE.encode() in entries.read_bytes()  # written again, whole


def test_uncited_source_keeps_the_saved_environment_usable(make_app, tmp_path):
    """A new source no article cites changes the .bib but reads no document, so
    Sphinx does not save the environment: the entries file it refers to must stay,
    or the next build would read every document again."""
    srcdir, articles = _site(tmp_path)
    build_recording_reads(make_app, srcdir)
    for number in (900_001, 900_002):  # two in a row: neither saves the environment
        with (srcdir / "references.bib").open("a", encoding="utf-8") as bib:
            bib.write("\n" + bib_entry(number))
        _edit(srcdir / "references.bib", "}", "}")  # a later modification time
        forget_loaded()
        app, read = build_recording_reads(make_app, srcdir)
        assert read == []
        assert "bench900001study" in warnings_of(app)  # reported: cited nowhere
    forget_loaded()
    last, read = build_recording_reads(make_app, srcdir)
    assert read == []
    assert len(_entry_files(last)) == 1  # one cache: the newest parse


def test_changed_bib_replaces_the_entries_file(make_app, tmp_path):
    srcdir, articles = _site(tmp_path)
    first, _ = build_recording_reads(make_app, srcdir)
    (old,) = _entry_files(first)
    source = articles[4].sources[0] + 1
    _edit(
        srcdir / "references.bib",
        f"{TITLE} {source}}}",
        f"{TITLE} {source}, corrected}}",
    )
    second, read = build_recording_reads(make_app, srcdir)
    assert articles[4].docname in read
    html = (second.outdir / f"{articles[4].docname}.html").read_text(encoding="utf-8")
    assert f"{TITLE} {source}, corrected" in html
    # one cache: the newer parse replaced the first
    (newer,) = _entry_files(second)
    assert newer != old
    _edit(
        srcdir / "references.bib",
        f"{TITLE} {source}, corrected}}",
        f"{TITLE} {source}, corrected twice}}",
    )
    third, _ = build_recording_reads(make_app, srcdir)
    files = _entry_files(third)
    assert old not in files and newer not in files and len(files) == 1


@pytest.mark.child_process
def test_parallel_read_collects_rarely_then_restores_the_collector(make_app, tmp_path):
    srcdir, _ = _site(tmp_path)
    before = gc.get_threshold()
    app = make_app("html", srcdir=srcdir, parallel=2, confoverrides=FORK)
    during: list[tuple[int, int, int]] = []
    merged: list[str] = []

    def on_merge(app, env, docnames, other) -> None:  # noqa: ANN001 - Sphinx's
        during.append(gc.get_threshold())
        merged.extend(docnames)

    app.connect("env-merge-info", on_merge)
    app.build()
    app.cleanup()
    assert warnings_of(app) == ""
    assert merged, "the documents were not read in parallel workers"
    assert {t[0] for t in during} == {100_000}
    assert gc.get_threshold() == before
    # and the entries came back from the workers by reference, not as copies
    domain = app.env.get_domain("cite")
    assert type(domain.bibdata.data).__name__ == "SharedBibliographyData"


@pytest.mark.child_process
def test_a_reader_sends_back_only_what_the_main_process_merges(make_app, tmp_path):
    """No project (every document's path), no site-wide healthkb data and no other
    document's metadata in a reader's environment (speedups/lean_parallel_read.py)."""
    from healthkb.sphinxext.incremental.domain import ArticleDomain

    srcdir, _ = _site(tmp_path)
    app = make_app("html", srcdir=srcdir, parallel=2, confoverrides=FORK)
    seen: list[tuple[set[str], object, set[str], set[str]]] = []

    def on_merge(app, env, docnames, other) -> None:  # noqa: ANN001 - Sphinx's
        seen.append(
            (
                set(docnames),
                other.project,
                set(other.metadata),
                set(other.domaindata["healthkb"]),
            )
        )

    app.connect("env-merge-info", on_merge)
    app.build()
    app.cleanup()
    assert warnings_of(app) == ""
    assert seen, "the documents were not read in parallel workers"
    for docnames, project, metadata, healthkb in seen:
        assert project is None
        assert metadata <= docnames | {app.config.notfound_pagename}
        assert not healthkb & ArticleDomain.SITE_WIDE.keys()
    assert app.env.project is not None and app.env.found_docs
