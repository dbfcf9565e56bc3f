"""Scopus's BibTeX export: a numbered field name written with a no-break space
(``funding_text 1``) made pybtex refuse the whole entry, and its ``pubmed_id``
field is the PMID. The entry is read with a warning, the odd field ignored, and
the PMID printed after the DOI (blind set 22)."""

from __future__ import annotations

from helpers.nlm_text import nlm

from healthkb.bib.read import parse_bibliography_text

#: the shape of a Scopus export (fields as Scopus names them; values invented)
SCOPUS = (
    "@ARTICLE{Okafor2020114,\n"
    "author={Okafor, C. and Lind, B.},\n"
    "title={Night shifts and blood pressure in nurses},\n"
    "journal={Occupational Medicine},\n"
    "year={2020},\n"
    "doi={10.1000/nights},\n"
    "note={cited By 7},\n"
    "author_keywords={shift work;  hypertension},\n"
    "funding_text\u00a01={This work was funded by a hospital trust.},\n"
    "funding_text\u00a02={A second grant.},\n"
    "pubmed_id={31234567},\n"
    "abbrev_source_title={Occup. Med.},\n"
    "}\n"
)


def test_a_numbered_field_name_after_a_no_break_space_is_read_with_a_warning():
    bib = parse_bibliography_text(SCOPUS, "references.bib")
    assert "Okafor2020114" in bib.entries and not bib.broken
    fields = bib.entries["Okafor2020114"].fields
    assert fields["pubmed_id"] == "31234567"
    warned = [p.message for p in bib.problems if "field named" in p.message]
    assert len(warned) == 2
    assert "'funding_text 1'" in warned[0] and "'funding_text-1'" in warned[0]


def test_scopus_pubmed_id_is_printed_as_the_pmid_after_the_doi():
    assert nlm(SCOPUS) == (
        "Okafor C, Lind B. Night shifts and blood pressure in nurses. Occupational"
        " Medicine. 2020. doi:10.1000/nights. PMID: 31234567"
    )


def test_a_pubmed_id_that_is_not_a_number_is_not_a_pmid():
    text = SCOPUS.replace("pubmed_id={31234567}", "pubmed_id={pending}")
    assert "PMID" not in nlm(text)
