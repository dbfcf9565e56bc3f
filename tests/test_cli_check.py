"""``healthkb check`` end to end: output shape, JSON, readability, silencing, "
"placeholders."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.site import run_cli as run

from healthkb.cli import main
from healthkb.rules.readability import prose_text

HARD = (
    "Cardiovascular rehabilitation interventions demonstrate considerable "
    "physiological "
    "improvements, particularly regarding cardiorespiratory functionality, "
    "notwithstanding heterogeneous methodological characteristics. "
)
ARTICLE = """---
description: A test article.
authors: [ada-jones]
published: 2026-01-10
reviewed: 2026-06-01
keywords: [Heart health, Walking, Exercise]
{extra}---

# {title}

{body}
"""


def write(
    site: Path, name: str, body: str, extra: str = "", title: str = "A test article"
) -> str:
    path = site / "articles/heart" / name
    path.write_text(
        ARTICLE.format(extra=extra, body=body, title=title), encoding="utf-8"
    )
    return f"articles/heart/{name}"


def test_clean_site_passes_and_prints_summary(site_copy, capsys):
    site = site_copy()
    assert run(site, "check") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.endswith("2 articles checked: 0 errors, 0 warnings\n")


def test_readability_warns_above_target_with_grade_in_summary(site_copy, capsys):
    site = site_copy()
    path = write(site, "hard.md", HARD * 4)
    assert run(site, "check") == 1  # a warning fails the strict build, so check too
    captured = capsys.readouterr()
    [line] = captured.out.splitlines()
    assert line.startswith(f"{path}:9: warning: the text reads at US school grade ")
    assert line.endswith("[healthkb.readability]")
    grade = float(line.split("grade ")[1].split(",")[0])
    assert grade > 9
    assert f"{grade:5.1f}  {path}  above target" in captured.err


def test_readability_target_comes_from_conf(site_copy, capsys):
    site = site_copy()
    write(site, "hard.md", HARD * 4)
    with (site / "conf.py").open("a") as conf:
        conf.write("healthkb_reading_grade = 80\n")
    assert run(site, "check") == 0
    assert "readability" not in capsys.readouterr().out


def test_silence_a_warning_with_reason(site_copy, capsys):
    site = site_copy()
    write(
        site,
        "hard.md",
        HARD * 4,
        extra="silence:\n  readability: quotes a trial's technical summary\n",
    )
    assert run(site, "check") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "above target (silenced: quotes a trial's technical summary)" in captured.err


def test_errors_cannot_be_silenced(site_copy, capsys):
    site = site_copy()
    path = write(
        site,
        "bad.md",
        "Text with <b>bold</b> html.",
        extra="silence:\n  raw-html: I want it\n",
    )
    assert run(site, "check") == 1
    out = capsys.readouterr().out
    assert (
        f"{path}:7: error: 'raw-html' cannot be silenced: only warnings can, with a "
        "reason [healthkb.silence]" in out
    )
    assert f"{path}:13: error: raw HTML is not allowed" in out


def test_silence_without_reason_is_an_error(site_copy, capsys):
    site = site_copy()
    write(site, "hard.md", HARD * 4, extra="silence:\n  readability: ''\n")
    assert run(site, "check") == 1
    out = capsys.readouterr().out
    assert "give a reason for silencing 'readability' [healthkb.silence]" in out
    assert "[healthkb.readability]" in out


def test_json_format(site_copy, capsys):
    site = site_copy()
    path = write(
        site,
        "chatter.md",
        "Okay, here's a draft about walking. Walking is good for you.",
    )
    assert run(site, "check", "--format", "json") == 1
    data = json.loads(capsys.readouterr().out)
    assert data["errors"] == 1 and data["articles"] == 3
    [found] = data["problems"]
    assert (found["path"], found["line"], found["level"], found["rule"]) == (
        path,
        11,
        "error",
        "leftover",
    )
    assert found["message"].startswith("drafting leftover 'Okay, here's a draft'")
    assert found["message"].endswith("(this is presenting the text)")
    assert set(data["reading_grades"]) == {
        "articles/heart/walking-and-heart-health.md",
        "articles/lungs/breathing-exercises.md",
        path,
    }


def test_front_matter_placeholders_are_clear_errors(site_copy, capsys):
    site = site_copy()
    assert run(site, "new", "Sleep and the heart", "--topic", "heart") == 0
    capsys.readouterr()
    assert run(site, "check", "articles/heart/sleep-and-the-heart.md") == 1
    out = capsys.readouterr().out.splitlines()
    rules = [line.rsplit("[healthkb.", 1)[1].rstrip("]") for line in out]
    # only placeholder problems: no odd follow-on errors (authors, HTML, citations)
    assert set(rules) == {"placeholder"}
    fields = [line for line in out if "the field '" in line]
    assert [f.split("the field '")[1].split("'")[0] for f in fields] == [
        "description",
        "authors",
        "keywords",
    ]
    assert len(out) == 6


def test_paths_outside_articles_are_skipped_not_dropped_silently(site_copy, capsys):
    site = site_copy()
    assert run(site, "check", "articles/heart/index.md") == 0
    err = capsys.readouterr().err
    assert "articles/heart/index.md: skipped, not an article" in err
    assert "0 articles checked" in err


def test_missing_path_and_missing_conf(site_copy, capsys, tmp_path):
    site = site_copy()
    assert run(site, "check", "articles/heart/nope.md") == 2
    assert "nope.md: no such file or folder" in capsys.readouterr().err
    assert main(["--root", str(tmp_path), "check"]) == 2
    assert "has no conf.py" in capsys.readouterr().err


def test_prose_text_drops_markup():
    body = (
        "# Title\n\nText with {term}`VNS` and a source {footcite:p}`key`. See [the page](https://x.org).\n\n"
        "```python\ncode = 1\n```\n\n:::{note}\n:class: x\nInside a note\n:::\n\n- "
        "item one\n- item two\n"
    )
    assert prose_text(body) == (
        "Text with VNS and a source. See the page.\nInside a note.\nitem one.\nitem "
        "two."
    )


def test_grade_summary_is_short_for_big_sites(site_copy, capsys):
    site = site_copy()
    easy = "We walk to the shop. It is not far. The sun is out. " * 4
    for n in range(30):
        write(site, f"easy-{n}.md", easy, title=f"Easy walk {n}")
    hard = write(site, "hard.md", HARD * 4, title="Hard words")
    # the strict build fails on the readability warning, so check does too
    assert run(site, "check") == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("reading grade")
    assert err[1].endswith(f"{hard}  above target")
    assert err[2].startswith("  30 more at or below the target (median ")
    assert err[3] == "33 articles checked: 0 errors, 1 warning"
    assert run(site, "check", "--grades") == 1
    err = capsys.readouterr().err
    assert all(f"articles/heart/easy-{n}.md" in err for n in range(30))
