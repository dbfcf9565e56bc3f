"""Issue 2 acceptance: each bad front matter gives its own message with file and line,
in both ``healthkb check`` and the Sphinx build, and a non-zero exit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.site import SITE
from sphinx.cmd.build import build_main

from healthkb.cli import main

ARTICLE = "articles/heart/walking-and-heart-health.md"
GOOD = (Path(__file__).parent / "roots/test-basic" / ARTICLE).read_text(
    encoding="utf-8"
)

# (id, replace this, with this, rule, line, words the message must contain)
CASES = [
    (
        "missing-field",
        "description: Regular walking is linked with better heart health in older adults.\n",
        "",
        "field-missing",
        1,
        "required field 'description' is missing",
    ),
    (
        "wrong-type",
        "description: Regular walking is linked with better heart health in older adults.",
        "description: [not, text]",
        "field-type",
        2,
        "'description' must be text",
    ),
    (
        "bad-date",
        "published: 2026-01-10",
        "published: 2026-02-30",
        "date",
        5,
        "not a real date",
    ),
    (
        "not-iso-date",
        "published: 2026-01-10",
        "published: 10/01/2026",
        "date",
        5,
        "YYYY-MM-DD",
    ),
    (
        "dates-out-of-order",
        "reviewed: 2026-06-01",
        "reviewed: 2025-06-01",
        "date",
        6,
        "before 'published'",
    ),
    (
        "unknown-author",
        "authors: [ada-jones]",
        "authors: [ada-jonse]",
        "author",
        3,
        "did you mean 'ada-jones'",
    ),
    (
        "too-few-keywords",
        "keywords: [Heart health, Walking, Exercise]\nsecondary-keywords: [Older adults]",
        "keywords: [Heart health]",
        "keywords",
        7,
        "give 3 to 10",
    ),
    (
        "duplicate-keyword",
        "secondary-keywords: [Older adults]",
        "secondary-keywords: [walking]",
        "keywords",
        8,
        "listed twice",
    ),
    (
        "malformed-yaml",
        "keywords: [Heart health, Walking, Exercise]",
        "keywords: [Heart health, Walking",
        "front-matter",
        7,
        "not valid YAML",
    ),
    (
        "list-for-mapping",
        "reviewed: 2026-06-01",
        "reviewed: 2026-06-01\nsilence: [readability]",
        "silence",
        7,
        "must map a rule id",
    ),
    (
        "unknown-citation",
        "{footcite:p}`smith2020heart`. A",
        "{footcite:p}`smith2020hart`. A",
        "citation",
        14,
        "did you mean 'smith2020heart'",
    ),
    ("no-title", "# Walking and heart health\n", "", "title", 10, "has no title"),
    (
        "two-titles",
        "## What the study found",
        "# What the study found",
        "title",
        16,
        "second top-level heading",
    ),
    (
        "no-front-matter",
        "---\ndescription",
        "description",
        "front-matter",
        1,
        "no front matter",
    ),
    (
        "tab-in-yaml",
        "authors: [ada-jones]",
        "authors:\t[ada-jones]",
        "front-matter",
        3,
        "tab character",
    ),
    (
        "review-overdue",
        "reviewed: 2026-06-01",
        "reviewed: 2026-06-01\nreview-due: 2026-07-01",
        "review-overdue",
        7,
        "review was due on 2026-07-01",
    ),
]


def _break(site: Path, old: str, new: str) -> None:
    assert old in GOOD, old
    (site / ARTICLE).write_text(GOOD.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("case", "old", "new", "rule", "line", "words"), CASES, ids=[c[0] for c in CASES]
)
def test_check_command_reports_it(site_copy, capsys, case, old, new, rule, line, words):
    site = site_copy()
    _break(site, old, new)
    status = main(["--root", str(site), "check"])
    out = capsys.readouterr().out
    level = "warning" if rule == "review-overdue" else "error"
    pattern = rf"^{re.escape(ARTICLE)}:{line}: {level}: .*{re.escape(words)}.* \[healthkb\.{rule}\]$"
    assert re.search(pattern, out, re.MULTILINE), out
    assert status == 1  # the strict build fails on warnings too (one verdict)


@pytest.mark.parametrize(
    ("case", "old", "new", "rule", "line", "words"), CASES, ids=[c[0] for c in CASES]
)
def test_sphinx_build_reports_it(site_copy, capsys, case, old, new, rule, line, words):
    site = site_copy()
    _break(site, old, new)
    status = build_main(
        [str(site), str(site / "_build/html"), "-W", "--keep-going", "-q", "-E"]
    )
    err = capsys.readouterr().err
    level = "WARNING" if rule == "review-overdue" else "ERROR"
    pattern = rf"{re.escape(ARTICLE)}:{line}: {level}: .*{re.escape(words)}.* \[healthkb\.{rule}\]"
    assert re.search(pattern, err), err
    assert status != 0
    assert "Traceback" not in err
    # the other, good article is still built
    assert (site / "_build/html/articles/lungs/breathing-exercises.html").is_file()


def test_check_passes_on_the_shipped_site(capsys):
    status = main(["--root", str(SITE), "check"])
    out = capsys.readouterr()
    assert status == 0, out.out
    assert out.out == ""
    # an invariant, not a count: editors add and remove articles
    assert re.search(r"\b\d+ articles? checked: 0 errors, 0 warnings\n", out.err)


def test_check_fails_on_a_broken_copy_of_the_shipped_site(tmp_path, capsys):
    import shutil

    repo = Path(__file__).parent.parent
    site = tmp_path / "site"
    shutil.copytree(
        repo,
        site,
        ignore=shutil.ignore_patterns(".venv", "_build", ".git", "tests", "benchmarks"),
    )
    article = next((site / "articles/mental-health").glob("vagus*.md"))
    article.write_text(
        article.read_text().replace("authors: [", "authors: [nobody, "),
        encoding="utf-8",
    )
    assert main(["--root", str(site), "check"]) == 1
    assert (
        "'nobody' in 'authors' is not a key in authors.yml" in capsys.readouterr().out
    )
