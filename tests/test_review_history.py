"""Review sign-off: ``healthkb review`` records it, ``check`` holds the history to the
dates and authors.yml, and the page, JSON-LD and feed show it."""

from __future__ import annotations

import json
from datetime import date

from helpers.site import run_cli as run
from helpers.site import snapshot, soup, warnings_of

from healthkb.model.review_history import parse_history

WALKING = "articles/heart/walking-and-heart-health.md"
AUTHORS = {"ada-jones", "ben-okafor"}


def test_history_parses_newest_first_and_checks_dates_and_reviewers():
    value = [
        {"date": "2026-01-10", "by": "ada-jones", "summary": "First  review."},
        {"date": "2026-06-01", "by": ["ben-okafor"]},
    ]
    entries, problems = parse_history(
        "a.md", value, 9, known_authors=AUTHORS, reviewed=date(2026, 6, 1)
    )
    assert problems == []
    assert [e.date.isoformat() for e in entries] == ["2026-06-01", "2026-01-10"]
    assert entries[1].summary == "First review." and entries[0].by == ("ben-okafor",)

    _, problems = parse_history(
        "a.md", value, 9, known_authors=AUTHORS, reviewed=date(2026, 7, 1)
    )
    assert [(p.line, p.rule) for p in problems] == [(9, "review-history")]
    assert "'reviewed' is 2026-07-01 but 'history' has no review" in problems[0].message

    _, problems = parse_history(
        "a.md",
        [{"date": "2026-06-01", "by": "dr-who"}, {"date": "June", "by": "ada-jones"}],
        9,
        known_authors=AUTHORS,
        reviewed=date(2026, 6, 1),
    )
    assert [p.rule for p in problems] == ["author", "review-history"]
    assert "'dr-who' in review 1 in 'history' is not a key" in problems[0].message


def test_review_records_fields_and_history_and_checks_clean(site_copy, capsys):
    site = site_copy()
    args = ("review", WALKING, "--by", "ben-okafor", "--date", "2026-11-20")
    assert run(site, *args, "--summary", 'Checked the "daily walking" figure.') == 0
    assert (
        run(site, "review", WALKING, "--by", "ada-jones", "--date", "2026-11-30") == 0
    )
    text = (site / WALKING).read_text(encoding="utf-8")
    front = text.split("---\n")[1]
    assert "reviewed: 2026-11-30\n" in front
    assert "reviewers: [ada-jones]\n" in front
    assert "review-due: 2027-11-30\n" in front  # the site's 365-day interval
    assert front.count("reviewed:") == 1 and front.count("reviewers:") == 1
    assert front.endswith(
        "history:\n  - date: 2026-11-30\n    by: [ada-jones]\n"
        "  - date: 2026-11-20\n    by: [ben-okafor]\n"
        '    summary: "Checked the \\"daily walking\\" figure."\n'
    )
    # the body and the other fields are as the editor wrote them
    assert "keywords: [Heart health, Walking, Exercise]\n" in front
    assert text.endswith("walked daily {footcite:p}`smith2020heart`.\n")
    capsys.readouterr()
    assert run(site, "check") == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().err


def test_refused_reviews_leave_the_file_untouched(site_copy, capsys):
    site = site_copy()
    before = snapshot(site)
    cases = [
        (("--by", "dr-who"), "--by dr-who: not a key in authors.yml"),
        (("--by", "ada-jones", "--date", "2026-12-02"), "is in the future"),
        (("--by", "ada-jones", "--date", "2026-05-01"), "before the last review"),
        (("--by", "ada-jones", "--date", "1 May"), "write the date as YYYY-MM-DD"),
    ]
    for extra, message in cases:
        assert run(site, "review", WALKING, *extra) == 2
        assert message in capsys.readouterr().err
    assert snapshot(site) == before


def test_check_refuses_a_reviewed_date_the_history_lacks(site_copy, capsys):
    site = site_copy()
    assert (
        run(site, "review", WALKING, "--by", "ben-okafor", "--date", "2026-11-20") == 0
    )
    path = site / WALKING
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("reviewed: 2026-11-20", "reviewed: 2026-11-25"))
    capsys.readouterr()
    assert run(site, "check") == 1
    out = capsys.readouterr().out
    assert "'reviewed' is 2026-11-25 but 'history' has no review on that date" in out


def test_page_json_ld_and_feed_show_the_review(site_copy, make_app):
    site = site_copy()
    assert (
        run(
            site,
            *("review", WALKING, "--by", "ben-okafor", "--date", "2026-11-20"),
            *("--summary", "Added <b>new</b> advice on pace."),
        )
        == 0
    )
    app = make_app(
        "html",
        srcdir=site,
        freshenv=True,
        confoverrides={"html_baseurl": "https://example.org/"},
    )
    app.build()
    assert warnings_of(app) == ""
    page = soup(app.outdir / "articles/heart/walking-and-heart-health.html")
    dates = {
        d.dt.get_text(): d.time["datetime"] for d in page.select(".hk-dates .hk-date")
    }
    assert dates["Page last reviewed"] == "2026-11-20"
    assert dates["Next review due"] == "2027-11-20"
    [item] = page.select(".hk-history li")
    assert item.time["datetime"] == "2026-11-20"
    assert item.get_text() == (
        "20 November 2026, reviewed by Dr Ben Okafor: Added <b>new</b> advice on pace."
    )
    assert item.find("b") is None  # shown as text, never as markup
    ld = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert ld["lastReviewed"] == "2026-11-20"
    assert [p["name"] for p in ld["reviewedBy"]] == ["Dr Ben Okafor"]
    feed = (app.outdir / "feed.xml").read_text(encoding="utf-8")
    first = feed.split("<entry>")[1]
    assert "walking-and-heart-health" in first
    assert "Reviewed 2026-11-20: Added &lt;b&gt;new&lt;/b&gt; advice on pace." in first
