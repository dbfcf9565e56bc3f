"""Parts typed together or in the wrong field: an issue in the volume ("27 (2)"),
an access stamp after the address in ``url``, an ISBN or "from URL" as the whole
note, the issue's months in ``number``, a journal article filed as ``@misc``, and
a surname that is a body's word ("Center, J. R.")."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

ARTICLE = (
    "@article{k, author = {Koerkamp, B.}, title = {Acceptability curves},"
    " journal = {Medical Decision Making}, year = {2007}, MORE}"
)


@pytest.mark.parametrize(
    ("more", "printed"),
    [
        ("volume = {27 (2)}, pages = {101-111}", "2007;27(2):101-11."),
        ("volume = {18 (Suppl)}, pages = {S68-S80}", "1998;18 Suppl:S68-80."),
        ("volume = {2-3}, number = {August-September}", "2018 Aug-Sep;2-3."),
        # a number of its own is kept, and the volume as typed
        ("volume = {27 (2)}, number = {3}", "2007;27 (2)(3)."),
    ],
)
def test_parts_of_the_issue(more, printed):
    year = printed[:4]
    got = nlm(ARTICLE.replace("MORE", more).replace("2007", year))
    assert got.endswith("Medical Decision Making. " + printed)


def test_an_access_stamp_after_the_address_is_left_out():
    got = nlm(
        "@misc{k, title = {DIA missing data}, author = {{DIA Working Group}},"
        " url = {https://www.lshtm.ac.uk/missing-data#dia (accessed 21July2021)},"
        " year = {2021}}"
    )
    assert got.endswith("Available from: https://www.lshtm.ac.uk/missing-data#dia")


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        ("ISBN 978-1138700109", ""),
        ("ISBN: 0-19-852663-X", ""),
        ("from https://training.cochrane.org/handbook", ""),
        ("ISBN of the first edition was different", "Note: ISBN of the first"),
    ],
)
def test_a_note_that_is_an_isbn_or_an_address(note, shown):
    got = nlm(
        "@book{k, author = {Xie, Yihui}, title = {Bookdown}, year = {2016},"
        f" publisher = {{CRC}}, note = {{{note}}}}}"
    )
    assert ("Note:" in got) is bool(shown) and shown in got
    if note.startswith("from "):
        assert got.endswith("Available from: https://training.cochrane.org/handbook")


def test_a_journal_article_filed_as_misc_is_an_article():
    got = nlm(
        '@MISC{k, title = "Mining genetic data", author = "Su, Chang",'
        ' journal = "npj Parkinson\'s Disease", volume = 6, number = 1, year = 2020}'
    )
    assert got == "Su C. Mining genetic data. npj Parkinson's Disease. 2020;6(1)."


def test_a_surname_that_is_a_bodys_word_with_initials_is_a_person():
    got = nlm(
        "@article{k, author = {Nguyen, N. D. and Center, J. R. and Office, A},"
        " title = {Fracture risk}, journal = {Osteoporos Int}, year = 2008}"
    )
    assert got.startswith("Nguyen ND, Center JR, Office A. Fracture risk.")


def test_an_address_with_a_space_in_it_is_kept_whole():
    got = nlm(
        "@misc{k, title = {Clinic data}, author = {{Test Agency}}, year = {2021},"
        " url = {https://example.org/My Files/data.pdf}}"
    )
    assert "https://example.org/My Files/data.pdf" in got


def test_mendeleys_misc_with_a_journals_home_page_is_an_article():
    got = nlm(
        "@misc{k, author = {Dare, Anna J.}, booktitle = {The Lancet Global Health},"
        " issn = {2214109X}, month = {apr}, number = {4}, pages = {e402--e403},"
        " title = {{Making caesarean section safer}}, volume = {7}, year = {2019},"
        " url = {www.thelancet.com/lancetgh}}"
    )
    assert got.startswith(
        "Dare AJ. Making caesarean section safer. The Lancet Global Health. "
        "2019 Apr;7(4):e402-3."
    )
