"""Sources cited in the text with no reference list (drafts set 10's d2 and d6): a
bracketed reference with the title in quotes, and a link on the article's words
to a page references.bib holds. Each is a citation: the source is matched (never
added twice), the marker stands where the reference or link was."""

from __future__ import annotations

import pytest
from helpers.import_runs import import_draft
from helpers.scratch_topic import make_topic
from helpers.site import IMPORT_CONTENT, copy_import_site

from healthkb.importer.draft import Block
from healthkb.importer.entry_links import cite_entry_links, entry_address
from healthkb.importer.inline_title_citations import cite_quoted_titles

STARD = (
    "Acute and longer-term outcomes in depressed outpatients requiring one or "
    "several treatment steps: a STAR*D report"
)


def _paragraph(text: str) -> Block:
    return Block("paragraph", 3, [text])


@pytest.mark.parametrize(
    "reference",
    [
        f'(Rush AJ et al., "{STARD}", Am J Psychiatry 2006)',
        f"(Rush and colleagues, \u201c{STARD}\u201d, 2006)",
        f'(Rush AJ, "{STARD}." Am J Psychiatry. 2006;163:1905)',
    ],
)
def test_a_bracketed_reference_with_a_quoted_title_is_a_citation(reference):
    block = _paragraph(f"Many people needed more than one step {reference}.")
    sources: list[Block] = []
    assert cite_quoted_titles([block], sources, Block) == 1
    assert block.lines == ["Many people needed more than one step [1]."]
    assert STARD in sources[0].lines[0] and "2006" in sources[0].lines[0]


@pytest.mark.parametrize(
    "text",
    [
        'Some people call it "the fog" (a common name for it).',
        'Patients said "it felt like a weight lifting off" (Smith, a patient).',
        '(Ask your doctor, "Is this the right dose for me?")',
    ],
)
def test_brackets_with_a_quotation_but_no_reference_stay(text):
    block = _paragraph(text)
    assert cite_quoted_titles([block], [], Block) == 0
    assert block.lines == [text]


def test_a_link_to_an_entrys_page_cites_the_entry():
    url = "https://example.org/reports/sleep-2024"
    block = _paragraph(f"The charity set this out in its [yearly report]({url}).")
    other = _paragraph("More on [their site](https://example.org/about).")
    sources: list = []
    turned = cite_entry_links(
        [block, other],
        sources,
        {entry_address(url + "/"): "charity2024sleep"},
        lambda address, line: (line, address),
    )
    assert turned == 1
    assert block.lines == ["The charity set this out in its yearly report [1]."]
    # a page no entry holds stays a link
    assert other.lines == ["More on [their site](https://example.org/about)."]
    assert sources == [(3, url)]


def test_the_same_page_linked_twice_is_one_source():
    url = "https://example.org/reports/sleep-2024"
    block = _paragraph(f"See the [report]({url}) and the [same report]({url}).")
    sources: list = []
    cite_entry_links([block], sources, {entry_address(url): "k"}, lambda a, n: (n, a))
    assert block.lines == ["See the report [1] and the same report [1]."]
    assert len(sources) == 1


def test_a_link_to_the_sites_news_release_entry_imports_as_its_citation(
    tmp_path, capsys
):
    # the site's one entry with a web address, found by reading references.bib
    bib = (IMPORT_CONTENT / "references.bib").read_text("utf-8")
    entry = next(
        part for part in bib.split("\n@")[1:] if "url " in part or "url=" in part
    )
    key = entry.split("{", 1)[1].split(",", 1)[0]
    url = entry.split("url", 1)[1].split("{", 1)[1].split("}", 1)[0]
    site = copy_import_site(tmp_path / "site")
    draft = tmp_path / "device.md"
    draft.write_text(
        "# A device study in brief\n\nThe maker described the first results in "
        f"its [announcement]({url}). Later work is still going on.\n",
        "utf-8",
    )
    out, article = import_draft(site, capsys, draft, topic=make_topic(site))
    body = article.split("\n---\n", 1)[1]
    assert f"in its announcement {{footcite:p}}`{key}`." in body
    assert url not in body
    assert f"reused source '{key}'" in out
    assert (site / "references.bib").read_text("utf-8") == bib
