"""Every bad input is explained, fails both front doors, and loses nothing.

For each case of the matrix (``bad_input_cases.CASES``), on a copy of ``test-basic``:
``healthkb check`` and a strict Sphinx build (``-W --keep-going``) both exit 1 (not 0,
not a crash), name the file and line with a message that says what to do, show no
traceback, still build the good article, and every page either builds or is named in
an error.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.bad_input_cases import (
    ARTICLE,
    CASES,
    CONF_LINE,
    GOOD,
    GOOD_TITLE,
    NEW,
    Case,
    Expect,
    conf,
    write,
)
from helpers.site import REPO, ROOTS, soup
from helpers.site_runs import Run, run_build, run_check

from healthkb.model.settings import SETTINGS, SiteSettings


def located(run: Run, prefix: str, expect: Expect) -> bool:
    where = (
        f"{prefix}{expect.path}:{expect.line}: "
        if expect.line
        else f"{prefix}{expect.path}: "
    )
    return any(
        line.startswith(where) and expect.text in line for line in run.text.splitlines()
    )


def test_matrix_covers_every_area_with_over_thirty_inputs():
    assert len(CASES) >= 30
    assert len({case.id for case in CASES}) == len(CASES)
    areas = {case.area for case in CASES}
    assert areas == {
        "front matter",
        "body",
        "bibliography",
        "authors",
        "glossary",
        "keywords",
        "configuration",
    }


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input(case: Case, tmp_path: Path):
    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    case.edit(site)

    check = run_check(site)
    assert not check.crashed(), check.text
    assert check.status == 1, check.text
    for expect in case.check:
        assert located(check, "", expect), f"check did not say {expect}:\n{check.text}"

    out = tmp_path / "html"
    build = run_build(site, out)
    assert not build.crashed(), build.text
    assert build.status == 1, build.text
    for expect in case.build or case.check:
        assert located(build, f"{site}/", expect), (
            f"build did not say {expect}:\n{build.text}"
        )
    # MyST is given only checked front matter: it never trips over the same input.
    assert "[myst.topmatter]" not in build.err

    # The good article still builds, whole.
    good = out / f"{GOOD}.html"
    assert good.is_file(), build.text
    assert soup(good).find("h1").get_text().startswith(GOOD_TITLE)
    # No page silently disappears: it is built, or an error names its file.
    for page in sorted(site.rglob("*.md")):
        relpath = page.relative_to(site).with_suffix("").as_posix()
        built = (out / f"{relpath}.html").is_file()
        named = f"{page}:" in build.err
        assert built or named, f"{relpath} was dropped without a word:\n{build.text}"


ENCODINGS = {
    "bom": "\ufeff" + ARTICLE,
    "windows-line-endings": ARTICLE.replace("\n", "\r\n"),
    "old-mac-line-endings": ARTICLE.replace("\n", "\r"),
}


@pytest.mark.parametrize("variant", sorted(ENCODINGS))
def test_bom_and_line_endings_alone_are_accepted(variant: str, tmp_path: Path):
    """Not errors: the article reads as if saved plainly (fields, dates, title)."""
    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    write(NEW, ENCODINGS[variant])(site)
    check = run_check(site)
    assert check.status == 0, check.text
    build = run_build(site, tmp_path / "html")
    assert build.status == 0, build.text
    page = soup(tmp_path / "html" / NEW.replace(".md", ".html"))
    assert page.find("h1").get_text().startswith("Walking for a healthy heart")
    assert "Dr Ada Jones" in page.select_one(".hk-byline").get_text()
    assert [t["datetime"] for t in page.select(".hk-dates time")] == [
        "2026-01-10",
        "2026-06-01",
        "2027-06-01",
    ]


INCREMENTAL = [
    c
    for c in CASES
    if c.id
    in (
        "non-utf8-bytes",
        "bib-unbalanced-brace",
        "yaml-alias-bomb",
        "conf-today-impossible-date",
    )
]


@pytest.mark.parametrize("case", INCREMENTAL, ids=[c.id for c in INCREMENTAL])
def test_parallel_and_incremental_builds_report_again(case: Case, tmp_path: Path):
    """With -j 2, and again on a second (incremental) build with nothing changed."""
    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    case.edit(site)
    out = tmp_path / "html"
    for fresh in (True, False):
        build = run_build(site, out, jobs="2", fresh=fresh)
        assert not build.crashed(), build.text
        assert build.status == 1, build.text
        for expect in case.build or case.check:
            assert located(build, f"{site}/", expect), build.text
        assert (out / f"{GOOD}.html").is_file()


def test_conf_py_that_is_not_python_is_named_by_check(tmp_path: Path):
    """(Sphinx runs conf.py before any extension loads: its own report covers that.)"""
    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    conf(' healthkb_today = "2026-12-01')(site)
    check = run_check(site)
    assert not check.crashed(), check.text
    assert check.status == 1
    assert located(
        check, "", Expect("conf.py", CONF_LINE, "conf.py is not valid Python")
    )


def test_make_html_names_a_broken_conf_py_without_a_traceback(tmp_path: Path):
    """``make html`` runs conf.py first with ``healthkb.cli.conf_preflight``."""
    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    run = subprocess.run(
        [sys.executable, "-m", "healthkb.cli.conf_preflight", str(site)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")
    conf("x = undefined_setting")(site)
    run = subprocess.run(
        [sys.executable, "-m", "healthkb.cli.conf_preflight", str(site)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.startswith(
        f"{site}/conf.py:{CONF_LINE}: error: conf.py stops with NameError"
    )
    recipe = (REPO / "Makefile").read_text().split("\nhtml:", 1)[1].split("\n\n", 1)[0]
    assert recipe.index("healthkb.cli.conf_preflight") < recipe.index("-m sphinx")


def test_every_setting_accepts_its_default_and_refuses_another_kind():
    """The conf.py check knows every healthkb_* setting, whatever its type."""
    defaults = {s.name: s.default for s in SETTINGS}
    assert SiteSettings.from_mapping(defaults)[1] == []
    for setting in SETTINGS:
        wrong = [1.5] if setting.types != (list,) else "text"
        errors = SiteSettings.from_mapping({**defaults, setting.name: wrong})[1]
        assert [e.name for e in errors] == [setting.name]
        assert errors[0].startswith(f"{setting.name} must be ")
