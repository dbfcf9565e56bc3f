"""An exporter may leave a name empty between two ``and``s (medRxiv's site drops
a consortium so: ``Davies, Nicholas G and , and Cook, Alex R``). The empty name is
no person: it is left out with a warning, and the people after it are counted
(blind set 23)."""

from __future__ import annotations

from helpers.nlm_text import authored, nlm

from healthkb.bib.read import parse_bibliography_text


def test_an_empty_name_between_ands_is_left_out():
    text = authored("Roe, Ann and , and Lee, Kim")
    assert nlm(text).startswith("Roe A, Lee K. A trial.")
    bib = parse_bibliography_text(text, "references.bib")
    assert any("empty name" in p.message for p in bib.problems)


def test_the_people_after_it_count_towards_et_al():
    names = " and ".join(f"Roe{n}, Ann" for n in "ABCDE")
    text = authored(names + " and , and Lee, Kim and Cho, Min")
    assert nlm(text).startswith("RoeA A, RoeB A, RoeC A, RoeD A, RoeE A, Lee K, et al.")
