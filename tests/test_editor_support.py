"""The VS Code tasks put ``healthkb check``'s problems on their lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers.site import run_cli as run

REPO = Path(__file__).parent.parent


def _jsonc(path: Path) -> dict:
    """VS Code's JSON with whole-line ``//`` comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return json.loads("\n".join(x for x in lines if not x.lstrip().startswith("//")))


def test_recommended_extensions_include_myst():
    recommended = _jsonc(REPO / ".vscode/extensions.json")["recommendations"]
    assert "executablebooks.myst-highlight" in recommended
    _jsonc(REPO / ".vscode/settings.json")  # valid JSON with comments


def test_task_problem_matcher_reads_check_output(site_copy, capsys):
    site = site_copy()
    article = site / "articles/lungs/breathing-exercises.md"
    text = article.read_text(encoding="utf-8")
    article.write_text(
        text.replace("authors: [the-team]", "authors: [nobody]\nlayout: x")
    )
    capsys.readouterr()
    assert run(site, "check", "articles/lungs/breathing-exercises.md") == 1
    out = capsys.readouterr().out.splitlines()
    tasks = _jsonc(REPO / ".vscode/tasks.json")["tasks"]
    matchers = [t["problemMatcher"] for t in tasks if t["problemMatcher"]]
    assert len(matchers) == 2
    for matcher in matchers:
        pattern = matcher["pattern"]
        found = [m for m in map(re.compile(pattern["regexp"]).match, out) if m]
        assert len(found) == len(out) == 2
        got = {
            (m[pattern["file"]], m[pattern["line"]], m[pattern["severity"]])
            for m in found
        }
        assert got == {
            ("articles/lungs/breathing-exercises.md", "3", "error"),
            ("articles/lungs/breathing-exercises.md", "4", "warning"),
        }
