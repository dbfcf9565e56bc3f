"""Paths of the repository, the shipped site and the test roots, and small helpers
to copy a site, run the command in-process, build recording what was read, and read
pages and warnings."""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from bs4 import BeautifulSoup
from sphinx.util.console import strip_colors

TESTS = Path(__file__).resolve().parent.parent
ROOTS = TESTS / "roots"
REPO = TESTS.parent
#: the shipped site the shipped-site tests read: the repository, or a copy an editor
#: changed (test_added_article.py runs those tests on a copy with one more article)
SITE = Path(os.environ.get("HEALTHKB_SHIPPED_SITE") or REPO)

#: what is not site content; everything else in the repository is copied
_NOT_SITE = (
    ".venv",
    "_build",
    ".git",
    "tests",
    "benchmarks",
    "healthkb",
    "*.egg-info",
    ".*cache",
    # hypothesis's database: another worker's test may be writing it while we copy
    ".hypothesis",
    "__pycache__",
)


def copy_shipped_site(dest: Path) -> Path:
    """Copy the shipped site (conf.py decides what is read) to *dest*."""
    shutil.copytree(SITE, dest, ignore=shutil.ignore_patterns(*_NOT_SITE))
    return dest


#: a frozen copy of the shipped site's content tree (README.md there says when and
#: why): the import tests import into it, so an editor's new, renamed or removed
#: article or source never collides with, or takes away, what a draft's test expects
IMPORT_CONTENT = TESTS / "fixtures" / "import-site"
#: the content tree (SECURITY.md's list): what the frozen copy replaces
CONTENT = (
    "articles",
    "about",
    "contribute",
    "images",
    "index.md",
    "glossary.md",
    "sources.md",
    "references.bib",
    "authors.yml",
)
_REVIEWED_LINE = re.compile(r"^(reviewed|review-due): (\d{4})-(\d{2}-\d{2})$", re.M)


def copy_import_site(dest: Path) -> Path:
    """The shipped site's code and settings with the frozen content tree, to import
    drafts into. Its review dates move with the suite's "today" (conftest sets
    SOURCE_DATE_EPOCH from the shipped articles), so it is never overdue."""
    copy_shipped_site(dest)
    for name in CONTENT:
        path = dest / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
        frozen = IMPORT_CONTENT / name
        if frozen.is_dir():
            shutil.copytree(frozen, path)
        elif frozen.exists():
            shutil.copy2(frozen, path)
    shift = _years_since_frozen()
    if shift:
        for article in (dest / "articles").rglob("*.md"):
            text = article.read_text(encoding="utf-8")
            article.write_text(
                _REVIEWED_LINE.sub(
                    lambda m: f"{m[1]}: {int(m[2]) + shift}-{m[3]}", text
                ),
                encoding="utf-8",
            )
    return dest


def _years_since_frozen() -> int:
    """Whole years from the frozen content's newest review to the suite's "today",
    so that its articles stay as freshly reviewed as when they were copied."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    reviewed = [
        (int(m[2]), m[3])
        for article in (IMPORT_CONTENT / "articles").rglob("*.md")
        for m in _REVIEWED_LINE.finditer(article.read_text(encoding="utf-8"))
        if m[1] == "reviewed"
    ]
    if not epoch or not reviewed:
        return 0
    year, month_day = max(reviewed)
    today = datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return max(0, today.year - year - (today.strftime("%m-%d") < month_day))


def run_cli(site: Path, *args: str) -> int:
    """``healthkb --root SITE ARGS...`` in-process; returns the exit status."""
    from healthkb.cli import main

    return main(["--root", str(site), *args])


def snapshot(site: Path) -> dict[str, bytes]:
    """Every file's bytes, to prove a refused command left the site untouched."""
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in site.rglob("*")
        if p.is_file()
    }


def build_recording_reads(make_app, srcdir: Path, **kwargs) -> tuple[object, list[str]]:  # noqa: ANN001
    """Build in a new app, as each sphinx-build run does; return it and the sorted
    documents it read."""
    app = make_app("html", srcdir=srcdir, **kwargs)
    read: list[str] = []
    app.connect(
        "env-before-read-docs",
        lambda app, env, docnames: read.extend(docnames),
        priority=900,
    )
    app.build()
    app.cleanup()  # unregister its nodes, so the next app in this test starts clean
    return app, sorted(read)


def warnings_of(app) -> str:  # noqa: ANN001 - SphinxTestApp
    return strip_colors(app.warning.getvalue())


def strict_build_page(site: Path, page: str) -> str:
    """Build *site* from scratch, fail on any warning, and return *page*'s HTML
    (``articles/topic/name.html``)."""
    from sphinx.testing.util import SphinxTestApp

    app = SphinxTestApp("html", srcdir=site, freshenv=True, warningiserror=False)
    try:
        app.build(force_all=True)
        assert warnings_of(app) == ""
        return (app.outdir / page).read_text(encoding="utf-8")
    finally:
        app.cleanup()


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


#: for builds with ``parallel=2``: fork readers and writers however small the test
#: site (healthkb would build fewer than 50 documents in one process)
FORK = {"healthkb_serial_below": 0}
