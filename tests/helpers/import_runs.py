"""Run ``healthkb import`` on a draft in a test site and read what it wrote."""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers.site import run_cli


def import_draft(
    site: Path, capsys, draft: Path, *args: str, topic: str = "mental-health"
) -> tuple[str, str]:  # noqa: ANN001 - capsys
    """The report and the article of one import that succeeds (made or replaced)."""
    assert run_cli(site, "import", str(draft), "--topic", topic, *args) == 0
    out = capsys.readouterr().out
    made = re.search(r"^(?:created|replaced) (\S+)$", out, re.MULTILINE)
    assert made, out
    return out, (site / made[1]).read_text(encoding="utf-8")


def todo_items(out: str) -> list[str]:
    """The report's "a person must still" items."""
    return re.findall(r"^  - (.*)$", out, re.MULTILINE)


def front_list(article: str, name: str) -> list[str]:
    """A front-matter list the importer wrote (as JSON), or []."""
    found = re.search(rf"^{name}: (.*)$", article, re.MULTILINE)
    return json.loads(found[1]) if found else []
