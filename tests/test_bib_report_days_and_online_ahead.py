"""A report dated to the day prints its day (Citing Medicine: "2020 Jul 29"); a
volume or issue typed as a state in words ("advance online publication", "Epub
ahead of print") is no volume: the paper is out, its volume is not known yet."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


def test_a_report_with_a_day_prints_it():
    entry = (
        "@techreport{k, title = {Hospital capacity briefing}, author = {Roe, Ann}, "
        "institution = {King's Fund}, address = {London}, year = {2021}, "
        "month = {March}, day = {3}}"
    )
    assert nlm(entry).endswith("London: King's Fund; 2021 Mar 3.")


def test_a_report_without_a_day_keeps_its_month():
    entry = (
        "@techreport{k, title = {Hospital capacity briefing}, author = {Roe, Ann}, "
        "institution = {King's Fund}, year = {2021}, month = {March}}"
    )
    assert nlm(entry).endswith("King's Fund; 2021 Mar.")


@pytest.mark.parametrize(
    "state",
    ["advance online publication", "Epub ahead of print", "Early View", "Online First"],
)
def test_a_state_typed_as_the_volume_is_no_volume(state):
    entry = (
        "@article{k, author = {Roe, Ann}, title = {A trial}, journal = {Lancet}, "
        f"year = {{2016}}, month = {{jan}}, volume = {{{state}}}, doi = {{10.1/x}}}}"
    )
    text = nlm(entry)
    assert text.endswith("Lancet. 2016 Jan. doi:10.1/x") and "Forthcoming" not in text
