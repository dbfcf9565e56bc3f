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
    assert len(server[1]) == 1, "the second look-up is answered from the cache"


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
