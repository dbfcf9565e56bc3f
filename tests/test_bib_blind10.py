"""Rules blind set 10 (an independent collector's 107 real entries,
tests/fixtures/bib/README.md) found missing, each on an entry written for it."""

from __future__ import annotations

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text


def read(entry: str):
    return parse_bibliography_text(entry, "refs.bib")


def nlm(entry: str) -> str:
    bib = read(entry)
    key = next(iter(bib.entries))
    style = VancouverStyle()
    return style.format_entry("", bib.entries[key], bib_data=bib).text.render_as("text")


ARTICLE = "title = {A trial}, journal = {BMJ}, year = {2020}, doi = {10.1/x}"


def test_pubmed_names_separated_by_commas_are_read_surname_first():
    # a name ending in initials is never written given names first
    entry = (
        "@article{k, author = {Reeder Blaine, Chung Jane, Lyden Kate, "
        f"Jankowski Catherine M}}, {ARTICLE}}}"
    )
    bib = read(entry)
    assert nlm(entry).startswith("Reeder B, Chung J, Lyden K, Jankowski CM. A trial.")
    assert any("surname first" in p.message for p in bib.problems)
    # an initial inside a name, no periods: a database's list, not a hand-typed one
    entry = (
        "@article{k, author = {Majumder Sumit, Aghayi Emad, Alberdi Aramendi Ane, "
        f"Deen M Jamal}}, {ARTICLE}}}"
    )
    assert nlm(entry).startswith("Majumder S, Aghayi E, Alberdi Aramendi A, Deen MJ.")


def test_whole_names_given_first_are_still_read_so():
    entry = (
        "@article{k, author = {Annie E. Bowles, Julie A. Lynch, Patrick R. Alba, "
        f"Scott L. DuVall}}, {ARTICLE}}}"
    )
    assert nlm(entry).startswith("Bowles AE, Lynch JA, Alba PR, DuVall SL.")


def test_web_of_science_double_braces_are_read():
    entry = (
        "@article{ ISI:1,\nAuthor = {Capua, I},\nTitle = {{Newcastle disease}},\n"
        "Journal = {{VETERINARY RECORD}},\nYear = {{2000}},\nVolume = {{146}},\n"
        "Number = {{26}},\nPages = {{768}},\nDOI = {{10.1080/03079450050118403}},\n}"
    )
    bib = read(entry)
    assert not [p for p in bib.problems if "year" in p.message or "DOI" in p.message]
    # the journal's capitals are Web of Science's typography (b19fix,
    # tests/test_bib_journal_capitals.py)
    assert nlm(entry) == (
        "Capua I. Newcastle disease. Veterinary Record. 2000;146(26):768. "
        "doi:10.1080/03079450050118403"
    )


def test_a_month_written_after_its_year_is_the_month():
    entry = "@article{k, author = {Smith, John}, month = {2023 AUG 2}, " + ARTICLE + "}"
    assert nlm(entry.replace("2020", "2023")).endswith("BMJ. 2023 Aug 2. doi:10.1/x")
    # a year that is not the entry's is not taken for it
    entry = "@article{k, author = {Smith, John}, month = {2019 AUG 2}, " + ARTICLE + "}"
    assert "2020 Aug" not in nlm(entry)


def test_a_web_pages_date_keeps_its_day():
    page = (
        "@online{k, author = {Smith, John}, title = {A page}, "
        "journaltitle = {R-bloggers}, date = {2015-09-23T10:36:11+00:00}, "
        "url = {https://example.org/a}, urldate = {2020-05-20}}"
    )
    assert "R-bloggers; 2015 Sep 23 [cited 2020 May 20]." in nlm(page)
    # an article's BibLaTeX date is Zotero's online date: the month alone
    article = (
        "@article{k, author = {Smith, John}, title = {A trial}, "
        "journaltitle = {BMJ}, date = {2020-03-05}, volume = {1}, pages = {1--2}}"
    )
    assert "BMJ. 2020 Mar;1:1-2." in nlm(article)


def test_a_thesis_prints_its_degree_in_citing_medicines_english():
    base = "author = {Smith, Ann}, title = {A study}, school = {Uni}, year = {2013}"
    assert "[master's thesis]" in nlm(
        f"@phdthesis{{k, {base}, type = {{Masterarbeit}}}}"
    )
    assert "[bachelor's thesis]" in nlm(
        f"@thesis{{k, {base}, titleaddon = {{Undergraduate thesis}}}}"
    )
    assert "[dissertation]" in nlm(
        f"@phdthesis{{k, {base}, type = {{Tesis Doctoral}}}}"
    )
    # a thesis kept on a preprint server is a thesis, not a preprint
    kept = nlm(
        "@thesis{k, author = {Smith, Ann}, title = {A study}, year = {2014}, "
        "publisher = {PsyArXiv}, doi = {10.31234/osf.io/hqjct}}"
    )
    assert (
        kept
        == "Smith A. A study [dissertation]. PsyArXiv; 2014. doi:10.31234/osf.io/hqjct"
    )


def test_database_notes_are_not_shown():
    base = "@article{k, author = {Smith, John}, " + ARTICLE
    # Scopus: the count and the status after it
    assert "Note" not in nlm(base + ", note={cited By 0; Article in Press}}")
    # Zotero's ProQuest page count
    assert "Note" not in nlm(base + ", note = {Num Pages: 226}}")
    # a Web of Science record's note is the meeting of a proceedings paper
    wos = ", Note = {{17th Meeting, ITALY, MAY 23-27, 1999}}, Unique-ID = {{ISI:1}}}"
    assert "Note" not in nlm(base + wos)
    # an editor's note is still shown
    assert nlm(base + ", note = {The sponsor's news release}}").endswith(
        "Note: The sponsor's news release."
    )


def test_a_doi_behind_a_library_proxy_is_the_doi():
    entry = (
        "@article{k, author = {Smith, John}, title = {A trial}, journal = {BMJ}, "
        "year = {2014}, doi = {http://dx.doi.org.ezp-prod1.hul.harvard.edu/10.1186/14}}"
    )
    bib = read(entry)
    assert nlm(entry).endswith("BMJ. 2014. doi:10.1186/14")
    assert not [p for p in bib.problems if "not a valid DOI" in p.message]


def test_what_is_not_a_doi_in_the_doi_field_is_left_out():
    entry = (
        "@article{k, author = {Smith, John}, title = {A trial}, year = {2018}, "
        "journal = {BMJ}, doi = {https://doi.org/S1532-0464(18)30051-0}, "
        "url = {https://www.ncbi.nlm.nih.gov/pubmed/29551743}}"
    )
    bib = read(entry)
    assert nlm(entry).endswith(
        "BMJ. 2018. Available from: https://www.ncbi.nlm.nih.gov/pubmed/29551743"
    )
    assert any("not a DOI" in p.message for p in bib.problems)


def test_an_article_number_from_any_database_is_the_page():
    base = (
        "@article{k, author = {Smith, John}, title = {A trial}, journal = {PLOS "
        "BIOLOGY}, year = {2020}, volume = {18}, number = {4}, doi = {10.1/x}, "
    )
    assert ";18(4):e3000673." in nlm(base + "Article-Number = {e3000673}}")
    assert ";18(4):ARBA-0009-2017." in nlm(base + "art_number={ARBA-0009-2017}}")
    # pages win over an article number
    assert ";18(4):5-9." in nlm(base + "pages = {5--9}, art_number = {e1}}")


def test_scopus_types_follow_where_the_work_was_published():
    paper = (
        "@CONFERENCE{k, author={Smith, J.}, title={Bacteria in game}, "
        "journal={IOP Conference Series: Earth and Environmental Science}, "
        "year={2017}, volume={85}, number={1}, art_number={012083}, "
        "doi={10.1088/1755-1315/85/1/012083}, document_type={Conference Paper}}"
    )
    assert nlm(paper) == (
        "Smith J. Bacteria in game. IOP Conference Series: Earth and Environmental "
        "Science. 2017;85(1):012083. doi:10.1088/1755-1315/85/1/012083"
    )
    chapter = (
        "@BOOK{k, author={Smith, J.}, title={Food safety of game}, "
        "journal={Trends in Food Safety and Protection}, year={2017}, "
        "pages={187-204}, doi={10.1201/9781315114859}, document_type={Book Chapter}}"
    )
    assert nlm(chapter) == (
        "Smith J. Food safety of game. In: Trends in food safety and protection. "
        "2017. p. 187-204. doi:10.1201/9781315114859"
    )


def test_an_arxiv_id_beside_a_journals_volume_is_the_published_paper():
    entry = (
        "@article{k, archivePrefix = {arXiv}, eprint = {1507.06217}, "
        "author = {Adams, H.}, journal = {The Journal of Machine Learning Research}, "
        "number = {1}, pages = {218--252}, title = {Persistence images}, "
        "url = {https://arxiv.org/abs/1507.06217}, volume = {18}, year = {2015}}"
    )
    assert nlm(entry) == (
        "Adams H. Persistence images. The Journal of Machine Learning Research. "
        "2015;18(1):218-52. Available from: https://arxiv.org/abs/1507.06217"
    )
    # with no volume or pages, arXiv's own entry is still a preprint
    bare = (
        "@article{k, archivePrefix = {arXiv}, eprint = {1507.06217}, "
        "author = {Adams, H.}, journal = {arXiv}, title = {Persistence images}, "
        "year = {2015}}"
    )
    assert "[Preprint]" in nlm(bare)


def test_html_typeface_tags_never_reach_readers():
    entry = (
        "@article{k, author = {Smith, John}, title = {Campylobacter jejuni <i>and</i> "
        "C. coli: <i>prevalence</i> of H<sub>2</sub>O}, journal = {BMJ}, "
        "year = {2020}, doi = {10.1/x}}"
    )
    assert "Campylobacter jejuni and C. coli: prevalence of H2O. BMJ." in nlm(entry)


def test_the_day_a_page_was_read_in_any_common_form():
    page = (
        "@misc{k, author = {{Bayerischer Landtag}}, title = {A law}, year = {2011}, "
        "publisher = {GVBl}, url = {https://example.org/a}, urldate = {%s}}"
    )
    for written in ("19.05.2022", "2022-05-19", "2022-05-19T10:36:11Z"):
        assert "[cited 2022 May 19]" in nlm(page % written), written
    assert "[cited May 2022]" in nlm(page % "May 2022")


def test_an_edition_in_another_language_prints_as_citing_medicines():
    book = (
        "@book{k, author = {Aminoff, Michael J.}, title = {Electrodiagnosis}, "
        "publisher = {Elsevier}, year = {2012}, edition = {%s}}"
    )
    for written in ("6. udgave", "6. Auflage", "6e édition", "6ª edición", "6"):
        assert nlm(book % written) == (
            "Aminoff MJ. Electrodiagnosis. 6th ed. Elsevier; 2012."
        ), written


def test_a_title_case_main_title_of_six_words_is_lowered():
    book = (
        "@book{k, author = {Kery, Marc}, title = {Introduction to WinBUGS for "
        "Ecologists: A Bayesian approach to regression}, publisher = {Academic "
        "Press}, year = {2010}}"
    )
    assert "Introduction to WinBUGS for ecologists: a Bayesian approach" in nlm(book)
    # a sentence-case main title keeps its name
    book = book.replace("for Ecologists", "in Ontario")
    assert "Introduction to WinBUGS in Ontario: a Bayesian" in nlm(book)


def test_a_number_with_a_title_case_word_is_lowered():
    entry = (
        "@article{k, author = {Badke, Mary Beth}, title = {Tongue-Based Biofeedback "
        "for Balance in Stroke: Results of an 8-Week Pilot Study}, journal = {BMJ}, "
        "year = {2009}, doi = {10.1/x}}"
    )
    assert "stroke: results of an 8-week pilot study. BMJ." in nlm(entry)


def test_a_section_head_in_capitals_before_a_title_case_title_is_lowered():
    base = "@article{k, author = {Cohen, J.}, journal = {Science}, year = {2005}, "
    head = base + "title = {PUBLIC HEALTH: High Hopes for a Cervical Cancer Vaccine}}"
    assert "Cohen J. Public health: high hopes for a cervical cancer vaccine." in nlm(
        head
    )
    # before a sentence-case title the capitals are the author's: a name
    name = base + "title = {MEME SUITE: tools for motif discovery}}"
    assert "MEME SUITE: tools for motif discovery." in nlm(name)


def test_a_name_joined_to_a_word_in_a_title_in_capitals_keeps_its_capital():
    entry = (
        "@article{k, author = {Dellavalle, F}, title = {{INDUSTRY, ACADEMIA, AND THE "
        "NOBEL-PRIZE}}, journal = {SCIENCE}, year = {1995}, doi = {10.1/x}}"
    )
    # the journal's capitals are typography too (b19fix: "Science")
    assert "Dellavalle F. Industry, academia, and the Nobel-prize. Science." in nlm(
        entry
    )


def test_three_whole_names_separated_by_two_commas_are_three_people():
    entry = (
        "@techreport{k, Author = {Benedikt G. Brink, Justin Meskas, Ryan R. Brinkman}, "
        "Title = {A package}, institution = {Bioconductor}, Year = {2020}, "
        "Url = {https://example.org/a.pdf}}"
    )
    assert nlm(entry).startswith("Brink BG, Meskas J, Brinkman RR. A package.")
    # BibTeX's "von Last, Jr, First" stays one person
    entry = entry.replace(
        "Benedikt G. Brink, Justin Meskas, Ryan R. Brinkman", "King, Jr, Martin Luther"
    )
    assert nlm(entry).startswith("King ML Jr. A package.")


def test_a_paper_whose_publisher_abbreviates_its_booktitle_is_an_article():
    entry = (
        "@inproceedings{k, title = {{Comparison of models}}, year = {2006}, "
        "booktitle = {Progress in Biophysics and Molecular Biology}, "
        "author = {Ten Tusscher, Kirsten H.W.J.}, number = {1-3}, month = {1}, "
        "pages = {326--345}, volume = {90}, publisher = {Prog Biophys Mol Biol}, "
        "doi = {10.1016/j.pbiomolbio.2005.05.015}}"
    )
    assert nlm(entry) == (
        "Ten Tusscher KHWJ. Comparison of models. Progress in Biophysics and "
        "Molecular Biology. 2006 Jan;90(1-3):326-45. "
        "doi:10.1016/j.pbiomolbio.2005.05.015"
    )
    # published by a publisher, it is a paper in a book
    other = entry.replace("Prog Biophys Mol Biol", "Springer")
    assert "In: Progress in Biophysics and Molecular Biology. Vol. 90. Springer;" in (
        nlm(other)
    )


def test_a_body_and_its_site_after_a_comma_is_one_organisation():
    entry = (
        "@misc{k, author = {IBM Research,  Haifa}, title = {FuseMedML}, "
        "publisher = {Zenodo}, year = {2021}, doi = {10.5281/ZENODO.5146491}}"
    )
    assert nlm(entry).startswith("IBM Research, Haifa. FuseMedML [Internet]. Zenodo;")
    assert any("looks like an organisation" in p.message for p in read(entry).problems)
    # a person's two-word surname is no body
    person = entry.replace("IBM Research,  Haifa", "Guazzelli Williamson, Victoria")
    assert nlm(person).startswith("Guazzelli Williamson V. FuseMedML")
