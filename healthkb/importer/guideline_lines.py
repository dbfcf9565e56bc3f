"""Guidelines a draft names outside its sources section.

A clinical page lists the guidance it follows as plain paragraphs ("NICE CG90.
Depression in adults: recognition and management; 2009") or under "Further
reading"; a sentence names one by its code ("NICE NG222 recommends …"). Either is
a source the article leans on: the importer treats the line as a source candidate
and says so, rather than showing readers a bare reference as text.
"""

from __future__ import annotations

import re

#: bodies that issue clinical guidance, as drafts name them
_ISSUER = (
    r"(?:NICE|SIGN|WHO|CDC|USPSTF|AHRQ|UKHSA|PHE|NHS(?:[ \t]England)?|"
    r"World[ \t]Health[ \t]Organi[sz]ation|"
    r"National[ \t]Institute[ \t]for[ \t]Health[ \t]and[ \t](?:Care|Clinical)"
    r"[ \t]Excellence|Scottish[ \t]Intercollegiate[ \t]Guidelines[ \t]Network|"
    r"Centers[ \t]for[ \t]Disease[ \t]Control[ \t]and[ \t]Prevention|"
    r"U\.?S\.?[ \t]Preventive[ \t]Services[ \t]Task[ \t]Force)"
)
#: a guideline's code: NICE's "CG90", "NG222", "QS8"; SIGN's "159"
_CODE = r"(?:[ \t](?:guideline[ \t])?(?:[A-Z]{1,4}[ \t]?\d{1,4}|\d{1,4}))?"
#: the whole line is a reference: issuer (and code), then a title, and a year set
#: off by a mark ("; 2009", ". 2023.", "(2018)")
_REFERENCE_LINE = re.compile(
    r"^(?:\[\d{1,3}\][ \t]*)?" + _ISSUER + _CODE + r"[ \t]*[.:,][ \t]+"
    r"(?P<title>[^\n]{5,250}?)[;,.([ \t]{1,3}(?:updated[ \t]+)?(?:19|20)\d\d\b"
    r"[^\n]{0,200}$"
)
#: a guideline named by its code inside a sentence
_NAMED = re.compile(
    r"\b(?P<name>(?:NICE|SIGN)[ \t](?:guideline[ \t])?(?:[A-Z]{1,4}\d{1,4}|\d{2,4}))\b"
)


def is_guideline_reference(text: str) -> bool:
    """The line (a paragraph or a list item's text) is a guideline's reference."""
    plain = " ".join(text.replace("**", "").split()).strip(" *_")
    return bool(_REFERENCE_LINE.match(plain)) and "http" not in plain.split()[0]


def guidelines_named(text: str) -> list[str]:
    """The guidelines a sentence names by code ("NICE NG222"), in order, once."""
    return list(dict.fromkeys(m["name"] for m in _NAMED.finditer(text)))


__all__ = ["guidelines_named", "is_guideline_reference"]
