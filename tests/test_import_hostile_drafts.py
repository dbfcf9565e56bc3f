"""``healthkb import`` on drafts that carry markup an article must not: MyST
directives, fences nothing closes, raw HTML, links that run code, template
placeholders, pages nested thousands deep, pages whose scripts outweigh the article.

Each case was found by an attacker's session (issue 17): before the fix a deep page
raised RecursionError (or took minutes), a directive or a fence reached the article
as text MyST would parse, and none of it was in the report.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.site import run_cli as run
from helpers.site import snapshot

from healthkb.importer.html_draft import MAX_NESTING

HEADLINE = "# Caring for a Sore Throat\n\nBy Ada Jones\n\n"
BODY = "Most sore throats get better on their own within a week.\n\n"


def import_draft(site: Path, draft: Path, capsys) -> tuple[int, str, str]:  # noqa: ANN001
    """(exit status, the report, the article written or "")."""
    status = run(site, "import", str(draft), "--topic", "lungs")
    report = capsys.readouterr()
    written = site / "articles/lungs/caring-for-a-sore-throat.md"
    article = written.read_text(encoding="utf-8") if written.exists() else ""
    return status, report.out + report.err, article


def body_of(article: str) -> str:
    return article.split("\n---\n", 1)[1]


def reported_lines(report: str) -> dict[int, str]:
    """Draft line -> the report's reason, from "draft line N (REASON): TEXT"."""
    return {
        int(m[1]): m[2] for m in re.finditer(r"draft line (\d+) \((.*?)\): ", report)
    }


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("```{raw} html\n<script>alert(1)</script>\n```", "raw"),
        ("```{include} /etc/passwd\n```", "include"),
        ("```{literalinclude} ../../conf.py\n```", "literalinclude"),
        ("```{eval-rst}\n.. raw:: html\n\n   <iframe src=x></iframe>\n```", "eval-rst"),
        (
            "```{code-cell} python\nimport os; os.system('touch /tmp/x')\n```",
            "code-cell",
        ),
        (":::{csv-table}\n:file: /etc/passwd\n:::", "csv-table"),
        ("````{raw} html\n```\nnested\n```\n````", "raw"),
    ],
)
def test_directive_blocks_are_left_out_and_each_line_reported(
    site_copy, tmp_path, capsys, block, name
):
    site = site_copy()
    draft = tmp_path / "sore-throat.md"
    draft.write_text(f"{HEADLINE}{BODY}{block}\n\nRest and keep warm.\n")
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    body = body_of(article)
    for line in block.splitlines():
        if line.strip():
            assert line.strip() not in body
    first = HEADLINE.count("\n") + BODY.count("\n") + 1
    reasons = reported_lines(report)
    for offset, line in enumerate(block.splitlines()):
        if line.strip():
            assert f"{{{name}}} block" in reasons[first + offset]
    # the text around the block is the article's
    assert "Rest and keep warm." in body and "within a week." in body


def test_callouts_and_code_fences_keep_their_text(site_copy, tmp_path, capsys):
    site = site_copy()
    draft = tmp_path / "sore-throat.md"
    draft.write_text(
        f"{HEADLINE}{BODY}"
        ":::{note}\nDrink plenty of fluids.\n:::\n\n"
        "```markdown\nSee a doctor if it lasts more than a week.\n```\n"
    )
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    body = body_of(article)
    assert "Drink plenty of fluids." in body
    assert "See a doctor if it lasts more than a week." in body
    assert ":::" not in body and "```" not in body
    reasons = reported_lines(report)
    assert "fence lines of a {note} callout" in reasons[7]
    assert "fence lines of a code block" in reasons[11]


def test_a_fence_nothing_closes_does_not_swallow_the_rest(site_copy, tmp_path, capsys):
    site = site_copy()
    draft = tmp_path / "sore-throat.md"
    draft.write_text(
        f"{HEADLINE}{BODY}```python\n\nRest and keep warm.\n\nWarm drinks help.\n"
    )
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    body = body_of(article)
    assert "```" not in body
    assert "\nRest and keep warm.\n" in body and "\nWarm drinks help.\n" in body
    assert "nothing closes" in reported_lines(report)[7]


def test_raw_html_is_taken_out_and_reported(site_copy, tmp_path, capsys):
    site = site_copy()
    draft = tmp_path / "sore-throat.md"
    draft.write_text(
        f"{HEADLINE}{BODY}"
        "Rest and keep warm.<script>fetch('/x')</script> Warm drinks can help.\n\n"
        '<iframe src="https://evil.example/"></iframe>\n\n'
        "<script>\ndocument.location = 'https://evil.example/';\n</script>\n\n"
        "<style>body{display:none}</style>\n\n"
        "Gargling salt water can <b>soothe</b> the throat.<!-- a note -->\n"
    )
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    body = body_of(article)
    for gone in ("<script", "<iframe", "<style", "document.location", "<b>", "<!--"):
        assert gone not in body
    assert "Rest and keep warm. Warm drinks can help." in body
    assert "Gargling salt water can soothe the throat." in body
    reasons = reported_lines(report)
    assert "<script> element" in reasons[7] and "<iframe> element" in reasons[9]
    assert all("<script> element" in reasons[n] for n in (11, 12, 13))
    assert "<style> element" in reasons[15] and "HTML tag" in reasons[17]
    # the article passes the site's markup rules: nothing raw is left to refuse
    run(site, "check", "articles/lungs/caring-for-a-sore-throat.md")
    checked = capsys.readouterr().out
    assert "[healthkb.markup]" not in checked and "raw" not in checked.lower()


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "java script:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        " <javascript:alert(1)>",
    ],
)
def test_links_that_run_code_keep_only_their_text(site_copy, tmp_path, capsys, address):
    site = site_copy()
    draft = tmp_path / "sore-throat.md"
    draft.write_text(
        f"{HEADLINE}{BODY}Read [the advice]({address}) before you go.\n\n"
        f"![a picture]({address})\n"
    )
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    body = body_of(article)
    assert "Read the advice before you go." in body
    scheme = address.strip(" <").split(":")[0]
    assert scheme.casefold() not in body.casefold()
    assert "would run code" in reported_lines(report)[7]


def test_a_template_placeholder_goes_and_its_sentence_stays(
    site_copy, tmp_path, capsys
):
    site = site_copy()
    draft = tmp_path / "sore-throat.md"
    draft.write_text(f"{HEADLINE}{BODY}Gargling salt water can help {{{{ name }}}}.\n")
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    body = body_of(article)
    assert "Gargling salt water can help" in body and "{{" not in body
    assert "template placeholder" in reported_lines(report)[7]


def page(opening: str, closing: str, levels: int) -> str:
    return (
        "<html><head><title>Sore throat</title></head><body><article>"
        "<h1>Caring for a Sore Throat</h1><p>By Ada Jones</p>"
        f"<p>{BODY.strip()}</p>{opening * levels}"
        f"<p>Warm drinks can soothe the throat.</p>{closing * levels}"
        "</article></body></html>"
    )


@pytest.mark.parametrize("levels", [1_000, 50_000])
def test_a_page_nested_thousands_deep_is_refused_clearly(
    site_copy, tmp_path, capsys, levels
):
    site = site_copy()
    before = snapshot(site)
    draft = tmp_path / "sore-throat.html"
    draft.write_text(page("<div>", "</div>", levels))
    status, report, _ = import_draft(site, draft, capsys)
    assert status != 0
    assert "sore-throat.html" in report and f"over {MAX_NESTING} deep" in report
    assert "Traceback" not in report and "RecursionError" not in report
    assert snapshot(site) == before


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<div>", "</div>"),
        ("<span>", "</span>"),
        ("<blockquote>", "</blockquote>"),
        ("<ul><li>", "</li></ul>"),
        ("<table><tr><td>", "</td></tr></table>"),
        ("<section><b>", "</b></section>"),
    ],
)
def test_a_page_nested_just_under_the_limit_imports(
    site_copy, tmp_path, capsys, opening, closing
):
    site = site_copy()
    draft = tmp_path / "sore-throat.html"
    # the page's own elements (html, body, article) count too
    levels = (MAX_NESTING - 8) // opening.count("<")
    draft.write_text(page(opening, closing, levels))
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    assert "Warm drinks can soothe the throat." in article


def test_nested_list_items_are_kept_flattened(site_copy, tmp_path, capsys):
    site = site_copy()
    draft = tmp_path / "sore-throat.html"
    draft.write_text(
        page("", "", 0).replace(
            "</article>",
            "<ul><li>Rest<ul><li>Sleep well</li><li><p>Take time off</p></li></ul>"
            "</li><li><ul><li>Drink fluids</li></ul></li></ul></article>",
        )
    )
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    assert "- Rest\n- Sleep well\n- Take time off\n- Drink fluids\n" in article


def test_a_page_with_a_big_script_imports_and_a_huge_article_does_not(
    site_copy, tmp_path, capsys
):
    site = site_copy()
    draft = tmp_path / "sore-throat.html"
    script = "<script>var x = '" + "a" * 3_000_000 + "';</script>"
    draft.write_text(page("", "", 0).replace("</head>", f"{script}</head>"))
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    assert "Warm drinks can soothe the throat." in article and "var x" not in article
    huge = tmp_path / "huge.html"
    paragraph = f"<p>{'Rest and drink plenty of fluids. ' * 20}</p>"  # 660 characters
    huge.write_text(page("", "", 0).replace("</article>", paragraph * 1_700))
    before = snapshot(site)
    assert run(site, "import", str(huge), "--topic", "lungs") != 0
    out = capsys.readouterr()
    assert "huge.html" in out.out + out.err and "over 1 MB" in out.out + out.err
    assert snapshot(site) == before


def test_a_pages_own_entities_are_never_expanded(site_copy, tmp_path, capsys):
    site = site_copy()
    draft = tmp_path / "sore-throat.html"
    subset = (
        '<!DOCTYPE html [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;">\n'
        '<!ENTITY t "Sore Throat">\n]>\n'
    )
    draft.write_text(subset + page("", "", 0).replace("Warm drinks", "&b; Warm drinks"))
    status, report, article = import_draft(site, draft, capsys)
    assert status == 0, report
    assert "aaaaa" not in article and "ENTITY" not in article and "]>" not in article
    assert "own entity declarations" in report and "<!ENTITY t" in report
