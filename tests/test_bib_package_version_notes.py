"""R's ``citation()`` for a package whose reference is its book or paper keeps the
package's note ("R package version 2021.10.10") on the ``@book`` or ``@article``:
the version is the program's, not the book's, and is left out; a manual (the
package itself) keeps it (blind set 22)."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


@pytest.mark.parametrize(
    "note", ["R package version 2021.10.10", "R package version 1.2-3"]
)
def test_a_package_version_on_a_book_is_not_printed(note):
    entry = (
        "@book{k, author = {Roe, Ann}, title = {Survival models in practice},"
        f" publisher = {{CRC Press}}, year = {{2020}}, note = {{{note}}}}}"
    )
    assert nlm(entry) == "Roe A. Survival models in practice. CRC Press; 2020."


def test_a_package_version_on_a_manual_is_printed():
    entry = (
        "@manual{k, author = {Roe, Ann}, title = {survtools: survival tools},"
        " year = {2020}, note = {R package version 1.2-3},"
        " url = {https://example.org/survtools}}"
    )
    assert nlm(entry).endswith("Note: R package version 1.2-3.")


def test_an_editors_note_on_a_book_is_printed():
    entry = (
        "@book{k, author = {Roe, Ann}, title = {Survival models in practice},"
        " publisher = {CRC Press}, year = {2020}, note = {Second printing}}"
    )
    assert nlm(entry).endswith("Note: Second printing.")
