"""The article rules are pure Python: the command line never imports Sphinx."""

from __future__ import annotations

import subprocess
import sys

PURE = [
    "healthkb.problems",
    "healthkb.model.front_matter",
    "healthkb.model.article",
    "healthkb.rules.content_rules",
    "healthkb.rules.checks",
    "healthkb.model.site",
    "healthkb.cli",
    "healthkb.bib.read",
    "healthkb.rules.source_rules",
    "healthkb.bib.nlm_style",
]


def test_model_and_cli_do_not_import_sphinx():
    code = (
        "import importlib, sys\n"
        f"for name in {PURE!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'sphinx' or m.startswith('sphinx.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_same_problem_text_in_check_and_build_format():
    from healthkb.problems import Level, Problem

    p = Problem(
        "articles/a/b.md", 7, "date", "'reviewed' is not a real date", Level.ERROR
    )
    assert (
        p.format()
        == "articles/a/b.md:7: error: 'reviewed' is not a real date [healthkb.date]"
    )
