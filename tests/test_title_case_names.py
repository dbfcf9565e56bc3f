"""Title Case titles keep the names of studies, surveys and bodies (NLM
capitalises proper names), but not study designs that look like them."""

from __future__ import annotations

import pytest

from healthkb.bib.latex_text import text_from_latex
from healthkb.bib.title_case import sentence_case


@pytest.mark.parametrize(
    ("title", "nlm"),
    [
        (
            "Results From the Framingham Heart Study",
            "Results from the Framingham Heart Study",
        ),
        (
            "Obesity in the National Health and Nutrition Examination Survey, "
            "1999-2010",
            "Obesity in the National Health and Nutrition Examination Survey, "
            "1999-2010",
        ),
        (
            "Smoking and Lung Cancer: The British Doctors Study",
            "Smoking and lung cancer: the British Doctors Study",
        ),
        (
            "Adolescent Brain Cognitive Development Study (ABCD)",
            "Adolescent Brain Cognitive Development Study (ABCD)",
        ),
        # designs, not names
        (
            "A Prospective Cohort Study of Diet and Cancer",
            "A prospective cohort study of diet and cancer",
        ),
        (
            "Diet and Cancer: A Population-Based Study",
            "Diet and cancer: a population-based study",
        ),
        (
            "A Genome-Wide Association Study of Height",
            "A genome-wide association study of height",
        ),
        (
            "Mental Health Services Use in a National Survey of Adults",
            "Mental health services use in a national survey of adults",
        ),
        (
            "Randomized Controlled Trial of Exercise Training Study",
            "Randomized controlled trial of exercise training study",
        ),
        # a title in sentence case is kept as its author wrote it
        (
            "Incidence of stroke in the Framingham Heart Study",
            "Incidence of stroke in the Framingham Heart Study",
        ),
        # one study named after its place, or by a coined name, design words and
        # all; its name runs on to its acronym
        (
            "Cohort Profile: The Canadian Longitudinal Study on Aging (CLSA)",
            "Cohort profile: the Canadian Longitudinal Study on Aging (CLSA)",
        ),
        (
            "Diet in the LifeLines Cohort Study: A Resource",
            "Diet in the LifeLines Cohort Study: a resource",
        ),
        # but not a study of that design
        (
            "A Danish Cohort Study of Diabetes and Heart Failure",
            "A Danish cohort study of diabetes and heart failure",
        ),
        (
            "Diabetes in Denmark: Danish Cohort Study of Older Adults",
            "Diabetes in Denmark: Danish cohort study of older adults",
        ),
        # an acronym after a name confirms it; biobanks are always named
        (
            "Results From the National COVID Cohort Collaborative (N3C)",
            "Results from the National COVID Cohort Collaborative (N3C)",
        ),
        (
            "Statement of the European Society of Cardiology (ESC) on Heart Failure",
            "Statement of the European Society of Cardiology (ESC) on heart failure",
        ),
        (
            "Use of the Patient Health Questionnaire-9 (PHQ-9) in Primary Care",
            "Use of the Patient Health Questionnaire-9 (PHQ-9) in primary care",
        ),
        (
            "Body Mass Index and Heart Disease in the UK Biobank",
            "Body mass index and heart disease in the UK Biobank",
        ),
        # laws; a name does not run back over a preposition
        (
            "The Affordable Care Act and Access to Care Among Hispanic Adults",
            "The Affordable Care Act and access to care among Hispanic adults",
        ),
        (
            "Cancer Incidence Among World Trade Center Responders",
            "Cancer incidence among World Trade Center responders",
        ),
        (
            "West Nile Virus in New York City and Alaska Native Villages",
            "West Nile virus in New York City and Alaska Native villages",
        ),
        # Zotero braces every capitalised word, even when there is only one
        ("Modern {Epidemiology}", "Modern epidemiology"),
        ("Visiting {Ontario} in winter", "Visiting Ontario in winter"),
        ("Outcomes in {Smith} syndrome", "Outcomes in Smith syndrome"),
        # a title in capitals: acronyms that are never words, and places
        (
            "EFFECT OF COVID-19 ON HIV CARE IN SOUTH AFRICA AND INDIA",
            "Effect of COVID-19 on HIV care in South Africa and India",
        ),
        (
            "WHO GETS CARE: ART AND PET IN THE NHS",
            "Who gets care: art and pet in the NHS",
        ),
        # a prefix before a place or a people is lowered, the name is not
        (
            "Obesity Among Non-Hispanic White Adults and Pan-European Cohorts",
            "Obesity among non-Hispanic white adults and pan-European cohorts",
        ),
        ("Anti-Asian Racism in Hospitals", "Anti-Asian racism in hospitals"),
        # documents named after the place they were agreed in
        (
            "WMA Declaration of Helsinki - Ethical Principles for Medical Research",
            "WMA Declaration of Helsinki - ethical principles for medical research",
        ),
        (
            "A Declaration of Independence for Patients in Modern Care",
            "A declaration of independence for patients in modern care",
        ),
        # a disease's or a design's acronym does not make it a name
        (
            "Chronic Obstructive Pulmonary Disease (COPD) in Primary Care",
            "Chronic obstructive pulmonary disease (COPD) in primary care",
        ),
        (
            "A Genome-Wide Association Study (GWAS) of Height",
            "A genome-wide association study (GWAS) of height",
        ),
        # a name does not begin at a verb
        (
            "Analyzing Health Equity Using Household Survey Data: A Guide",
            "Analyzing health equity using household survey data: a guide",
        ),
        # eponyms Title Case cannot tell from ordinary words
        (
            "A Multivariate Granger Causality Concept towards Full Brain Connectivity",
            "A multivariate Granger causality concept towards full brain connectivity",
        ),
        (
            "Structure, Function, and Pathology of Bruch's Membrane",
            "Structure, function, and pathology of Bruch's membrane",
        ),
        (
            "Mendelian Randomization of Body Mass Index and Charlson Comorbidity",
            "Mendelian randomization of body mass index and Charlson comorbidity",
        ),
        # a plural head names studies when an acronym heads them, else it is generic
        (
            "The NICHD Fetal Growth Studies: design, methods, and cohort description",
            "The NICHD Fetal Growth Studies: design, methods, and cohort description",
        ),
        (
            "Designing Difference-in-Difference Studies with Staggered Treatment "
            "Adoption: Key Concepts",
            "Designing difference-in-difference studies with staggered treatment "
            "adoption: key concepts",
        ),
        # an acronym is no evidence of a Title Case subtitle: one word is left
        (
            "International standards for fetal growth: the INTERGROWTH-21st Project",
            "International standards for fetal growth: the INTERGROWTH-21st Project",
        ),
    ],
)
def test_names_of_studies_keep_their_capitals(title, nlm):
    assert sentence_case(text_from_latex(title)) == nlm


@pytest.mark.parametrize(
    ("title", "nlm"),
    [
        # -- title case greek letter after a hyphen is small
        # Exporters' Title Case capitalises a Greek letter after a hyphen (Better
        # BibLaTeX: "Factor-Β1"); the name has it small.
        (
            "Glutaminolysis Is Required for Transforming Growth Factor-\u03921-Induced "
            "Differentiation",
            "Glutaminolysis is required for transforming growth factor-\u03b21-induced "
            "differentiation",
        ),
        ("The Role of IL-1\u0392 in Sepsis", "The role of IL-1\u03b2 in sepsis"),
        # JabRef's encoding braces protect nothing
        (
            'Growth Factor-{$\\Beta$}1-Induced Differentiation and {\\"O}dema',
            "Growth factor-\u03b21-induced differentiation and \u00f6dema",
        ),
        # a sentence-case title's Greek is as written
        ("Role of IL-1\u03b2 in sepsis", "Role of IL-1\u03b2 in sepsis"),
        # -- lower case braces kept and no space before a colon
        # every capital braced (Zotero), the lower-case name braced by its author
        (
            "\\textbf{synthpop} : {Bespoke} {Creation} of {Synthetic} {Data} in {R}",
            "synthpop: bespoke creation of synthetic data in R",
        ),
        ("Outcomes of Surgery : A Review", "Outcomes of surgery: a review"),
        # -- subtitle opening with a name
        # a sentence-case title's subtitle opening with a name of several words
        (
            "Perfluoroalkyl substances in a subtropical estuary: Jiulong {River} "
            "{Estuary}, {Fujian}, {China}",
            "Perfluoroalkyl substances in a subtropical estuary: Jiulong River "
            "Estuary, Fujian, China",
        ),
        # its first word alone is lowered, as NLM does
        ("Asthma in adults: Trends in care", "Asthma in adults: trends in care"),
        ("Asthma in adults: A review", "Asthma in adults: a review"),
        (
            "COVID-19 in the {United} {Kingdom}: A Review of {UK} data",
            "COVID-19 in the United Kingdom: a Review of UK data",
        ),
        # -- peoples and site names
        # peoples in the plural, and a web page's site name after its bar
        (
            "Estimates of {{Aboriginal}} and {{Torres Strait Islander Australians}}, "
            "30 {{June}} 2021 {\\textbar} {{Australian Bureau}} of {{Statistics}}",
            "Estimates of Aboriginal and Torres Strait Islander Australians, 30 June "
            "2021 | Australian Bureau of Statistics",
        ),
        (
            "Diabetes Among Canadians and Filipinos Living Abroad",
            "Diabetes among Canadians and Filipinos living abroad",
        ),
        # -- better bibtex double braced runs
        # Better BibTeX double-braces the capitals a Zotero title had: as a run of
        # ordinary words, they are its Title Case
        (
            "Using {{Lorenz}} Plot and {{Cardiac Sympathetic Index}} of Heart Rate "
            "Variability for Detecting Seizures",
            "Using Lorenz plot and cardiac sympathetic index of heart rate "
            "variability for detecting seizures",
        ),
        (
            "Restrictions on {{Quantifier Domains}}",
            "Restrictions on quantifier domains",
        ),
        # a run with a name or an acronym in it is kept
        (
            "A Recruitment Method for {{Indigenous Australians}} in Remote Regions",
            "A recruitment method for Indigenous Australians in remote regions",
        ),
        ("Outbreaks of {{STEC O104}} in Germany", "Outbreaks of STEC O104 in Germany"),
        # one pair of braces is an author's ("{Global Health Observatory}")
        (
            "The {Global Health Observatory} data repository",
            "The Global Health Observatory data repository",
        ),
    ],
)
def test_exporters_title_case_rules(title, nlm):
    """Titles as exporters write them (decoded from their BibTeX), in NLM case."""
    assert sentence_case(text_from_latex(title)) == nlm
