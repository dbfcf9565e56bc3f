"""With ``-j N`` a build forks readers and writers only when there is enough to do
(``healthkb_serial_below``); the output is the same either way."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from helpers.site import REPO, warnings_of
from sphinx.builders import Builder

from healthkb.sphinxext.speedups import parallel_write

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import write_site  # noqa: E402


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which of Sphinx's parallel paths ran ("read", "write")."""
    ran: list[str] = []
    read, write = Builder._read_parallel, Builder._write_parallel

    def read_parallel(self, docnames, nproc):  # noqa: ANN001, ANN202
        ran.append("read")
        return read(self, docnames, nproc)

    def write_parallel(self, docnames, nproc):  # noqa: ANN001, ANN202
        ran.append("write")
        return write(self, docnames, nproc)

    monkeypatch.setattr(Builder, "_read_parallel", read_parallel)
    monkeypatch.setattr(Builder, "_write_parallel", write_parallel)
    pages = parallel_write.write_pages  # Sphinx's writer, with healthkb's speed-ups

    def write_pages(app, builder, docnames):  # noqa: ANN001, ANN202
        ran.append("write")
        return pages(app, builder, docnames)

    monkeypatch.setattr(parallel_write, "write_pages", write_pages)
    return ran


def _build(make_app, srcdir: Path, below: int):  # noqa: ANN001, ANN202
    app = make_app(
        "html",
        srcdir=srcdir,
        parallel=2,
        confoverrides={"healthkb_serial_below": below},
    )
    app.build()
    app.cleanup()
    return app


def _edit(page: Path, sentence: str) -> None:
    page.write_text(page.read_text(encoding="utf-8") + f"\n{sentence}\n")
    later = time.time() + 5
    os.utime(page, (later, later))


def test_a_small_edit_is_built_in_one_process_a_full_build_is_not(
    make_app,  # noqa: ANN001
    tmp_path: Path,
    forks: list[str],
) -> None:
    srcdir = tmp_path / "site"
    articles = write_site(srcdir, 12, seed=3, words=60)
    # 12 articles, their topics, the glossary and the home page: all read and written
    first = _build(make_app, srcdir, below=5)
    assert warnings_of(first) == ""
    assert forks == ["read", "write"]

    forks.clear()
    page = srcdir / f"{articles[0].docname}.md"
    _edit(page, "A sentence added for the small rebuild.")
    second = _build(make_app, srcdir, below=5)
    assert warnings_of(second) == ""
    assert forks == []
    html = (second.outdir / f"{articles[0].docname}.html").read_text(encoding="utf-8")
    assert "A sentence added for the small rebuild." in html

    # 0 leaves the choice to -j, as Sphinx makes it
    forks.clear()
    _edit(page, "Another sentence, built as -j says.")
    third = _build(make_app, srcdir, below=0)
    assert warnings_of(third) == ""
    assert forks == ["read", "write"]
    html = (third.outdir / f"{articles[0].docname}.html").read_text(encoding="utf-8")
    assert "Another sentence, built as -j says." in html
