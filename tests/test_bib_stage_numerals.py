"""Two title rules for a trial's or a disease's stage (blind set 23):

- a roman numeral typed in lower case after a stage's word ("phase i", "type ii",
  "phase i/ii") is a numeral, printed in capitals as Citing Medicine prints it;
- a hyphenated Title Case compound made of ordinary words ("Non-Small-Cell") is
  lowered with the title: it is no chain of discoverers' names ("Wolff-Parkinson-
  White", which keeps its capitals)."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_a_lower_case_phase_numeral_is_raised():
    assert "in phase I oncology trials." in titled("Designs in phase i oncology trials")
    assert "A phase I/II study" in titled("A phase i/ii study of dosing")
    assert "type II diabetes" in titled("Insulin in type ii diabetes")


def test_other_lower_case_letters_stay():
    assert "i.e. the" in titled("Trials, i.e. the designs")
    assert "the class i'm in" in titled("Notes from the class i'm in")


def test_an_ordinary_hyphenated_compound_is_lowered():
    text = titled("Erlotinib in Advanced Non-Small-Cell Lung Cancer")
    assert "in advanced non-small-cell lung cancer." in text


def test_a_chain_of_names_keeps_its_capitals():
    assert "the Wolff-Parkinson-White syndrome" in titled(
        "Ablation in the Wolff-Parkinson-White Syndrome"
    )
