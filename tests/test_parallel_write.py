"""With ``-j 2`` the writer processes resolve their own pages and feed the search
index (``healthkb/sphinxext/speedups/parallel_write.py``): every output file, the
search index and the warnings (in their order) are those of a ``-j 1`` build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from helpers.site import FORK, REPO, warnings_of
from sphinx.errors import SphinxParallelError

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import write_site  # noqa: E402

#: a reference Sphinx resolves only when the page is written (a post-transform)
UNRESOLVED = "See {ref}`a-section-nobody-wrote` for more."


def _site(tmp_path: Path) -> tuple[Path, list[str]]:
    srcdir = tmp_path / "site"
    articles = write_site(srcdir, 16, seed=11, words=80)
    broken = [articles[2].docname, articles[9].docname]
    for docname in broken:
        page = srcdir / f"{docname}.md"
        page.write_text(page.read_text(encoding="utf-8") + f"\n{UNRESOLVED}\n")
    return srcdir, broken


def _build(make_app, srcdir: Path, out: Path, parallel: int, log: Path | None = None):  # noqa: ANN001, ANN202
    app = make_app(
        "html",
        srcdir=srcdir,
        builddir=out,
        freshenv=True,
        parallel=parallel,
        confoverrides=FORK,
    )
    if log is not None:
        # which process resolved and which wrote each page
        def note(event: str):  # noqa: ANN202
            def handler(app, *args):  # noqa: ANN001, ANN202
                docname = args[1] if event == "resolved" else args[0]
                with log.open("a", encoding="utf-8") as stream:
                    stream.write(f"{event} {docname} {os.getpid()}\n")

            return handler

        app.connect("doctree-resolved", note("resolved"))
        app.connect("html-page-context", note("written"))
    app.build()
    app.cleanup()
    return app


def _files(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != ".buildinfo"
    }


def test_parallel_writers_resolve_their_pages_and_build_what_one_process_builds(
    make_app,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    srcdir, broken = _site(tmp_path)
    serial = _build(make_app, srcdir, tmp_path / "j1", 1)
    log = tmp_path / "pids.log"
    parallel = _build(make_app, srcdir, tmp_path / "j2", 2, log)

    # the pages were resolved outside the main process, each where it was written
    resolved: dict[str, str] = {}
    written: dict[str, str] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        event, docname, pid = line.split()
        (resolved if event == "resolved" else written)[docname] = pid
    articles = [d for d in resolved if d.startswith("articles/")]
    assert len(articles) >= 16
    assert {resolved[d] for d in articles} - {str(os.getpid())}, "none in a writer"
    assert all(resolved[d] == written[d] for d in articles)

    # the warnings: the same, in the same order, and the broken pages named
    warnings = warnings_of(parallel)
    assert warnings == warnings_of(serial)
    named = [d for d in broken if f"{d}.md" in warnings]
    assert named == broken, warnings

    # every file, the search index included
    one, two = _files(serial.outdir), _files(parallel.outdir)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    index = two["searchindex.js"].decode()
    assert all(f'"{d}"' in index for d in articles)


def test_a_failing_writer_stops_the_build(make_app, tmp_path: Path) -> None:  # noqa: ANN001
    srcdir, _ = _site(tmp_path)
    main = os.getpid()
    app = make_app(
        "html",
        srcdir=srcdir,
        builddir=tmp_path / "out",
        freshenv=True,
        parallel=2,
        confoverrides=FORK,
    )

    def fail_in_a_writer(app, doctree, docname):  # noqa: ANN001, ANN202
        if os.getpid() != main and docname.startswith("articles/"):
            raise RuntimeError(f"writer failed on {docname}")

    app.connect("doctree-resolved", fail_in_a_writer)
    with pytest.raises(SphinxParallelError, match="writer failed on articles/"):
        app.build()
    app.cleanup()
