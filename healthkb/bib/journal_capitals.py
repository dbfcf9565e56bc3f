"""A journal's name (or a book's publisher's) written all in capitals by a
database (Web of Science's ``JOURNAL OF VECTOR BORNE DISEASES``, old catalogue
records) is typography, not the name: Citing Medicine prints the journal's words
capitalised, its small words in lower case, and acronyms ("BMJ", "JAMA", "BMC")
as they are."""

from __future__ import annotations

import re

from healthkb.bib.title_names import COMMON_ACRONYMS

#: acronyms that are the names of journals or of their publishers and societies,
#: kept in capitals (words of no vowel, "BMJ", "BMC", need no list)
_JOURNAL_ACRONYMS = frozenset(
    """
    JAMA PLOS CMAJ AIDS IEEE ACM SIAM JMIR MMWR EMBO FASEB FEBS PNAS NEJM QJM
    JNCI BJOG JACC ERJ ASAIO AJR AJNR ANZ JAMIA AMA ASA WHO PAHO ISME IJERPH
    SSM SAGE JCI JCO JASA ACS RSC AAPS JPEN JOGNN CNS ICES CA
    """.split()  # noqa: SIM905
)
#: words a journal's name keeps in lower case inside it, in the languages of
#: medical journals (English, Romance, Germanic, Indonesian/Malay)
_SMALL = frozenset(
    """
    a an and as at by for from in into of on or the to with &
    de del della delle dell degli dei di da das do dos du des la le les el en et e y i
    der die und fur für van voor von zu och og
    dan dari untuk
    """.split()  # noqa: SIM905
)
_ROMAN = re.compile(r"^[IVXLC]+$")
_WORD = re.compile(r"[^\W\d_]+")


def _in_capitals(name: str) -> bool:
    letters = "".join(_WORD.findall(name))
    return len(letters) > 3 and letters.isupper()


def _kept(word: str) -> bool:
    """An acronym, a Roman numeral or a word without a vowel ("BMJ")."""
    return (
        word in _JOURNAL_ACRONYMS
        or word in COMMON_ACRONYMS
        or bool(_ROMAN.match(word))
        or (len(word) > 1 and not re.search(r"[AEIOUY]", word))
    )


def _cased(word: str, first: bool, last: bool) -> str:
    lower = word.lower()
    if len(word) == 1:
        # "SERIES A", "PART B" keep their letter; "SAUDE E SOCIEDADE" is a joiner
        return lower if lower in _SMALL and not (first or last) else word
    if _kept(word):
        return word
    if not first and lower in _SMALL:
        return lower
    return word[:1] + lower[1:]


def journal_from_capitals(name: str) -> str:
    """*name* in the case Citing Medicine prints a journal's name when it is
    written all in capitals; any other name as it is."""
    if not _in_capitals(name):
        return name
    words = _WORD.findall(name)
    convertible = [word for word in words if not _kept(word) and len(word) >= 3]
    if not any(len(word) >= 5 for word in convertible) and len(convertible) < 2:
        # "JAMA", "CELL", "PLOS ONE", "ITBM-RBM": short words in capitals may be
        # how the journal spells its name; two or more ("N ENGL J MED") are an
        # abbreviated title in a database's capitals
        return name
    out: list[str] = []
    first = True
    seen = 0
    for piece in re.split(r"([^\W\d_]+)", name):
        if _WORD.fullmatch(piece):
            seen += 1
            # "VECTOR-BORNE", "WOMEN'S": each part after a hyphen is a word, but
            # the letter after an apostrophe is not
            joined = bool(out) and out[-1].endswith(("'", "\u2019"))
            # "CA-A CANCER JOURNAL": a letter after a hyphen is no joining word
            last = seen == len(words) or (bool(out) and out[-1].endswith("-"))
            out.append(piece.lower() if joined else _cased(piece, first, last))
            first = False
        else:
            out.append(piece)
            # "… AND HYGIENE: A …": a subtitle starts with a capital
            first = first or ":" in piece
    return "".join(out)
