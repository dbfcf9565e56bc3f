"""Bookkeeping an exporter leaves in fields meant for readers: EndNote's label (the
citation key again) in ``note``; Zotero's "Publisher: figshare" line, which is
the only place a saved data set names its publisher."""

from __future__ import annotations

from helpers.nlm_text import nlm


def test_a_note_that_repeats_the_key_is_not_shown():
    for key in ("diggle:1990", "Smith2020a"):
        got = nlm(
            f"@article{{{key}, author = {{Diggle, PJ}}, title = {{{{A point process}}}},"
            f" journal = {{Biometrics}}, volume = {{153}}, year = {{1990}},"
            f" note = {{{key.lower()}}}}}"
        )
        assert got == "Diggle PJ. A point process. Biometrics. 1990;153."


def test_an_editors_note_is_still_shown():
    got = nlm(
        "@article{k, author = {Diggle, PJ}, title = {A point process},"
        " journal = {Biometrics}, year = {1990}, note = {Erratum in vol 154}}"
    )
    assert got.endswith("Note: Erratum in vol 154.")


def test_zoteros_publisher_line_names_the_publisher_when_nothing_else_does():
    entry = (
        "@misc{k, title = {{MDD} dataset}, author = {Lee, Ann},"
        " url = {https://figshare.com/articles/dataset/x/1}, urldate = {2022-10-12},"
        " year = {2018}, note = {Publisher: figshare}}"
    )
    got = nlm(entry)
    assert "MDD dataset [Internet]. figshare; 2018 [cited 2022 Oct 12]." in got
    assert "Publisher" not in got
    # a publisher field wins over the note's line
    named = nlm(entry.replace("year =", "publisher = {Zenodo}, year ="))
    assert "Zenodo; 2018" in named and "figshare;" not in named


def test_a_publisher_line_in_an_articles_note_prints_nothing():
    got = nlm(
        "@article{k, author = {Lee, Ann}, title = {T}, journal = {Lancet},"
        " year = {2020}, note = {Publisher: Elsevier}}"
    )
    assert got == "Lee A. T. Lancet. 2020."


def test_a_version_typed_as_how_it_was_published_is_a_note():
    entry = (
        "@misc{k, title = {\\texttt{mvmeta}: Multivariate Meta-Analysis},"
        " author = {Gasparrini, A}, howpublished = {HOW}, year = {2015},"
        " url = {https://CRAN.R-project.org/package=mvmeta}}"
    )
    got = nlm(entry.replace("HOW", "\\texttt{R} package version 0.4-7"))
    assert got.endswith("package=mvmeta. Note: R package version 0.4-7.")
    assert "version 0.4-7; 2015" not in got
    # a publisher in howpublished is still the publisher
    named = nlm(entry.replace("HOW", "Comprehensive R Archive Network"))
    assert "Comprehensive R Archive Network; 2015." in named
