"""Titles whose case no single Title Case rule settles: a study named with its
commas before its acronym, a title of several sentences, a phrase the author
braced with lower-case words in it, and a title in German."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

from healthkb.bib.title_language import in_german


def report(title: str) -> str:
    return nlm(
        f"@techreport{{k, author = {{Samet, J. M.}}, title = {{{title}}},"
        " institution = {Health Effects Institute}, year = {2000}}"
    )


def test_a_name_listed_with_commas_before_its_acronym_is_kept():
    got = report(
        "{The National Morbidity, Mortality, and Air Pollution Study (NMMAPS)."
        " Part 2. Morbidity and mortality from air pollution in the United States}"
    )
    assert got == (
        "Samet JM. The National Morbidity, Mortality, and Air Pollution Study "
        "(NMMAPS). Part 2. Morbidity and mortality from air pollution in the "
        "United States. Health Effects Institute; 2000."
    )


def test_a_list_that_does_not_spell_the_acronym_is_lowered():
    got = report("{Heart Disease, Stroke, and Diet Outcomes (HSDX) in Adults}")
    assert got.startswith("Samet JM. Heart disease, stroke, and diet outcomes (HSDX)")


#: a body named for what it does is a name ("European Society for ..."), an
#: ordinary noun without a capitalised word before it is not
BODIES = (
    (
        "{Treatment Failure in CLL: A Report from the European Society for Blood"
        " and Marrow Transplantation}",
        "Treatment failure in CLL: a report from the European Society for Blood"
        " and Marrow Transplantation.",
    ),
    (
        "{Guidance of the Royal College of Physicians on Falls in Older Adults}",
        "Guidance of the Royal College of Physicians on falls in older adults.",
    ),
    (
        "{Predicting Stroke: Results From the National Registry of Atrial Fibrillation}",
        "Predicting stroke: results from the National Registry of Atrial Fibrillation.",
    ),
    # no capitalised word before the head, or no country or standing: ordinary nouns
    (
        "{The Role of Society for Health Outcomes in Adults}",
        "The role of society for health outcomes in adults.",
    ),
    (
        "{A Positive Association of Coffee and Mortality in Adults}",
        "A positive association of coffee and mortality in adults.",
    ),
    (
        "{The Spatial Organization of Chromatin in Human Cells}",
        "The spatial organization of chromatin in human cells.",
    ),
)


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        *BODIES,
        (
            "{A Method of Estimating Comparative Rates. Application to Cancer}",
            "A method of estimating comparative rates. Application to cancer.",
        ),
        # an abbreviation's period ends no sentence
        (
            "{Outcomes in Adults vs. Children with Asthma}",
            "Outcomes in adults vs. children with asthma.",
        ),
    ],
)
def test_each_sentence_starts_with_a_capital_and_bodies_keep_theirs(title, printed):
    assert report(title) == f"Samet JM. {printed} Health Effects Institute; 2000."


def test_a_phrase_braced_with_lower_case_words_is_the_authors():
    got = report(
        "Thematic Report: {HIV} Continuum of Care: Monitoring implementation of"
        " the {Dublin Declaration on\nPartnership to Fight HIV/AIDS in Europe:"
        " 2014 progress report}"
    )
    assert "HIV continuum of care: monitoring implementation of the Dublin " in got
    assert (
        "Declaration on Partnership to Fight HIV/AIDS in Europe: 2014 progress" in got
    )


def test_a_german_title_keeps_its_nouns():
    got = nlm(
        "@article{k, author = {{Robert Koch-Institut}}, journal = {Epid Bull},"
        r" title = {{G}ruppenerkrankung in {B}aden-{W}{\"u}rttemberg: {V}erdacht"
        " auf {K}ryptosporidiose}, year = {2001}}"
    )
    assert got == (
        "Robert Koch-Institut. Gruppenerkrankung in Baden-Württemberg: Verdacht auf "
        "Kryptosporidiose. Epid Bull. 2001."
    )


@pytest.mark.parametrize(
    ("text", "german"),
    [
        ("Multiresistente Erreger bei Tier und Mensch", True),
        ("Empirischer Vergleich von Methoden zur Ausbruchserkennung", True),
        ("Its still possible to die of botulism", False),
        ("Der Spiegel and the Press", False),
        ("Bayesian Nowcasting", False),
        ("Avaliação das Políticas de Saúde", False),
        ("Analyse des Données de Santé", False),
    ],
)
def test_what_is_german(text, german):
    assert in_german(text) is german


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        (
            "{Estimation of Intracluster Correlation Coefficient (ICC) for Binary Data}",
            False,
        ),
        ("{Results of the Multiple Indicator Cluster Surveys (MICS) in Ghana}", True),
    ],
)
def test_a_statistical_measure_spelt_out_is_no_name(title, kept):
    got = report(title)
    assert ("Intracluster Correlation" in got or "Multiple Indicator" in got) is kept


def test_a_german_title_in_capitals_is_not_kept_in_capitals():
    got = nlm(
        "@article{k, author = {{Robert Koch-Institut}}, journal = {Epid Bull},"
        " title = {GRUPPENERKRANKUNG IN BADEN: VERDACHT AUF KRYPTOSPORIDIOSE},"
        " year = {2001}}"
    )
    assert "GRUPPENERKRANKUNG" not in got


@pytest.mark.parametrize(
    ("title", "start"),
    [
        (
            "World Population Prospects 2019: Methodology of the Estimates",
            "World Population Prospects 2019: methodology",
        ),
        (
            "Global Surgery 2030: evidence and solutions for achieving health",
            "Global Surgery 2030: evidence",
        ),
        # a year after ordinary words names nothing
        (
            "Hospital Admissions in Ghana 2019: A Review of Records",
            "Hospital admissions in Ghana 2019: a review",
        ),
        # an event named by its year takes its small words
        (
            "Predicting Mortality: The PhysioNet/Computing in Cardiology Challenge 2012",
            "Predicting mortality: the PhysioNet/Computing in Cardiology Challenge 2012",
        ),
        (
            "New Treatments in the Cochrane Database of Systematic Reviews",
            "New treatments in the Cochrane Database of Systematic Reviews",
        ),
    ],
)
def test_a_flagship_report_named_by_its_year(title, start):
    assert report(title).startswith(f"Samet JM. {start}")
