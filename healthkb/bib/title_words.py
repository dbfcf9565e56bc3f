"""The words of a title: which are small, which are names by their shape (an
acronym, an inner capital, a digit), which are places, peoples and eponyms.
:mod:`healthkb.bib.title_case` decides a title's case from them."""

from __future__ import annotations

import re
from functools import cache

from healthkb.bib.proper_nouns import proper_nouns, proper_phrases

WORD = re.compile(r"[^\s]+")


SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "via",
        "vs",
        "with",
        # longer prepositions and conjunctions, lower-case in many Title Case
        # styles ("Bayesian Nowcasting during the ... Outbreak")
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "amid",
        "among",
        "around",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "besides",
        "between",
        "beyond",
        "despite",
        "during",
        "except",
        "inside",
        "near",
        "off",
        "onto",
        "out",
        "outside",
        "since",
        "than",
        "through",
        "throughout",
        "toward",
        "towards",
        "under",
        "underneath",
        "unlike",
        "until",
        "upon",
        "versus",
        "within",
        "without",
        "so",
        "yet",
        "if",
    ]
)


#: eponyms and names in statistics and medicine that Title Case cannot tell from
#: ordinary words (NLM keeps a proper adjective: "Bayesian", "Alzheimer disease");
#: names that are also common words (Wells, Down, Cox, Student) are left out
EPONYMS = frozenset(
    """
    Bayes Bayesian Gauss Gaussian Markov Markovian Poisson Bernoulli Weibull Gibbs
    Metropolis-Hastings
    Kaplan-Meier Meier Fisher Pearson Spearman Wilcoxon Kruskal-Wallis Mann-Whitney
    Bonferroni Hilbert Bland-Altman Likert Newton Newtonian Euler Laplace Laplacian
    Fourier Dirichlet Cochran Cochrane Mantel-Haenszel Nelson-Aalen Hosmer-Lemeshow
    Alzheimer Parkinson Huntington Crohn Hodgkin Kaposi Guillain-Barré Cushing
    Addison Hashimoto Sjögren Tourette Asperger Wilms Ewing Lyme Ebola Zika Apgar
    Framingham Chagas Kawasaki Creutzfeldt-Jakob Raynaud Bell Barrett Bowen Paget
    Hirschsprung Duchenne Marfan Turner Klinefelter Wernicke Korsakoff Epstein-Barr
    Gram Pap Doppler Monte Carlo Gompertz Kalman Lotka-Volterra Kermack-McKendrick
    Granger Mendelian Hardy-Weinberg Michaelis-Menten Hodgkin-Huxley Frank-Starling
    Akaike Youden Brier McNemar Kendall Cronbach Kolmogorov-Smirnov Shapiro-Wilk
    Tukey Dunnett Scheffé Benjamini-Hochberg Mahalanobis Euclidean Pareto Gini
    Hawkes Reed-Frost Fine-Gray Aalen DerSimonian-Laird Egger Newcastle-Ottawa
    Charlson Elixhauser Karnofsky Barthel Apgar Gleason Breslow Mallampati Killip
    Child-Pugh Papanicolaou Ziehl-Neelsen Giemsa Sanger Delphi Hebbian Pavlovian Nobel
    Darwinian Golgi Purkinje Schwann Langerhans Kupffer Leydig Sertoli Broca Bruch
    Behçet Takotsubo Brugada Wolff-Parkinson-White Holter Roux-en-Y Billroth Meckel
    Zenker Mallory-Weiss Budd-Chiari Dubin-Johnson Crigler-Najjar Reye Rett
    Angelman Prader-Willi Noonan Patau DiGeorge Fanconi Diamond-Blackfan Gaucher
    Fabry Pompe Tay-Sachs Niemann-Pick Hurler Krabbe Canavan Friedreich
    Charcot-Marie-Tooth Charcot Lewy Kallmann Asherman Burkitt Waldenström Merkel
    Coxsackie Norwalk Marburg Lassa Nipah Legionnaires Fallopian Eustachian
    """.split()  # noqa: SIM905
)


#: eponyms that are also common words (left out of EPONYMS), known for a name
#: by the noun they come before
_EPONYM_NOUNS = {
    "Cox": frozenset(["model", "models", "regression", "proportional", "hazards"]),
    "Student": frozenset(["t-test", "t-distribution", "t"]),
    "Wells": frozenset(["score", "criteria", "rule"]),
    "Down": frozenset(["syndrome"]),
}


def bare_word(word: str) -> str:
    return word.strip(".,;:!?()[]'\"\u2018\u2019\u201c\u201d")


#: small words inside a place's name ("Bosnia and Herzegovina")
_PHRASE_JOINERS = frozenset(["of", "and", "the", "da", "de"])


@cache
def _phrase_index() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each word of a place of several words -> (the place, where the word is)."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in proper_phrases():
        for position, word in enumerate(phrase):
            if word not in _PHRASE_JOINERS:
                index.setdefault(word, []).append((phrase, position))
    return index


def _in_phrase(pieces: list[str], index: int) -> bool:
    """Is ``pieces[index]`` a word of a place of several words ("United States",
    "Sierra Leone", "New South Wales"), each of whose words is capitalised?"""
    words = [bare_word(piece) for piece in pieces[::2]]
    here = index // 2
    for phrase, position in _phrase_index().get(words[here].lower(), []):
        start = here - position
        if start < 0 or start + len(phrase) > len(words):
            continue
        found = words[start : start + len(phrase)]
        if [w.lower() for w in found] == list(phrase) and all(
            w[:1].isupper()
            for w, p in zip(found, phrase, strict=True)
            if p not in _PHRASE_JOINERS
        ):
            return True
    return False


def place_word(pieces: list[str], index: int) -> bool:
    """Is ``pieces[index]`` (words and spaces alternate) part of a place name?"""
    word = bare_word(pieces[index])
    if not word[:1].isupper():
        return False
    spans = re.split(r"[\u2013\u2014]", word)
    if len(spans) > 1 and all(part in proper_nouns() for part in spans):
        return True  # "January–April", "Europe–Asia"
    stem = re.sub(r"['\u2019]s$", "", word)  # "Alzheimer's", "Canada's"
    if stem in proper_nouns() or stem in EPONYMS:
        return True
    after = bare_word(pieces[index + 2]).lower() if index + 2 < len(pieces) else ""
    if after in _EPONYM_NOUNS.get(stem, ()):
        return True  # "the Cox model", "Student t-test", "Down syndrome"
    if stem != word and _eponym_possessive(stem):
        return True
    # a people in the plural: "Australians", "Canadians", "Filipinos"
    single = word.removesuffix("s")
    if (
        single != word
        and single.endswith(("an", "o", "i"))
        and single in proper_nouns()
    ):
        return True
    if (
        word in _STATE_HEADS
        and index + 4 < len(pieces)
        and bare_word(pieces[index + 2]) == "of"
        and place_word(pieces, index + 4)
    ):
        # "the Republic of Korea", "the Kingdom of Saudi Arabia": the state's
        # name begins with its form of government
        return True
    return _in_phrase(pieces, index)


#: the forms of government that start a state's official name
_STATE_HEADS = frozenset(
    ["Republic", "Kingdom", "Federation", "Commonwealth", "Principality", "Sultanate"]
)

#: who or what owns something in a title's possessive when it is no name ("A
#: User's Guide", "Women's Health", "The Surgeon's Role")
_COMMON_POSSESSORS = frozenset(
    """
    man men woman women child children people person baby infant girl boy
    mother father parent family patient user client consumer citizen veteran
    doctor nurse physician surgeon clinician practitioner pharmacist dentist
    midwife caregiver carer provider researcher investigator expert student
    teacher worker employer owner manager leader planner policymaker donor
    survivor victim reader author editor writer beginner hitchhiker dummy
    master bachelor world nation country state society community today year
    life nature heart brain body cell host king queen god earth city
    government company industry president minister public population system
    hospital university school church animal market planet
    one everyone everybody nobody someone anyone other each another
    tomorrow yesterday day night week month decade century hour minute moment
    adolescent teen youth newborn elder mind eye
    """.split()  # noqa: SIM905
)


def _eponym_possessive(stem: str) -> bool:
    """Is *stem* (the word before "'s") a name: "Braunwald's Heart Disease",
    "Satterthwaite's approximation"? A capitalised word, not a common noun."""
    return (
        re.fullmatch(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z][a-z]+)?", stem)
        is not None
        and stem.lower() not in _COMMON_POSSESSORS
        and stem.lower() not in SMALL_WORDS
        and not _COMMON_NOUN_ENDING.search(stem)
    )


#: endings English makes common nouns with, never a person's or a place's name
#: ("A Variable's Importance", "the Population's Health", "a Treatment's Effect")
_COMMON_NOUN_ENDING = re.compile(
    r"\w{3}(?:able|ible|tion|sion|ment|ness|ity|ance|ence|ism|ship|hood|ology)$"
)


#: an English plural ("Findings", "Isolates", "Outbreaks"): an "s" after a letter
#: that Latin and place names do not end their "-is", "-us", "-as", "-os", "-ss" with
_ENGLISH_PLURAL = re.compile(r"\w{3}[^\Wsiuao]s$")


def common_noun_form(word: str) -> bool:
    """Is *word* shaped as an English common noun, a plural ("Findings") or a
    word made with a noun's ending ("Surveillance", "Contamination"), which no
    serovar's or place's name is ("Enteritidis", "Typhimurium", "Newport")?"""
    letters = bare_word(word).lower()
    return bool(_ENGLISH_PLURAL.search(letters) or _COMMON_NOUN_ENDING.search(letters))


def place_prefixed(word: str) -> str:
    """``Scotland-wide`` for ``Scotland-Wide``: a place before a hyphen keeps its
    capital, the rest is lowered; ``""`` when *word* does not start with a place."""
    head, dash, rest = word.partition("-")
    if not dash or not rest or bare_word(head) not in proper_nouns():
        return ""
    return head + dash + rest.lower()


def name_prefixed(word: str) -> str:
    """``non-Hispanic`` for ``Non-Hispanic``, ``pan-European``, ``anti-Asian``: a
    prefix before a place or a people is lowered, the name keeps its capital;
    ``""`` when no name follows the hyphen."""
    head, dash, rest = word.partition("-")
    if not dash or not head.isalpha() or "-" in rest:
        return ""
    if bare_word(rest) not in proper_nouns() or not rest[:1].isupper():
        return ""
    return head.lower() + dash + rest


def word_letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isalpha())


def keeps_shape(word: str, capitals_title: bool) -> bool:
    letters = word_letters(word)
    # a number joined to its word keeps the word's shape (p53, COVID-19, 8th);
    # an unspaced dash between words joins nothing ("Diabetes—2025")
    if any(
        any(ch.isdigit() for ch in part) and word_letters(part)
        for part in word.split("\u2014")
    ):
        return True
    if len(letters) == 1 and letters.isupper() and letters != "A":
        # vitamin D, R, hepatitis C: a lone capital is a name, not Title Case
        return not capitals_title and bare_word(word) == letters
    if len(letters) >= 2 and letters.isupper():
        return not capitals_title
    head, dash, rest = word.partition("-")
    if dash and rest and re.fullmatch(r"[B-DF-Z]", head) and not capitals_title:
        # T-cell, B-lymphocyte, X-linked: a letter naming a cell or chromosome
        # (not e-health, A-level)
        return True
    if dash and re.fullmatch(r"[AE]", head) and not capitals_title:
        # a letter naming a statistic keeps it, as "P-value" does: the E-value,
        # an A-score (not "e-health", "e-cigarettes", "A-level")
        return bool(re.fullmatch(r"(?i)(?:values?|scores?|statistics?)\W*", rest))
    # an inner capital: EpiEstim, mRNA, SARS-CoV-2, McDonald (a capital after a
    # hyphen is Title Case, High-Energy, not a name)
    for part in re.split(r"[-\u2010\u2011\u2013\u2014/]", word):
        part_letters = word_letters(part)
        if len(part_letters) >= 2 and part_letters.isupper() and not capitals_title:
            return True
        if any(ch.isupper() for ch in part_letters[1:]):
            return not part_letters.isupper()
    return False
