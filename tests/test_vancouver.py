"""Golden tests of the Vancouver (NLM) style: each expected string is written by hand
from the NLM rules (Citing Medicine), for fictional sources."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pybtex.database import Entry, Person, parse_string
from pybtex.plugin import find_plugin

from healthkb.bib.nlm_style import VancouverStyle

STYLE = VancouverStyle()


def render(bibtex: str, backend: str = "text") -> str:
    entry = next(iter(parse_string(bibtex, "bibtex").entries.values()))
    return STYLE.format_entry("", entry).text.render_as(backend)


MORE_THAN_SIX = """
@article{smith2020walking,
  author  = {Smith, Jane A. and Brown, Li and Okafor, Ben C. and Jones, Ada and
             Garcia, Ana M. and Lee, Min and Patel, Ravi and Novak, Eva},
  title   = {Walking and Heart Health in Older Adults: a {TEST} Cohort},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  month   = mar,
  volume  = {12},
  number  = {3},
  pages   = {100--110},
  doi     = {10.1000/jtc.2020.001},
  pmid    = {10000001}
}
"""

AND_OTHERS = """
@article{conway2026test,
  author  = {Conway, Charles R. and others},
  title   = {Durability of a test benefit},
  journal = {Journal of Test Psychiatry},
  year    = {2026},
  volume  = {29},
  number  = {1},
  pages   = {pyaf080},
  doi     = {10.1000/jtp.pyaf080}
}
"""

ORGANISATION = """
@article{heartfoundation2019,
  author  = {{Test Heart Foundation}},
  title   = {Guidance on walking for people with heart failure},
  journal = {Journal of Test Cardiology},
  year    = {2019},
  volume  = {11},
  pages   = {55--60},
  doi     = {10.1000/jtc.2019.055}
}
"""

WEB_PAGE = """
@misc{testdevice2024news,
  author    = {{Test Device Company}},
  title     = {{TEST} trial shows benefits of the {Pulse} device},
  publisher = {Test Device Company},
  year      = {2024},
  month     = dec,
  url       = {https://example.org/news/test-trial},
  note      = {The study sponsor's own announcement}
}
"""

PREPRINT = """
@unpublished{ng2025preprint,
  author       = {Ng, Mei and van der Berg, Anna-Maria and Dubois, {\\'E}mile},
  title        = {A Trial of Test Stimulation},
  howpublished = {Test Preprint Server},
  year         = {2025},
  doi          = {10.1000/preprint.2025.1}
}
"""


def test_more_than_six_authors_then_et_al():
    assert render(MORE_THAN_SIX) == (
        "Smith JA, Brown L, Okafor BC, Jones A, Garcia AM, Lee M, et al. "
        "Walking and heart health in older adults: a TEST cohort. "
        "Journal of Test Cardiology. 2020 Mar;12(3):100-10. "
        "doi:10.1000/jtc.2020.001. PMID: 10000001"
    )


def test_exactly_six_authors_are_all_listed():
    six = MORE_THAN_SIX.replace(" and Patel, Ravi and Novak, Eva", "")
    assert render(six).startswith(
        "Smith JA, Brown L, Okafor BC, Jones A, Garcia AM, Lee M. Walking"
    )


def test_and_others_is_et_al():
    assert render(AND_OTHERS) == (
        "Conway CR, et al. Durability of a test benefit. Journal of Test Psychiatry. "
        "2026;29(1):pyaf080. doi:10.1000/jtp.pyaf080"
    )


def test_organisation_author_as_written():
    assert render(ORGANISATION) == (
        "Test Heart Foundation. Guidance on walking for people with heart failure. "
        "Journal of Test Cardiology. 2019;11:55-60. doi:10.1000/jtc.2019.055"
    )


def test_web_page_with_note():
    assert render(WEB_PAGE) == (
        "Test Device Company. TEST trial shows benefits of the Pulse device "
        "[Internet]. Test Device Company; 2024 Dec. "
        "Available from: https://example.org/news/test-trial. "
        "Note: The study sponsor's own announcement."
    )


def test_preprint():
    assert render(PREPRINT) == (
        "Ng M, van der Berg AM, Dubois É. A trial of test stimulation [Preprint]. "
        "Test Preprint Server. 2025. doi:10.1000/preprint.2025.1"
    )


def test_pubstate_preprint_article_is_a_preprint():
    article = PREPRINT.replace("@unpublished", "@article").replace(
        "howpublished", "journal"
    )
    # a journal that names itself a preprint server is one ("JMIR Preprints")
    assert "[Preprint]" in render(article)
    journal = article.replace("Test Preprint Server", "Journal of Test Stimulation")
    assert "[Preprint]" not in render(journal)
    with_state = article.replace("year ", "pubstate = {preprint},\n  year ")
    assert render(with_state) == render(PREPRINT)


def test_doi_and_pmid_are_links():
    html = render(MORE_THAN_SIX, "html")
    assert (
        '<a href="https://doi.org/10.1000/jtc.2020.001">doi:10.1000/jtc.2020.001</a>'
        in html
    )
    assert (
        '<a href="https://pubmed.ncbi.nlm.nih.gov/10000001/">PMID: 10000001</a>' in html
    )


def test_unsafe_url_is_text_not_link():
    html = render(
        WEB_PAGE.replace("https://example.org/news/test-trial", "javascript:alert(1)"),
        "html",
    )
    assert "<a" not in html
    assert "javascript:alert(1)" in html


def test_missing_fields_never_raise():
    assert render("@article{bare, title = {Only a title}}") == "Only a title."


@pytest.mark.parametrize("name", ["vancouver"])
def test_registered_as_pybtex_plugin(name):
    assert find_plugin("pybtex.style.formatting", name) is VancouverStyle


def test_web_page_cited_date_and_conference_paper():
    online = """@online{testservice2021,
  organization = {Test Health Service},
  title        = {Walking advice},
  url          = {https://example.org/walking},
  year         = {2021},
  urldate      = {2026-11-01}
}"""
    assert render(online) == (
        "Test Health Service. Walking advice [Internet]. Test Health Service; "
        "2021 [cited 2026 Nov 1]. Available from: https://example.org/walking"
    )
    paper = """@inproceedings{lee2020talk,
  author    = {Lee, Min},
  title     = {A talk on test stimulation},
  booktitle = {Proceedings of the Test Conference},
  address   = {Leeds},
  publisher = {Test Press},
  year      = {2020},
  pages     = {5--9},
  doi       = {10.1000/proc.2020.5}
}"""
    assert render(paper) == (
        "Lee M. A talk on test stimulation. In: Proceedings of the Test Conference. "
        "Leeds: Test Press; 2020. p. 5-9. doi:10.1000/proc.2020.5"
    )


def test_book_with_edition_and_editors():
    book = """@book{jones2019book,
  editor    = {Jones, Ada and Okafor, Ben},
  title     = {Test Cardiology for Everyone},
  edition   = {2nd},
  address   = {London},
  publisher = {Test Press},
  year      = {2019}
}"""
    assert render(book) == (
        "Jones A, Okafor B, editors. Test cardiology for everyone. 2nd ed. "
        "London: Test Press; 2019."
    )


def test_book_with_authors_and_editors_and_a_part_of_a_book():
    """Citing Medicine: a book's editors follow its title; a classic BibTeX
    ``@inbook`` (the book's title, a ``chapter``) ends with the part and its pages;
    editors that are the book's authors again (Mendeley) are not repeated."""
    book = """@book{a, author = {Smith, Jane}, editor = {Jones, Ada},
  title = {Test cardiology}, address = {London}, publisher = {Test Press},
  year = {2019}}"""
    assert render(book) == (
        "Smith J. Test cardiology. Jones A, editor. London: Test Press; 2019."
    )
    same = book.replace("Jones, Ada", "Smith, Jane A.")
    assert render(same) == "Smith J. Test cardiology. London: Test Press; 2019."
    part = book.replace("@book", "@inbook").replace(
        "year = {2019}", "year = {2019}, chapter = {3}, pages = {33--45}"
    )
    assert render(part) == (
        "Smith J. Test cardiology. Jones A, editor. London: Test Press; 2019. "
        "Chapter 3; p. 33-45."
    )
    named = part.replace("chapter = {3}", "chapter = {Chapter 3: Methods}")
    assert "2019. Chapter 3, Methods; p. 33-45." in render(named)


FIELDS = {
    "author": "Smith, Jane A. and others",
    "editor": "Jones, Ada",
    "organization": "Test Health Service",
    "title": "A {TEST} title",
    "journal": "Journal of Test Cardiology",
    "booktitle": "Test handbook",
    "publisher": "Test Press",
    "howpublished": "News release",
    "address": "Leeds",
    "edition": "2nd",
    "year": "2020",
    "month": "mar",
    "volume": "12",
    "number": "3",
    "pages": "100--110",
    "doi": "10.1000/jtc.2020.001",
    "pmid": "10000001",
    "url": "https://example.org/x",
    "urldate": "2026-11-01",
    "pubstate": "preprint",
    "note": "Funded by a test company",
}


@settings(max_examples=80, deadline=None)
@given(
    kind=st.sampled_from(
        ["article", "book", "misc", "online", "unpublished", "inproceedings", "report"]
    ),
    names=st.sets(st.sampled_from(sorted(FIELDS))),
)
def test_any_incomplete_entry_still_renders(kind, names):
    """The build must never crash on a half-finished entry (the checks report it)."""
    # Entry objects directly: parsing text each time costs pybtex plugin look-ups
    persons = {
        role: [Person(name) for name in FIELDS[role].split(" and ")]
        for role in ("author", "editor")
        if role in names
    }
    fields = {n: FIELDS[n] for n in names if n not in persons}
    if "month" in fields:
        fields["month"] = "March"  # what pybtex makes of the month macro mar
    entry = Entry(kind, fields=fields, persons=persons)
    text = STYLE.format_entry("", entry).text.render_as("text")
    if "title" in names:
        assert "A TEST title" in text
    if "doi" in names:
        assert "doi:10.1000/jtc.2020.001" in text
    if "note" in names:
        assert text.endswith("Note: Funded by a test company.")
