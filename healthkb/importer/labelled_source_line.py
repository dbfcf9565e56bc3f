"""In an unnumbered source list, "Registry main results: https://doi.org/…" or
"Trial protocol: doi:10.…" is a source of its own (a short label, then its
address), not the end of the reference above it. A Vancouver reference's own
continuations ("Available from: https://…", "Accessed: 3 May 2024", "DOI: 10.…")
carry on the reference above."""

from __future__ import annotations

import re

_LABELLED_ADDRESS = re.compile(
    r"^\s*(?P<label>[^\W\d_][^:\n]{0,60}):[ \t]+(?:<?https?://|doi:|10\.\d{4,9}/)", re.I
)
_CONTINUATION = re.compile(
    r"^(?:available(?:[ \t]+(?:from|at|online))?|accessed(?:[ \t]+on)?|retrieved"
    r"(?:[ \t]+from)?|cited|url|doi|link|online|web(?:site)?|from)$",
    re.I,
)


def starts_labelled_source(line: str) -> bool:
    """*line* is "Label: address", a source of its own."""
    found = _LABELLED_ADDRESS.match(line)
    return bool(found) and not _CONTINUATION.match(found["label"].strip())
