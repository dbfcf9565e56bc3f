"""One message per problem, in check's words at check's line, in check and in the
build (serial and with parallel readers): a missing image, a directive the site
does not have and a citation key not in references.bib, on an article and on site
pages (home, topic pages), and a site page's Markdown link that leads nowhere.
Sphinx's, MyST's and sphinxcontrib-bibtex's own warnings for the same problems
(often at the paragraph's first line) are not given too; the build still fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.site_runs import build_messages, run_build, run_check
from test_one_verdict import DEFAULT_KEYWORDS
from test_one_verdict import FRONT as ONE_CASE

FRONT = ONE_CASE.format(keywords=DEFAULT_KEYWORDS, title="Case several")
ARTICLE = "articles/lungs/case-several.md"
#: each problem on the second line of its paragraph, where the line differs
BODY = (
    "A paragraph over two lines\n"  # 13
    "shows ![a chart of lung volume](nowhere.png) here.\n"  # 14
    "\n"
    "A fact that runs over\n"  # 16
    "two lines {footcite:p}`nosuch2020key` and more.\n"  # 17
    "\n"
    "```{figure} gone.png\n"  # 19
    ":alt: A figure of the lungs\n"
    "\n"
    "Caption.\n"
    "```\n"
    "\n"
    "::::{note}\n"  # 25
    ":::{nothe}\n"  # 26
    "Text.\n"
    ":::\n"
    "::::\n"
    "\n"
    "A fact over\n"  # 31
    "two lines {cite:p}`lee2021lungs`.\n"  # 32: a refused role (no bibliography)
)
WANTED = {
    ARTICLE: [
        (14, "image"),
        (17, "citation"),
        (19, "image"),
        (26, "markup"),
        (32, "markup"),
    ],
}
#: appended to a site page: (text, [(line offset from the first added line, rule)])
PAGES = {
    "articles/lungs/index.md": (
        "Over two lines\nsee ![a chart](nowhere.png) and [x](nowhere.md).\n",
        [(1, "doc-link"), (1, "image")],
    ),
    "index.md": (
        "A fact over\ntwo lines {footcite:p}`nosuch2020key`.\n\n"
        "```{nothe}\nText.\n```\n",
        [(1, "citation"), (3, "markup")],
    ),
}


def _write(site: Path) -> dict[str, list[tuple[int, str]]]:
    (site / ARTICLE).write_text(FRONT + BODY, encoding="utf-8")
    wanted = dict(WANTED)
    for path, (added, found) in PAGES.items():
        text = (site / path).read_text(encoding="utf-8").rstrip("\n") + "\n\n"
        first = text.count("\n") + 1
        (site / path).write_text(text + added, encoding="utf-8")
        wanted[path] = sorted((first + offset, rule) for offset, rule in found)
    return wanted


def test_each_problem_is_one_message_in_check(site_copy):
    site = site_copy()
    wanted = _write(site)
    problems = json.loads(run_check(site, "--format", "json").out)["problems"]
    for path, found in wanted.items():
        assert (
            sorted((p["line"], p["rule"]) for p in problems if p["path"] == path)
            == found
        ), problems


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_problem_is_one_message_in_the_build(site_copy, tmp_path, jobs):
    site = site_copy()
    wanted = _write(site)
    problems = json.loads(run_check(site, "--format", "json").out)["problems"]
    build = run_build(
        site, tmp_path / "html", "-D", "healthkb_serial_below=0", jobs=jobs
    )
    assert not build.crashed(), build.text
    for path, found in wanted.items():
        assert build_messages(site, build.text, path) == sorted(
            (line, f"healthkb.{rule}") for line, rule in found
        ), build.text
        for p in problems:  # in check's words
            if p["path"] == path:
                said = f"{site / path}:{p['line']}: ERROR: {p['message']} [healthkb."
                assert build.text.count(said) == 1, build.text
    for theirs in ("image.not_readable", "bibtex.key_not_found", "myst.directive"):
        assert theirs not in build.text, build.text
    assert build.status != 0


def test_a_warning_healthkb_did_not_give_is_still_given(monkeypatch):
    """The filters drop a warning only for a subject healthkb reported on that
    page: a missing image named on another page alone stays Sphinx's."""
    from healthkb.rules.checks import Said
    from healthkb.sphinxext import said_once

    said = Said(images=frozenset({"a/x.png"}))
    monkeypatch.setitem(said_once._SAID, "articles/lungs/case", said)
    where = ("articles/lungs/case", 3)
    assert said_once.reported_image(where, "image file not readable: a/x.png")
    assert not said_once.reported_image(where, "image file not readable: a/y.png")
    other = ("articles/lungs/other", 3)
    assert not said_once.reported_image(other, "image file not readable: a/x.png")
    assert not said_once.reported_key(where, 'could not find bibtex key "x"')
    assert not said_once.reported_directive(where, "Unknown directive type: 'x'")
