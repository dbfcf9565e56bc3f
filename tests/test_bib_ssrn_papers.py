"""SSRN papers are preprints, however a reference manager saved them: Zotero's
SSRN translator made them Report items ("@techreport", ``type = {SSRN Scholarly
Paper}``, ``institution = {Social Science Research Network}``) until
zotero/translators ba3cec3f (2022) and Preprint items with that repository
since. Each prints "[Preprint]. SSRN." as an SSRN DOI already did (blind set
26); SSRN's office ("Rochester, NY") and its abstract id are not the paper's."""

from __future__ import annotations

from helpers.nlm_text import nlm

_HEAD = "author = {Okafor, Chidi}, title = {Paying for rural clinics}, year = {2021},"


def test_an_ssrn_paper_is_a_preprint_in_every_exporters_shape():
    for entry in (
        "@techreport{k, " + _HEAD + " address = {Rochester, NY}, month = mar,"
        " institution = {Social Science Research Network}, number = {ID 3811111},"
        " type = {SSRN Scholarly Paper}}",
        "@techreport{k, " + _HEAD + " address = {Rochester, NY}, month = mar,"
        " number = {ID 3811111}, type = {{SSRN} {Working} {Paper}}}",
        "@misc{k, " + _HEAD + " month = mar,"
        " publisher = {Social Science Research Network}}",
    ):
        text = nlm(entry)
        assert text == (
            "Okafor C. Paying for rural clinics [Preprint]. SSRN. 2021 Mar."
        ), text


def test_an_ssrn_paper_with_its_doi_or_address():
    text = nlm(
        "@techreport{k, " + _HEAD + " institution = {Social Science Research"
        " Network}, type = {SSRN Scholarly Paper}, doi = {10.2139/ssrn.3811111}}"
    )
    assert text.endswith("[Preprint]. SSRN. 2021. doi:10.2139/ssrn.3811111"), text


def test_a_journal_on_ssrn_is_the_journal():
    # SSRN's own journals keep their names, as blind10's "SSRN Electronic Journal"
    text = nlm("@article{k, " + _HEAD + " journal = {SSRN Electronic Journal}}")
    assert "[Preprint]. SSRN Electronic Journal. 2021." in text, text
