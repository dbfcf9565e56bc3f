"""The Journal of Statistical Software's ``\\pkg{}`` (and ``\\code{}``) around a
package name is a typeface, not a brace that keeps the name's case: a package
name starting a title is capitalised as the first word (the README's rule for
package names, as in sets 15 and 20), one inside a title keeps its letters, and
an author's own braces (``{survtools}``) still keep it as typed."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize("markup", ["\\pkg", "\\code"])
def test_a_package_in_markup_starting_a_title_is_capitalised(markup):
    text = titled(f"{markup}{{survtools}}: Survival Curves for Cancer Registries")
    assert "Roe A. Survtools: survival curves for cancer registries." in text


def test_a_package_in_markup_inside_a_title_keeps_its_letters():
    text = titled("Fitting Frailty Models With the \\pkg{frailtyEM} Package")
    assert "Fitting frailty models with the frailtyEM package." in text


def test_the_authors_own_braces_keep_a_lower_case_name():
    text = titled("{survtools}: survival curves for cancer registries")
    assert "Roe A. survtools: survival curves" in text
