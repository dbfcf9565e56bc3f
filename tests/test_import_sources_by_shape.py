"""Sources in set 12's shapes, with new examples: a source named in parentheses
with its DOI or address ("(Rush 2006, doi:…)"), a Markdown export's escaped
markers ("\\[1\\]"), an outliner's ``[^n]`` footnotes, a bracket-numbered list
with no heading under the text, a DOI with parentheses kept whole, and a picture
pasted as ``[image1]: data:…`` that is no source."""

from __future__ import annotations

import re

import pytest
from helpers.import_runs import import_article, todo_items
from helpers.site import copy_import_site

from healthkb.importer.draft import parse_draft

RESULTS = (
    "In the study, people with depression were offered up to four treatment steps, "
    "one after another."
)
LATER = "People who needed more steps were more likely to relapse."


def _body(draft) -> str:
    return "\n".join(line for b in draft.blocks for line in b.lines)


def test_a_source_named_in_parentheses_with_its_doi_or_address_is_cited():
    text = (
        "# Trying another treatment\n\n"
        f"{RESULTS} (Rush 2006, doi:10.1176/ajp.2006.163.11.1905)\n\n"
        f"{LATER} (LivaNova press page, https://investor.livanova.com/news-releases/"
        "news-release-details/recover-clinical-study-shows-meaningful-benefits-"
        "livanovas-vns)\n"
    )
    draft = parse_draft(text, "note.md")
    body = _body(draft)
    assert "doi:" not in body and "https://" not in body
    assert re.search(r"one after another\. \[1\]", body)
    assert re.search(r"relapse\. \[2\]", body)
    assert [ref.doi for _, ref in draft.sources][:1] == ["10.1176/ajp.2006.163.11.1905"]


@pytest.mark.parametrize(
    "aside",
    [
        # a name and an address: where readers find help
        "You can talk to a helpline (Example Helpline, https://example.org/help) "
        "at any time.",
        # a long parenthesis of the text's own, ending with an address
        "(the charity that runs the helpline has written more about what to ask "
        "your doctor at your next visit, https://example.org/ask)",
    ],
)
def test_an_address_in_parentheses_that_names_no_source_stays(aside):
    draft = parse_draft(f"# Trying another treatment\n\n{RESULTS} {aside}\n", "note.md")
    assert aside in _body(draft)
    assert not draft.sources


def test_escaped_markers_and_a_pasted_picture_in_a_markdown_export():
    text = (
        "# Trying another treatment\n\n![][image1]\n\n"
        f"{RESULTS}\\[1\\] The first\\-step results are below.\n\n"
        "## References\n\n"
        "1. Rush AJ, Trivedi MH, Wisniewski SR, et al. Acute and longer-term "
        "outcomes in depressed outpatients requiring one or several treatment "
        "steps: a STAR\\*D report. Am J Psychiatry. 2006;163(11):1905-17.\n\n"
        "[image1]: <data:image/png;base64,iVBORw0KGgo=>\n"
    )
    draft = parse_draft(text, "export.md")
    body = _body(draft)
    assert "one after another.[1]" in body or "one after another. [1]" in body
    assert "first-step" in body
    assert "image1" not in body and "data:" not in body
    assert len(draft.sources) == 1
    assert sum("picture pasted" in r.kind for r in draft.removed) == 2


def test_a_bracket_numbered_list_with_no_heading_under_the_text():
    text = (
        "# Trying another treatment\n\n"
        f"{RESULTS} [1]\n\n{LATER} [2]\n\n"
        "[1] Rush AJ, Trivedi MH, Wisniewski SR, et al. Acute and longer-term "
        "outcomes in depressed outpatients requiring one or several treatment "
        "steps: a STAR*D report. Am J Psychiatry. 2006;163(11):1905-17.\n"
        "[2] Conway CR, et al. Durability of the benefit of vagus nerve "
        "stimulation in markedly treatment-resistant major depression: a RECOVER "
        "trial report. Int J Neuropsychopharmacol. 2026.\n"
    )
    draft = parse_draft(text, "note.txt")
    assert len(draft.sources) == 2
    assert "Rush AJ" not in _body(draft)


def test_bracketed_lines_the_text_does_not_cite_stay_text():
    text = (
        "# Trying another treatment\n\n" + RESULTS + "\n\n"
        "[1] This is the first thing to ask your doctor about today.\n"
    )
    draft = parse_draft(text, "note.txt")
    assert not draft.sources


def test_outliner_footnotes_are_sources_under_their_section():
    text = (
        "title:: Trying another treatment\nstatus:: draft\n\n"
        f"- ## What was found\n\t- {RESULTS} [^1]\n"
        "- ## Sources\n\t- [^1]: Rush AJ, et al. Am J Psychiatry 2006;163(11):1905. "
        "doi:10.1176/ajp.2006.163.11.1905\n"
    )
    draft = parse_draft(text, "page.md")
    assert len(draft.sources) == 1
    assert "[^1]" not in _body(draft)


def test_a_new_sources_doi_with_parentheses_is_reported_whole(tmp_path, capsys):
    draft = tmp_path / "page.md"
    draft.write_text(
        "# Trying another treatment\n\nBy the healthkb editorial team\n\n"
        f"{RESULTS} [1]\n\n## References\n\n"
        "1. Rush AJ, Fava M, Wisniewski SR, et al; STAR*D Investigators Group. "
        "Sequenced treatment alternatives to relieve depression (STAR*D): "
        "rationale and design. Control Clin Trials. 2004;25(1):119-42. "
        "doi:10.1016/S0197-2456(03)00112-0\n",
        encoding="utf-8",
    )
    site = copy_import_site(tmp_path / "site")
    found = import_article(site, capsys, draft)
    report = "\n".join(todo_items(found.out))
    doi = "10.1016/S0197-2456(03)00112-0"
    if doi in report:
        assert report.count("10.1016/S0197-2456") == report.count(doi)
    assert "could not be read" not in found.out
