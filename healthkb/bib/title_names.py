"""Runs of a Title Case title's words that are names NLM keeps capitalised:
studies, surveys, bodies and laws, documents named after places, the author's
own name, and what a title in capitals hides (acronyms, places)."""

from __future__ import annotations

import re

from healthkb.bib.genera import subgenus
from healthkb.bib.named_instruments import INSTRUMENT_HEADS
from healthkb.bib.proper_nouns import proper_nouns
from healthkb.bib.title_words import (
    EPONYMS,
    SMALL_WORDS,
    bare_word,
    keeps_shape,
    place_word,
    word_letters,
)

#: the last word of a named study, survey, programme or body ("the Framingham
#: Heart Study", "National Health and Nutrition Examination Survey"), or of a
#: named resource ("the Human Phenotype Ontology", "the cBio Cancer Genomics
#: Portal")
_NAME_HEADS = frozenset(
    """
    study survey initiative program programme project consortium registry
    network observatory collaboration collaborative biobank database
    society institute foundation agency commission council organization
    organisation administration service department center centre hospital
    clinic questionnaire inventory act ontology portal
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


#: words that make a "... Network" a model's kind ("Deep Belief Network",
#: "Graph Attention Network"), never an organisation's name
_MODEL_WORDS = frozenset(
    """
    neural convolutional recurrent adversarial generative residual bayesian
    belief attention siamese capsule spiking feedforward feed-forward
    """.split()  # noqa: SIM905
)


_NAME_JOINERS = frozenset(["of", "and", "for", "on", "&"])


def named_runs(words: list[str]) -> set[int]:
    """Indices of the words of a name in a Title Case title: three or more
    capitalised words ending in a study's or body's head word, not after
    "a"/"an" and with no study-design word in them."""
    named: set[int] = set()
    for end, word in enumerate(words):
        head = word_letters(word).lower()
        if (
            head not in _NAME_HEADS | _PLURAL_HEADS | {"trial"}
            or not word[:1].isupper()
        ):
            continue
        start = end
        while start > 0:
            before = words[start - 1]
            letters = word_letters(before)
            if before.endswith((":", ".", ";", ",")) or not letters:
                break
            if len(letters) > 4 and letters.lower().endswith("ing"):
                break  # "Analyzing Health Equity Using Household Survey": a verb
            if letters.lower() in SMALL_WORDS and letters.lower() not in _NAME_JOINERS:
                break  # "Cancer Incidence Among World Trade Center Responders"
            if letters[0].isupper() or letters.lower() in _NAME_JOINERS:
                start -= 1
                continue
            break
        start = _listed_name_start(words, start)
        while start < end and (
            word_letters(words[start]).lower() in _NAME_JOINERS
            # "the 8-Item Centre for ... Studies": a count before the name
            or _HYPHENATED_COUNT.fullmatch(bare_word(words[start]))
        ):
            start += 1
        if start > 0 and re.fullmatch(r"[\d.,]+%?", words[start - 1]):
            # "5 Years of US Food and Drug Administration Approvals": after a
            # number the run starts with a unit counted, not the name; the name
            # starts after the unit's "of"
            units = [i for i in range(start, end) if words[i].lower() == "of"]
            start = units[0] + 1 if units else start
        run = words[start : end + 1]
        capitalised = [w for w in run if word_letters(w)[:1].isupper()]
        after_article = start > 0 and word_letters(words[start - 1]).lower() in (
            "a",
            "an",
        )
        first = word_letters(run[0]).lower()
        after_article = after_article or first in ("a", "an")
        definite = first == "the" or (
            start > 0 and word_letters(words[start - 1]).lower() == "the"
        )
        if first == "the":
            run, start = run[1:], start + 1
            capitalised = capitalised[1:]
        # "Genome-Wide Association Study" is a design too
        design = any(
            bare_word(w).lower() in _DESIGN_WORDS
            or bare_word(w).lower().endswith("-wide")
            for w in run
        )
        # "Recurrent Neural Network", "Convolutional LSTM Network": a kind of
        # model a method builds, not a body's network
        design = design or (
            head in ("network", "networks")
            and any(bare_word(w).lower() in _MODEL_WORDS for w in run)
        )
        # "the Canadian Longitudinal Study", "the LifeLines Cohort Study": one
        # study, named after its place or by a coined name, design words and all
        coined = keeps_shape(run[0], False) and not any(c.isdigit() for c in run[0])
        national = bare_word(run[0]) in proper_nouns() or bare_word(run[0]) in _NATIONAL
        if design and definite and (coined or national):
            design = False
        # "the European Society of Cardiology (ESC)": its acronym after the
        # continuation says it is a name
        continued = _name_continued(
            words, end, to_the_end=definite and (coined or national)
        )
        follows = _acronym_in_brackets(words, end + 1)
        # "UK Biobank": a short name's one word is right before its head, not
        # joined to it ("Database and Biobank of ...": two common nouns)
        short = head in _SHORT_NAME_HEADS and (
            end == 0 or word_letters(words[end - 1]).lower() not in _NAME_JOINERS
        )
        enough = 3 - bool(continued > end or follows) - short
        joined = any(word_letters(w).lower() in _NAME_JOINERS for w in run)
        place_head = word_letters(word).lower() in _PLACE_HEADS
        if place_head and joined:
            continue
        # a plural head is more often generic ("Designing Difference-in-Difference
        # Studies"); headed by an acronym it is a name ("the NICHD Fetal Growth
        # Studies")
        plural = word_letters(word).lower() in _PLURAL_HEADS
        # ... and so it is led by a body's own head ("Centre for Epidemiological
        # Studies", "Institute for Fiscal Studies")
        led_by_body = word_letters(run[0]).lower() in _NAME_HEADS
        if plural and not keeps_shape(run[0], False) and not led_by_body:
            continue
        if head == "trial" and not (definite and len(capitalised) >= 4):
            # "the Alveolar Recruitment for Acute Respiratory Distress Syndrome
            # Trial": one trial's long name; "a Vaccine Trial", "the Pilot
            # Trial" are kinds of trial
            continue
        if len(capitalised) >= enough and not after_article and not design:
            named.update(range(start, _instrument_after(words, continued) + 1))
    return named


def _listed_name_start(words: list[str], start: int) -> int:
    """Where a name that lists its words starts: "the Aging, Demographics, and
    Memory Study" (capitalised words with commas, then ", and", after "the");
    *start* when the run before the head is no such list."""
    if start == 0 or word_letters(words[start]).lower() != "and":
        return start
    first = start
    while first > 0 and words[first - 1].endswith(","):
        item = words[first - 1].rstrip(",")
        if not word_letters(item)[:1].isupper() or " " in item:
            break
        first -= 1
    if first < start - 1 and first > 0 and words[first - 1].lower() == "the":
        return first
    return start


#: a count joined to what it counts ("8-Item", "12-Month")
_HYPHENATED_COUNT = re.compile(r"\d+-[A-Za-z]+")


def _instrument_after(words: list[str], end: int) -> int:
    """Where a body's or study's name ending at *end* ends when an instrument of
    theirs follows it ("Centre for Epidemiological Studies Depression Scale"): up
    to two capitalised words and an instrument's head."""
    for last in range(end + 1, min(end + 4, len(words))):
        word = words[last]
        if not word_letters(word)[:1].isupper() or word_letters(word).lower() in (
            SMALL_WORDS
        ):
            return end
        if word_letters(word).lower() in INSTRUMENT_HEADS:
            return last
        if word.endswith((":", ",", ".", ";")):
            return end
    return end


#: the head of a learned or public body's name that is followed by what it is for
#: ("European Society for Blood and Marrow Transplantation", "Royal College of
#: Physicians", "American Society of Clinical Oncology")
_BODY_HEADS = frozenset(
    """
    society institute foundation agency commission council organization
    organisation association college academy federation alliance board database
    registry register survey program programme center centre centers centres
    """.split()  # noqa: SIM905
)


def _run_start(
    words: list[str], end: int, joiners: frozenset[str] = frozenset()
) -> int:
    """Where the run of capitalised words (and *joiners*) before ``words[end]``
    starts, within its clause; a small word at its start ("The" starting a
    subtitle) is left out of it."""
    start = end
    while start > 0:
        before = words[start - 1]
        letters = word_letters(before)
        if before.endswith((":", ",", ".", ";")) or not letters:
            break
        if not letters[:1].isupper() and letters.lower() not in joiners:
            break
        start -= 1
    while start < end and (
        not word_letters(words[start])[:1].isupper()
        or word_letters(words[start]).lower() in SMALL_WORDS
    ):
        start += 1
    return start


def bodies_named_for(words: list[str]) -> set[int]:
    """Indices of a body's name in a Title Case title or part: capitalised words,
    a body's head, then "for"/"of" and capitalised words (joined by "and", "of",
    "&") to the end of the name."""
    named: set[int] = set()
    for head, word in enumerate(words):
        if word_letters(word).lower() not in _BODY_HEADS or not word[:1].isupper():
            continue
        start = _run_start(words, head)
        if start == head or head + 2 >= len(words) or word.endswith((":", ",", ";")):
            continue
        if start > 0 and word_letters(words[start - 1]).lower() in ("a", "an"):
            continue  # "a National Survey of Adults": one of its kind, no name
        # a body's name starts with its country or standing ("European", "Royal",
        # "National"); "Positive Association of", "Spatial Organization of" are
        # no names
        lead = bare_word(words[start])
        if lead not in proper_nouns() | EPONYMS and lead not in _NATIONAL | {"Royal"}:
            continue
        if word_letters(words[head + 1]).lower() not in ("for", "of", "on"):
            continue
        end = head + 1
        for after in range(head + 2, len(words)):
            letters = word_letters(words[after])
            if not letters:
                break
            if letters[:1].isupper():
                end = after
            elif letters.lower() not in ("and", "&", "of"):
                break  # "... Physicians on Falls": the name has ended
            if words[after].endswith((":", ".", ";", ",")):
                break
        if end > head + 1:
            named.update(range(start, end + 1))
    return named


#: what starts the name of a flagship report or programme named by its year
_WORLDWIDE = frozenset(["World", "Global", "International", "National"])


def named_by_year(words: list[str]) -> set[int]:
    """Indices of a report's or programme's name that ends in its year: "World
    Population Prospects 2019", "Global Surgery 2030" (capitalised words from
    "World", "Global", "International" or "National" up to a year)."""
    named: set[int] = set()
    for index, word in enumerate(words):
        if not re.fullmatch(r"(?:19|20)\d\d[:,.;]?", word) or index < 2:
            continue
        # an event named by its year takes small words inside ("the
        # PhysioNet/Computing in Cardiology Challenge 2019")
        event = word_letters(words[index - 1]).lower() in _EVENT_HEADS
        start = _run_start(
            words, index, _NAME_JOINERS | {"in"} if event else frozenset()
        )
        capitalised = [w for w in words[start:index] if word_letters(w)[:1].isupper()]
        if len(capitalised) >= 2 and (event or bare_word(words[start]) in _WORLDWIDE):
            named.update(range(start, index))
        named |= _named_before_its_edition(words, index)
    return named


def _named_before_its_edition(words: list[str], year: int) -> set[int]:
    """ "World Population Prospects: The 2022 Revision", "Global Tuberculosis
    Report: 2019": the flagship's name before a subtitle that starts with its
    year (after "The" at most)."""
    colon = year - 1
    if colon >= 0 and word_letters(words[colon]).lower() == "the":
        colon -= 1
    if colon < 1 or not words[colon].endswith(":"):
        return set()
    start = _run_start(words, colon)
    capitalised = [w for w in words[start : colon + 1] if word_letters(w)[:1].isupper()]
    if len(capitalised) >= 2 and bare_word(words[start]) in _WORLDWIDE:
        return set(range(start, colon + 1))
    return set()


#: an event named by its year: "... Challenge 2019", "... Summit 2023"
_EVENT_HEADS = frozenset(
    "challenge competition conference congress symposium workshop summit".split()  # noqa: SIM905
)


_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z0-9-]*[A-Z0-9]\)")


def _acronym_in_brackets(words: list[str], index: int) -> bool:
    """Is ``words[index]`` an acronym in brackets ("(CLSA)")? Brackets round
    what the writer braced ("({{TILDA}})": the title's words hold "(" and ")"
    alone, the braced acronym kept apart) count as one."""
    if index >= len(words):
        return False
    if _ACRONYM_IN_BRACKETS.fullmatch(words[index].rstrip(".,;:")):
        return True
    return (
        words[index] == "("
        and index + 1 < len(words)
        and words[index + 1].rstrip(".,;:") == ")"
    )


def _name_continued(words: list[str], end: int, to_the_end: bool = False) -> int:
    """Where a name ending at *end* really ends when its acronym follows a
    continuation: "Study on Aging (CLSA)", "Study of Ageing (ELSA)". With
    *to_the_end* (one study named after its place: "the Canadian Longitudinal
    Study"), a continuation that ends the title or its part is the name's too:
    "... from the Canadian Longitudinal Study on Aging", "the Quebec Longitudinal
    Study on Nutrition and Successful Aging"."""
    after = end + 1
    while after + 1 < len(words) and word_letters(words[after]).lower() in ("of", "on"):
        if not word_letters(words[after + 1])[:1].isupper():
            break
        after += 1
        while after < len(words) and (
            word_letters(words[after])[:1].isupper()
            or (
                to_the_end
                and words[after] in ("and", "&")
                and after + 1 < len(words)
                and word_letters(words[after + 1])[:1].isupper()
            )
        ):
            if words[after].startswith("("):
                break
            after += 1
            if words[after - 1].endswith((":", ";", ".", ",")):
                break
    continued = end + 1 < after < len(words)
    if continued and _acronym_in_brackets(words, after):
        return after - 1
    # one continuation ("Study on Aging"), not a run of them ("Study of Ageing
    # on Loneliness": the second is what the title says of the study)
    ends_part = after == len(words) or words[after - 1].endswith((":", ";", ".", ","))
    once = sum(word_letters(w).lower() in ("of", "on") for w in words[end + 1 : after])
    if to_the_end and after > end + 1 and ends_part and once == 1:
        return after - 1
    return end


#: documents named after the place they were agreed in ("the Declaration of
#: Helsinki", "the Ottawa Charter")
_DOCUMENT_HEADS = frozenset(["declaration", "charter", "treaty", "convention"])


def documents_of_places(words: list[str]) -> set[int]:
    found: set[int] = set()
    for index, word in enumerate(words):
        if word_letters(word).lower() not in _DOCUMENT_HEADS or not word[:1].isupper():
            continue
        after = words[index + 1 : index + 3]
        before = bare_word(words[index - 1]) if index else ""
        if [w.lower() for w in after[:1]] == ["of"] and len(after) == 2:
            if bare_word(after[1]) in proper_nouns():
                found.add(index)
        elif before in proper_nouns():
            found.add(index)
    return found


#: acronyms in medical titles that are never English words, so a title in
#: capitals keeps them ("WHO", "US", "ART", "PET" are words and are not here)
COMMON_ACRONYMS = frozenset(
    """
    HIV AIDS DNA RNA ICU BMI USA UK NHS CDC FDA NIH COPD ADHD PTSD MRI CT ECG EEG
    HPV HCV HBV TB RCT SARS MERS ICD QALY DALY GBD LMIC LMICS NCD NCDS STI STIS
    IVF OECD UNICEF UNAIDS AMR MSM LGBT LGBTQ NHANES BRFSS EHR EMR GDP
    """.split()  # noqa: SIM905
)


def known_in_capitals(pieces: list[str], index: int) -> str:
    """*pieces[index]* of a title in capitals as it is written in running text
    when it is an acronym of the list or a place; "" otherwise."""
    word = pieces[index]
    if bare_word(word) in COMMON_ACRONYMS or bare_word(word).removesuffix("S") in (
        "HIV",
        "STI",
        "NCD",
    ):
        return word
    if not word_letters(word).isupper():
        return ""
    head, *rest = word.split("-")
    head_cased = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), head)
    named = bare_word(head_cased) in EPONYMS or bare_word(head_cased) in proper_nouns()
    if rest and named:
        # "NOBEL-PRIZE": the name keeps its capital, the word after it does not;
        # a subgenus in brackets after its genus keeps its own
        # ("ANOPHELES-(MYZOMYIA)-STEPHENSI")
        words_cased = [
            re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), part)
            for part in rest
        ]
        parts = [
            cased if subgenus(head_cased, cased) else cased.lower()
            for cased in words_cased
        ]
        return "-".join([head_cased, *parts])
    cased = [
        re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), piece)
        for piece in pieces
    ]
    return cased[index] if place_word(cased, index) else ""


def named_in(words: list[str], names: frozenset[str]) -> set[int]:
    """Indices of the words that spell one of *names* of several words (the
    organisation that is the author: "UK Biobank data showcase")."""
    found: set[int] = set()
    bare = [bare_word(word).casefold() for word in words]
    for name in names:
        parts = [part.casefold() for part in name.split()]
        if len(parts) < 2:
            continue
        for start in range(len(words) - len(parts) + 1):
            if bare[start : start + len(parts)] == parts:
                found.update(range(start, start + len(parts)))
    return found


#: an author's acronym: "GBIF" in "GBIF Secretariat", "WHO" in "WHO Regional Office"
_AUTHOR_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,7}")


def spelt_by_authors(words: list[str], names: frozenset[str]) -> set[int]:
    """Indices of the capitalised words that spell an acronym in the name of an
    organisation that is the author: "GBIF Secretariat"'s page "Global
    Biodiversity Information Facility" is the body's own name written out."""
    found: set[int] = set()
    acronyms = {
        token
        for name in names
        for token in re.findall(r"[^\s,;:()]+", name)
        if _AUTHOR_ACRONYM.fullmatch(token) and token not in COMMON_ACRONYMS
    }
    for acronym in acronyms:
        for first in range(len(words)):
            if not word_letters(words[first])[:1].isupper():
                continue
            for last in range(first + 1, min(first + len(acronym) + 3, len(words))):
                run = words[first : last + 1]
                if any(w.endswith((":", ".", ";", ",")) for w in run[:-1]):
                    break
                if not all(
                    word_letters(w)[:1].isupper()
                    or word_letters(w).lower() in _EXPANSION_JOINERS
                    for w in run
                ):
                    break
                initials = "".join(
                    word_letters(w)[:1]
                    for w in run
                    if word_letters(w).lower() not in _EXPANSION_JOINERS
                )
                if initials.upper() == acronym.replace("&", ""):
                    found.update(range(first, last + 1))
                    break
    return found


_INITIAL = re.compile(r"^[A-Z]\.$")


def initialled_names(words: list[str]) -> set[int]:
    """Indices of a person's name written with a middle initial ("Paul E.
    Meehl", "John F. Kennedy"): an initial between capitalised words is a name,
    whatever the case of the title."""
    found: set[int] = set()
    for index, word in enumerate(words[1:-1], start=1):
        before, after = word_letters(words[index - 1]), word_letters(words[index + 1])
        if (
            _INITIAL.match(word)
            and before[:1].isupper()
            and after[:1].isupper()
            and after.lower() not in SMALL_WORDS
        ):
            found.update((index - 1, index, index + 1))
    return found


#: the last words of things an acronym abbreviates that stay common nouns in NLM
#: however a Title Case title writes them ("Body Mass Index (BMI)", "Chronic
#: Obstructive Pulmonary Disease (COPD)", "Electronic Health Records (EHR)")
_GENERIC_EXPANSION_HEADS = frozenset(
    """
    disease diseases disorder disorders syndrome syndromes infection infections
    injury injuries failure deficiency cancer cancers carcinoma tumour tumor
    therapy therapies treatment treatments substance substances record records
    imaging index unit units year years trial trials test tests testing
    factor factors receptor receptors protein proteins virus viruses pressure
    rate rates ratio level levels care stimulation pathway pathways service
    services diagnosis support primary measure measures coefficient coefficients
    interval intervals curve curves
    """.split()  # noqa: SIM905
)

#: small words an acronym may take a letter from, or skip ("Health of the Nation
#: Outcome Scales (HoNOS)")
_EXPANSION_JOINERS = frozenset(["of", "the", "and", "for", "on", "in", "&", "to"])


#: an acronym in brackets, maybe plural or numbered: "(MICS)", "(CSDGs)",
#: "(HoNOS65+)", and "(HoNOS" before "65+)"
_SPELT_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])s?[0-9+\-]*\)?")


def _spells(acronym: str, words: list[str]) -> bool:
    """Do *words* spell *acronym* in order: every capitalised word gives its
    first letter and maybe the letters after it ("SHeffield ELicitation
    Framework"), a small word gives its first letter or nothing?"""
    target = acronym.casefold()
    lowered = [word_letters(w).casefold() for w in words]

    def match(at: int, word: int) -> bool:
        if at == len(target) and word < len(lowered) and lowered[word] in ("for", "of"):
            # "Outcome Scales for Elderly People (HoNOS 65+)": the acronym's
            # own words end, a qualifier of capitalised words follows
            return word + 1 < len(lowered)
        if word == len(lowered):
            return at == len(target)
        text = lowered[word]
        small = text in _EXPANSION_JOINERS
        if small and match(at, word + 1):
            return True
        taken = 0
        # a small word gives at most its first letter ("Salmonella in Pork
        # (SALINPORK)" is no name spelt out)
        most = 1 if small else len(text)
        while taken < most and at + taken < len(target):
            if text[taken] != target[at + taken]:
                break
            taken += 1
            if match(at + taken, word + 1):
                return True
        return False

    return bool(target) and match(0, 0)


def acronym_expansions(words: list[str]) -> set[int]:
    """Indices of the capitalised words that an acronym in brackets right after
    them spells out ("Multiple Indicator Cluster Surveys (MICS)", "Observational
    Health Data Sciences and Informatics (OHDSI)"): what an acronym names is a
    name, unless it is a common noun's (a disease, an index, a record)."""
    found: set[int] = set()
    for index, word in enumerate(words):
        bracket = _SPELT_ACRONYM.fullmatch(word.rstrip(".,;:"))
        if not bracket or index < 2:
            continue
        acronym = bracket.group(1)
        if acronym.upper() in COMMON_ACRONYMS:
            continue
        start = index
        while start > 0:
            before = words[start - 1]
            letters = word_letters(before)
            # a comma may list the named things ("National Morbidity, Mortality,
            # and Air Pollution Study (NMMAPS)"); the run must still spell it
            if not letters or before.endswith((":", ".", ";")):
                break
            if not (letters[0].isupper() or letters.lower() in _EXPANSION_JOINERS):
                break
            start -= 1
        # the shortest run ending before the bracket that spells the acronym
        for first in range(index - 2, start - 1, -1):
            run = words[first:index]
            if word_letters(run[0]).lower() in _EXPANSION_JOINERS:
                continue
            if _spells(acronym, run):
                # an acronym with a run of small letters took them from one
                # word ("Respiratory ... Trial (ResPECT)"): a coined name, which
                # a common noun's initials ("Randomized Controlled Trial") never are
                coined = bool(re.search(r"[a-z]{2,}", acronym))
                generic = not coined and any(
                    word_letters(w).lower() in _GENERIC_EXPANSION_HEADS for w in run
                )
                capitalised = [w for w in run if word_letters(w)[:1].isupper()]
                if (
                    not generic
                    and len(capitalised) >= 2
                    and all(
                        word_letters(w)[:1].isupper()
                        or word_letters(w).lower() in _EXPANSION_JOINERS
                        for w in run
                    )
                ):
                    found.update(range(first, index))
                break
    return found
