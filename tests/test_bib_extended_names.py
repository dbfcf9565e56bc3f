"""BibLaTeX's extended name format with Biber's initials hints (``given-i``), as
Better BibLaTeX and hand-tidied BibLaTeX files write it: read as the person."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

ARTICLE = (
    "title = {Walking after a stroke}, journaltitle = {Stroke Care}, date = {2019},"
    " volume = {4}, pages = {10--14}, doi = {10.1000/walk}"
)


@pytest.mark.parametrize(
    ("written", "printed"),
    [
        ("family=Okafor, given=Adaeze., given-i={{Adaeze}}", "Okafor A"),
        ("family=Okafor, given=Adaeze Ngozi, given-i=AN", "Okafor AN"),
        ("family=Berg, given=Anna, prefix=van den, useprefix=true", "van den Berg A"),
        ("family=Berg, family-i=B, given=Anna", "Berg A"),
    ],
)
def test_an_extended_name_with_hints_is_the_person(written, printed):
    text = nlm(f"@article{{k, author = {{Lee, Ann and {written}}}, {ARTICLE}}}")
    assert text.startswith(f"Lee A, {printed}. Walking after a stroke."), text
    assert "=" not in text
