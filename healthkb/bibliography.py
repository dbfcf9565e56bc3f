"""Read ``references.bib`` entry by entry, so one broken entry is a problem with its
line, not a crash of the whole build.

pybtex parses the file; we split it at each ``@`` that starts a line first, so a
missing brace in one entry cannot swallow the rest of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.database import Entry
from pybtex.database.input.bibtex import Parser
from pybtex.exceptions import PybtexError

from healthkb.problems import Problem, problem

_ENTRY_START = re.compile(r"^\s*@\s*([A-Za-z]+)\s*[{(]\s*([^,\s]*)", re.MULTILINE)


@dataclass
class Bibliography:
    path: str
    entries: dict[str, Entry] = field(default_factory=dict)
    #: line of each entry's ``@type{key,`` in the file
    lines: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: the text of every entry that parsed, for a build that must not crash
    clean_text: str = ""

    def keys_casefolded(self) -> dict[str, str]:
        return {key.casefold(): key for key in self.entries}


def load_bibliography(path: Path, display: str) -> Bibliography:
    """Parse the file at *path*; *display* is how problems name it."""
    bib = Bibliography(display)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        bib.problems.append(problem(display, 1, "bibliography", f"cannot read the bibliography ({exc.strerror})"))
        return bib
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bib.problems.append(
            problem(display, line, "encoding", "the bibliography is not UTF-8 text: save it as UTF-8")
        )
        return bib
    return parse_bibliography_text(text, display)


def parse_bibliography_text(text: str, display: str) -> Bibliography:
    bib = Bibliography(display)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    starts = list(_ENTRY_START.finditer(text))
    parser = Parser(wanted_entries=None)
    kept: list[str] = []
    counted_pos = counted_line = 0
    for index, match in enumerate(starts):
        chunk_end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        chunk = text[match.start() : chunk_end]
        # count newlines from the previous entry on (from the start each time was quadratic)
        counted_line += text.count("\n", counted_pos, match.start())
        counted_pos = match.start()
        # the match may start with blank lines before the '@': count those, not characters
        leading = match.group(0)[: len(match.group(0)) - len(match.group(0).lstrip())]
        line = counted_line + 1 + leading.count("\n")
        kind, key = match.group(1).lower(), match.group(2)
        if kind == "comment":
            continue
        if kind not in ("string", "preamble") and key in bib.entries:
            bib.problems.append(
                problem(
                    display,
                    line,
                    "bibliography",
                    f"the key '{key}' is used by two entries (first on line {bib.lines[key]}): "
                    "give each source its own key",
                )
            )
            continue
        # one entry per chunk: compare sizes, not key sets (that was quadratic)
        before = len(parser.data.entries) if parser.data else 0
        try:
            parser.parse_string(chunk)
        except PybtexError as exc:
            bib.problems.append(
                problem(
                    display,
                    line,
                    "bibliography",
                    f"the entry '{key or kind}' cannot be read ({_short(exc)}): check that every "
                    "'{' has its '}', fields are separated by commas, and values are quoted or braced",
                )
            )
            continue
        kept.append(chunk)
        if len(parser.data.entries) > before:
            bib.entries[key] = parser.data.entries[key]
            bib.lines[key] = line
    bib.clean_text = "".join(kept)
    return bib


def _short(exc: PybtexError) -> str:
    message = str(exc)
    return message.split(":", 1)[-1].strip() if "line" in message else message


