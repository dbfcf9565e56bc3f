"""A software release deposited in a repository (Zenodo's own ``@software`` export,
figshare, a repository's DOI prefix) is read online: Citing Medicine's
"[Internet]", with its version and the repository as publisher. An R manual
(``@manual``) with such a DOI stays a program, as its set's writer printed it."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


@pytest.mark.parametrize(
    ("publisher", "doi"),
    [("Zenodo", "10.5281/zenodo.1234567"), ("figshare", "10.6084/m9.figshare.765")],
)
def test_a_deposited_software_release_is_on_the_internet(publisher, doi):
    entry = (
        "@software{k, author = {Ann Roe and Bo Lee}, title = {survtools: survival "
        f"curves for registries}}, year = 2021, month = feb, publisher = {{{publisher}}}, "
        f"version = {{v2.1.0}}, doi = {{{doi}}}}}"
    )
    text = nlm(entry)
    assert "registries [Internet]. Version v2.1.0." in text
    assert text.endswith(f"{publisher}; 2021 Feb. doi:{doi}")


def test_software_known_only_by_its_repository_doi_is_on_the_internet():
    entry = (
        "@software{k, author = {Roe, Ann}, title = {Cohort builder}, year = {2020}, "
        "doi = {10.5281/zenodo.42}}"
    )
    assert "Cohort builder [Internet]." in nlm(entry)


def test_an_r_manual_with_a_repository_doi_is_a_program():
    entry = (
        "@manual{k, author = {Roe, Ann}, title = {survtools: survival curves}, "
        "year = {2021}, note = {R package version 2.1.0}, doi = {10.5281/zenodo.42}}"
    )
    assert "[Internet]" not in nlm(entry)
