"""One verdict: ``healthkb check`` and the strict build report the same problems.

A matrix of broken articles (one mistake each, the ones editors were seen to make,
issue 15) goes into one copy of the test site; check and a strict build run over it,
and each must report the same (rule, file, line) set. Problems only Sphinx reports
(its own warnings) must be at a place check reports too, so nothing fails the build
that check let through.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers.site_runs import build_messages, run_build, run_check

FRONT = (
    "---\n"
    "description: A test article for one broken construct.\n"
    "authors: [ada-jones]\n"
    "published: 2026-01-10\n"
    "reviewed: 2026-06-01\n"
    "keywords: {keywords}\n"
    "---\n"
    "\n"
    "# {title}\n"
    "\n"
    "A short opening sentence.\n"
    "\n"
)
#: the first line of each case's body
BODY_LINE = 13
DEFAULT_KEYWORDS = "[Matrix case, Test article, Markup]"

#: name -> (body, {(rule, line offset from BODY_LINE)}); () is a valid article
CASES: dict[str, tuple[str, set[tuple[str, int]]]] = {
    # (an article's sentence: "Plain text with a … term.", a line about the text
    # itself, reads like a tool presenting its text to the learnt chatter layer
    # once it learnt round 32)
    "valid": (
        "Your {term}`cardiologist` will explain the results of the heart scan.\n",
        set(),
    ),
    # (a sentence about the text itself, "Text with bold in it.", also reads like a
    # tool's note on its formatting to the learnt chatter layer: the case is HTML's)
    "html-inline": ("Walking with <b>a friend</b> helps.\n", {("raw-html", 0)}),
    "html-in-indented-code": ("Code follows.\n\n    <b>not html</b>\n", set()),
    "html-in-code-span": ("Write `<b>` for bold in HTML.\n", set()),
    "doc-role-with-title": (
        "See {doc}`the walking article </articles/heart/walking-and-heart-health>`.\n",
        set(),
    ),
    "setext-second-title": ("Second title\n============\n", {("title", 0)}),
    "unclosed-backtick-after-citation": (
        "A fact about breathing {footcite:p}`lee2021lungs.\n",
        {("markup", 0)},
    ),
    "dollar-math": ("The score is $x^2 + y$ points.\n", {("markup", 0)}),
    "display-math": ("$$\nx = 1\n$$\n", {("markup", 0)}),
    "strikethrough": ("This is ~~wrong~~ right.\n", {("markup", 0)}),
    "task-list": (
        "- [ ] ask your doctor\n- [x] rest\n",
        {("markup", 0), ("markup", 1)},
    ),
    "github-alert": ("> [!NOTE]\n> Keep your inhaler with you.\n", {("markup", 0)}),
    "bare-url": ("More at https://example.org/asthma here.\n", {("markup", 0)}),
    "pandoc-citation": ("A fact about lungs [@lee2021lungs].\n", {("markup", 0)}),
    "cite-role": ("A fact about lungs {cite:p}`lee2021lungs`.\n", {("markup", 0)}),
    "remote-image": ("![A chart](https://example.org/chart.png)\n", {("image", 0)}),
    "image-without-alt": ("![](picture.png)\n", {("image", 0)}),
    "missing-image": ("![A chart of lung volume](nowhere.png)\n", {("image", 0)}),
    "footnote": ("A fact[^1].\n\n[^1]: A note.\n", {("markup", 0)}),
    "eval-rst": ("```{eval-rst}\n**bold**\n```\n", {("raw-html", 0)}),
    "include-topic-page": ("```{include} index.md\n```\n", {("unsafe-file", 0)}),
    "unknown-directive": (":::{nothe}\nText.\n:::\n", {("markup", 0)}),
    "math-directive": ("```{math}\nx = 1\n```\n", {("markup", 0)}),
    "math-role": ("The score is {math}`x^2`.\n", {("markup", 0)}),
    "uncited-statistic": (
        "About 40% of people improved.\n",
        {("uncited-statistic", 0)},
    ),
    "missing-md-link": ("See [the page](nowhere.md) here.\n", {("doc-link", 0)}),
    "missing-anchor": ("See [the part](#nowhere) here.\n", {("doc-link", 0)}),
    "glossary-anchor": (
        "See [spirometry](../../glossary.md#term-Spirometry).\n",
        {("doc-link", 0)},
    ),
    "grid-card-img-top": (
        "::::{grid}\n:::{grid-item-card} A card\n:img-top: ../../../secret.png\n\nBody.\n:::\n::::\n",
        {("unsafe-file", 1)},
    ),
    "grid-card-img-top-options": (
        "::::{grid} 2\n:gutter: 1\n\n:::{grid-item-card} A card\n:img-top: ../../../secret.png\n\nBody.\n:::\n::::\n",
        {("unsafe-file", 3)},
    ),
    "good-md-link": ("See [breathing](breathing-exercises.md) here.\n", set()),
    # the build judges these when it reads the article, in check's words (it said
    # Sphinx's "unknown document" / "term not in glossary" when it wrote the page)
    "missing-doc-role": ("See {doc}`breathing-exercise` here.\n", {("doc-link", 0)}),
    "missing-doc-role-with-title": (
        "See {doc}`the walking page </articles/heart/walking>`.\n",
        {("doc-link", 0)},
    ),
    "missing-term": ("A {term}`pulmonologist` helps.\n", {("glossary", 0)}),
    "leftover-in-note": (":::{note}\nLorem ipsum dolor.\n:::\n", {("leftover", 1)}),
}
#: front-matter mistakes: name -> (keywords line, {(rule, line)})
FRONT_CASES = {
    "comma-keywords": ("Matrix case, Test article, Markup", {("field-type", 6)}),
}


#: files no rule would read: path -> rule at line 1
FILE_CASES = {
    "articles/loose-article.md": "topic-index",
    "articles/lungs/_drafts/in-underscore-folder.md": "topic-index",
    "articles/lungs/upper-case.MD": "file-name",
    "articles/lungs/long-suffix.markdown": "file-name",
    "articles/lungs/question?.md": "file-name",
    "articles/lungs/hash#name.md": "file-name",
}


#: pages that are not articles get the rules no reader's page may break:
#: page -> (text appended, rule)
PAGE_CASES = {
    "articles/lungs/index.md": ("\nLorem ipsum dolor sit amet.\n", "leftover"),
    "glossary.md": ("\nSee <b>this</b>.\n", "raw-html"),
    "index.md": ("\n```{eval-rst}\n.. raw:: html\n```\n", "raw-html"),
}


def _write_cases(site: Path) -> dict[str, set[tuple[str, int]]]:
    folder = site / "articles/lungs"
    expected_pages = {}
    for path, (added, rule) in PAGE_CASES.items():
        text = (site / path).read_text(encoding="utf-8")
        (site / path).write_text(text + added, encoding="utf-8")
        expected_pages[path] = {(rule, text.count("\n") + 2)}
    for path in FILE_CASES:
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        front = FRONT.format(keywords=DEFAULT_KEYWORDS, title=f"File {path}")
        (site / path).write_text(front + "Plain text.\n", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    expected: dict[str, set[tuple[str, int]]] = {}
    for name, (body, found) in CASES.items():
        path = f"articles/lungs/case-{name}.md"
        front = FRONT.format(keywords=DEFAULT_KEYWORDS, title=f"Case {name}")
        (site / path).write_text(front + body, encoding="utf-8")
        expected[path] = {(rule, BODY_LINE + offset) for rule, offset in found}
    for name, (keywords, found) in FRONT_CASES.items():
        path = f"articles/lungs/case-{name}.md"
        front = FRONT.format(keywords=keywords, title=f"Case {name}")
        (site / path).write_text(front + "Plain text.\n", encoding="utf-8")
        expected[path] = set(found)
    expected.update({path: {(rule, 1)} for path, rule in FILE_CASES.items()})
    expected.update(expected_pages)
    return expected


_LOCATED = re.compile(
    r"^(?P<path>\S+?):(?P<line>\d+): (?:WARNING|ERROR|CRITICAL): "
    r"(?P<message>.*?)(?: \[(?P<type>[\w.-]+)\])?$",
    re.MULTILINE,
)


def _build_problems(site: Path, text: str) -> tuple[set, set]:
    """(healthkb (rule, file, line, message) set, other located (type, file, line)
    set)."""
    ours, others = set(), set()
    for match in _LOCATED.finditer(text):
        path = Path(match["path"])
        rel = path.relative_to(site).as_posix() if path.is_absolute() else path
        where = (str(rel), int(match["line"]))
        kind = match["type"] or ""
        if kind.startswith("healthkb."):
            ours.add((kind.removeprefix("healthkb."), *where, match["message"]))
        else:
            others.add((kind, *where))
    return ours, others


def test_check_and_build_agree_on_every_broken_article(site_copy, tmp_path):
    site = site_copy()
    expected = _write_cases(site)

    check = run_check(site, "--format", "json")
    problems = json.loads(check.out)["problems"]
    checked = {(p["rule"], p["path"], p["line"], p["message"]) for p in problems}
    for path, wanted in expected.items():
        found = {(rule, line) for rule, p, line, _ in checked if p == path}
        assert found == wanted, (path, [p for p in problems if p["path"] == path])

    build = run_build(site, tmp_path / "html")
    assert not build.crashed(), build.text
    assert "please open an issue" not in build.text
    ours, others = _build_problems(site, build.text)
    # the same problems in the same words
    assert ours == checked, (ours - checked, checked - ours)
    # one message per problem: no warning of Sphinx's own (or an extension's)
    # says again what check's message says
    assert not others, others
    assert check.status == 1 and build.status != 0


def test_a_valid_site_passes_both(site_copy, tmp_path):
    site = site_copy()
    front = FRONT.format(keywords=DEFAULT_KEYWORDS, title="Case valid")
    (site / "articles/lungs/case-valid.md").write_text(
        front + CASES["valid"][0], encoding="utf-8"
    )
    check = run_check(site)
    assert check.status == 0, check.text
    build = run_build(site, tmp_path / "html")
    assert build.status == 0, build.text


def _variants(site: Path) -> list[tuple[str, int]]:
    check = run_check(site, "--format", "json")
    return sorted(
        (p["path"], p["line"])
        for p in json.loads(check.out)["problems"]
        if p["rule"] == "keyword-variant"
    )


def test_keyword_variant_is_reported_on_the_article_that_differs(site_copy):
    site = site_copy()

    def add(name: str) -> None:
        front = FRONT.format(
            keywords="[heart Health, Test article, Markup]", title=name
        )
        front = front.replace("published: 2026-01-10", "published: 2026-11-01")
        (site / f"articles/heart/{name}.md").write_text(
            front + "Plain text.\n", encoding="utf-8"
        )

    # one article each way: the earliest published spelling is the site's, so the
    # new article (which sorts first by path) is blamed, not the untouched one
    add("a-new-article")
    assert _variants(site) == [("articles/heart/a-new-article.md", 6)]
    # most articles now spell it the new way: the odd one out is the old article
    add("b-new-article")
    add("c-new-article")
    assert _variants(site) == [("articles/heart/walking-and-heart-health.md", 7)]


def test_a_removed_page_is_reported_on_the_unchanged_article_linking_it(
    site_copy, tmp_path
):
    """An incremental build after a page is removed judges the articles whose {doc}
    link named it (they were not changed, so Sphinx alone would not re-read them),
    as check does, and the next unchanged build says it again."""
    site = site_copy()
    front = FRONT.format(keywords=DEFAULT_KEYWORDS, title="Case linking")
    (site / "articles/lungs/case-linking.md").write_text(
        front + "See {doc}`/articles/heart/walking-and-heart-health`.\n", "utf-8"
    )
    html = tmp_path / "html"
    assert run_build(site, html).status == 0
    (site / "articles/heart/walking-and-heart-health.md").unlink()
    check = {
        (p["rule"], p["path"], p["line"], p["message"])
        for p in json.loads(run_check(site, "--format", "json").out)["problems"]
        if p["path"] == "articles/lungs/case-linking.md"
    }
    assert {rule for rule, *_ in check} == {"doc-link"}
    for _ in range(2):
        build = run_build(site, html, fresh=False)
        ours, others = _build_problems(site, build.text)
        assert {p for p in ours if p[1] == "articles/lungs/case-linking.md"} == check
        assert not [o for o in others if o[0] == "ref.doc"], others
        assert build.status != 0


def test_a_broken_markdown_link_is_one_message_in_check_and_the_build(
    site_copy, tmp_path
):
    """Check's doc-link message (it says what to write) is the only one: MyST's
    ``myst.xref_missing`` for the same link is not given too, wherever the link
    stands in its paragraph (MyST names the paragraph's first line), and the strict
    build still fails. A site page's broken link is the same one message."""
    site = site_copy()
    path = "articles/lungs/case-broken-links.md"
    body = (
        "A paragraph that runs over two lines and\n"  # 13
        "links to [a page](nowhere.md) on its second.\n"  # 14
        "\n"
        "See [the part](#nowhere) and\n"  # 16
        "[its section](breathing-exercises.md#nowhere) here.\n"  # 17
        "\n"
        "Or [another](no%20such%20page.md) or [this](/articles/lungs/gone.md).\n"  # 19
        "\n"
        "But [a good one](breathing-exercises.md) works.\n"
    )
    front = FRONT.format(keywords=DEFAULT_KEYWORDS, title="Case broken links")
    (site / path).write_text(front + body, encoding="utf-8")
    glossary = site / "glossary.md"
    glossary.write_text(
        glossary.read_text("utf-8") + "\nSee [the page](nowhere.md).\n", "utf-8"
    )

    check = run_check(site, "--format", "json")
    problems = json.loads(check.out)["problems"]
    checked = sorted((p["line"], p["rule"]) for p in problems if p["path"] == path)
    wanted = [(14, "doc-link"), (16, "doc-link"), (17, "doc-link")]
    wanted += [(19, "doc-link"), (19, "doc-link")]
    assert checked == wanted, problems

    for jobs in ("1", "2"):
        build = run_build(site, tmp_path / f"html-{jobs}", jobs=jobs)
        assert not build.crashed(), build.text
        found = build_messages(site, build.text, path)
        assert found == [(line, f"healthkb.{r}") for line, r in wanted], build.text
        assert ours_only(build.text, site, path, problems)
        # a site page's link is judged by the same rule: one message, check's
        (glossary,) = [p for p in problems if p["path"] == "glossary.md"]
        assert build_messages(site, build.text, "glossary.md") == [
            (glossary["line"], "healthkb.doc-link")
        ], build.text
        assert ours_only(build.text, site, "glossary.md", problems)
        assert build.status != 0


def ours_only(text: str, site: Path, path: str, problems: list[dict]) -> bool:
    """Each of check's messages on *path* stands once in the build, in its words."""
    return all(
        text.count(f"{site / path}:{p['line']}: ERROR: {p['message']} [healthkb.")
        == sum(q == p for q in problems)
        for p in problems
        if p["path"] == path
    )


def test_the_build_names_a_line_for_every_problem_of_the_matrix(site_copy, tmp_path):
    """No warning without a line: a page no topic page lists is check's
    ``topic-index`` message at its line 1, not also Sphinx's "document isn't
    included in any toctree" (which names no line)."""
    site = site_copy()
    _write_cases(site)
    build = run_build(site, tmp_path / "html")
    unlocated = [
        m[0]
        for m in re.finditer(
            r"^\S+?(:\d+)?: (?:WARNING|ERROR|CRITICAL): .*$", build.text, re.MULTILINE
        )
        if not m[1]
    ]
    assert not unlocated, unlocated
    assert "[toc.not_included]" not in build.text
    assert "[myst.xref_missing]" not in build.text
