"""``healthkb new``: scaffold, safe names, refusals that leave the site untouched."""

from __future__ import annotations

import pytest
from helpers.site import run_cli as run
from helpers.site import snapshot


def test_new_creates_scaffold_with_dates_and_author(site_copy, capsys):
    site = site_copy()
    assert (
        run(
            site,
            "new",
            "  Sleep   and the Heart ",
            "--topic",
            "heart",
            "--author",
            "ada-jones",
        )
        == 0
    )
    path = site / "articles/heart/sleep-and-the-heart.md"
    text = path.read_text(encoding="utf-8")
    assert "authors: [ada-jones]" in text
    assert "published: 2026-12-01\n" in text  # healthkb_today of the test site
    # a new article was never reviewed: no review date (its page says "Not yet
    # reviewed", make reviews too)
    assert "reviewed:" not in text
    assert "\n# Sleep and the Heart\n" in text
    assert "created articles/heart/sleep-and-the-heart.md" in capsys.readouterr().out
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_new_article_fails_check_until_filled(site_copy, capsys):
    site = site_copy()
    assert run(site, "new", "Sleep and the heart", "--topic", "heart") == 0
    path = site / "articles/heart/sleep-and-the-heart.md"
    capsys.readouterr()
    assert run(site, "check") == 1
    assert capsys.readouterr().out.count("[healthkb.placeholder]") == 6
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "<<one or two plain sentences, at most 160 characters, for search results>>",
        "Sleep and the heart.",
    )
    text = text.replace("<<your key in authors.yml>>", "ada-jones")
    text = text.replace(
        "[<<First keyword>>, <<Second keyword>>, <<Third keyword>>]",
        "[Sleep, Heart health, Rest]",
    )
    body_lines = [line for line in text.splitlines() if line.startswith("<<")]
    assert len(body_lines) == 3
    for line in body_lines:
        text = text.replace(line, "Sleep well.")
    path.write_text(text, encoding="utf-8")
    assert run(site, "check") == 0, capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["Walking and heart health", "--topic", "heart"],
            "articles/heart/walking-and-heart-health.md already exists",
        ),
        (
            ["Breathing exercises", "--topic", "heart"],
            "an article named breathing-exercises.md exists already (articles/lungs/",
        ),
        (
            ["A title", "--topic", "kidneys"],
            "unknown topic 'kidneys': choose one of: heart, lungs",
        ),
        (["A title", "--topic", "../heart"], "must be a topic folder's name"),
        (["A title", "--topic", "heart/../lungs"], "must be a topic folder's name"),
        (["A title", "--topic", "/etc"], "must be a topic folder's name"),
        (["!!! ???", "--topic", "heart"], "has no letters or digits"),
        (["Index", "--topic", "heart"], "'index' is the topic page's name"),
        (
            ["A title", "--topic", "heart", "--author", "nobody"],
            "unknown author 'nobody'",
        ),
    ],
)
def test_new_refusals_write_nothing(site_copy, capsys, args, message):
    site = site_copy()
    before = snapshot(site)
    assert run(site, "new", *args) == 2
    assert message in capsys.readouterr().err
    assert snapshot(site) == before


def test_path_traversal_in_title_stays_in_topic(site_copy):
    site = site_copy()
    assert run(site, "new", "../../etc/passwd", "--topic", "heart") == 0
    assert (site / "articles/heart/etc-passwd.md").is_file()


def test_force_overwrites(site_copy):
    site = site_copy()
    path = site / "articles/heart/walking-and-heart-health.md"
    assert (
        run(site, "new", "Walking and heart health", "--topic", "heart", "--force") == 0
    )
    assert "<<" in path.read_text(encoding="utf-8")
