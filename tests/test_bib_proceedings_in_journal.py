"""A conference paper whose proceedings are typed in ``journal`` (a hand-written
``@inproceedings``) is printed in its proceedings ("In: Proceedings of ...") when
the name is one meeting's: a meeting's word, an ordinal or its year
("Proceedings of EURONOISE 2018"). A journal of proceedings ("Proceedings of the
National Academy of Sciences") and a conference series published as a journal
("IOP Conference Series: ...", Scopus's shape) stay articles."""

from __future__ import annotations

from helpers.nlm_text import nlm

_HEAD = "author = {Kowalski, Marta}, title = {Fan noise in hospital wards}, pages = {101--106},"


def test_one_meetings_proceedings_in_journal():
    for name in (
        "Proceedings of EURONOISE 2018",
        "Proceedings of INTER-NOISE 04",
        "Proceedings of the 23rd International Congress on Acoustics",
        "Proc. of the Workshop on Hospital Acoustics",
    ):
        text = nlm(
            "@inproceedings{k, " + _HEAD + " journal = {" + name + "},"
            " year = {2018}, month = {May--June}, address = {Crete, Greece}}"
        )
        assert text == (
            f"Kowalski M. Fan noise in hospital wards. In: {name}. Crete, Greece;"
            " 2018. p. 101-6."
        ), text


def test_a_journal_of_proceedings_stays_an_article():
    for name in (
        "Proceedings of the National Academy of Sciences",
        "IOP Conference Series: Materials Science and Engineering",
    ):
        text = nlm(
            "@inproceedings{k, " + _HEAD + " journal = {" + name + "},"
            " year = {2018}, volume = {115}}"
        )
        assert text.endswith(f"wards. {name}. 2018;115:101-6."), text
