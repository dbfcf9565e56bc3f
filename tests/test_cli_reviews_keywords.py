"""``healthkb reviews`` and ``healthkb keywords`` end to end on a copy of the test "
"site."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.site import run_cli as run

from healthkb.model.review_status import status_of


def add_article(
    site: Path, name: str, reviewed: str, due: str, keywords: str, body: str
) -> None:
    (site / "articles/heart" / name).write_text(
        f"---\ndescription: Test.\nauthors: [ada-jones]\npublished: 2025-01-01\n"
        f"reviewed: {reviewed}\nreview-due: {due}\nkeywords: [{keywords}]\n---\n\n"
        f"# {name.removesuffix('.md').replace('-', ' ').title()}\n\n{body}\n",
        encoding="utf-8",
    )


def test_status_boundaries():
    from datetime import date

    today = date(2026, 12, 1)
    assert status_of(date(2026, 11, 30), today) == "overdue"
    assert status_of(date(2026, 12, 1), today) == "due-soon"
    assert status_of(date(2027, 3, 1), today) == "due-soon"  # 90 days
    assert status_of(date(2027, 3, 2), today) == "fine"


def test_reviews_table_sorted_by_due_date(site_copy, capsys):
    site = site_copy()
    add_article(
        site,
        "old-advice.md",
        "2025-01-01",
        "2026-01-01",
        "Heart health, Diet, Salt",
        "Text.",
    )
    assert run(site, "reviews") == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0]
        == "review status on 2026-12-01 (1 overdue, 1 due within 90 days, 1 up to date)"
    )
    rows = lines[2:]
    assert (
        rows[0].startswith("Overdue ")
        and "articles/heart/old-advice.md (334 days ago)" in rows[0]
    )
    assert (
        rows[1].startswith("Due within 90 days")
        and "articles/lungs/breathing-exercises.md (in 62 days)" in rows[1]
    )
    assert rows[2].startswith("Up to date") and "walking-and-heart-health.md" in rows[2]


def test_reviews_json_and_unreadable_articles(site_copy, capsys):
    site = site_copy()
    (site / "articles/heart/broken.md").write_text(
        "no front matter\n", encoding="utf-8"
    )
    assert run(site, "reviews", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["today"] == "2026-12-01"
    assert [a["status"] for a in data["articles"]] == ["due-soon", "fine"]
    assert data["unreadable"] == ["articles/heart/broken.md"]


def test_keywords_marks_site_keywords(site_copy, capsys):
    site = site_copy()
    add_article(
        site,
        "walking-groups.md",
        "2026-06-01",
        "2027-06-01",
        "Walking groups, Heart health, Exercise",
        "Walking groups help older adults walk more often. In walking groups, older "
        "adults "
        "meet each week and walk together in the park. Walking groups make walking "
        "fun, and "
        "people in walking groups say exercise feels easier with friends. Heart health "
        "improves when older adults keep walking.",
    )
    assert (
        run(site, "keywords", "articles/heart/walking-groups.md", "--format", "json")
        == 0
    )
    found = {s["keyword"]: s for s in json.loads(capsys.readouterr().out)}
    # "older adults" is spelt "Older adults" by walking-and-heart-health.md: reuse it
    assert found["Older adults"]["used_by"] == [
        "articles/heart/walking-and-heart-health.md"
    ]
    assert (
        found["Walking groups"]["in_article"]
        and not found["Walking groups"]["used_on_site"]
    )
    ranks = [s["rank"] for s in found.values()]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert run(site, "keywords", "articles/heart/walking-groups.md") == 0
    out = capsys.readouterr().out
    assert (
        "Older adults" in out
        and "used on the site (1 article): reuse this spelling" in out
    )


def test_keywords_failures(site_copy, capsys):
    site = site_copy()
    assert run(site, "keywords", "articles/heart/nope.md") == 2
    assert "no such file" in capsys.readouterr().err
    assert run(site, "keywords", "articles/lungs/breathing-exercises.md") == 2
    assert "too little text" in capsys.readouterr().err
    (site / "articles/heart/latin.md").write_bytes("caf\u00e9".encode("latin-1"))
    assert run(site, "keywords", "articles/heart/latin.md") == 2
    assert "not UTF-8" in capsys.readouterr().err
