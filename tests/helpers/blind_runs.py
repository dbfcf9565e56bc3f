"""What a blind-draft set's test does the same way for every set: its cases (each
still-wrong one an xfail(strict=True)), one import of a draft into a topic of the
test's own, and the description the import took."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from helpers.import_runs import Imported, import_draft
from helpers.scratch_topic import make_topic


def cases(
    drafts: Iterable[str], still_wrong: Mapping[str, frozenset[str]], what: str
) -> list:
    """One case a draft for the test named *what*; an xfail(strict=True) where
    *still_wrong* lists it, so that a fix is noticed."""
    wrong = pytest.mark.xfail(strict=True, reason="still wrong (STILL_WRONG)")
    return [
        pytest.param(
            draft,
            marks=wrong if what in still_wrong.get(draft, frozenset()) else (),
            id=draft,
        )
        for draft in sorted(drafts)
    ]


def import_to_scratch_topic(site: Path, capsys, draft: Path) -> Imported:  # noqa: ANN001
    """Import *draft* into a new topic of *site*'s own (never a shipped topic, where
    an editor's article of the same name would change the import)."""
    topic = make_topic(site)
    out, article = import_draft(site, capsys, draft, topic=topic)
    front, body = article.split("\n---\n", 1)
    path = site / re.search(r"^(?:created|replaced) (\S+)$", out, re.M)[1]
    return Imported(out, front, body, path)


def description_of(found: Imported) -> str | None:
    """The description the import wrote, or None where it left the placeholder."""
    taken = re.search(r'^description: "(.*)"$', found.front, re.M)
    return taken[1] if taken else None
