"""A reference list as it is pasted from PubMed, read as the reference lines the
parser knows:

- a MEDLINE (nbib) record, tag lines such as ``PMID- 17074942``, ``TI  - …``
  (continued on lines indented by six spaces), ``AU  - …``, ``LID - … [doi]``,
  becomes one citation line that keeps its PMID and DOI (the abstract, MeSH
  terms and other tags are no part of a reference);
- a sources heading with an editor's aside in brackets ("References (1 =
  pasted from PubMed; 2 = from the Cite button)") is the heading alone: the
  aside is removed (and listed);
- a list number alone on its line ("1.") numbers the reference under it;
- superscript markers after a word or a stop ("…fourth.¹", "steps²,³") are
  citation markers like "[1]", when the draft has a numbered reference list;
  a superscript after a unit or a single letter ("kg/m²", "x²") is a power.
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_TAG = re.compile(r"^(?P<tag>[A-Z]{2,4})[ \t]{0,3}-[ \t](?P<value>.*)$")
_CONTINUED = re.compile(r"^[ \t]{4,8}(?P<value>\S.*)$")
_ASIDE_HEADING = re.compile(
    r"^(?P<head>\W{0,4}(?:references?|sources?|bibliography|citations?|"
    r"further[ \t]+reading)(?:\*\*|__)?)[ \t]*(?P<aside>\((?:[^()]|\([^()]*\)){8,300}\))"
    r"[ \t]*(?P<colon>:?)(?:\*\*|__)?[ \t]*$",
    re.I,
)
_BARE_NUMBER = re.compile(r"^[ \t]*(?:\[(\d{1,3})\]|(\d{1,3})[.)])[ \t]*$")
_NUMBERED = re.compile(r"^[ \t]*(?:\[\d{1,3}\]|\d{1,3}[.)])[ \t]+\S")
_SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_DIGITS = str.maketrans(_SUPERSCRIPTS + "\u207b", "0123456789-")
#: a run of superscript numbers ("¹", "²,³", "¹⁻³") after a word of two or more
#: letters or after a stop or bracket; units and powers are left alone
_MARKER = re.compile(
    rf"(?:(?<=[^\W\d_]{{2}})(?<!\b(?:mm|cm|km|kg|ml|mg))|(?<=[.,;:)!?]))"
    rf"(?P<run>[{_SUPERSCRIPTS}]{{1,3}}(?:[,\u207b\u2013-][{_SUPERSCRIPTS}]{{1,3}})*)"
    r"(?![^\W\d_])"
)


def _citation(tags: list[tuple[str, str]]) -> str:
    """One Vancouver-style line from a record's tags."""
    first = {}
    authors = []
    for tag, value in tags:
        if tag == "AU":
            authors.append(value)
        first.setdefault(tag, value)
    doi = next(
        (v.split()[0] for t, v in tags if t in {"LID", "AID"} and v.endswith("[doi]")),
        "",
    )
    source = first.get("TA") or first.get("JT", "")
    where = first.get("DP", "").split()[0] if first.get("DP") else ""
    if first.get("VI"):
        where += f";{first['VI']}"
        where += f"({first['IP']})" if first.get("IP") else ""
    where += f":{first['PG']}" if first.get("PG") else ""
    parts = [
        ", ".join(authors),
        first.get("TI", "").rstrip("."),
        source,
        where,
    ]
    text = ". ".join(p for p in parts if p) + "."
    text += f" doi: {doi}." if doi else ""
    return text + f" PMID: {first['PMID']}." if first.get("PMID") else text


def _record_at(lines: list[Line], start: int) -> tuple[str, int] | None:
    """The citation of a MEDLINE record starting at *start*, and where it ends."""
    if not (tag := _TAG.match(lines[start][1])) or tag["tag"] != "PMID":
        return None
    tags: list[tuple[str, str]] = []
    end = start
    while end < len(lines):
        text = lines[end][1]
        if found := _TAG.match(text):
            tags.append((found["tag"], found["value"].strip()))
        elif (more := _CONTINUED.match(text)) and tags:
            tags[-1] = (tags[-1][0], f"{tags[-1][1]} {more['value'].strip()}")
        else:
            break
        end += 1
    return _citation(tags), end


def read_pasted_references(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """*lines* with MEDLINE records as citation lines, bare list numbers joined to
    their reference, sources headings without their aside and superscript markers
    as "[n]"; and the asides removed."""
    out: list[Line] = []
    removed: list[Removed] = []
    index = 0
    number = ""
    while index < len(lines):
        n, text = lines[index]
        bare = _BARE_NUMBER.match(text)
        if bare and index + 1 < len(lines) and lines[index + 1][1].strip():
            number = f"{bare[1] or bare[2]}. "
            index += 1
            continue
        if aside := _ASIDE_HEADING.match(text):
            removed.append(
                Removed(n, aside["aside"], "an aside on the sources heading")
            )
            out.append((n, aside["head"] + aside["colon"]))
            index += 1
            continue
        if record := _record_at(lines, index):
            out.append((n, number + record[0]))
            index, number = record[1], ""
            continue
        out.append((n, number + text.lstrip() if number else text))
        number = ""
        index += 1
    if any(_NUMBERED.match(t) for _, t in out):
        out = [(n, _MARKER.sub(_as_marker, t)) for n, t in out]
    return out, removed


def _as_marker(found: re.Match[str]) -> str:
    run = found["run"].translate(_DIGITS)
    return f"[{run}]"
