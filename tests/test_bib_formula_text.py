"""A formula of letters and digits typed in TeX math with a sub- or superscript
and no command ("${CRH}_{1}$", blind set 17) prints on the line, without "$";
a dollar amount is left as typed."""

from __future__ import annotations

from helpers.nlm_text import nlm

TAIL = "journal = {BMJ}, year = {2020}, doi = {10.1/x}"


def test_a_subscript_formula_prints_on_the_line():
    got = nlm(
        f"@article{{k, author = {{Roe, Ann}}, title = {{A ${{CRH}}_{{1}}$ antagonist}}, {TAIL}}}"
    )
    assert "A CRH1 antagonist." in got and "$" not in got and "_" not in got


def test_a_formula_without_braces_and_a_price_beside_it():
    got = nlm(
        f"@article{{k, author = {{Roe, Ann}}, title = {{Cost of $H_2O$ at $5 a litre}}, {TAIL}}}"
    )
    assert "H2O" in got and "$5 a litre" in got
