"""What reference managers write, read and printed right (fictional sources, with
the shapes real exporters produce)."""

from __future__ import annotations

from pybtex.database import parse_string

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text

STYLE = VancouverStyle()


def render(bibtex: str) -> str:
    data = parse_string(bibtex, "bibtex")
    entry = list(data.entries.values())[0]
    return STYLE.format_entry("", entry, bib_data=data).text.render_as("text")


def test_initials_written_together_and_as_capitals():
    text = render(
        """@article{a, author = {Sterne, Jonathan A.C. and Higgins, Julian PT},
        title = {A test}, journal = {Test J}, year = {2020}, doi = {10.1000/x}}"""
    )
    assert text.startswith("Sterne JAC, Higgins JPT. A test.")


def test_numeric_and_lower_case_months():
    base = """@article{a, author = {Doe, Jane}, title = {A test}, journal = {Test J},
    year = {2018}, month = {%s}, doi = {10.1000/x}}"""
    assert "Test J. 2018 Apr." in render(base % "04")
    assert "Test J. 2018 Sep." in render(base % "sep")
    assert "Test J. 2018 Sep." in render(base % "Sept.")


def test_biblatex_date_and_journaltitle_and_pmid_eprint():
    text = render(
        """@article{a, author = {Doe, Jane}, title = {A test}, date = {2017-09-03},
        journaltitle = {Test J}, volume = {3}, pages = {10--19}, eprint = {123},
        eprinttype = {pmid}}"""
    )
    assert text == "Doe J. A test. Test J. 2017 Sep;3:10-9. PMID: 123"


def test_unbraced_organisation_is_whole_and_warned():
    entry = """@article{who2020, author = {World Health Organization},
    title = {A test}, journal = {Test J}, year = {2020}, doi = {10.1000/x}}"""
    assert render(entry).startswith("World Health Organization. A test.")
    bib = parse_bibliography_text(entry, "references.bib")
    messages = [p.message for p in bib.problems]
    assert any("looks like an organisation" in m for m in messages), messages


def test_organisation_named_after_its_place_in_two_fields_is_whole():
    """Zotero's two-field author for a body: "Public Health, England"; a person
    whose given name is a place stays a person."""
    entry = """@techreport{phe, author = {Public Health, England and Guazzelli
    Williamson, Victoria}, title = {A test}, year = {2021}, number = {5}}"""
    assert render(entry).startswith("Public Health England, Guazzelli Williamson V.")
    bib = parse_bibliography_text(entry, "references.bib")
    messages = [p.message for p in bib.problems]
    assert any("'Public Health England'" in m for m in messages), messages


def test_zotero_extra_lines_never_reach_readers_but_editor_note_does():
    entry = """@misc{a, author = {{Test Agency}}, title = {A test page},
    year = {2024}, url = {https://example.org/a},
    note = {The sponsor's news release.
    Publisher: Elsevier
    original-date: 2022-03-19T19:56:39Z}}"""
    text = render(entry)
    assert "Publisher:" not in text and "original-date" not in text
    assert text.endswith("Note: The sponsor's news release.")
    only_junk = entry.replace("The sponsor's news release.", "Pages: 2024.01.12")
    assert "Note" not in render(only_junk)
    # an editor's own words that merely contain a key-like phrase stay
    own = entry.replace("Publisher: Elsevier", "Funded by the publisher: Elsevier.")
    assert "Funded by the publisher: Elsevier." in render(own)


def test_preprint_recognised_from_journal_and_doi_prefix():
    journal = """@article{a, author = {Doe, Jane}, title = {A test}, year = {2024},
    journal = {medRxiv}, doi = {10.1101/2024.01.12.24301247}}"""
    assert "A test [Preprint]. medRxiv. 2024." in render(journal)
    by_doi = journal.replace("journal = {medRxiv}", "journal = {Cold Spring Harbor}")
    assert "[Preprint]" in render(by_doi)
    # Genome Research shares the 10.1101 prefix, but is peer reviewed
    genome = journal.replace("journal = {medRxiv}", "journal = {Genome Res}")
    genome = genome.replace("2024.01.12.24301247", "gr.123456.120")
    assert "[Preprint]" not in render(genome)


def test_acronyms_kept_and_exporter_braces_ignored():
    assert render(
        """@article{a, author = {Doe, Jane}, year = {2020}, journal = {J},
        doi = {10.1000/x}, title = {Estimating SARS-CoV-2 Transmission With EpiEstim
        and the STROBE Checklist}}"""
    ).startswith(
        "Doe J. Estimating SARS-CoV-2 transmission with EpiEstim and the STROBE "
        "checklist."
    )
    # Mendeley braces the whole title
    assert "Doe J. Symptom onset in adults." in render(
        """@article{a, author = {Doe, Jane}, year = {2020}, journal = {J},
        doi = {10.1000/x}, title = {{Symptom Onset in Adults.}}}"""
    )
    # TeXMed writes titles in capitals
    assert "Doe J. Symptom onset in adults." in render(
        """@article{a, author = {Doe, Jane}, year = {2020}, journal = {J},
        doi = {10.1000/x}, title = {SYMPTOM ONSET IN ADULTS.}}"""
    )
    # a word the author braced keeps its case
    assert "Doe J. Walking in Test Town." in render(
        """@article{a, author = {Doe, Jane}, year = {2020}, journal = {J},
        doi = {10.1000/x}, title = {Walking in {Test Town}}}"""
    )


def test_report_and_thesis_keep_their_parts():
    report = render(
        """@techreport{r, author = {{Test Institute}}, title = {A test report},
        institution = {Test Institute}, address = {Leeds}, number = {12},
        year = {2021}}"""
    )
    assert report == "Test Institute. A test report. Leeds: Test Institute; 2021. " + (
        "Report No.: 12."
    )
    thesis = render(
        """@phdthesis{t, author = {Doe, Jane}, title = {A test thesis},
        school = {Test University}, address = {York}, year = {2019}}"""
    )
    assert thesis == "Doe J. A test thesis [dissertation]. York: Test University; 2019."


def test_crossref_parent_gives_the_book():
    text = render(
        """@incollection{c, author = {Doe, Jane}, title = {A test chapter},
        crossref = {b}, pages = {5--9}}
        @book{b, editor = {Roe, Rick}, title = {The Test Book}, publisher = {Test
        Press}, address = {Leeds}, year = {2020}}"""
    )
    assert text == (
        "Doe J. A test chapter. In: Roe R, editor. The test book. Leeds: Test Press; "
        "2020. p. 5-9."
    )


def test_stray_backslash_is_an_error_at_its_line_not_a_crash():
    text = """@misc{good, author = {Doe, Jane}, title = {A}, year = {2020},
  publisher = {P}}

@misc{bad,
  author = {Doe, Jane},
  title = {B},
  year = {2020},
  note = {50\\% of \\}}
}
"""
    bib = parse_bibliography_text(text, "references.bib")
    assert "good" in bib.entries and "bad" not in bib.entries
    assert "bad" not in bib.data.entries and "good" in bib.data.entries
    assert [(p.line, p.rule) for p in bib.problems] == [(8, "bibliography")]
    assert "note of 'bad'" in bib.problems[0].message


def test_percent_comment_with_at_does_not_shift_the_blame():
    text = """@misc{first, author = {Doe, Jane}, title = {A}, year = {2020},
  publisher = {P}}
% moved from @old-file
@misc{second, author = {Doe, Jane}, year = {2020}, publisher = {P}}
"""
    bib = parse_bibliography_text(text, "references.bib")
    assert [(p.line, "'second'" in p.message) for p in bib.problems] == [(4, True)]


def test_endnote_month_name_unbraced_is_read_and_an_undefined_string_warned():
    text = """@misc{a, author = {Doe, Jane}, title = {A test page}, month = november,
    year = {2015}, publisher = {Test Agency}, url = {https://example.org/a},
    note = testmacro}
"""
    bib = parse_bibliography_text(text, "references.bib")
    assert set(bib.entries) == {"a"} and not bib.broken
    assert bib.entries["a"].fields["month"] == "November"
    warned = [p for p in bib.problems if "testmacro" in p.message]
    assert warned and warned[0].rule == "bibliography-tidy"
    assert "write it in braces" in warned[0].message
    # sphinxcontrib-bibtex prints this parse (its own strict one knew neither)
    assert set(bib.data.entries) == {"a"}
    assert bib.data.entries["a"].fields["month"] == "November"


def test_url_in_howpublished_makes_a_web_page_and_urls_are_never_decoded():
    text = render(
        r"""@misc{a, author = {Doe, Jane}, title = {A test page}, year = {2019},
        month = jan, howpublished = {\url{https://example.org/pdf---a\_b}}}"""
    )
    assert text == (
        "Doe J. A test page [Internet]. 2019 Jan. "
        "Available from: https://example.org/pdf---a_b"
    )


def test_page_ranges_with_a_letter_are_shortened_as_nlm_does():
    base = """@article{a, author = {Doe, Jane}, title = {A test}, journal = {Test J},
    year = {2010}, volume = {1}, pages = {%s}, doi = {10.1000/x}}"""
    assert "2010;1:e374-81." in render(base % "e374--381")
    assert "2010;1:S39-46." in render(base % "S39-S46")
    assert "2010;1:3047-3058.e4." in render(base % "3047-3058.e4")


def test_title_case_keeps_lone_capitals_and_place_names():
    base = """@article{a, author = {Doe, Jane}, title = {%s}, journal = {Test J},
    year = {2020}, doi = {10.1000/x}}"""
    text = render(base % "Vitamin D Levels in Adults in the United States and India")
    assert "Vitamin D levels in adults in the United States and India." in text
    # a sentence-case title with one name in it is kept as written
    assert "A revision of the Trauma Score." in render(
        base % "A revision of the Trauma Score"
    )


def test_zotero_braces_in_a_sentence_case_title_keep_names():
    text = render(
        """@misc{a, author = {Doe, Jane}, title = {The health of {Ontario} students:
        {Detailed} findings from the {Ontario} {Student} {Survey}.},
        publisher = {Test Agency.}, year = {2020}, url = {https://example.org/a}}"""
    )
    assert text.startswith(
        "Doe J. The health of Ontario students: detailed findings from the Ontario "
        "Student Survey [Internet]. Test Agency; 2020."
    )


def test_preprint_server_from_its_url_or_doi():
    base = """@techreport{a, type = {preprint}, author = {Doe, Jane}, title = {A test},
    institution = {Neurology}, year = {2021}, %s}"""
    by_url = render(base % "url = {http://medrxiv.org/lookup/doi/10.1101/x}")
    assert "A test [Preprint]. medRxiv. 2021." in by_url
    by_doi = render(base % "doi = {10.1101/2021.04.01.21254814}")
    assert "A test [Preprint]. medRxiv. 2021." in by_doi
    bib = parse_bibliography_text(base % "doi = {10.1101/2021.04.01.21254814}", "r")
    assert not [p for p in bib.problems if "does not say where" in p.message]


def test_a_whole_date_typed_into_year():
    """Zotero's web pages: ``year = {Thu, 31/08/2023 - 11:30}``; a date whose
    month cannot be told from its day gives the year alone."""
    page = """@misc{a, title = {A page}, year = {%s},
    url = {https://example.org/a}}"""
    assert "A page [Internet]. 2023 Aug 31." in render(page % "Thu, 31/08/2023 - 11:30")
    assert "A page [Internet]. 2023 Aug 31." in render(page % "August 31, 2023")
    assert "A page [Internet]. 2023." in render(page % "01/02/2023")
    assert "A page [Internet]. 2020 Spring." in render(page % "Spring 2020")
    article = """@article{b, author = {Doe, Jane}, title = {A test}, journal = {Test J},
    year = {2021-03-24}, volume = {2}, pages = {1--9}}"""
    assert render(article) == "Doe J. A test. Test J. 2021 Mar 24;2:1-9."


def test_a_comma_typed_inside_a_surname_braces():
    """``{Tengvall-Linder,} Maria`` (blind set 5): BibTeX would print "Maria T";
    the comma belongs after the braces, and the editor is told (also in an entry
    written on one line, as doi.org writes them)."""
    entry = """@article{a, author = {Lundeberg, Lena and {Tengvall-Linder,} Maria},
    title = {A test}, journal = {Test J}, year = {2007}}"""
    bib = parse_bibliography_text(entry, "references.bib")
    printed = STYLE.format_entry("", bib.entries["a"], bib_data=bib).text
    assert printed.render_as("text").startswith("Lundeberg L, Tengvall-Linder M. A")
    assert any("its comma after the braces" in p.message for p in bib.problems)


def test_preprint_servers_named_with_more_after_them():
    """Google Scholar's ``journal = {arXiv preprint arXiv:2001.01234}``, PubMed's
    ``medRxiv : the preprint server for health sciences``, "JMIR Preprints": the
    server, "[Preprint]", and an arXiv paper's address from its identifier."""
    base = """@article{a, author = {Doe, Jane}, title = {A model}, year = {2020},
    journal = {%s}}"""
    assert render(base % "arXiv preprint arXiv:2001.01234") == (
        "Doe J. A model [Preprint]. arXiv. 2020. "
        "Available from: https://arxiv.org/abs/2001.01234"
    )
    pubmed = render(base % "medRxiv : the preprint server for health sciences")
    assert pubmed == "Doe J. A model [Preprint]. medRxiv. 2020."
    assert "[Preprint]. JMIR Preprints. 2020." in render(base % "JMIR Preprints")
    eprint = """@misc{b, author = {Doe, Jane}, title = {A model}, year = {2020},
    eprint = {2001.01234}, archivePrefix = {arXiv}, note = {Preprint}}"""
    assert render(eprint) == (
        "Doe J. A model [Preprint]. arXiv. 2020. "
        "Available from: https://arxiv.org/abs/2001.01234"
    )


def test_names_typed_as_vancouver_prints_them():
    """``Smith J and Lee MH``: BibTeX reads "Smith" as a given name; the
    initials last, without periods, say which is the surname (one warning). Only
    when every name is so typed: TeXMed's ``Spencer Phillips HEY`` is a surname."""
    entry = """@article{a,
    author = {Smith J and van der Berg AM and Lee MH},
    title = {A test}, journal = {Test J}, year = {2020}}"""
    bib = parse_bibliography_text(entry, "references.bib")
    printed = STYLE.format_entry("", bib.entries["a"], bib_data=bib).text
    assert printed.render_as("text").startswith("Smith J, van der Berg AM, Lee MH. A")
    warned = [p.message for p in bib.problems if "surname and initials" in p.message]
    assert len(warned) == 1 and "'Smith J', 'van der Berg AM'" in warned[0]
    texmed = entry.replace(
        "Smith J and van der Berg AM and Lee MH",
        "Spencer Phillips HEY and Alex John LONDON and Annette RID",
    )
    bib = parse_bibliography_text(texmed, "references.bib")
    printed = STYLE.format_entry("", bib.entries["a"], bib_data=bib).text
    assert printed.render_as("text").startswith("Hey SP, London AJ, Rid A. A test.")


def test_pages_supplements_and_a_doi_in_a_note():
    text = render(
        """@article{a, author = {Doe, Jane}, title = {A test}, journal = {Test J},
        year = {2020}, volume = {49}, number = {Supplement_1}, pages = {pp. 12--19},
        note = {doi: 10.1093/ije/dyaa1}}"""
    )
    assert text == (
        "Doe J. A test. Test J. 2020;49 Suppl 1:12-9. doi:10.1093/ije/dyaa1"
    )


def test_the_organisation_that_is_the_author_keeps_its_name_in_the_title():
    text = render(
        """@misc{a, author = {{UK Biobank}}, title = {UK Biobank Data Showcase},
        year = {2023}, url = {https://biobank.ndph.ox.ac.uk/showcase/}}"""
    )
    assert text.startswith("UK Biobank. UK Biobank data showcase [Internet]. 2023.")
    unbraced = render(
        """@misc{a, author = {Johns Hopkins University}, year = {2020},
        title = {Johns Hopkins University Data on Deaths and Cases by Country},
        url = {https://coronavirus.jhu.edu/map.html}}"""
    )
    assert "Johns Hopkins University data on deaths and cases by country" in unbraced


def test_an_organisation_with_and_in_its_name_is_one_author():
    """``author = {Centers for Disease Control and Prevention}``: BibTeX reads two
    people; the site reads one body (and says to brace it). A list of people, or
    two bodies, stays as it is."""
    entry = """@misc{a,
    author = {Centers for Disease Control and Prevention and Doe, Jane},
    title = {About measles}, year = {2023}, url = {https://www.cdc.gov/measles}}"""
    bib = parse_bibliography_text(entry, "references.bib")
    printed = STYLE.format_entry("", bib.entries["a"], bib_data=bib).text
    assert printed.render_as("text").startswith(
        "Centers for Disease Control and Prevention, Doe J. About measles"
    )
    assert any("as one organisation" in p.message for p in bib.problems)
    for people, first in [
        ("U.S. Food and Drug Administration", "U.S. Food and Drug Administration."),
        ("World Health Organization and UNICEF", "World Health Organization, UNICEF."),
        ("M. Iyer and DASL Alliance", "Iyer M, DASL Alliance."),
        ("John Smith and Mary Jones", "Smith J, Jones M."),
    ]:
        text = entry.replace(
            "Centers for Disease Control and Prevention and Doe, Jane", people
        )
        bib = parse_bibliography_text(text, "references.bib")
        printed = STYLE.format_entry("", bib.entries["a"], bib_data=bib).text
        assert printed.render_as("text").startswith(first), people


def test_biblatex_types_and_a_season_in_the_issue():
    """``@inreference`` is a chapter, ``type = {mathesis}`` a master's thesis, and
    ``issue = {Spring}`` the season of the date (Citing Medicine: 2020 Spring)."""
    assert (
        render(
            """@inreference{a, author = {Doe, Jane}, title = {Asthma}, date = {2019},
        booktitle = {Encyclopedia of Medicine}, publisher = {Elsevier}}"""
        )
        == "Doe J. Asthma. In: Encyclopedia of medicine. Elsevier; 2019."
    )
    assert "[master's thesis]" in render(
        """@thesis{b, author = {Doe, Jane}, title = {A thesis}, type = {mathesis},
        institution = {University of Oslo}, date = {2019}}"""
    )
    assert (
        render(
            """@article{c, author = {Doe, Jane}, title = {A title}, journaltitle = {BMJ},
        date = {2020}, volume = {1}, issue = {Spring}, pages = {1--2}}"""
        )
        == "Doe J. A title. BMJ. 2020 Spring;1:1-2."
    )
