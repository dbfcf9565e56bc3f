"""A special issue as databases mark it in the issue field (Web of Science's
``5, SI``, "Special Issue", "Spec. Iss. 2") prints as Citing Medicine's "Spec No":
``26(5 Spec No)``, never "(5, SI)"."""

from __future__ import annotations

import re

_SPECIAL = re.compile(
    r"^\s*(?P<issue>\w+)?\s*[,;]?\s*\(?"
    r"(?:SI|S\.I\.|special(?:\s+issue)?|spec\.?\s*(?:iss(?:ue)?|no)\.?)"
    r"\)?\s*(?P<which>\d+)?\s*$",
    re.I,
)


def special_issue(number: str) -> str:
    """*number* in Citing Medicine's form when it marks a special issue, else as it is."""
    match = _SPECIAL.match(number.strip(" {}"))
    if not match or (match["issue"] or "").lower() in ("special", "spec"):
        return number
    parts = [match["issue"], "Spec No", match["which"]]
    return " ".join(part for part in parts if part)
