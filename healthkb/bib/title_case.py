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

from pybtex.richtext import Protected, Text

from healthkb.bib.acronym_bodies import acronym_led_names
from healthkb.bib.genera import SEROVAR_GENERA, higher_taxon, subgenus
from healthkb.bib.named_instruments import instruments_named_for
from healthkb.bib.proper_nouns import proper_nouns
from healthkb.bib.title_language import in_german
from healthkb.bib.title_names import (
    acronym_expansions,
    bodies_named_for,
    documents_of_places,
    initialled_names,
    known_in_capitals,
    named_by_year,
    named_in,
    named_runs,
    spelt_by_authors,
)
from healthkb.bib.title_words import (
    EPONYMS,
    SMALL_WORDS,
    WORD,
    bare_word,
    common_noun_form,
    keeps_shape,
    name_prefixed,
    place_prefixed,
    place_word,
    word_letters,
)


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
    words = WORD.findall(str(part))
    # a run with a name in it is the name ("{{Indigenous Australians}}")
    pieces = re.split(r"(\s+)", str(part).strip())
    named = any(place_word(pieces, i) for i in range(0, len(pieces), 2))
    return (
        len(words) >= 2 and not named and not any(keeps_shape(w, False) for w in words)
    )


def _capitalised(word: str) -> bool:
    """``Value``, and ``n-Person`` (Title Case capitalises after a one-letter
    prefix)."""
    return word_letters(word)[:1].isupper() or bool(re.match(r"^[a-z]-[A-Z]", word))


_VERSION_LABEL = re.compile(r"^[(\[]?(?:version|release|ver\.?|rev\.?)$", re.I)


def _is_title_case(words: list[str]) -> bool:
    # the title's first word is capitalised in any case (even when it is "A")
    # words whose shape is their own (scoringRules, mRNA, STROBE) say nothing
    # "(version 1.0.3)", "release 2": a version label is lower-case in any case
    labels = {
        i
        for i, w in enumerate(words[:-1])
        if _VERSION_LABEL.match(w) and any(ch.isdigit() for ch in words[i + 1])
    }
    significant = [
        w
        for i, w in enumerate(words)
        if i
        and i not in labels
        and not _taxon(words, i, step=1)
        and word_letters(w)
        and word_letters(w).lower() not in SMALL_WORDS
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
    if any(_author_braced_phrase(text) for text in braced):
        return False
    words = [w for text, _ in segments for w in WORD.findall(text)]
    # the title's first word is capitalised in any title, and exporters leave it
    # unbraced (Better BibTeX: "Semi-{{Mechanistic Bayesian}} Modeling ...")
    first_plain = next(
        (w for text, braced in segments[:1] if not braced for w in WORD.findall(text)),
        "",
    )
    capitalised = [w for w in words if word_letters(w)[:1].isupper()]
    if first_plain and capitalised[:1] == [first_plain]:
        capitalised = capitalised[1:]
    braced_words = [w for text in braced for w in WORD.findall(text)]
    # Better BibTeX leaves some capitalised words unbraced ("{{Metformin}} Due to")
    if len(braced_words) + len(capitalised) // 5 < len(capitalised):
        return False
    if len(braced) < 2 and not _one_braced_title_case(segments, braced_words):
        return False
    # Zotero braces every capitalised word of any title; in a sentence-case one
    # (ordinary words left lower-case and unbraced) the braces protect names
    plain = [
        word_letters(word)
        for word, braced_part in _words_braced(segments)[1:]
        if not braced_part and word_letters(word).lower() not in SMALL_WORDS
    ]
    lower = sum(1 for letters in plain if letters and letters[0].islower())
    return not (lower >= 2 and lower * 2 > len(plain))


def _author_braced_phrase(text: str) -> bool:
    """A braced run with a lower-case word that is not a small one ("{Dublin
    Declaration on Partnership to Fight HIV/AIDS ...: 2014 progress report}"):
    exporters brace capitalised words, so the author braced this one."""
    words = [word_letters(w) for w in WORD.findall(text)]
    return len(words) >= 3 and any(
        w[:1].islower() and w.lower() not in SMALL_WORDS for w in words if w
    )


def _one_braced_title_case(
    segments: list[tuple[str, bool]], braced_words: list[str]
) -> bool:
    """Zotero's "Modern {Epidemiology}", "Health {Economics}": a short Title Case
    title with one capitalised word after the first, braced as Zotero braces every
    one; not "{Ontario} students" (an ordinary word in lower case)."""
    if len(braced_words) != 1 or keeps_shape(braced_words[0], False):
        return False
    plain = [
        word_letters(word)
        for word, braced_part in _words_braced(segments)[1:]
        if not braced_part and word_letters(word).lower() not in SMALL_WORDS
    ]
    return not any(letters[:1].islower() for letters in plain if letters)


def sentence_case(
    title: Text,
    names: frozenset[str] = frozenset(),
    surnames: frozenset[str] = frozenset(),
) -> str:
    """The title of *title* (decoded BibTeX text) in NLM sentence case; *names*
    are words that are names whatever the case of the title (the one-word
    organisation that is the author: "Apple. COVID-19 mobility reports - Apple");
    *surnames* are the authors', which may name an instrument ("Mullen Scales")."""
    segments = _segments(title)
    if _exporter_braced(segments):
        # the braces say nothing: one text, so a word sees its neighbours
        # ("{United} {States}" is a place); but exporters brace only capitals, so
        # a braced word in lower case is the author's ("{synthpop} : {Bespoke} ...")
        segments = _unbraced_but_lower_case(segments)
    else:
        segments = _braced_capitals_unbraced(_segments(title, phrases_unbraced=True))
    segments = _colons_spaced(_subtitle_braces_dropped(segments))
    whole = "".join(text for text, _ in segments)
    if in_german(whole) and not word_letters(whole).isupper():
        # German capitalises its nouns: the capitals are the language's
        return _SPACED_COLON.sub(":", _upper_first(whole))
    words = [w for text, braced in segments if not braced for w in WORD.findall(text)]
    letters = "".join(word_letters(w) for w in words)
    capitals_title = len(letters) > 12 and letters.isupper()
    glued = _glued_to_braces(segments)
    voters = [w for i, w in enumerate(words) if i not in glued]
    lower_words = capitals_title or _is_title_case(voters or words)
    title_case_parts = [] if lower_words else _title_case_parts(words)
    shouted = set() if capitals_title else _capitals_runs(words)
    head = _section_head(words)
    if head and not capitals_title and _is_title_case(words[len(head) :]):
        # Science's "PUBLIC HEALTH: High Hopes and ...": a journal's section head
        # before a Title Case title is typography (before a sentence-case one,
        # "MEME SUITE: tools for ...", the capitals are the author's name)
        shouted |= head
    named = named_runs(words) if lower_words or title_case_parts else set()
    if lower_words or title_case_parts:
        named |= _spelt_out(segments) | bodies_named_for(words) | named_by_year(words)
        named |= acronym_led_names(words) | instruments_named_for(words, surnames)
    # "Estimates of ... | Australian Bureau of Statistics": a web page's title
    # ends with its site's name, a proper noun
    named |= named_in(words, names) | documents_of_places(words)
    named |= spelt_by_authors(words, names)
    named |= initialled_names(words)
    if lower_words:
        named |= _series_name(words)
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
            first = first and not word_letters(text)
            after_colon = after_colon and not word_letters(text)
            continue
        pieces = re.split(r"(\s+)", text)
        for index, piece in enumerate(pieces):
            if index % 2 or not piece:
                out.append(piece)
                continue
            word_index += 1
            if not word_letters(piece):
                out.append(piece)
                after_colon = after_colon or piece.endswith(":")
                if piece in _SPACED_DASHES:
                    # a subtitle after " - " is one after a colon; after a numbered
                    # heading ("Chapter 10 - Age-related") the part's title starts
                    first = first or _numbered_heading("".join(out))
                    after_colon = not first
                # "1,500 scientists lift ...": a number is the first word; a
                # numbered heading's "17." is not ("17. A value for ...")
                if any(ch.isdigit() for ch in piece) and not piece.endswith("."):
                    first = False
                elif re.fullmatch(r"\d+\.", piece):
                    first = True  # "Part 2. Morbidity and ...": its own sentence
                continue
            loud = capitals_title or word_index in shouted
            if loud and _taxon(cased := _capitalised_pieces(pieces), index):
                # "(DIPTERA: CULICIDAE)": a family's or an order's name
                out.append(cased[index])
                first = after_colon = False
                continue
            if loud and (known := known_in_capitals(pieces, index)):
                # "HIV CARE IN SOUTH AFRICA": acronyms that are never words, and
                # places, which capitals hide
                out.append(known)
                first = after_colon = False
                continue
            chain = not loud and _eponym_chain(piece)
            keep = (
                keeps_shape(piece, loud)
                or chain
                or _taxon(pieces, index)
                or (not capitals_title and place_word(pieces, index))
                or word_index in named
                or bare_word(piece) in names
                or _serovar(pieces, index)
            )
            lower_here = lower_words or part in title_case_parts or loud
            if (
                keep
                and lower_here
                and "-" in piece
                and word_index not in named
                and not chain
            ):
                # "ECG-Database": the acronym keeps its shape, the word does not
                piece = _hyphen_parts_lowered(piece)
            if first:
                if not keep:
                    lowered = piece.lower() if lower_here else piece
                    if lower_here:
                        lowered = name_prefixed(piece) or lowered
                    piece = _upper_first(lowered)
                first = False
            elif (lower_here or after_colon) and not keep:
                following = "".join(pieces[index + 1 :]) + "".join(
                    rest for rest, _ in segments[segment + 1 :]
                )
                if lower_here or not _starts_a_name(piece, following):
                    # NLM lowers a subtitle's first word too
                    piece = (
                        place_prefixed(piece) or name_prefixed(piece) or piece.lower()
                    )
            after_colon = piece.endswith(":")
            part += after_colon
            out.append(piece)
            if piece.endswith(("?", "!")) or _ends_sentence(piece):
                # "... quality? A systematic review": a question ends a sentence
                first = True
    # "synthpop : bespoke ...": no space before a subtitle's colon in NLM
    return _numerals_raised(_SPACED_COLON.sub(":", "".join(out)))


#: a stage's roman numeral typed in lower case ("phase i", "type ii", "phase
#: i/ii"): a numeral, which Citing Medicine prints in capitals ("phase I")
_LOWER_NUMERAL = re.compile(
    r"\b(?P<word>(?i:phase|stage|type|grade|class|part|tier|level)s?)\s+"
    r"(?P<numeral>(?:iv|v?i{1,3}|v|ix|x)(?:\s*[/\-\u2013]\s*(?:iv|v?i{1,3}|v|ix|x))?)\b"
    r"(?![\w'\u2019-])"
)


def _numerals_raised(title: str) -> str:
    """*title* with a lower-case roman numeral after a stage's word in capitals."""
    return _LOWER_NUMERAL.sub(
        lambda m: m.group(0)[: m.start("numeral") - m.start()] + m["numeral"].upper(),
        title,
    )


_SPACED_COLON = re.compile(r"(?<=\S)[ \t]+:(?=\s)")
_SPACED_DASHES = frozenset(["-", "\u2013", "\u2014"])
#: a numbered part's heading before its own title: "Chapter Five -", "Part 2 -"
_HEADING = re.compile(
    r"(?:^|[.?!]\s+)(?:(?:chapter|part|section|paper|unit)\s+)?"
    r"(?:\d+|[IVXLC]+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s*[\-\u2013\u2014]$",
    re.IGNORECASE,
)


def _spelt_out(segments: list[tuple[str, bool]]) -> set[int]:
    """Indices in the unbraced words of the words an acronym after them spells
    out, the acronym read with its braces ("... Outcome Scales ({HoNOS})")."""
    whole = "".join(text for text, _ in segments)
    owners: list[int] = []  # for each character of *whole*, its unbraced word or -1
    index = -1
    for text, braced in segments:
        if braced:
            owners.extend([-1] * len(text))
            continue
        marks = [-1] * len(text)
        for match in WORD.finditer(text):
            index += 1
            marks[match.start() : match.end()] = [index] * (match.end() - match.start())
        owners.extend(marks)
    spans = list(WORD.finditer(whole))
    found = acronym_expansions([span.group(0) for span in spans])
    return {
        owner
        for number in found
        for owner in owners[spans[number].start() : spans[number].end()]
        if owner >= 0
    }


def _series_name(words: list[str]) -> set[int]:
    """A book series in brackets at the end of a Title Case title ("... (Chapman
    & Hall/CRC Texts in Statistical Science)", as booksellers give it): a name,
    so its first word keeps its capital, and so does a firm's second name after
    "&" ("Chapman & Hall"); its other words are lowered as the title's are."""
    if not words or not words[-1].endswith(")"):
        return set()
    start = next(
        (i for i in range(len(words) - 1, 0, -1) if words[i].startswith("(")), None
    )
    if start is None or any(")" in w for w in words[start:-1]):
        return set()
    first = word_letters(words[start])
    if (
        len(words) - start < 4
        or not first[:1].isupper()
        or first.lower() in SMALL_WORDS
    ):
        return set()
    found = {start}
    if words[start + 1] == "&" and word_letters(words[start + 2])[:1].isupper():
        found.add(start + 2)
    return found


def _numbered_heading(text: str) -> bool:
    """Does *text* (the title so far, ending with a dash) end with a
    numbered heading that starts the title or follows a sentence?"""
    return bool(_HEADING.search(text.rstrip()))


def _starts_a_name(word: str, following: str) -> bool:
    """In a sentence-case title, does the subtitle's first *word* begin a name of
    capitalised words ("...: Jiulong {River} {Estuary}, {Fujian}")?"""
    after = WORD.match(following.lstrip())
    if not after or not following[:1].isspace() or re.search(r"[,.;:]$", word):
        return False
    if word_letters(word).lower() in SMALL_WORDS:
        return False  # ": A Review of UK data" is no name
    letters = word_letters(after.group(0))
    if keeps_shape(after.group(0), False):
        return False  # ": Following T-cell maturation": an acronym is no name's word
    return letters[:1].isupper() and letters.lower() not in SMALL_WORDS


def _unbraced_but_lower_case(
    segments: list[tuple[str, bool]],
) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for text, braced in segments:
        letters = word_letters(text)
        keep = braced and letters[:1].islower() and " " not in text.strip()
        if out and not keep and not out[-1][1]:
            out[-1] = (out[-1][0] + text, False)
        else:
            out.append((text, keep))
    return out


#: a subtitle's colon typed without its space ("First 1000 Days:A Large ..."),
#: after a word and before a capital; not a ratio, a time or an allele (digits)
_BARE_COLON = re.compile(r"(?<=[A-Za-z]{2})[:](?=[A-Z])")


def _colons_spaced(segments: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """*segments* with a space after a subtitle's colon typed without one, also
    where the colon stands between braced words (Zotero's ``{{Days}}:{{A}}``)."""
    out: list[tuple[str, bool]] = []
    for position, (text, braced) in enumerate(segments):
        if not braced:
            before = out[-1][0] if out else ""
            after = segments[position + 1][0] if position + 1 < len(segments) else ""
            joined = _BARE_COLON.sub(": ", before[-2:] + text + after[:1])
            text = joined[len(before[-2:]) : len(joined) - len(after[:1])]
        out.append((text, braced))
    return out


def _glued_to_braces(segments: list[tuple[str, bool]]) -> set[int]:
    """Indices (among the unbraced words) of the rest of a word whose letter the
    author braced (``The {P}oisson Process``: "oisson"): the word is a name the
    author protected, so its lower-case rest says nothing of the title's case."""
    glued: set[int] = set()
    index = 0
    for position, (text, braced) in enumerate(segments):
        if braced:
            continue
        found = WORD.findall(text)
        before = segments[position - 1] if position else ("", False)
        after = segments[position + 1] if position + 1 < len(segments) else ("", False)
        if found and before[1] and before[0][-1:].isalpha() and text[:1].isalpha():
            glued.add(index)
        if found and after[1] and after[0][:1].isalpha() and text[-1:].isalpha():
            glued.add(index + len(found) - 1)
        index += len(found)
    return glued


def _braced_capitals_unbraced(
    segments: list[tuple[str, bool]],
) -> list[tuple[str, bool]]:
    """Zotero braces every word with a capital, so a journal's running head in
    capitals after a sentence-case title (Wiley's "...: {ESTIMATING} {INCUBATION}
    {PERIOD} {DISTRIBUTIONS}") arrives braced word by word: a run of three or
    more such words over twelve letters is the capitals run :func:`_capitals_runs`
    lowers, not acronyms the author protected."""
    out = list(segments)
    run: list[int] = []

    def close() -> None:
        letters = sum(len(word_letters(out[i][0])) for i in run)
        if len(run) >= 3 and letters > 12:
            for i in run:
                out[i] = (out[i][0], False)

    for index, (text, braced) in enumerate(segments):
        if braced and re.fullmatch(r"[A-Z][A-Z0-9'-]*", text):
            run.append(index)
        elif not (text.isspace() and run):
            close()
            run = []
    close()
    return _merged(out)


def _section_head(words: list[str]) -> set[int]:
    """Indices of a title's leading words in capitals up to a colon ("PUBLIC
    HEALTH:"), two or more words and over eight letters; empty otherwise."""
    for end, word in enumerate(words):
        letters = word_letters(word)
        if letters and not letters.isupper():
            return set()
        if word.endswith(":"):
            run = words[: end + 1]
            lettered = [w for w in run if word_letters(w)]
            size = sum(len(word_letters(w)) for w in run)
            return set(range(end + 1)) if len(lettered) >= 2 and size > 8 else set()
    return set()


def _capitals_runs(words: list[str]) -> set[int]:
    """Indices of words in a run written in capitals ("PART 1: GUIDANCE DOCUMENT
    ON ..."): three or more words of capitals, over twelve letters, are not
    acronyms (words without letters, "1:", do not break the run)."""
    found: set[int] = set()
    run: list[int] = []
    for index, word in enumerate([*words, "x"]):
        letters = word_letters(word)
        if not letters and index < len(words):
            run.append(index)
            continue
        if letters.isupper() and index < len(words):
            run.append(index)
            continue
        lettered = [i for i in run if word_letters(words[i])]
        if len(lettered) >= 3 and sum(len(word_letters(words[i])) for i in run) > 12:
            found.update(run)
        run = []
    return found


def _hyphen_parts_lowered(word: str) -> str:
    """*word* with its hyphenated parts lowered unless a part keeps its shape
    (``ECG-database``, ``SARS-CoV-2`` unchanged) or is a name. An en dash joins
    parts as a hyphen does ("PD-L1\u2013Positive": "PD-L1\u2013positive")."""
    first, *rest = re.split(r"[-\u2013]", word)
    joins = re.findall(r"[-\u2013]", word)
    parts = [first, *(_greek_lowered(part) for part in rest)]
    kept = [
        keeps_shape(part, False) or bare_word(part) in proper_nouns() for part in parts
    ]

    def joined(pieces: list[str]) -> str:
        return pieces[0] + "".join(
            j + p for j, p in zip(joins, pieces[1:], strict=True)
        )

    if not any(kept) and first.isdigit():
        # "8-Week", "24-Hour": the number is what kept the word; its words lower
        return joined([first, *(part.lower() for part in parts[1:])])
    if not any(kept) or all(kept) or any(bare_word(part) in EPONYMS for part in parts):
        return joined(parts)
    return joined(
        [part if keep else part.lower() for part, keep in zip(parts, kept, strict=True)]
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
            if word_letters(w)
            and word_letters(w).lower() not in SMALL_WORDS
            and not keeps_shape(w, False)
        ]
        # a short lead-in before the colon ("Systematic Reviews:", "404 Error:",
        # "Introduction to WinBUGS for Ecologists:", up to six words) tells by
        # one word: a sentence-case lead-in would lower it; one headed by
        # an acronym is more often a resource's name ("COVID-19 Open-Data:")
        lead_in = (
            index == 0
            and len(parts) > 1
            and len(part_words) <= 6
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
    dashes = len(_SPACED_DASH.findall("".join(text for text, _ in segments)))
    for index, (text, braced) in enumerate(out):
        if not braced or index == 0:
            continue
        before = out[index - 1][0].rstrip()
        single = len(WORD.findall(text)) == 1 and text.strip() == text
        # a letter braced inside its word (a publisher's ``:~{E}fficient``) is
        # judged as the word it starts, not as a one-letter name ("vitamin D")
        after = out[index + 1] if index + 1 < len(out) else ("", True)
        glued = "" if after[1] else re.match(r"[^\W\d_]*", after[0]).group(0)
        # a subtitle quoted (': “{Catch} me if you can”') starts inside its quotes
        before = before.rstrip(_OPENING_QUOTES).rstrip()
        # Zotero braces every capital of a sentence-case title, a subtitle's first
        # word after " - " too ("sequencing - {Promises} and challenges"); with
        # more dashes they are a page's parts ("Title - Ohnmacht - 2006 - Site")
        dashed = dashes == 1 and re.search(r"\s[-\u2013\u2014]$", before) is not None
        if (
            (before.endswith(":") or dashed)
            and single
            and not keeps_shape(text + glued, False)
        ):
            out[index] = (text, False)
    return _merged(out)  # one word again: "Efficient"


_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
#: quotation marks that open a quoted subtitle
_OPENING_QUOTES = "\"'\u201c\u2018\u00ab"


#: abbreviations of four letters or more that end with a period inside a title
_ABBREVIATIONS = frozenset(
    "approx incl suppl resp cont dept univ natl assoc proc transl repr".split()  # noqa: SIM905
)


def _serovar(pieces: list[str], index: int) -> bool:
    """Is ``pieces[index]`` a serovar named after its genus ("Salmonella
    Newport")? Its capital is the serovar's name."""
    if index < 2 or not pieces[index][:1].isupper():
        return False
    # "Salmonella Findings", "Salmonella Surveillance": a Title Case noun, no
    # serovar's name
    return (
        bare_word(pieces[index - 2]) in SEROVAR_GENERA
        and word_letters(pieces[index]).lower() not in SMALL_WORDS
        and not common_noun_form(pieces[index])
    )


def _eponym_chain(word: str) -> bool:
    """Three or more capitalised names joined by hyphens ("Lown-Ganong-Levine",
    "Wolff-Parkinson-White"): a syndrome's or a method's discoverers, which Title
    Case compounds ("Long-Term", "Point-of-Care") never are."""
    parts = bare_word(word).split("-")
    return len(parts) >= 3 and all(
        re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff]+(?:'s)?", part)
        and part.lower() not in SMALL_WORDS
        and part.lower() not in _COMPOUND_PARTS
        for part in parts
    )


#: words Title Case compounds are made of ("Three-Year-Old", "Hand-Foot-Mouth",
#: "Face-To-Face", "End-Of-Life"), never the names of an eponym chain
_COMPOUND_PARTS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve twenty thirty
    forty fifty sixty hundred thousand half quarter first second third
    year years old day days week weeks month months hour hours minute term time
    long short high low mid self face hand foot mouth end life stage step state
    based related level care side home work family child parent mother father
    non anti pre post multi inter small large cell front line top down
    """.split()  # noqa: SIM905
)


def _taxon(pieces: list[str], index: int, step: int = 2) -> bool:
    """Is ``pieces[index]`` a family's, order's or subgenus's name, capitalised in
    any title? (*step*: 2 when whitespace separates the pieces, 1 for words.)"""
    piece = pieces[index]
    previous = pieces[index - step] if index >= step else ""
    return higher_taxon(bare_word(piece)) or subgenus(previous, piece)


def _capitalised_pieces(pieces: list[str]) -> list[str]:
    return [
        re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), piece)
        for piece in pieces
    ]


def _ends_sentence(piece: str) -> bool:
    """Does *piece* end a sentence of the title ("... Study (NMMAPS). Part 2.",
    "II.")?
    A bracket before the period, or a word of four letters or more that is no
    abbreviation ("et al.", "vs.", "U.S.", "approx." are)."""
    if not piece.endswith(".") or piece.endswith(".."):
        return False
    if piece.endswith(").") and "(" in piece:
        return True
    body = piece[:-1]
    if re.fullmatch(r"[IVXLC]{2,}", body):
        # a numbered part ("... of epidemics. II. The problem of ..."): the
        # part's title is a sentence (one letter, "C.", may be an initial)
        return True
    return (
        len(body) >= 4
        and body.isalpha()
        and body.casefold() not in _ABBREVIATIONS
        and not body.isupper()
    )


def _merged(segments: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """*segments* with neighbouring unbraced pieces joined into one."""
    merged: list[tuple[str, bool]] = []
    for text, braced in segments:
        if merged and not braced and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + text, False)
        else:
            merged.append((text, braced))
    return merged


def _upper_first(word: str) -> str:
    for index, ch in enumerate(word):
        if ch.isalpha():
            return word[:index] + ch.upper() + word[index + 1 :]
    return word
