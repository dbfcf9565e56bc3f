"""Shared fixtures: Sphinx's testing plugin, test roots, and temporary site copies."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sphinx.util.console import strip_colors

pytest_plugins = ["sphinx.testing.fixtures"]

ROOTS = Path(__file__).parent / "roots"
REPO = Path(__file__).parent.parent
#: the shipped site the shipped-site tests read: the repository, or a copy an editor
#: changed (test_added_article.py runs those tests on a copy with one more article)
SITE = Path(os.environ.get("HEALTHKB_SHIPPED_SITE") or REPO)


def _suite_today() -> date:
    """The suite's "today": the newest review date of the shipped articles.

    Review checks compare against today; with the real date the suite would fail
    the day after an article's review falls due, and pass or fail with the calendar.
    The newest 'reviewed:' date keeps the shipped site's review state as its editors
    left it, whatever articles they add or remove."""
    found = [
        date.fromisoformat(m.group(1))
        for file in (SITE / "articles").rglob("*.md")
        if (m := _REVIEWED.search(file.read_text(encoding="utf-8", errors="replace")))
    ]
    return max(found, default=date(2026, 12, 1))


_REVIEWED = re.compile(r"^reviewed:\s*(\d{4}-\d{2}-\d{2})\s*$", re.MULTILINE)
#: every process of the suite (and every build and command it starts) reads it
os.environ["SOURCE_DATE_EPOCH"] = str(
    int(datetime.combine(_suite_today(), time(12), tzinfo=UTC).timestamp())
)
collect_ignore = ["roots"]


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


@pytest.fixture
def site_copy(tmp_path: Path) -> Callable[..., Path]:
    """Copy a test root (default ``test-basic``) to a fresh folder and return it."""

    def copy(name: str = "basic") -> Path:
        target = tmp_path / f"site-{name}"
        shutil.copytree(ROOTS / f"test-{name}", target)
        return target

    return copy


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
    "__pycache__",
)


def copy_shipped_site(dest: Path) -> Path:
    """Copy the shipped site (conf.py decides what is read) to *dest*."""
    shutil.copytree(SITE, dest, ignore=shutil.ignore_patterns(*_NOT_SITE))
    return dest


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


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


#: for builds with ``parallel=2``: fork readers and writers however small the test
#: site (healthkb would build fewer than 50 documents in one process)
FORK = {"healthkb_serial_below": 0}
