"""The same sources give the same site, byte for byte, whenever and wherever built.

Two clean builds of the shipped site, each from its own copy (different folders, file
times a day apart), at different times of the same SOURCE_DATE_EPOCH day, in time
zones a day apart, with different hash seeds (set order) and parallelism, write
identical files: every HTML page, the search index, the sitemap, the feed and the
JSON-LD. Built on different days, pages differ only where they state the build date
(the editors' review-status page says "On <date>: ..."): nothing else is a stamp.
(Doctrees hold absolute paths and times: they live outside the output, as ``make html``
keeps them.)
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

from helpers.site import REPO, copy_shipped_site

# 2026-11-26 at 00:30 and 23:30 UTC: the same day, far apart in the day
SAME_DAY = (1795653000, 1795735800)
# 2026-12-01 18:30 UTC: another day of the same year (the copyright line may carry it)
LATER_DAY = 1796149800
#: pages that state the build date by design ("On 2026-11-26: 0 overdue, ...")
DATED_PAGES = ["contribute/review-status.html"]
DATES = {
    SAME_DAY[0]: ("2026-11-26", "26 November 2026"),
    LATER_DAY: ("2026-12-01", "1 December 2026"),
}


def copy_site(target: Path, *, shift_mtimes: int = 0) -> Path:
    copy_shipped_site(target)
    if shift_mtimes:
        for path in target.rglob("*"):
            stat = path.stat()
            os.utime(path, (stat.st_atime + shift_mtimes, stat.st_mtime + shift_mtimes))
    return target


def build(
    site: Path, out: Path, *, epoch: int, seed: int, jobs: str, tz: str = "UTC"
) -> None:
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": str(epoch),
        "PYTHONHASHSEED": str(seed),
        "TZ": tz,
    }
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


def two_builds(tmp_path: Path, epochs: tuple[int, int]) -> tuple[dict, dict]:
    first, second = tmp_path / "one", tmp_path / "two"
    # UTC+14 and UTC-10: a local clock would put the two builds on different dates
    build(
        copy_site(first / "src"),
        first / "html",
        epoch=epochs[0],
        seed=1,
        jobs="1",
        tz="Pacific/Kiritimati",
    )
    build(
        copy_site(second / "src", shift_mtimes=86_400),
        second / "html",
        epoch=epochs[1],
        seed=2,
        jobs="2",
        tz="America/Adak",
    )
    return files(first / "html"), files(second / "html")


def test_two_builds_of_the_shipped_site_are_identical(tmp_path: Path):
    a, b = two_builds(tmp_path, SAME_DAY)

    # Compared: every page, the search index, the feed, the sitemap and the JSON-LD.
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


def test_builds_on_different_days_differ_only_in_the_stated_date(tmp_path: Path):
    a, b = two_builds(tmp_path, (SAME_DAY[0], LATER_DAY))
    assert sorted(a) == sorted(b)
    different = [name for name in a if a[name] != b[name]]
    assert different == DATED_PAGES, "\n\n".join(
        first_difference(n, a[n], b[n]) for n in different if n not in DATED_PAGES
    )
    for name in different:
        lines_a, lines_b = a[name].decode().splitlines(), b[name].decode().splitlines()
        matcher = difflib.SequenceMatcher(None, lines_a, lines_b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            # each changed line states its own build's date
            for lines, dates in (
                (lines_a[i1:i2], DATES[SAME_DAY[0]]),
                (lines_b[j1:j2], DATES[LATER_DAY]),
            ):
                for line in lines:
                    assert any(date in line for date in dates), (name, line)


def test_build_output_names_no_build_folder(tmp_path: Path):
    """No absolute path of the build machine is written into the site."""
    site = copy_site(tmp_path / "src")
    build(site, tmp_path / "html", epoch=SAME_DAY[0], seed=3, jobs="1")
    leaks = [
        name
        for name, data in files(tmp_path / "html").items()
        if str(tmp_path).encode() in data or str(REPO).encode() in data
    ]
    assert leaks == []


def test_two_checkouts_in_different_folders_give_the_same_files(tmp_path: Path):
    """Two checkouts of one commit, package included, at different depths: the same
    files, .buildinfo too (its config hash once held absolute template paths)."""
    import shutil

    outs = []
    for where in ("a/src", "b/deeper/still/src"):
        src = tmp_path / where
        shutil.copytree(
            REPO,
            src,
            ignore=shutil.ignore_patterns(
                ".venv",
                "_build",
                ".git",
                "tests",
                "benchmarks",
                "*.egg-info",
                "__pycache__",
            ),
        )
        out = src / "_build/html"
        env = {
            **os.environ,
            "SOURCE_DATE_EPOCH": str(SAME_DAY[0]),
            "PYTHONHASHSEED": "0",
        }
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "sphinx",
                "-b",
                "html",
                "-W",
                "--keep-going",
                "-q",
                "-j",
                "1",
                "-d",
                str(src / "_build/.doctrees"),
                ".",
                str(out),
            ],
            cwd=src,  # this checkout's own healthkb package is the one imported
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        outs.append(files(out))
    a, b = outs
    assert ".buildinfo" in a
    assert sorted(a) == sorted(b)
    different = [name for name in a if a[name] != b[name]]
    assert different == [], "\n\n".join(
        first_difference(n, a[n], b[n]) for n in different[:3]
    )
