"""The same sources give the same site, byte for byte, whenever and wherever built.

Two clean builds of the shipped site, each from its own copy (different folders, file
times a day apart), at different SOURCE_DATE_EPOCH instants of the same year, with
different hash seeds (set order) and different parallelism, must write identical
files: every HTML page, the search index, and any sitemap, feed or JSON-LD.
(Doctrees hold absolute paths and times: they live outside the output, as ``make html``
keeps them.)
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO, copy_shipped_site

# 2026-11-26 10:00 UTC and 2026-12-01 18:30 UTC: same year, so the copyright line may
# legitimately carry it; anything else that changes is a build-time stamp.
EPOCHS = (1795687200, 1796149800)


def copy_site(target: Path, *, shift_mtimes: int = 0) -> Path:
    copy_shipped_site(target)
    if shift_mtimes:
        for path in target.rglob("*"):
            stat = path.stat()
            os.utime(path, (stat.st_atime + shift_mtimes, stat.st_mtime + shift_mtimes))
    return target


def build(site: Path, out: Path, *, epoch: int, seed: int, jobs: str) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": str(seed)}
    args = [
        "-b",
        "html",
        "-W",
        "--keep-going",
        "-E",
        "-q",
        "-j",
        jobs,
        "-d",
        str(out) + ".doctrees",
    ]
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", *args, str(site), str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def files(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def first_difference(name: str, a: bytes, b: bytes) -> str:
    diff = difflib.unified_diff(
        a.decode("utf-8", "replace").splitlines(),
        b.decode("utf-8", "replace").splitlines(),
        lineterm="",
        n=1,
    )
    return f"{name}:\n" + "\n".join(list(diff)[:20])


def test_two_builds_of_the_shipped_site_are_identical(tmp_path: Path):
    first, second = tmp_path / "one", tmp_path / "two"
    build(copy_site(first / "src"), first / "html", epoch=EPOCHS[0], seed=1, jobs="1")
    build(
        copy_site(second / "src", shift_mtimes=86_400),
        second / "html",
        epoch=EPOCHS[1],
        seed=2,
        jobs="2",
    )
    a, b = files(first / "html"), files(second / "html")

    # Compared: every page, the search index, and feeds/sitemaps/JSON-LD if built.
    articles = sorted(
        p.relative_to(REPO).with_suffix(".html").as_posix()
        for p in (REPO / "articles").rglob("*.md")
    )
    assert set(articles) <= a.keys()
    assert "searchindex.js" in a
    assert {"feed.xml", "sitemap.xml"} <= a.keys()  # conf.py sets html_baseurl
    pages = [page for page in articles if not page.endswith("index.html")]
    assert all(b"application/ld+json" in a[page] for page in pages)
    assert sorted(a) == sorted(b)
    different = [name for name in a if a[name] != b[name]]
    assert different == [], "\n\n".join(
        first_difference(n, a[n], b[n]) for n in different[:3]
    )


def test_build_output_names_no_build_folder(tmp_path: Path):
    """No absolute path of the build machine is written into the site."""
    site = copy_site(tmp_path / "src")
    build(site, tmp_path / "html", epoch=EPOCHS[0], seed=3, jobs="1")
    leaks = [
        name
        for name, data in files(tmp_path / "html").items()
        if str(tmp_path).encode() in data or str(REPO).encode() in data
    ]
    assert leaks == []
