"""``healthkb source add``: real recorded answers (tests/fixtures/sources) served
from 127.0.0.1; each source is added once, and adding it again names its key."""

from __future__ import annotations

from pathlib import Path

from helpers.metadata_server import FIXTURES, add, server, site  # noqa: F401 (fixtures)
from pybtex.database import parse_string

from healthkb.bib.nlm_style import VancouverStyle


def entry(root: Path, key: str):
    data = parse_string((root / "references.bib").read_text(encoding="utf-8"), "bibtex")
    return data.entries[key]


def nlm(root: Path, key: str) -> str:
    return VancouverStyle().format_entry("", entry(root, key)).text.render_as("text")


def test_pmid_is_added_once_and_printed_right(site, server, capsys):  # noqa: F811
    status, out = add(site, capsys, "13054692")
    assert (status, out) == (0, "added: watson1953molecular\n")
    assert nlm(site, "watson1953molecular") == (
        "Watson JD, Crick FH. Molecular structure of nucleic acids; a structure for "
        "deoxyribose nucleic acid. Nature. 1953 Apr;171(4356):737-8. PMID: 13054692"
    )
    before = (site / "references.bib").read_text(encoding="utf-8")
    status, out = add(site, capsys, "PMID: 13054692")
    assert out == (
        "already there: watson1953molecular "
        "(references.bib has this PMID as 'watson1953molecular')\n"
    )
    assert (site / "references.bib").read_text(encoding="utf-8") == before
    assert len(server[1]) == 1, "a PMID already there is not looked up again"


def test_doi_is_added_once_with_crossref_metadata(site, server, capsys):  # noqa: F811
    status, out = add(site, capsys, "https://doi.org/10.5555/12345678")
    assert out == "added: carberry2008toward\n"
    assert nlm(site, "carberry2008toward") == (
        "Carberry J. Toward a unified theory of high-energy metaphysics: silly string "
        "theory. Journal of Psychoceramics. 2008 Feb;1(1). doi:10.5555/12345678. "
        "Retraction in: doi:10.5555/24242424x"
    )
    status, out = add(site, capsys, "10.5555/12345678")
    assert out.startswith(
        "already there: carberry2008toward (references.bib has this DOI"
    )


def test_ris_file_is_added_once(site, capsys):  # noqa: F811
    ris = str(FIXTURES / "copernicus_winkler2012.ris")
    status, out = add(site, capsys, ris)
    assert out == "added: winkler2012deglaciation\n"
    added = entry(site, "winkler2012deglaciation")
    assert added.fields["doi"] == "10.5194/cp-8-1-2012"
    assert added.fields["pages"] == "1--16"
    assert [str(p) for p in added.persons["author"]][:2] == [
        "Winkler, R.",
        "Landais, A.",
    ]
    status, out = add(site, capsys, ris)
    assert out.startswith("already there: winkler2012deglaciation")


def test_csl_json_file_is_added_once(site, capsys):  # noqa: F811
    csl = str(FIXTURES / "citeproc_sample.json")
    status, out = add(site, capsys, csl)
    assert out.splitlines()[:2] == [
        "added: darcus2006boundaries",
        "added: bennett2009getting",
    ]
    assert nlm(site, "darcus2006boundaries") == (
        "D'Arcus B. Boundaries of dissent: protest and state power in the media age. "
        "New York: Routledge; 2006."
    )
    status, out = add(site, capsys, csl)
    assert "already there: darcus2006boundaries" in out
    assert "already there: bennett2009getting" in out


def test_same_title_and_year_is_not_added_again(site, capsys):  # noqa: F811
    ris = (FIXTURES / "copernicus_winkler2012.ris").read_text(encoding="utf-8")
    add(site, capsys, str(FIXTURES / "copernicus_winkler2012.ris"))
    without_doi = site / "again.ris"
    without_doi.write_text(ris.replace("DO  - 10.5194/cp-8-1-2012\n", ""), "utf-8")
    status, out = add(site, capsys, str(without_doi))
    assert "title and year as 'winkler2012deglaciation'" in out


def test_unknown_argument_and_unknown_pmid_are_told_plainly(site, capsys):  # noqa: F811
    status, out = add(site, capsys, "not-a-source")
    assert status == 2 and "is not a file, a DOI (10.…) or a PMID" in out
    status, out = add(site, capsys, "99999999")
    assert status == 2 and "99999999: no record was found" in out


def test_a_broken_file_names_its_line(site, tmp_path, capsys):  # noqa: F811
    bad = tmp_path / "export.ris"
    bad.write_text("TY  - JOUR\nTI  - A test\nthis line is not RIS\nER  - \n", "utf-8")
    status, out = add(site, capsys, str(bad))
    assert status == 2 and f"{bad}:3:" in out


FRANK_1970 = (
    "Frank HS. The structure of ordinary water: new data and interpretations are "
    "yielding new insights into this fascinating substance. Science. "
    "1970 Aug;169(3946):635-41. doi:10.1126/science.169.3946.635"
)


def test_doi_crossref_lacks_is_resolved_by_content_negotiation(site, server, capsys):  # noqa: F811
    # Crossref answers 404 (this server has no Crossref record of it); doi.org
    # redirects to the agency, which has both recorded answers (habanero's
    # cassettes) and gives the one the client prefers: CSL-JSON
    status, out = add(site, capsys, "10.1126/science.169.3946.635")
    assert (status, out) == (0, "added: frank1970structure\n")
    _, requests = server
    assert requests == [
        "/works/10.1126%2Fscience.169.3946.635",
        "/10.1126/science.169.3946.635",
        "/v1/works/10.1126%2Fscience.169.3946.635/transform",
    ]
    assert requests.served == ["application/vnd.citationstyles.csl+json"]
    assert nlm(site, "frank1970structure") == FRANK_1970
    status, out = add(site, capsys, "doi:10.1126/SCIENCE.169.3946.635")
    assert out.startswith("already there: frank1970structure (references.bib has")
    assert len(requests) == 3, "a DOI already there is not looked up again"


def test_datacite_doi_is_added_once_as_a_preprint(site, server, capsys):  # noqa: F811
    # an arXiv DOI is DataCite's: Crossref has none; doi.org's BibTeX (as DataCite
    # writes it: the key a URL, blank lines between fields) gives the entry
    status, out = add(site, capsys, "--dry-run", "10.48550/arXiv.2206.01191")
    assert (status, out) == (0, "would add: li2022efficientformer\n")
    _, requests = server
    status, out = add(site, capsys, "https://doi.org/10.48550/arXiv.2206.01191")
    assert (status, out) == (0, "added: li2022efficientformer\n")
    assert len(requests) == 2, "Crossref's 404, doi.org's answer; then the cache"
    assert nlm(site, "li2022efficientformer") == (
        "Li Y, Yuan G, Wen Y, Hu E, Evangelidis G, Tulyakov S, et al. EfficientFormer: "
        "vision transformers at MobileNet speed [Preprint]. arXiv. 2022. "
        "doi:10.48550/ARXIV.2206.01191"
    )
    written = entry(site, "li2022efficientformer")
    assert "keywords" not in written.fields and "copyright" not in written.fields
    status, out = add(site, capsys, "10.48550/ARXIV.2206.01191")
    assert out.startswith("already there: li2022efficientformer")


def test_doi_nobody_holds_is_told_plainly(site, server, capsys):  # noqa: F811
    status, out = add(site, capsys, "10.9999/not-registered")
    assert status == 2 and "10.9999/not-registered: no record was found" in out


def test_the_bibtex_answer_gives_the_same_entry(site, server, capsys, monkeypatch):  # noqa: F811
    # a client that asks for BibTeX first gets the agency's BibTeX answer (month=Aug
    # unbraced, an en dash in pages): the same entry as from its CSL-JSON
    from healthkb.bib import lookup

    monkeypatch.setattr(lookup, "DOI_ACCEPT", "application/x-bibtex")
    status, out = add(site, capsys, "10.1126/science.169.3946.635")
    assert (status, out) == (0, "added: frank1970structure\n")
    _, requests = server
    assert requests.served == ["application/x-bibtex"]
    assert nlm(site, "frank1970structure") == FRANK_1970
