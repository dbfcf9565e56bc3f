"""A byline with no "By": a name and the writer's role on a line of their own at
the top of a draft ("Dr Tomas Lindqvist, Consultant Psychiatrist", "Jane Okoro -
Specialist Nurse").

Clinicians and press offices sign a draft this way. A heading can look the same
("Sleep, Mood and You"), so the line must name a person: a title before the name
(Dr, Prof, Nurse …), or a role after it that says what someone does (nurse,
psychiatrist, editor …) or only a clinician's letters (MD, RN, MRCPsych). The
name is two to four capitalised words. The role may stand on the next line
("Prof Alan Birch" / "Consultant Rheumatologist").
"""

from __future__ import annotations

import re

_TITLE = r"(?:Dr|Prof(?:essor)?|Mr|Mrs|Ms|Mx|Miss|Sister|Nurse)\.?"
_NAME = r"[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019.-]*){1,3}"
_LINE = re.compile(
    rf"^(?P<name>(?:{_TITLE}[ \t])?{_NAME})[ \t]*(?:,|[ \t][-\u2013\u2014|][ \t])"
    r"[ \t]*(?P<role>[A-Za-z][\w'\u2019&/, \t-]{1,60}?)[ \t]*$"
)
#: what a writer of a health article is: the role's last words say it
_ROLE_WORD = re.compile(
    r"\b(?:psychiatrist|psychologist|physician|surgeon|doctor|gp|nurse|midwife|"
    r"pharmacist|therapist|physiotherapist|dietitian|dietician|counsellor|"
    r"counselor|consultant|registrar|specialist|practitioner|clinician|"
    r"paediatrician|pediatrician|cardiologist|neurologist|editor|writer|"
    r"journalist|researcher|lecturer|professor|scientist|lead|officer|manager|"
    r"adviser|advisor|director|coordinator|visitor|worker)s?\b"
    # or only the letters after a clinician's name ("Ann Lee, MD", "RN, BSc")
    r"|^(?-i:(?:(?:MD|PhD|DPhil|RN|RGN|RMN|MBBS|MBChB|BM|FRCP|FRCPsych|MRCP|MRCPsych|"
    r"MRCGP|FRCS|BSc|MSc|MPH|PharmD|DO|NP)\b[ \t,]*)+)$",
    re.IGNORECASE,
)


def bare_byline(text: str) -> tuple[str, str] | None:
    """(name, role) when *text* is a person's name and role alone, else None."""
    found = _LINE.match(" ".join(text.split()))
    if not found:
        return None
    name, role = found["name"], found["role"].strip()
    titled = re.match(_TITLE + r"[ \t]", name)
    if not (titled or _ROLE_WORD.search(role)) or not role[:1].isupper():
        return None
    return name, role


_NAME_ALONE = re.compile(rf"^(?:{_TITLE}[ \t])?{_NAME}$")
_ROLE_ALONE = re.compile(r"^[A-Z][\w'\u2019&/, \t-]{1,60}$")


def name_over_role(name_line: str, role_line: str) -> tuple[str, str] | None:
    """(name, role) when a name stands alone over its role ("Prof Alan Birch" /
    "Consultant Rheumatologist"), else None."""
    name = " ".join(name_line.split())
    role = " ".join(role_line.split())
    titled = re.match(_TITLE + r"[ \t]", name)
    # a role ends with what the person is ("Consultant Rheumatologist"); a
    # heading pair ("Exercise Tips" / "Physiotherapist advice") does not
    words = role.replace(",", " ").split()
    last = words[-1] if words else ""  # a role of commas only (",") has none
    if not (
        _NAME_ALONE.match(name)
        and _ROLE_ALONE.match(role)
        and len(role.split()) <= 8
        and (_ROLE_WORD.fullmatch(last) or (titled and _ROLE_WORD.search(role)))
    ):
        return None
    return name, role


__all__ = ["bare_byline", "name_over_role"]
