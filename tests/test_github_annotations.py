"""``healthkb check --format github``: annotations for a pull request's lines only."""

from __future__ import annotations

from pathlib import Path

from helpers.move_site import git
from helpers.site import run_cli as run

from healthkb.cli.github_annotations import (
    annotation,
    changed_lines_from_diff,
    escape_property,
    job_summary,
)
from healthkb.problems import problem


def throwaway_repo(site: Path) -> Path:
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "site")
    git(site, "switch", "-q", "-c", "contribution")
    return site


def test_annotation_escapes_what_would_end_the_command():
    p = problem("articles/a,b:c.md", 3, "leftover", "50% done\n::error::fake")
    line = annotation(p)
    assert line.startswith("::error file=articles/a%2Cb%3Ac.md,line=3,")
    assert line.endswith("::50%25 done%0A::error::fake")
    assert "\n" not in line
    assert escape_property("title,x") == "title%2Cx"


def test_diff_lines_new_side_only():
    # a real ``git diff -U0`` shape: one line replaced, two added, one deleted
    diff = (
        "diff --git a/x.md b/x.md\n--- a/x.md\n+++ b/x.md\n"
        "@@ -3 +3 @@\n-old\n+new\n@@ -10,0 +11,2 @@\n+a\n+b\n@@ -20 +21,0 @@\n-gone\n"
        "diff --git a/old.md b/old.md\ndeleted file mode 100644\n--- a/old.md\n"
        "+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"
    )
    assert changed_lines_from_diff(diff) == {"x.md": {3, 11, 12}}


def test_pull_request_problems_on_changed_lines_only(site_copy, capsys):
    site = throwaway_repo(site_copy())
    article = site / "articles/heart/walking-and-heart-health.md"
    text = article.read_text(encoding="utf-8")
    # a problem already on main (not this change's), then the change's own problem
    text = text.replace("reviewed: 2026-06-01", "reviewed: 2026-06-01\nlayout: wide")
    article.write_text(text, encoding="utf-8")
    git(site, "commit", "-q", "-am", "main has a warning")
    git(site, "branch", "-f", "main")
    lines = text.split("\n")
    heading = lines.index("# Walking and heart health")
    lines.insert(heading + 2, "TODO: add the NHS advice here.")
    article.write_text("\n".join(lines), encoding="utf-8")
    git(site, "commit", "-q", "-am", "contribution")
    capsys.readouterr()

    status = run(site, "check", "--format", "github", "--changed-since", "main")

    out, err = capsys.readouterr()
    assert status == 1
    rel = "articles/heart/walking-and-heart-health.md"
    [line] = out.splitlines()
    assert line.startswith(f"::error file={rel},line={heading + 3},title=healthkb.")
    # the old problem is still listed, plainly, not dropped
    assert f"{rel}:7: warning: unknown field 'layout'" in err


def test_without_base_every_problem_is_annotated(site_copy, capsys):
    site = site_copy()
    article = site / "articles/lungs/breathing-exercises.md"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            "authors: [the-team]", "authors: [nobody]"
        ),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(site, "check", "--format", "github") == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=articles/lungs/breathing-exercises.md,line=3,")
    assert "'nobody' in 'authors' is not a key in authors.yml" in out


def test_bad_base_is_a_clear_error(site_copy, capsys):
    site = throwaway_repo(site_copy())
    assert run(site, "check", "--format", "github", "--changed-since", "nope") == 2
    assert "--changed-since nope: git cannot compare" in capsys.readouterr().err


def test_job_summary_lists_problems_and_changed_articles(
    site_copy, tmp_path, monkeypatch
):
    site = site_copy()
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert run(site, "check", "--format", "github") == 0
    text = summary.read_text(encoding="utf-8")
    assert "0 errors, 0 warnings." in text
    assert (
        "| articles/lungs/breathing-exercises.md | " in text
        and "| 2026-02-01 | 2027-02-01 |" in text
    )
    p = problem("a.md", 1, "leftover", "a | b <script>")
    assert "a \\| b &lt;script&gt;" in job_summary([], [p], target=8)
