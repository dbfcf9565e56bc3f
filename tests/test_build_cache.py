"""A restored doctree cache in CI: an unchanged site reads nothing, a one-article
change reads that article, and the output equals a cold build's, byte for byte.

Each "CI run" starts from a fresh checkout (every file gets the current time), in the
same folder, as a runner's workspace is."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from helpers.site import ROOTS

from healthkb.sphinxext.incremental import ci_cache

ARTICLE = "articles/lungs/breathing-exercises.md"
_UPDATING = re.compile(
    r"updating environment: (?:\[[^\]]*\] )?(\d+) added, (\d+) changed, (\d+) removed"
)


def checkout(source: Path, site: Path) -> None:
    """A fresh checkout: the same content, every file time 'now'."""
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(source, site, copy_function=shutil.copyfile)


def build(site: Path, out: Path, doctrees: Path) -> tuple[int, int, int]:
    """A strict build; returns Sphinx's (added, changed, removed) documents."""
    env = {**os.environ, "NO_COLOR": "1", "SOURCE_DATE_EPOCH": "1796149800"}
    args = ["-b", "html", "-W", "-d", str(doctrees), str(site), str(out)]
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", *args], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    match = _UPDATING.search(result.stdout)
    assert match, result.stdout
    return int(match[1]), int(match[2]), int(match[3])


def files(out: Path) -> dict[str, bytes]:
    """Every output file but ``.buildinfo`` (a hash of the config, not content; as
    in test_incremental)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != ".buildinfo"
    }


def test_cached_ci_builds_are_incremental_and_identical(tmp_path):
    source, site, cache = tmp_path / "repo", tmp_path / "workspace", tmp_path / "cache"
    shutil.copytree(ROOTS / "test-basic", source)
    checkout(source, site)
    added, _, _ = build(site, tmp_path / "run1", cache)
    docs = added
    assert docs >= 5
    ci_cache.save(site, cache)

    # without restore, a fresh checkout reads everything again
    checkout(source, site)
    assert build(site, tmp_path / "run2", cache) == (0, docs, 0)
    ci_cache.save(site, cache)

    # with it, an unchanged site reads nothing and writes what a cold build writes
    checkout(source, site)
    assert ci_cache.restore(site, cache)[1] == 0
    assert build(site, tmp_path / "run3", cache) == (0, 0, 0)
    assert files(tmp_path / "run3") == files(tmp_path / "run1")
    ci_cache.save(site, cache)

    # one changed article: only it is read; the output equals a cold build of it
    path = source / ARTICLE
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "Simple breathing exercises", "Gentle breathing exercises"
        ),
        encoding="utf-8",
    )
    checkout(source, site)
    assert ci_cache.restore(site, cache)[1] == 1
    assert build(site, tmp_path / "run4", cache) == (0, 1, 0)
    checkout(source, site)
    assert build(site, tmp_path / "cold4", tmp_path / "cold-cache") == (docs, 0, 0)
    warm, cold = files(tmp_path / "run4"), files(tmp_path / "cold4")
    assert b"Gentle breathing" in warm["articles/lungs/breathing-exercises.html"]
    assert warm == cold


def test_restore_without_a_cache_changes_nothing(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site, copy_function=shutil.copyfile)
    before = {p: p.stat().st_mtime for p in ci_cache.site_files(site)}
    assert ci_cache.restore(site, tmp_path / "none") == (0, len(before))
    assert {p: p.stat().st_mtime for p in ci_cache.site_files(site)} == before
