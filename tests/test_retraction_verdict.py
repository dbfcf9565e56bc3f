"""The verdict on one article's cited sources, from standings made of real notices
(the DOIs of the Wakefield 1998 paper's 2004 correction and 2010 retraction, and of
a 2023 Hindawi retraction in the Retraction Watch file), and the label readers see."""

from __future__ import annotations

from pathlib import Path

from healthkb.bib.retractions import Notice, load_retraction_watch
from healthkb.model.article import parse_article_meta
from healthkb.model.front_matter import split_article
from healthkb.rules.retraction_rules import Standing, article_problems
from healthkb.sphinxext.retraction_labels import notice_label
from healthkb.web.structured_data import source_data

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
CORRECTION = Notice("has a correction", "10.1016/s0140-6736(04)15715-2", "Crossref")
RETRACTION = Notice("retracted", "10.1016/s0140-6736(10)60175-4", "Crossref")
CONCERN = Notice("has an expression of concern", "", "Retraction Watch")
FRONT = """---
description: A test.
authors: [ada]
published: 2026-01-01
keywords: [a, b, c]
{extra}---

# Title
"""


def meta(extra: str = ""):  # noqa: ANN201 - ArticleMeta
    split = split_article("a.md", FRONT.format(extra=extra))
    found, problems = parse_article_meta("a.md", split.front, known_authors={"ada"})
    assert found is not None, problems
    return found, problems


def test_a_correction_is_a_warning_at_the_first_citation():
    standing = Standing((CORRECTION,), known=True)
    citations = [(12, "w"), (20, "w")]
    [found] = article_problems("a.md", citations, {"w": standing}, meta()[0])
    assert (found.line, found.rule, str(found.level)) == (
        12,
        "corrected-source",
        "warning",
    )
    assert found.message == (
        "the source 'w' has a correction (notice doi:10.1016/s0140-6736(04)15715-2), "
        "according to Crossref: check that the article still reports it right"
    )


def test_a_retraction_supersedes_the_correction_and_is_an_error():
    standing = Standing((RETRACTION, CORRECTION), known=True)
    [found] = article_problems("a.md", [(5, "w")], {"w": standing}, meta()[0])
    assert found.rule == "retracted-source" and str(found.level) == "error"
    assert "was retracted (notice doi:10.1016/s0140-6736(10)60175-4)" in found.message


def test_the_acknowledgement_is_read_with_its_line():
    extra = "retracted-sources:\n  w: the article explains the retraction\n"
    article, problems = meta(extra)
    assert problems == []
    assert article.retracted_sources == {"w": "the article explains the retraction"}
    assert article.retracted_lines == {"w": 7}
    standing = Standing((RETRACTION,), known=True)
    assert article_problems("a.md", [(12, "w")], {"w": standing}, article) == []


def test_an_acknowledgement_must_be_a_mapping_with_reasons():
    _, problems = meta("retracted-sources: [w]\n")
    assert [p.rule for p in problems] == ["field-type"]
    assert "must map each retracted source's citation key" in problems[0].message
    _, problems = meta("retracted-sources:\n  w:\n")
    assert [(p.line, p.rule) for p in problems] == [(7, "field-type")]


def test_an_acknowledgement_without_data_asks_for_the_retraction_field():
    article, _ = meta("retracted-sources:\n  w: why\n")
    [found] = article_problems("a.md", [(12, "w")], {"w": Standing()}, article)
    assert (found.line, found.rule) == (7, "retraction-acknowledgement")
    assert "add retraction = {notice DOI} to its entry" in found.message


def test_labels_say_what_happened_in_words():
    retracted = notice_label(Standing((RETRACTION, CORRECTION), known=True))
    assert retracted is not None
    assert (
        retracted.astext() == "Retracted (notice: doi:10.1016/s0140-6736(10)60175-4). "
    )
    corrected = notice_label(Standing((CORRECTION,), known=True))
    assert corrected is not None and corrected.astext().startswith("Corrected (notice:")
    concern = notice_label(Standing((CONCERN,), known=True))
    assert concern is not None
    assert concern.astext() == (
        "Expression of concern (according to Retraction Watch). "
    )
    assert notice_label(Standing((), known=True)) is None


def test_json_ld_of_a_corrected_source_is_a_correction_comment_only():
    from pybtex.database import Entry

    entry = Entry("article", fields={"title": "T", "doi": "10.5555/example"})
    data = source_data(entry, (CORRECTION,))
    assert "creativeWorkStatus" not in data
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "name": "Correction",
            "url": "https://doi.org/10.1016/s0140-6736(04)15715-2",
        }
    ]
    concern = source_data(entry, (CONCERN,))
    assert concern["comment"] == [{"@type": "Comment", "name": "Expression of concern"}]


def test_the_retraction_watch_row_is_indexed_by_doi():
    index = load_retraction_watch(FIXTURES / "retraction_watch_sample.csv")
    assert index["doi:10.1155/2021/6907871"] == [
        Notice("retracted", "10.1155/2023/9804945", "Retraction Watch")
    ]
    assert not any(key.startswith("pmid:") for key in index)  # its PMIDs are 0


def test_a_notice_carrying_its_relation_both_ways_is_not_itself_retracted():
    # The Lancet's retraction notice for the Surgisphere paper, as Crossref has it
    # (observed live and described in a public notes file, code-search id
    # 59851233056): update-to and updated-by both name the paper it retracts.
    from healthkb.bib.records import csl_record

    paper = "10.1016/s0140-6736(20)31180-6"
    notice = csl_record(
        {
            "DOI": "10.1016/s0140-6736(20)31324-6",
            "type": "journal-article",
            "update-to": [{"type": "retraction", "DOI": paper}],
            "updated-by": [{"type": "retraction", "DOI": paper}],
        }
    )
    assert notice.updates == []
    retracted = csl_record(
        {"DOI": paper, "updated-by": [{"type": "retraction", "DOI": notice.doi}]}
    )
    assert retracted.updates == [("retraction", "10.1016/s0140-6736(20)31324-6")]
