"""Run ``healthkb import`` on a draft in a test site and read what it wrote."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
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


def numbered(text: str) -> list[tuple[int, str]]:
    """*text*'s lines with their line numbers, as the draft readers take them."""
    return list(enumerate(text.split("\n"), 1))


def draft_body(draft) -> str:  # noqa: ANN001 - a parsed Draft
    """The text of a parsed draft's blocks, one line each."""
    return "\n".join(line for b in draft.blocks for line in b.lines)


def todo_items(out: str) -> list[str]:
    """The report's "a person must still" items."""
    return re.findall(r"^  - (.*)$", out, re.MULTILINE)


def front_list(article: str, name: str) -> list[str]:
    """A front-matter list the importer wrote (as JSON), or []."""
    found = re.search(rf"^{name}: (.*)$", article, re.MULTILINE)
    return json.loads(found[1]) if found else []


@dataclass(frozen=True)
class Imported:
    """One import's report, the article's front matter and body, and its file."""

    out: str
    front: str
    body: str
    path: Path


def import_article(site: Path, capsys, draft: Path) -> Imported:  # noqa: ANN001
    """:func:`import_draft`, with the article split into front matter and body."""
    out, article = import_draft(site, capsys, draft)
    front, body = article.split("\n---\n", 1)
    path = site / re.search(r"^(?:created|replaced) (\S+)$", out, re.M)[1]
    return Imported(out, front, body, path)


def used_sources(found: Imported) -> set[str]:
    """The references.bib keys the import used: cited, or listed to place."""
    keys = set(re.findall(r"\{footcite:p\}`([^`]+)`", found.body))
    for listed in re.findall(r"the sources to place: ([^\n]+)", found.out):
        keys |= {k.strip() for k in listed.split(",")}
    return {k for key in keys for k in key.split(",")}


def check_problems(site: Path, capsys, path: Path) -> tuple[int, list[dict]]:  # noqa: ANN001
    """``healthkb check --format json`` of one article: its status and problems."""
    capsys.readouterr()
    status = run_cli(site, "check", "--format", "json", str(path))
    printed = capsys.readouterr()
    assert printed.out, printed.err
    return status, json.loads(printed.out)["problems"]


def cite_at_end(line: str, keys: str) -> str:
    """*line* with a citation of *keys* at its end (a table row: in its last cell)."""
    marker = f" {{footcite:p}}`{keys}`"
    if line.rstrip().endswith("|"):
        return line.rstrip()[:-1].rstrip() + marker + " |"
    return line + marker


def article_title(body: str) -> str:
    """The article's one ``#`` title."""
    return re.search(r"^# (.+)$", body, re.M)[1]


def review_and_retitle(found: Imported, day: str = "2026-12-01") -> None:
    """What an editor does to an imported article before the check: a review (and
    publication) date, and a new title where the draft retells a shipped article."""
    text = found.path.read_text("utf-8")
    text = re.sub(r"^reviewed: <<[^>]*>>$", f"reviewed: {day}", text, flags=re.M)
    text = re.sub(r"^published: .*$", f"published: {day}", text, flags=re.M)
    front, body = text.split("\n---\n", 1)
    body = re.sub(r"^# (.+)$", r"# \1 (new version)", body, count=1, flags=re.M)
    found.path.write_text(f"{front}\n---\n{body}", "utf-8")
