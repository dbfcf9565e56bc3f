"""A field name with spaces (Web of Science's ``Early Access Date``) made pybtex
refuse the whole entry; it is read with hyphens and a warning naming the entry."""

from __future__ import annotations

from healthkb.bib.read import parse_bibliography_text

#: from andpir55/systematic_review savedrecs.bib at 915161fc (a Web of Science
#: export, bib blind set 19), shortened to the fields that matter here
WEB_OF_SCIENCE = """@article{ ISI:000571959300001,
Author = {Decullier, Evelyne and Tourmente, Benedicte and Dessez, Barbara and
   Guilhot, Nicolas and Witko, Agnes},
Title = {{Paramedical students' perceptions of research: a survey}},
Journal = {{CURRENT MEDICAL RESEARCH AND OPINION}},
DOI = {{10.1080/03007995.2020.1815685}},
Early Access Date = {{SEP 2020}},
Year = {{2020}},
Unique-ID = {{ISI:000571959300001}},
}
"""


def test_a_spaced_field_name_is_read_with_a_warning():
    bib = parse_bibliography_text(WEB_OF_SCIENCE, "references.bib")
    key = "ISI:000571959300001"
    assert key in bib.entries and not bib.broken
    entry = bib.entries[key]
    assert entry.fields["doi"] == "10.1080/03007995.2020.1815685"
    # the fields after the spaced one are read too (pybtex stopped at the space)
    assert "Unique-ID" in entry.fields and "Early-Access-Date" in entry.fields
    (warned,) = [p for p in bib.problems if "Early Access Date" in p.message]
    assert warned.line == 1 and "read as 'Early-Access-Date'" in warned.message


def test_a_wrapped_value_with_an_equals_sign_is_left_alone():
    text = (
        "@article{k,\n  title = {Effects of a dose\n   Given as = one tablet},\n"
        "  journal = {J}, year = {2020}, author = {Doe, Jane}\n}\n"
    )
    bib = parse_bibliography_text(text, "references.bib")
    assert "Given as = one tablet" in bib.entries["k"].fields["title"]
    assert not [p for p in bib.problems if "field named" in p.message]
