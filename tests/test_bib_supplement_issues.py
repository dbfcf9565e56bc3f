"""A volume's supplement however the exporter types it prints as Citing Medicine
prints it, "24 Suppl 5": Wiley's issue "S5" (``number = {S5}``), Oxford's
"suppl_1" in BibLaTeX's ``issue`` field (escaped ``suppl\\_1``), and "Suppl S2"."""

from __future__ import annotations

from helpers.nlm_text import nlm

_HEAD = (
    "author = {Banda, Grace}, title = {Viral load testing in district clinics},"
    " journal = {Journal of the International AIDS Society}, year = {2022},"
)


def test_wileys_s_numbered_issue_is_a_supplement():
    text = nlm(
        "@article{k, " + _HEAD + " volume = {25}, number = {S3}, pages = {e25970}}"
    )
    assert text.endswith("2022;25 Suppl 3:e25970."), text


def test_a_supplement_in_biblatex_issue_field():
    for issue in (r"suppl\_1", "suppl_2", "Supplement 1"):
        text = nlm(
            "@article{k, " + _HEAD + " volume = {77B}, issue = {" + issue + "},"
            " pages = {i10--i19}}"
        )
        which = issue[-1]
        assert text.endswith(f"2022;77B Suppl {which}:i10-9."), text


def test_a_supplement_labelled_twice_is_numbered_once():
    text = nlm(
        "@article{k, "
        + _HEAD
        + " volume = {25}, number = {Suppl S2}, pages = {40--48}}"
    )
    assert text.endswith("2022;25 Suppl 2:40-8."), text


def test_an_ordinary_issue_stays_an_issue():
    text = nlm(
        "@article{k, " + _HEAD + " volume = {25}, number = {5}, pages = {40--48}}"
    )
    assert text.endswith("2022;25(5):40-8."), text
