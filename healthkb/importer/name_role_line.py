"""A byline with no "By": a line under the title or the standfirst that is only
a person's name and their role ("Dr Helen Marsh, Psychiatry Registrar (guest
writer)", "Sam Okafor – Practice Nurse"). It is told from a subtitle such as
"Atrial Fibrillation, Explained" by its role, which names a job."""

from __future__ import annotations

import re

_ROLE_WORD = (
    r"(?:registrar|nurse|doctor|gp|consultant|editor|writer|pharmacist|psychiatrist|"
    r"psychologist|physician|surgeon|specialist|lead|manager|officer|director|"
    r"professor|lecturer|researcher|scientist|dietitian|therapist|midwife|sister|"
    r"practitioner|student|fellow|trainee|contributor|reporter|correspondent|"
    r"journalist|paramedic|counsellor|counselor|adviser|advisor|coordinator|"
    r"physiotherapist|health[ \t]+visitor|clinician|epidemiologist)s?"
)
_NAME_ROLE = re.compile(
    r"^\W{0,3}(?P<name>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?[ \t]+)?"
    r"[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,2})"
    r"[ \t]*(?:,|[-\u2013\u2014|])[ \t]*(?P<role>[^.!?]{2,80}?)\W{0,3}$"
)


def name_and_role(line: str) -> tuple[str, str] | None:
    """(name, role) of a name-and-role line, or None."""
    # "(guest writer)" after the role says how they wrote, not what they are
    line = re.sub(r"[ \t]*\([^()]*\)\W{0,3}$", "", line.strip())
    found = _NAME_ROLE.match(line)
    if not found or len(line.split()) > 14:
        return None
    if not re.search(rf"\b{_ROLE_WORD}\b", found["role"], re.I):
        return None
    return found["name"], found["role"].strip()


#: a name with a professional title and nothing else: "Dr Priya Raman", "Prof.
#: A. Khan". The title makes it a person's name ("Key Points" has none)
_TITLED_NAME = re.compile(
    r"^\W{0,3}(?P<name>(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?[ \t]+"
    r"(?:[A-Z]\.[ \t]?)*[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})\W{0,3}$"
)


def titled_name(line: str) -> str | None:
    """The name of a line that is only a titled person's name, or None."""
    found = _TITLED_NAME.match(line.strip())
    return found["name"] if found else None
