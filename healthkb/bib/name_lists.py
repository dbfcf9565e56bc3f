"""Name lists pybtex refuses but whose meaning is plain, rewritten as BibTeX
names before the entry is parsed (the rewritten entry is also what
sphinxcontrib-bibtex reads, so both see the same people).

- BibLaTeX's extended name format, which Better BibLaTeX writes for a surname
  with a particle: ``family=Bois, given=Roland M., prefix=du, useprefix=true``
  is ``du Bois, Roland M.``;
- a list of people separated by commas instead of ``and``, written by hand:
  ``Harling, K., Uekcert, S., Hooker, A.`` is three people when every second
  part is initials. BibTeX itself reads it, with a "too many commas" warning.

Only the text of the ``author`` and ``editor`` values changes, never the number
of lines, so every line number stays right.
"""

from __future__ import annotations

import re

from healthkb.bib.byline_groups import byline_group
from healthkb.bib.name_forms import (
    particle_moved,
    without_et_al,
    without_trailing_comma,
)
from healthkb.bib.organisation_words import names_an_organisation

_PEOPLE_FIELD = re.compile(
    # at a line's start, or after a comma: doi.org writes a whole entry on one line
    r"((?:^|,)[ \t]*(?:author|editor)\s*=\s*)([{\"])",
    re.IGNORECASE | re.MULTILINE,
)
_EXTENDED_PART = re.compile(
    # "given-i={{Marshal}}": Biber's initials hint for a part, which says nothing
    # the part itself does not
    r"^\s*(family|given|prefix|suffix|useprefix)(-i)?\s*=(.*)$",
    re.I,
)
#: ``K.``, ``S.L.``, ``J.-P.``, ``R M``, ``AJ``: initials, not a surname
_INITIALS = re.compile(r"^(?:[A-Z\u00c0-\u00de]\.?[-\s]?){1,4}$")
#: a word of a name (not initials): ``Jankowski``, ``Memarzadeh-Tehran``
_NAME_WORD = re.compile(
    r"[A-Z\u00c0-\u00de][a-z\u00c0-\u024f'\u2019-]*[a-z\u00c0-\u024f]"
    r"[A-Za-z\u00c0-\u024f'\u2019-]*"
)
#: initials typed without periods, as PubMed writes them: ``M``, ``DJ``
_BARE_INITIALS = re.compile(r"[A-Z]{1,3}")


def _value_end(text: str, start: int, opener: str) -> int:
    """Index of the character closing the value that opens at *start*."""
    depth = 0
    for index in range(start, len(text)):
        ch = text[index]
        if ch == "\\":
            continue
        if opener == '"' and ch == '"' and index > start and depth == 0:
            return index
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and opener == "{":
                return index
    return -1


#: a mark typed after a name for equal contribution or an affiliation
#: ("Bhatnagar*, Sahir", "Sahir Bhatnagar*", "Roe†"): not a part of the name
_CONTRIBUTION_MARK = re.compile(r"(?<=[^\W\d_])[*†‡]+(?=\s*(?:,|$))")


def _and_split(value: str) -> list[str]:
    """*value* split at each "and" outside braces: a braced body's own "and"
    ("{Energy, Climate, and Environment Program}") stays in its name."""
    names, depth, start = [], 0, 0
    for match in re.finditer(r"[{}]|\s+and\s+", value, re.IGNORECASE):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            names.append(value[start : match.start()])
            start = match.end()
    names.append(value[start:])
    return names


def _top_level_split(text: str, separator: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == separator and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


def _extended(name: str) -> str | None:
    """``du Bois, Roland M.`` for ``family=Bois, given=Roland M., prefix=du``."""
    parts = {}
    for part in _top_level_split(name, ","):
        found = _EXTENDED_PART.match(part)
        if not found:
            return None
        if not found.group(2):
            parts[found.group(1).lower()] = found.group(3).strip()
    if "family" not in parts:
        return None
    family = " ".join(p for p in (parts.get("prefix", ""), parts["family"]) if p)
    pieces = [family]
    if parts.get("suffix"):
        pieces.append(parts["suffix"])
    if parts.get("given"):
        pieces.append(parts["given"])
    return ", ".join(pieces) if len(pieces) > 1 else f"{{{family}}}"


def _surname_first(name: str) -> str:
    """``Jankowski, Catherine M`` for PubMed's ``Jankowski Catherine M``, ``Deen, M
    Jamal`` for ``Deen M Jamal``, ``Alberdi Aramendi, Ane`` for ``Alberdi Aramendi
    Ane``: the given names start at the first initial or at the last whole word
    before the closing initials; "" when *name* is not words and bare initials."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not _NAME_WORD.fullmatch(words[0]):
        return ""
    if not all(_NAME_WORD.fullmatch(w) or _BARE_INITIALS.fullmatch(w) for w in words):
        return ""
    initials = [i for i, w in enumerate(words) if i and _BARE_INITIALS.fullmatch(w)]
    last_word = max(i for i, w in enumerate(words) if _NAME_WORD.fullmatch(w))
    start = min(initials[:1] + [last_word or len(words)])
    if not 1 <= start < len(words):
        return ""
    return f"{' '.join(words[:start])}, {' '.join(words[start:])}"


#: a given name or initials before the family name: "Juliette", "A.", "GT", "N"
_GIVEN_WORD = re.compile(
    r"[A-Z\u00c0-\u00de][a-z\u00c0-\u024f'\u2019-]+|(?:[A-Z]\.?-?){1,3}"
)


def _given_names_first(name: str) -> bool:
    """Is *name* one person written given names first, as exporters and hand
    lists do ("Thomas A Mellan", "Christl A. Donnelly", "CI Herrera-Nolasco",
    "Sabine van Elsland")? One to four given names or initials, any particles,
    then a family word; never initials last (that is Vancouver's order)."""
    words = name.split()
    if len(words) < 2 or not _family_word(words[-1]):
        return False
    given = words[:-1]
    while given and given[-1] in _PARTICLES:
        given.pop()
    return 1 <= len(given) <= 4 and all(_GIVEN_WORD.fullmatch(w) for w in given)


def _pubmed_order(parts: list[str]) -> bool:
    """Are comma-separated whole names PubMed's "Surname Given" ("Reeder Blaine,
    ..., Jankowski Catherine M")? Yes when every name is words and bare initials
    and one ends in initials (a name written given names first ends in its
    surname), or has bare initials and the list cannot be read given names first
    (written so by hand, initials take periods: "Annie E. Bowles")."""
    if not all(_surname_first(part) for part in parts):
        return False
    if any(_BARE_INITIALS.fullmatch(part.split()[0]) for part in parts):
        # a PubMed surname is never initials ("CI Herrera-Nolasco")
        return False
    if any(_BARE_INITIALS.fullmatch(part.split()[-1]) for part in parts):
        return True
    has_initials = any(
        _BARE_INITIALS.fullmatch(word) for part in parts for word in part.split()[1:]
    )
    return has_initials and not all(_GIVEN_FIRST.fullmatch(part) for part in parts)


def _comma_list(name: str) -> list[str] | None:
    """``["Harling, K.", "Uekcert, S."]`` for ``Harling, K., Uekcert, S.``."""
    parts = _slips_joined(
        [" ".join(part.split()) for part in _top_level_split(name, ",")]
    )
    if len(parts) >= 3 and _pubmed_order(parts):
        return [_surname_first(part) for part in parts]
    if len(parts) >= 3 and all(_given_names_first(part) for part in parts):
        # "Annie E. Bowles, Julie A. Lynch, H Juliette T Unwin, CI Herrera-Nolasco,
        # Sabine van Elsland": whole names, each as BibTeX reads "Given Family",
        # separated by commas instead of "and"
        return parts
    if len(parts) < 4 or len(parts) % 2 or not all(parts):
        return None
    pairs = list(zip(parts[::2], parts[1::2], strict=True))
    # "Harling, K., Uekcert, S." or "Vine, Vera, Boyd, Ryan L.": each family name
    # a word or two, each given part names or initials: read in pairs
    if not all(
        (_INITIALS.match(given) or _GIVEN_PART.fullmatch(given))
        and _FAMILY_PART.fullmatch(family)
        for family, given in pairs
    ):
        return None
    return [f"{family}, {given}" for family, given in pairs]


_GIVEN_PART = re.compile(
    r"(?:[A-Z][a-z\u00c0-\u024f'\u2019-]+|[A-Z]\.)(?: (?:[A-Z][a-z\u00c0-\u024f'\u2019-]+"
    r"|[A-Z]\.)){0,2}"
)
_FAMILY_PART = re.compile(
    r"(?:(?:van|von|der|den|de|la|le|du|da|di) ){0,2}[A-Z][a-z\u00c0-\u024f'\u2019-]+"
    r"(?:[ -][A-Z][a-z\u00c0-\u024f'\u2019-]+)?"
)


def _slips_joined(parts: list[str]) -> list[str]:
    """A Vancouver list with one comma slipped in ("Forman D, Bray, F"): a lone
    family name and the bare initials after it are one name again, when every
    other part is typed as Vancouver prints it."""
    if len(parts) < 3 or not any(_vancouver_typed(part) for part in parts):
        return parts
    joined: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        after = parts[index + 1] if index + 1 < len(parts) else ""
        if _NAME_WORD.fullmatch(part) and _BARE_INITIALS.fullmatch(after):
            joined.append(f"{part} {after}")
            index += 2
        else:
            joined.append(part)
            index += 1
    if joined != parts and all(_vancouver_typed(part) for part in joined):
        return joined
    return parts


#: a whole name written given names first: a capitalised given name, up to two
#: more names or initials, and a family name that is a word (not initials)
_GIVEN_FIRST = re.compile(
    r"[A-Z][a-z\u00c0-\u024f'\u2019-]+(?: (?:[A-Z]\.|[A-Z][a-z\u00c0-\u024f'\u2019-]+)){0,2}"
    r" [A-Z][a-z\u00c0-\u024f'\u2019-]*[a-z][A-Za-z\u00c0-\u024f'\u2019-]*"
)


_BRACED_SURNAME_COMMA = re.compile(r"^(\s*)\{([^{},]+?)\s*,\s*\}\s+(\S.*)$", re.DOTALL)


_PARTICLES = frozenset(["van", "von", "der", "den", "de", "la", "le", "du", "da", "di"])


def _vancouver_typed(name: str) -> str:
    """``Smith`` for ``Smith J``, ``van der Berg`` for ``van der Berg AM``: a name
    typed as Vancouver prints it, initials last without periods; "" otherwise."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not re.fullmatch(r"[A-Z]{1,3}", words[-1]):
        return ""
    family = words[:-1]
    if not all(w in _PARTICLES or _family_word(w) for w in family):
        return ""
    return " ".join(family)


#: a LaTeX accent or command in a name ("Kantorov{\\'a}"): left out to test its letters
_NAME_LATEX = re.compile(r"\\[^A-Za-z\s]|\\[A-Za-z]+\s*|[{}]")


def _family_word(word: str) -> bool:
    """ "Smith", "McDonald", "Kantorov{\\'a}", "Ahuka-Mundeke": a surname word,
    capitalised and with a lower-case letter (so never initials)."""
    plain = _NAME_LATEX.sub("", word)
    return bool(
        re.fullmatch(r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\u2019-]+", plain)
    ) and any(ch.islower() for ch in plain)


_JOINERS = frozenset(["for", "of", "on", "the", "in"])


def _unfinished_body(name: str) -> bool:
    """ "Centers for Disease Control", "Department of Health": the start of a body's
    name whose "and" BibTeX took for a list's ("... and Prevention")."""
    words = name.split()
    if len(words) < 2 or "," in name or names_an_organisation(words[-1]):
        return False
    return any(w in _JOINERS for w in words) or names_an_organisation(name)


#: a resource that is its own author ("NuAge Database and Biobank", "... Registry")
_RESOURCE_HEADS = frozenset(["database", "biobank", "registry", "repository"])


def _body_end(name: str) -> bool:
    """ "Drug Administration", "Biobank": the end of a body's name ("U.S. Food and
    ...", "NuAge Database and ...")."""
    words = name.split()
    return (
        1 <= len(words) <= 3
        and "," not in name
        and all(w[:1].isupper() for w in words)
        and (names_an_organisation(words[-1]) or words[-1].lower() in _RESOURCE_HEADS)
    )


def _body_start(name: str) -> bool:
    """ "U.S. Food", "NuAge Database": a short start of a body's name, not a person
    ("M. Iyer", an initial and a surname, before "DASL Alliance"; "Cathie Sudlow",
    a given name and a surname, before "UK Biobank")."""
    words = name.split()
    return (
        1 <= len(words) <= 2
        and "," not in name
        and not any(re.fullmatch(r"[A-Z]\.?", word) for word in words)
        and not (
            # "Cathie Sudlow": two plain words, a person unless the second is a
            # body's own head ("Swedish Registry")
            len(words) == 2
            and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)
            and not _body_end(words[-1])
        )
    )


#: a company's legal form after a comma ("Merck {\& Co.}, {Inc.}"): one body
_COMPANY = re.compile(
    # no initials-like forms ("AG", "S.A." are also a person's initials)
    r"(?=[^,]*[A-Za-z])[^,]{2,80},\s*\{?(?:Inc|INC|Ltd|LTD|LLC|Corp|GmbH|plc|PLC)\.?\}?"
)


def _organisations_rejoined(names: list[str]) -> tuple[list[str], list[str]]:
    """The list with the bodies whose names have an "and" in them made whole and
    braced ("{Centers for Disease Control and Prevention}"), and those names."""
    out: list[str] = []
    joined: list[str] = []
    for name in names:
        bare = " ".join(name.split())
        plain = "," not in bare and not re.search(r"[{}]", bare) and not bare.isupper()
        # a name already joined here is braced; any other brace is the author's
        previous = out[-1] if out else ""
        joined_here = bool(joined) and previous == "{" + joined[-1] + "}"
        if previous and (joined_here or not re.search(r"[{}]", previous)):
            before = previous.strip("{}") if joined_here else " ".join(previous.split())
        else:
            before = ""
        company = _COMPANY.fullmatch(bare)
        if company:
            # "Microsoft, Inc.": BibTeX reads a family name and a given name "Inc."
            whole = re.sub(r"(?<!\\)[{}]", "", bare)
            out.append("{" + whole + "}")
            joined.append(whole)
            continue
        follows = before and plain and bare[:1].isupper()
        if follows and (
            _unfinished_body(before) or (_body_end(bare) and _body_start(before))
        ):
            whole = f"{before} and {bare}"
            out[-1] = "{" + whole + "}"
            if joined and joined[-1] == before:
                joined[-1] = whole
            else:
                joined.append(whole)
            continue
        out.append(name)
    return out, joined


def _listed(name: str, commas: int) -> bool:
    """Could *name* be people separated by commas? Three commas or more; two when
    the three parts are whole names ("Benedikt G. Brink, Justin Meskas, Ryan R.
    Brinkman"), which BibTeX's "von Last, Jr, First" never is."""
    if commas > 2:
        return True
    parts = [part.strip() for part in _top_level_split(name, ",")]
    return commas == 2 and all(
        _GIVEN_FIRST.fullmatch(part)
        or _surname_first(part)
        or _given_names_first(" ".join(part.split()))
        for part in parts
    )


#: a last "name" that says there are more people without naming them
_UNNAMED_OTHERS = frozenset(
    ["contributors", "collaborators", "coworkers", "co-workers", "colleagues"]
)


def _et_al_and_commas_dropped(names: list[str]) -> tuple[list[str], list[str]]:
    """*names* with "et al." typed into them read as BibTeX's ``others`` (once, at
    the end) and a trailing comma dropped, and what was rewritten."""
    out: list[str] = []
    changes: list[str] = []
    et_al = False
    for name in names:
        bare, had = without_et_al(name)
        typed = " ".join(name.split())
        if had:
            et_al = True
            read = f"'{' '.join(bare.split())}' and others" if bare else "others"
            changes.append(f"'{typed}' as {read}")
        trimmed = without_trailing_comma(bare)
        if trimmed != bare and trimmed.strip():
            changes.append(f"'{' '.join(bare.split())}' without its last comma")
        parts = [part.strip() for part in _top_level_split(trimmed, ",")]
        if len(parts) == 2 and all(_vancouver_typed(part) for part in parts):
            # "Smith J, Jones A": two people as Vancouver prints them, not a
            # family name "Smith J" with given names "Jones A"
            out.extend(parts)
            changes.append(f"'{' '.join(trimmed.split())}' as 2 people")
        elif trimmed.strip() == "others" or (
            name is names[-1] and trimmed.strip().lower() in _UNNAMED_OTHERS
        ):
            # "... and Delpech VC and contributors": BibTeX's "others" in words
            et_al = True
            if trimmed.strip() != "others":
                changes.append(f"'{typed}' as others")
        elif trimmed.strip(" \t\r\n,"):
            out.append(trimmed)
        elif not had:
            # "Davies, Nicholas G and , and Cook, Alex R": a name the exporter
            # left empty (medRxiv's site drops a consortium so) is no person
            changes.append(f"with an empty name ('{typed}') left out")
    if et_al and out:
        out.append("others")
    return (out, changes) if out else (names, [])


def repaired_name_list(value: str) -> tuple[str, list[str]]:
    """The name list *value* pybtex can read, and what was rewritten that is
    wrong in BibTeX and BibLaTeX alike (the extended format is right BibLaTeX: it
    is rewritten silently)."""
    names, tidied = _et_al_and_commas_dropped(_and_split(value))
    marked = [name for name in names if _CONTRIBUTION_MARK.search(name)]
    names = [_CONTRIBUTION_MARK.sub("", name) for name in names]
    tidied += [
        f"'{' '.join(name.split())}' without its contribution mark" for name in marked
    ]
    names, bodies = _organisations_rejoined(names)
    out: list[str] = []
    changes = tidied + [
        f"'{body}' as one organisation (put it in double braces)" for body in bodies
    ]
    typed: list[str] = []
    rewritten = False
    # every name typed so, or none: "Spencer Phillips HEY and Alex John LONDON" is
    # TeXMed's given names and capital surnames, not initials
    plain = [
        name
        for name in names
        if len(_top_level_split(name, ",")) == 1 and name.strip() != "others"
    ]
    vancouver = bool(plain) and all(_vancouver_typed(name) for name in plain)
    if vancouver and len(plain) == 1:
        vancouver = len(plain[0].split()[-1]) <= 2
    for name in names:
        commas = len(_top_level_split(name, ",")) - 1
        if "=" in name and commas >= 1 and (fixed := _extended(name)) is not None:
            out.append(fixed)
            rewritten = True
        elif group := byline_group(name):
            # "Initiative, for the Alzheimer's Disease Neuroimaging": one group
            out.append("{" + group + "}")
            changes.append(
                f"'{' '.join(name.split())}' as the group '{group}' (put it in "
                "double braces)"
            )
        elif commas == 0 and (moved := _BRACED_SURNAME_COMMA.match(name)):
            # "{Tengvall-Linder,} Maria": the comma typed inside the surname's
            # braces, so BibTeX reads "Maria" as the surname
            out.append(f"{moved.group(1)}{{{moved.group(2)}}}, {moved.group(3)}")
            changes.append(
                f"'{' '.join(name.split())}' with its comma after the braces"
            )
        elif vancouver and (family := _vancouver_typed(name)):
            # "Smith J and Lee MH": BibTeX would read "Smith" as the given name
            out.append(f"{family}, {name.split()[-1]}")
            typed.append(" ".join(name.split()))
        elif _listed(name, commas) and (people := _comma_list(name)) is not None:
            out.extend(people)
            order = (
                ", each surname first as PubMed writes them"
                if _pubmed_order([p.strip() for p in _top_level_split(name, ",")])
                else ""
            )
            changes.append(
                f"'{' '.join(name.split())}' as {len(people)} people separated by "
                f"'and'{order}"
            )
        else:
            out.append(name)
    if typed:
        listed = ", ".join(f"'{name}'" for name in typed)
        changes.append(f"{listed} as surname and initials")
    for index, name in enumerate(out):
        moved = particle_moved(" ".join(name.split()))
        if moved != " ".join(name.split()):
            out[index] = moved
            changes.append(f"'{' '.join(name.split())}' as '{moved}'")
    if not changes and not rewritten:
        return value, []
    rewritten = rewritten or bool(bodies)
    return " and ".join(out), changes


def repaired_people(chunk: str) -> tuple[str, list[str]]:
    """*chunk* (one entry's text) with its author and editor lists readable."""
    changes: list[str] = []
    pieces: list[str] = []
    position = 0
    for match in _PEOPLE_FIELD.finditer(chunk):
        start = match.end(2) - 1
        if start < position:
            continue
        end = _value_end(chunk, start, match.group(2))
        if end < 0:
            continue
        value = chunk[start + 1 : end]
        fixed, found = repaired_name_list(value)
        if fixed != value:
            # the same number of lines, so the lines below keep their numbers
            fixed += "\n" * max(0, value.count("\n") - fixed.count("\n"))
            pieces.append(chunk[position : start + 1] + fixed)
            position = end
            changes += found
    if not pieces:
        return chunk, []
    pieces.append(chunk[position:])
    return "".join(pieces), changes
