"""Rules found on blind set 12 (tests/fixtures/bib/README.md), on small entries."""

from __future__ import annotations

import pytest

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text


def printed(entry: str) -> str:
    return read(entry)[0]


@pytest.mark.parametrize(
    "journal",
    [
        "{arXiv} preprint {arXiv}:2101.00001",  # Zotero keeps the brand's capitals
        "arXiv preprint arXiv:2101.00001",  # Google Scholar
        "{{arXiv} preprint {arXiv}:2101.00001}",
    ],
)
def test_an_arxiv_journal_as_exporters_brace_it_is_the_server(journal):
    text = printed(
        "@article{lee2021,\n  author = {Lee, Ann},\n  title = {Masks and coughs},\n"
        f"  journaltitle = {{{journal}}},\n  date = {{2021}}\n}}\n"
    )
    assert text == (
        "Lee A. Masks and coughs [Preprint]. arXiv. 2021. "
        "Available from: https://arxiv.org/abs/2101.00001"
    )


def article(title: str) -> str:
    return printed(
        "@article{a,\n  author = {Lee, Ann},\n"
        f"  title = {{{title}}},\n  journal = {{Heart}},\n  year = {{2020}}\n}}\n"
    )


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        # Crossref's plain text: "~" before a number means "about"
        ("Walking ~1.5 km a day in older adults", "Walking ~1.5 km a day"),
        ("Doses of (~5 mg) in children", "Doses of (~5 mg) in children"),
        # a TeX tie is one space, never a space and a no-break space
        ("Results in Fig.~2 for type~2 diabetes", "Results in Fig. 2 for type 2"),
        ("Masks in schools ~ a trial", "Masks in schools a trial"),
        # a braced letter inside its word after a tie and a colon is that word
        ("Cancer phase {I} trials:~{E}fficient dose escalation", "trials: efficient"),
        # the tilde accent stays an accent
        ("Health of ni\\~{n}os in Peru", "Health of niños in Peru"),
        # an address's home directory keeps its tilde
        ("Slides at www.cam.ac.uk/~grg/talks", "www.cam.ac.uk/~grg/talks"),
    ],
)
def test_tildes_are_ties_or_about(title, shown):
    text = article(title)
    assert shown in text and "\xa0" not in text and "  " not in text


def test_a_series_in_brackets_keeps_its_name():
    text = printed(
        "@book{g,\n  author = {Gelman, Andrew},\n  title = {Bayesian Data Analysis, "
        "Second Edition (Chapman \\& Hall/{CRC} Texts in Statistical Science)},\n"
        "  publisher = {CRC Press},\n  year = {2003}\n}\n"
    )
    assert text.startswith(
        "Gelman A. Bayesian data analysis, second edition "
        "(Chapman & Hall/CRC texts in statistical science). CRC Press; 2003."
    )
    # a short aside in brackets is no series
    assert "(a pilot)" in article("Masks for Older Adults in Care Homes (A Pilot)")


def test_a_dataverse_dataset_is_on_the_internet_with_its_version_label():
    text = printed(
        "@data{SP3/X_2024,\n  author = {Bassani, Diego G},\n  publisher = {Borealis},\n"
        "  title = {{Growth Survey Tables}},\n  UNF = {UNF:6:A5MTuQbclK+0u0g25d2k8Q==},\n"
        "  year = {2024},\n  version = {V3},\n  doi = {10.5683/SP3/ZF6X3F},\n"
        "  url = {https://doi.org/10.5683/SP3/ZF6X3F}\n}\n"
    )
    assert text == (
        "Bassani DG. Growth survey tables [Internet]. Version V3. Borealis; 2024. "
        "doi:10.5683/SP3/ZF6X3F"
    )


def test_dataverses_fingerprint_marks_a_deposit_whatever_its_host():
    text = printed(
        "@misc{d,\n  author = {Lee, Ann},\n  title = {Clinic visits},\n  year = {2021},\n"
        "  publisher = {Some University Dataverse},\n  unf = {UNF:6:abc==},\n"
        "  doi = {10.99999/DVN/ABC}\n}\n"
    )
    assert text.startswith("Lee A. Clinic visits [Internet]. Some University")


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        ("Data", ""),  # Dataverse's JabRef export: the kind of work
        ("Dataset", ""),
        ("Version 2.18 - Last accessed 2020-12-18", " Note: Version 2.18."),
        (
            "R package version 1.2.6.1 (accessed Feb 01, 2021)",
            " Note: R package version 1.2.6.1.",
        ),
        ("R package version 4-10", " Note: R package version 4-10."),
        ("Data from the 2019 survey wave", " Note: Data from the 2019 survey wave."),
    ],
)
def test_software_and_data_notes(note, shown):
    text = printed(
        "@misc{n,\n  author = {Lee, Ann},\n  title = {Clinic visits},\n  year = {2021},\n"
        f"  note = {{{note}}},\n  url = {{https://example.org/visits}}\n}}\n"
    )
    where = "Lee A. Clinic visits [Internet]. 2021. Available from: https://example.org/visits"
    assert text == (where + "." + shown if shown else where)


@pytest.mark.parametrize(
    ("given", "shown"),
    [("V1", "V1"), ("v3.5.1", "v3.5.1"), ("Version 2", "2"), ("1.0.0", "1.0.0")],
)
def test_a_version_prints_as_its_producer_labels_it(given, shown):
    text = printed(
        "@software{s,\n  author = {Lee, Ann},\n  title = {Visits},\n  year = {2021},\n"
        f"  version = {{{given}}}\n}}\n"
    )
    assert f". Version {shown}. 2021." in text


def read(entry: str) -> tuple[str, list[str]]:
    """The entry as printed, and the messages reading it gave."""
    bib = parse_bibliography_text(entry, "references.bib")
    (key,) = bib.entries
    text = VancouverStyle().format_entry("", bib.entries[key], bib_data=bib)
    return text.text.render_as("text"), [p.message for p in bib.problems]


@pytest.mark.parametrize("field", ["address", "location"])
def test_a_web_address_as_the_place_is_where_the_work_is(field):
    text, _ = read(
        "@misc{m,\n  author = {{Ministry of Health}},\n  title = {Mental health services},\n"
        f"  year = {{2020}},\n  {field} = {{https://www.health.govt.nz/publication/x}}\n}}\n"
    )
    assert text == (
        "Ministry of Health. Mental health services [Internet]. 2020. "
        "Available from: https://www.health.govt.nz/publication/x"
    )


@pytest.mark.parametrize(
    ("author", "shown"),
    [
        ("Public Health England", "Public Health England"),
        ("Health Protection Scotland", "Health Protection Scotland"),
        ("Canada, Statistics", "Statistics Canada"),  # Paperpile's split
        ("Ministry of Health, New Zealand", "New Zealand Ministry of Health"),
    ],
)
def test_a_body_named_after_its_place_is_one_author_with_a_warning(author, shown):
    text, problems = read(
        f"@misc{{p,\n  author = {{{author}}},\n  title = {{Health matters}},\n"
        "  year = {2017},\n  url = {https://www.gov.uk/health-matters}\n}\n"
    )
    assert text.startswith(f"{shown}. Health matters [Internet]. 2017.")
    assert any(f"'{shown}'" in m and "double braces" in m for m in problems)


@pytest.mark.parametrize(
    ("author", "shown"),
    [("England, Ann", "England A"), ("Jordan, Michael", "Jordan M")],
)
def test_a_person_with_a_place_for_a_surname_stays_a_person(author, shown):
    text, problems = read(
        f"@article{{q,\n  author = {{{author}}},\n  title = {{Masks}},\n"
        "  journal = {Heart},\n  year = {2017}\n}\n"
    )
    assert text.startswith(f"{shown}. Masks.")
    assert not any("organisation" in m for m in problems)


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        # Wiley's running head in capitals, braced word by word by Zotero
        (
            "Estimating incubation periods with coarse data: {ESTIMATING} "
            "{INCUBATION} {PERIOD} {DISTRIBUTIONS}",
            "Estimating incubation periods with coarse data: estimating incubation "
            "period distributions.",
        ),
        # acronyms the author braced stay, even three together
        ("Uptake of {HIV} {ART} in {WHO} regions", "Uptake of HIV ART in WHO regions."),
        ("The {STROBE} statement", "The STROBE statement."),
    ],
)
def test_a_braced_run_in_capitals_is_a_running_head(title, shown):
    assert f"Lee A. {shown} Heart. 2020." == article(title)


@pytest.mark.parametrize(
    "title",
    [
        "{{Estimating Medical Costs from Incomplete Follow-Up Data}}",  # Mendeley
        "Estimating {Medical} {Costs} from {Incomplete} {Follow}-{Up} {Data}",  # Zotero
        "Estimating {M}edical {C}osts from {I}ncomplete {F}ollow-{U}p {D}ata",  # letters
    ],
)
def test_exporter_braced_title_case_is_sentence_cased(title):
    assert article(title).startswith(
        "Lee A. Estimating medical costs from incomplete follow-up data. Heart."
    )


def test_a_programs_version_filed_as_pages_and_read_online_by_its_doi():
    # Zotero 7's CRAN package: its version in pages, read online (urldate) by its DOI
    text = printed(
        "@misc{c,\n  title = {Epicontacts: {{Handling}} of {{Contacts}}},\n"
        "  author = {Campbell, Finlay},\n  year = {2017},\n  month = apr,\n"
        "  pages = {1.1.4},\n  publisher = {Comprehensive R Archive Network},\n"
        "  doi = {10.32614/CRAN.package.epicontacts},\n  urldate = {2025-03-07}\n}\n"
    )
    assert text == (
        "Campbell F. Epicontacts: handling of contacts [Internet]. Version 1.1.4. "
        "Comprehensive R Archive Network; 2017 Apr [cited 2025 Mar 7]. "
        "doi:10.32614/CRAN.package.epicontacts"
    )
    # a page range or a two-part number is never a version
    for pages in ("12--19", "1.2"):
        assert "Version" not in printed(
            "@misc{i,\n  author = {Lee, Ann},\n  title = {Masks},\n"
            f"  publisher = {{Wiley}},\n  year = {{2017}},\n  pages = {{{pages}}}\n}}\n"
        )


@pytest.mark.parametrize(
    ("pages", "shown"),
    [("1--11", "2004. p. 1-11. Report"), ("61", "2004. 61 p. Report")],
)
def test_a_reports_pages_are_a_range_or_a_count(pages, shown):
    text = printed(
        "@techreport{r,\n  author = {Lee, Ann},\n  title = {Surveillance},\n"
        "  institution = {Centers for Disease Control and Prevention},\n"
        f"  year = {{2004}},\n  number = {{RR-5}},\n  pages = {{{pages}}}\n}}\n"
    )
    assert shown in text
