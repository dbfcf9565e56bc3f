"""How ``healthkb import --force`` knows an article is an import's own.

The importer ends the article's front matter with a YAML comment (no field: the
site's readers and checks never see it) naming the draft and a fingerprint of the
text it wrote.  ``--force`` replaces an existing article only when that comment is
there and the rest of the file is still exactly what the import wrote: a
hand-written article, or an imported one an editor has changed since, is never
replaced (the editor moves or deletes it themselves)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Literal

_MARK = re.compile(
    r"^# made by 'healthkb import' from (?P<draft>.*?); 'healthkb import --force' "
    r"replaces this file only while it is unchanged \((?P<print>[0-9a-f]{16})\)$",
    re.MULTILINE,
)

Origin = Literal["import", "edited", "hand-written"]


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _draft_name(name: str) -> str:
    """The draft's file name as one printable line (it is only for people)."""
    return re.sub(r"[^\w .,()+-]", "_", name)[:120] or "a draft"


def mark(text: str, draft_name: str) -> str:
    """*text* (an article starting with front matter) with the import's comment as
    the front matter's last line, so no field's line number moves."""
    lines = text.split("\n")
    if not lines or lines[0] != "---" or "---" not in lines[1:]:
        return text
    end = lines.index("---", 1)
    comment = (
        f"# made by 'healthkb import' from {_draft_name(draft_name)}; 'healthkb import "
        "--force' replaces this file only while it is unchanged ({})"
    )
    lines.insert(end, comment.format(_fingerprint(text)))
    return "\n".join(lines)


def origin(path: Path) -> tuple[Origin, str]:
    """Who made the article at *path*, and the draft an import made it from."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "hand-written", ""
    found = _MARK.search(text)
    if not found:
        return "hand-written", ""
    rest = text[: found.start()] + text[found.end() + 1 :]
    if _fingerprint(rest) != found["print"]:
        return "edited", found["draft"]
    return "import", found["draft"]


__all__ = ["mark", "origin"]
