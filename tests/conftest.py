"""Shared fixtures: Sphinx's testing plugin, test roots, and temporary site copies."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

# Re-exported for tests written before tests/helpers existed; new tests import
# from helpers.site.
from helpers.site import (  # noqa: F401
    REPO,
    ROOTS,
    SITE,
    build_recording_reads,
    copy_shipped_site,
    run_cli,
    snapshot,
    soup,
    warnings_of,
)

pytest_plugins = ["sphinx.testing.fixtures"]


@pytest.fixture(autouse=True, scope="session")
def _pybtex_backends_found_once():  # noqa: ANN202
    """pybtex's public ``render_as(name)`` is ``render(find_plugin(name)())``, and
    find_plugin reads every installed package's entry points on each call (40 ms):
    the real-entry tests render thousands of references.  The same call, each
    backend class found once; healthkb's own code renders with ``str()`` or a
    backend object and is not affected."""
    from functools import cache

    from pybtex.plugin import find_plugin
    from pybtex.richtext import BaseText

    backend = cache(lambda name: find_plugin("pybtex.backends", name))

    def render_as(self, backend_name):  # noqa: ANN001, ANN202
        return self.render(backend(backend_name)())

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BaseText, "render_as", render_as)
        yield


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


#: set in the child process a ``child_process`` test runs in
_CHILD = "HEALTHKB_TEST_IN_CHILD"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """A test marked ``child_process`` (a parallel ``-j 2`` build inspected
    in-process) runs in a fresh pytest process without xdist: forking Sphinx's
    parallel workers from an xdist worker, which runs threads, may deadlock. The
    test passes here only if it passed there."""
    if pyfuncitem.get_closest_marker("child_process") is None or os.environ.get(_CHILD):
        return None
    result = subprocess.run(
        [sys.executable, "-m", "pytest", pyfuncitem.nodeid, "-q", "-p", "no:xdist"],
        cwd=pyfuncitem.config.rootpath,
        env={**os.environ, _CHILD: "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, (
        f"in a child process:\n{result.stdout[-6000:]}\n{result.stderr[-2000:]}"
    )
    return True
