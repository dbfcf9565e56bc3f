"""Sentence-case titles as *Citing Medicine* prints them.

NLM capitalises only the first word, proper nouns and acronyms. BibTeX styles lower
everything not braced, which breaks unbraced acronyms (``SARS-CoV-2``, ``STROBE``);
and exporters brace words for their own reasons (Zotero's ``{Symptom} {Onset}``,
Mendeley's ``{{Title.}}``), which would keep Title Case. So:

- a word keeps its case when its shape says it is an acronym or a name written on
  purpose: an inner capital (``SARS-CoV-2``, ``EpiEstim``), a digit, or all capitals
  (``STROBE``) in a title that is not itself in capitals;
- a title written in sentence case is kept as written (its capitals are proper
  nouns the author chose); one in Title Case or ALL CAPS is lowered word by word;
- braces are the author's protection, unless the exporter braced the whole title or
  every capitalised word of a Title Case title: then they say nothing and the rules
  above apply (Zotero also braces every capitalised word of a sentence-case title,
  ``{Ontario} students``: there the braces keep the names it protects);
- a single capital letter (vitamin ``D``, ``R``, hepatitis ``C``) keeps its case, and
  so do the names of countries, continents, peoples, months and days (NLM
  capitalises them), which no shape rule can tell from Title Case words.
"""

from __future__ import annotations

import re
from functools import cache

from pybtex.richtext import Protected, Text

from healthkb.bib.proper_nouns import proper_nouns, proper_phrases

_WORD = re.compile(r"[^\s]+")
_SMALL = frozenset(
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
_EPONYMS = frozenset(
    """
    Bayes Bayesian Gauss Gaussian Markov Markovian Poisson Bernoulli Weibull
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
    Child-Pugh Papanicolaou Ziehl-Neelsen Giemsa Sanger Delphi Hebbian Pavlovian
    Darwinian Golgi Purkinje Schwann Langerhans Kupffer Leydig Sertoli Broca Bruch
    Behçet Takotsubo Brugada Wolff-Parkinson-White Holter Roux-en-Y Billroth Meckel
    Zenker Mallory-Weiss Budd-Chiari Dubin-Johnson Crigler-Najjar Reye Rett
    Angelman Prader-Willi Noonan Patau DiGeorge Fanconi Diamond-Blackfan Gaucher
    Fabry Pompe Tay-Sachs Niemann-Pick Hurler Krabbe Canavan Friedreich
    Charcot-Marie-Tooth Charcot Lewy Kallmann Asherman Burkitt Waldenström Merkel
    Coxsackie Norwalk Marburg Lassa Nipah Legionnaires Fallopian Eustachian
    """.split()  # noqa: SIM905
)


def _bare(word: str) -> str:
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
    words = [_bare(piece) for piece in pieces[::2]]
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


def _place_word(pieces: list[str], index: int) -> bool:
    """Is ``pieces[index]`` (words and spaces alternate) part of a place name?"""
    word = _bare(pieces[index])
    if not word[:1].isupper():
        return False
    stem = re.sub(r"['\u2019]s$", "", word)  # "Alzheimer's", "Canada's"
    if stem in proper_nouns() or stem in _EPONYMS:
        return True
    # a people in the plural: "Australians", "Canadians", "Filipinos"
    single = word.removesuffix("s")
    if (
        single != word
        and single.endswith(("an", "o", "i"))
        and single in proper_nouns()
    ):
        return True
    return _in_phrase(pieces, index)


def place_prefixed(word: str) -> str:
    """``Scotland-wide`` for ``Scotland-Wide``: a place before a hyphen keeps its
    capital, the rest is lowered; ``""`` when *word* does not start with a place."""
    head, dash, rest = word.partition("-")
    if not dash or not rest or _bare(head) not in proper_nouns():
        return ""
    return head + dash + rest.lower()


#: the last word of a named study, survey, programme or body ("the Framingham
#: Heart Study", "National Health and Nutrition Examination Survey")
_NAME_HEADS = frozenset(
    """
    study survey initiative program programme project consortium registry
    network observatory collaboration collaborative biobank database
    society institute foundation agency commission council organization
    organisation administration service department center centre hospital
    clinic questionnaire inventory act
    """.split()  # noqa: SIM905
)
#: heads that a single capitalised word before them makes a name ("UK Biobank",
#: "China Kadoorie Biobank"): biobanks are always named
_SHORT_NAME_HEADS = frozenset(["biobank"])
#: words that lead the names of national programmes ("the National COVID Cohort
#: Collaborative")
_NATIONAL = frozenset(["National", "International", "Global", "World"])
_PLURAL_HEADS = frozenset(["studies", "surveys", "trials", "programmes", "programs"])
#: heads of a place's name ("Leipzig Heart Center"), which also end ordinary
#: phrases ("Staffing and Education and Hospital"): the name has no "and"/"of"
_PLACE_HEADS = frozenset(["center", "centre", "hospital", "clinic"])
#: words that make such a phrase a study design, not a name ("A Prospective
#: Cohort Study", "Randomized Controlled Trial")
_DESIGN_WORDS = frozenset(
    """
    randomized randomised controlled cohort prospective retrospective
    cross-sectional case-control observational pilot feasibility qualitative
    quantitative systematic longitudinal multicenter multicentre multi-center
    population-based nationwide comparative descriptive experimental clinical
    open-label double-blind placebo-controlled follow-up secondary exploratory
    modelling modeling simulation case review meta-analysis validation
    retrospective prevalence incidence mortality association
    """.split()  # noqa: SIM905
)
_NAME_JOINERS = frozenset(["of", "and", "for", "on", "&"])


def _named_runs(words: list[str]) -> set[int]:
    """Indices of the words of a name in a Title Case title: three or more
    capitalised words ending in a study's or body's head word, not after
    "a"/"an" and with no study-design word in them."""
    named: set[int] = set()
    for end, word in enumerate(words):
        head = _letters(word).lower()
        if head not in _NAME_HEADS | _PLURAL_HEADS or not word[:1].isupper():
            continue
        start = end
        while start > 0:
            before = words[start - 1]
            letters = _letters(before)
            if before.endswith((":", ".", ";", ",")) or not letters:
                break
            if len(letters) > 4 and letters.lower().endswith("ing"):
                break  # "Analyzing Health Equity Using Household Survey": a verb
            if letters.lower() in _SMALL and letters.lower() not in _NAME_JOINERS:
                break  # "Cancer Incidence Among World Trade Center Responders"
            if letters[0].isupper() or letters.lower() in _NAME_JOINERS:
                start -= 1
                continue
            break
        while start < end and _letters(words[start]).lower() in _NAME_JOINERS:
            start += 1
        run = words[start : end + 1]
        capitalised = [w for w in run if _letters(w)[:1].isupper()]
        after_article = start > 0 and _letters(words[start - 1]).lower() in ("a", "an")
        first = _letters(run[0]).lower()
        after_article = after_article or first in ("a", "an")
        definite = first == "the" or (
            start > 0 and _letters(words[start - 1]).lower() == "the"
        )
        if first == "the":
            run, start = run[1:], start + 1
            capitalised = capitalised[1:]
        # "Genome-Wide Association Study" is a design too
        design = any(
            _bare(w).lower() in _DESIGN_WORDS or _bare(w).lower().endswith("-wide")
            for w in run
        )
        # "the Canadian Longitudinal Study", "the LifeLines Cohort Study": one
        # study, named after its place or by a coined name, design words and all
        coined = keeps_shape(run[0], False) and not any(c.isdigit() for c in run[0])
        national = _bare(run[0]) in proper_nouns() or _bare(run[0]) in _NATIONAL
        if design and definite and (coined or national):
            design = False
        # "the European Society of Cardiology (ESC)": its acronym after the
        # continuation says it is a name
        continued = _name_continued(words, end)
        follows = end + 1 < len(words) and _ACRONYM_IN_BRACKETS.fullmatch(
            words[end + 1].rstrip(".,;:")
        )
        enough = 3 - bool(continued > end or follows) - (head in _SHORT_NAME_HEADS)
        joined = any(_letters(w).lower() in _NAME_JOINERS for w in run)
        place_head = _letters(word).lower() in _PLACE_HEADS
        if place_head and joined:
            continue
        # a plural head is more often generic ("Designing Difference-in-Difference
        # Studies"); headed by an acronym it is a name ("the NICHD Fetal Growth
        # Studies")
        plural = _letters(word).lower() in _PLURAL_HEADS
        if plural and not keeps_shape(run[0], False):
            continue
        if len(capitalised) >= enough and not after_article and not design:
            named.update(range(start, continued + 1))
    return named


_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z0-9-]*[A-Z0-9]\)")


def _name_continued(words: list[str], end: int) -> int:
    """Where a name ending at *end* really ends when its acronym follows a
    continuation: "Study on Aging (CLSA)", "Study of Ageing (ELSA)"."""
    after = end + 1
    while after + 1 < len(words) and _letters(words[after]).lower() in ("of", "on"):
        if not _letters(words[after + 1])[:1].isupper():
            break
        after += 2
        while after < len(words) and _letters(words[after])[:1].isupper():
            if words[after].startswith("("):
                break
            after += 1
    continued = end + 1 < after < len(words)
    if continued and _ACRONYM_IN_BRACKETS.fullmatch(words[after].rstrip(".,;:")):
        return after - 1
    return end


def _segments(title: Text, phrases_unbraced: bool = False) -> list[tuple[str, bool]]:
    """(text, braced) pieces of the decoded title, at the top level. A braced
    non-ASCII letter (``Kr{\\"u}ger``, JabRef's ``{$\\beta$}``) is how the letter
    was encoded, not a protection (BibTeX changes the case of ``{\\"U}`` too)."""
    segments: list[tuple[str, bool]] = []
    for part in title.parts:
        text, braced = str(part), isinstance(part, Protected)
        if braced and len(text) == 1 and text.isalpha() and not text.isascii():
            braced = False
        if braced and phrases_unbraced and _exporter_phrase(part):
            braced = False
        if segments and not braced and not segments[-1][1]:
            segments[-1] = (segments[-1][0] + text, False)
        else:
            segments.append((text, braced))
    return segments


def _exporter_phrase(part: Protected) -> bool:
    """Better BibTeX's ``{{Cardiac Sympathetic Index}}``: the capitals a Zotero
    title had, double-braced as a run, are its Title Case far more often than a
    name (25 of 29 such runs in the fixture corpora); names are kept by the
    other rules (places, acronyms, studies)."""
    inner = part.parts
    if len(inner) != 1 or not isinstance(inner[0], Protected):
        return False
    words = _WORD.findall(str(part))
    # a run with a name in it is the name ("{{Indigenous Australians}}")
    pieces = re.split(r"(\s+)", str(part).strip())
    named = any(_place_word(pieces, i) for i in range(0, len(pieces), 2))
    return (
        len(words) >= 2 and not named and not any(keeps_shape(w, False) for w in words)
    )


def _letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isalpha())


def keeps_shape(word: str, capitals_title: bool) -> bool:
    letters = _letters(word)
    if any(ch.isdigit() for ch in word) and letters:
        return True
    if len(letters) == 1 and letters.isupper() and letters != "A":
        # vitamin D, R, hepatitis C: a lone capital is a name, not Title Case
        return not capitals_title and _bare(word) == letters
    if len(letters) >= 2 and letters.isupper():
        return not capitals_title
    # an inner capital: EpiEstim, mRNA, SARS-CoV-2, McDonald (a capital after a
    # hyphen is Title Case, High-Energy, not a name)
    for part in re.split(r"[-\u2010\u2011\u2013\u2014/]", word):
        part_letters = _letters(part)
        if len(part_letters) >= 2 and part_letters.isupper() and not capitals_title:
            return True
        if any(ch.isupper() for ch in part_letters[1:]):
            return not part_letters.isupper()
    return False


def _capitalised(word: str) -> bool:
    """``Value``, and ``n-Person`` (Title Case capitalises after a one-letter
    prefix)."""
    return _letters(word)[:1].isupper() or bool(re.match(r"^[a-z]-[A-Z]", word))


def _is_title_case(words: list[str]) -> bool:
    # the title's first word is capitalised in any case (even when it is "A")
    # words whose shape is their own (scoringRules, mRNA, STROBE) say nothing
    significant = [
        w
        for w in words[1:]
        if _letters(w)
        and _letters(w).lower() not in _SMALL
        and not keeps_shape(w, False)
    ]
    if not significant:
        return False
    capitalised = sum(1 for w in significant if _capitalised(w))
    # Title Case leaves no ordinary word lower-case; "A revision of the Trauma
    # Score" is sentence case with a name in it (one slip allowed per four words)
    lower = len(significant) - capitalised
    return capitalised / len(significant) > 0.6 and lower <= len(significant) // 4


def _words_braced(segments: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The title's words, each with whether any part of it is braced
    (``{Sub}-classification`` is)."""
    words: list[tuple[str, bool]] = []
    current, braced_part = "", False
    for text, braced in segments:
        for ch in text:
            if ch.isspace():
                if current:
                    words.append((current, braced_part))
                current, braced_part = "", False
                continue
            current += ch
            braced_part = braced_part or braced
    if current:
        words.append((current, braced_part))
    return words


def _exporter_braced(segments: list[tuple[str, bool]]) -> bool:
    braced = [text for text, protected in segments if protected]
    if len(segments) == 1 and braced:
        return True  # the whole title in braces
    words = [w for text, _ in segments for w in _WORD.findall(text)]
    # the title's first word is capitalised in any title, and exporters leave it
    # unbraced (Better BibTeX: "Semi-{{Mechanistic Bayesian}} Modeling ...")
    first_plain = next(
        (w for text, braced in segments[:1] if not braced for w in _WORD.findall(text)),
        "",
    )
    capitalised = [w for w in words if _letters(w)[:1].isupper()]
    if first_plain and capitalised[:1] == [first_plain]:
        capitalised = capitalised[1:]
    braced_words = [w for text in braced for w in _WORD.findall(text)]
    # Better BibTeX leaves some capitalised words unbraced ("{{Metformin}} Due to")
    if len(braced_words) + len(capitalised) // 5 < len(capitalised):
        return False
    if len(braced) < 2 and not _one_braced_title_case(segments, braced_words):
        return False
    # Zotero braces every capitalised word of any title; in a sentence-case one
    # (ordinary words left lower-case and unbraced) the braces protect names
    plain = [
        _letters(word)
        for word, braced_part in _words_braced(segments)[1:]
        if not braced_part and _letters(word).lower() not in _SMALL
    ]
    lower = sum(1 for letters in plain if letters and letters[0].islower())
    return not (lower >= 2 and lower * 2 > len(plain))


def _one_braced_title_case(
    segments: list[tuple[str, bool]], braced_words: list[str]
) -> bool:
    """Zotero's "Modern {Epidemiology}", "Health {Economics}": a short Title Case
    title with one capitalised word after the first, braced as Zotero braces every
    one; not "{Ontario} students" (an ordinary word in lower case)."""
    if len(braced_words) != 1 or keeps_shape(braced_words[0], False):
        return False
    plain = [
        _letters(word)
        for word, braced_part in _words_braced(segments)[1:]
        if not braced_part and _letters(word).lower() not in _SMALL
    ]
    return not any(letters[:1].islower() for letters in plain if letters)


def sentence_case(title: Text, names: frozenset[str] = frozenset()) -> str:
    """The title of *title* (decoded BibTeX text) in NLM sentence case; *names*
    are words that are names whatever the case of the title (the one-word
    organisation that is the author: "Apple. COVID-19 mobility reports - Apple")."""
    segments = _segments(title)
    if _exporter_braced(segments):
        # the braces say nothing: one text, so a word sees its neighbours
        # ("{United} {States}" is a place); but exporters brace only capitals, so
        # a braced word in lower case is the author's ("{synthpop} : {Bespoke} ...")
        segments = _unbraced_but_lower_case(segments)
    else:
        segments = _segments(title, phrases_unbraced=True)
    segments = _subtitle_braces_dropped(segments)
    words = [w for text, braced in segments if not braced for w in _WORD.findall(text)]
    letters = "".join(_letters(w) for w in words)
    capitals_title = len(letters) > 12 and letters.isupper()
    lower_words = capitals_title or _is_title_case(words)
    title_case_parts = [] if lower_words else _title_case_parts(words)
    shouted = set() if capitals_title else _capitals_runs(words)
    named = _named_runs(words) if lower_words or title_case_parts else set()
    # "Estimates of ... | Australian Bureau of Statistics": a web page's title
    # ends with its site's name, a proper noun
    named |= _named_in(words, names) | _documents_of_places(words)
    bars = [i for i, w in enumerate(words) if w == "|"]
    if bars and len(words) - bars[-1] <= 7:
        named |= set(range(bars[-1] + 1, len(words)))
    word_index = -1  # the piece's place in ``words``
    part = 0  # which colon-separated part of the title the loop is in
    out: list[str] = []
    first = True
    after_colon = False
    for segment, (text, braced) in enumerate(segments):
        if braced:
            out.append(text)
            first = first and not _letters(text)
            after_colon = after_colon and not _letters(text)
            continue
        pieces = re.split(r"(\s+)", text)
        for index, piece in enumerate(pieces):
            if index % 2 or not piece:
                out.append(piece)
                continue
            word_index += 1
            if not _letters(piece):
                out.append(piece)
                after_colon = after_colon or piece.endswith(":")
                # "1,500 scientists lift ...": a number is the first word; a
                # numbered heading's "17." is not ("17. A value for ...")
                if any(ch.isdigit() for ch in piece) and not piece.endswith("."):
                    first = False
                continue
            loud = capitals_title or word_index in shouted
            if loud and (known := _known_in_capitals(pieces, index)):
                # "HIV CARE IN SOUTH AFRICA": acronyms that are never words, and
                # places, which capitals hide
                out.append(known)
                first = after_colon = False
                continue
            keep = (
                keeps_shape(piece, loud)
                or (not capitals_title and _place_word(pieces, index))
                or word_index in named
                or _bare(piece) in names
            )
            lower_here = lower_words or part in title_case_parts or loud
            if keep and lower_here and "-" in piece and word_index not in named:
                # "ECG-Database": the acronym keeps its shape, the word does not
                piece = _hyphen_parts_lowered(piece)
            if first:
                if not keep:
                    lowered = piece.lower() if lower_here else piece
                    piece = _upper_first(lowered)
                first = False
            elif (lower_here or after_colon) and not keep:
                following = "".join(pieces[index + 1 :]) + "".join(
                    rest for rest, _ in segments[segment + 1 :]
                )
                if lower_here or not _starts_a_name(piece, following):
                    # NLM lowers a subtitle's first word too
                    piece = place_prefixed(piece) or piece.lower()
            after_colon = piece.endswith(":")
            part += after_colon
            out.append(piece)
    # "synthpop : bespoke ...": no space before a subtitle's colon in NLM
    return _SPACED_COLON.sub(":", "".join(out))


_SPACED_COLON = re.compile(r"(?<=\S)[ \t]+:(?=\s)")


#: documents named after the place they were agreed in ("the Declaration of
#: Helsinki", "the Ottawa Charter")
_DOCUMENT_HEADS = frozenset(["declaration", "charter", "treaty", "convention"])


def _documents_of_places(words: list[str]) -> set[int]:
    found: set[int] = set()
    for index, word in enumerate(words):
        if _letters(word).lower() not in _DOCUMENT_HEADS or not word[:1].isupper():
            continue
        after = words[index + 1 : index + 3]
        before = _bare(words[index - 1]) if index else ""
        if [w.lower() for w in after[:1]] == ["of"] and len(after) == 2:
            if _bare(after[1]) in proper_nouns():
                found.add(index)
        elif before in proper_nouns():
            found.add(index)
    return found


#: acronyms in medical titles that are never English words, so a title in
#: capitals keeps them ("WHO", "US", "ART", "PET" are words and are not here)
_COMMON_ACRONYMS = frozenset(
    """
    HIV AIDS DNA RNA ICU BMI USA UK NHS CDC FDA NIH COPD ADHD PTSD MRI CT ECG EEG
    HPV HCV HBV TB RCT SARS MERS ICD QALY DALY GBD LMIC LMICS NCD NCDS STI STIS
    IVF OECD UNICEF UNAIDS AMR MSM LGBT LGBTQ NHANES BRFSS EHR EMR GDP
    """.split()  # noqa: SIM905
)


def _known_in_capitals(pieces: list[str], index: int) -> str:
    """*pieces[index]* of a title in capitals as it is written in running text
    when it is an acronym of the list or a place; "" otherwise."""
    word = pieces[index]
    if _bare(word) in _COMMON_ACRONYMS or _bare(word).removesuffix("S") in (
        "HIV",
        "STI",
        "NCD",
    ):
        return word
    if not _letters(word).isupper():
        return ""
    cased = [
        re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), piece)
        for piece in pieces
    ]
    return cased[index] if _place_word(cased, index) else ""


def _named_in(words: list[str], names: frozenset[str]) -> set[int]:
    """Indices of the words that spell one of *names* of several words (the
    organisation that is the author: "UK Biobank data showcase")."""
    found: set[int] = set()
    bare = [_bare(word).casefold() for word in words]
    for name in names:
        parts = [part.casefold() for part in name.split()]
        if len(parts) < 2:
            continue
        for start in range(len(words) - len(parts) + 1):
            if bare[start : start + len(parts)] == parts:
                found.update(range(start, start + len(parts)))
    return found


def _starts_a_name(word: str, following: str) -> bool:
    """In a sentence-case title, does the subtitle's first *word* begin a name of
    capitalised words ("...: Jiulong {River} {Estuary}, {Fujian}")?"""
    after = _WORD.match(following.lstrip())
    if not after or not following[:1].isspace() or re.search(r"[,.;:]$", word):
        return False
    if _letters(word).lower() in _SMALL:
        return False  # ": A Review of UK data" is no name
    letters = _letters(after.group(0))
    return letters[:1].isupper() and letters.lower() not in _SMALL


def _unbraced_but_lower_case(
    segments: list[tuple[str, bool]],
) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for text, braced in segments:
        letters = _letters(text)
        keep = braced and letters[:1].islower() and " " not in text.strip()
        if out and not keep and not out[-1][1]:
            out[-1] = (out[-1][0] + text, False)
        else:
            out.append((text, keep))
    return out


def _capitals_runs(words: list[str]) -> set[int]:
    """Indices of words in a run written in capitals ("PART 1: GUIDANCE DOCUMENT
    ON ..."): three or more words of capitals, over twelve letters, are not
    acronyms (words without letters, "1:", do not break the run)."""
    found: set[int] = set()
    run: list[int] = []
    for index, word in enumerate([*words, "x"]):
        letters = _letters(word)
        if not letters and index < len(words):
            run.append(index)
            continue
        if letters.isupper() and index < len(words):
            run.append(index)
            continue
        lettered = [i for i in run if _letters(words[i])]
        if len(lettered) >= 3 and sum(len(_letters(words[i])) for i in run) > 12:
            found.update(run)
        run = []
    return found


def _hyphen_parts_lowered(word: str) -> str:
    """*word* with its hyphenated parts lowered unless a part keeps its shape
    (``ECG-database``, ``SARS-CoV-2`` unchanged) or is a name."""
    first, *rest = word.split("-")
    parts = [first, *(_greek_lowered(part) for part in rest)]
    kept = [keeps_shape(part, False) or _bare(part) in proper_nouns() for part in parts]
    if not any(kept) or all(kept) or any(_bare(part) in _EPONYMS for part in parts):
        return "-".join(parts)
    return "-".join(
        part if keep else part.lower() for part, keep in zip(parts, kept, strict=True)
    )


def _greek_lowered(part: str) -> str:
    """``β1`` for ``Β1`` (``IL-1β``): Title Case capitalised the Greek letter of a
    hyphenated part ("Growth Factor-Β1-Induced"); a name writes it small."""
    if re.fullmatch(r"[0-9]*[\u0391-\u03a9][0-9]*", part):
        return part.lower()
    return part


def _title_case_parts(words: list[str]) -> set[int]:
    """Which colon-separated parts (0: the main title) are in Title Case when the
    whole is not: Crossref gives ``The Structure of Ordinary Water: New data and
    interpretations ...`` (a Title Case title, a sentence-case subtitle). A part
    needs two words beyond its first to tell."""
    parts: list[list[str]] = [[]]
    for word in words:
        parts[-1].append(word)
        if word.endswith(":"):
            parts.append([])
    found = set()
    for index, part_words in enumerate(parts):
        # words whose shape is their own (INTERGROWTH-21st) tell nothing: "the
        # INTERGROWTH-21st Project" is one word to judge by, not two
        significant = [
            w
            for w in part_words[1:]
            if _letters(w)
            and _letters(w).lower() not in _SMALL
            and not keeps_shape(w, False)
        ]
        # a short lead-in before the colon ("Systematic Reviews:", "404 Error:")
        # tells by one word: a sentence-case lead-in would lower it; one headed by
        # an acronym is more often a resource's name ("COVID-19 Open-Data:")
        lead_in = (
            index == 0
            and len(parts) > 1
            and len(part_words) <= 4
            and not keeps_shape(part_words[0], False)
        )
        if (len(significant) >= 2 or (lead_in and significant)) and _is_title_case(
            part_words
        ):
            found.add(index)
    return found


def _subtitle_braces_dropped(
    segments: list[tuple[str, bool]],
) -> list[tuple[str, bool]]:
    """Better BibTeX braces a subtitle's first word (``: {{A}} comparison``) to keep
    it capitalised for APA; NLM lowers it, so those braces say nothing."""
    out = list(segments)
    for index, (text, braced) in enumerate(out):
        if not braced or index == 0:
            continue
        before = out[index - 1][0].rstrip()
        single = len(_WORD.findall(text)) == 1 and text.strip() == text
        if before.endswith(":") and single and not keeps_shape(text, False):
            out[index] = (text, False)
    return out


def _upper_first(word: str) -> str:
    for index, ch in enumerate(word):
        if ch.isalpha():
            return word[:index] + ch.upper() + word[index + 1 :]
    return word
