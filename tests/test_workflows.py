"""The GitHub workflows: actionlint passes, the pull-request check stays untrusted,
and the problem matcher reads Sphinx's own warning lines."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).parent.parent
WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_actionlint_passes_on_every_workflow():
    assert len(WORKFLOWS) >= 2
    result = subprocess.run(
        [str(BIN / "actionlint"), "-no-color", *map(str, WORKFLOWS)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path):
    bad = tmp_path / ".github/workflows/bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n"
        "      - run: echo ${{ github.event.pull_request.title }}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(BIN / "actionlint"), "-no-color", str(bad)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "potentially untrusted" in result.stdout


def test_pull_request_check_runs_untrusted():
    text = (REPO / ".github/workflows/check.yml").read_text(encoding="utf-8")
    flow = yaml.safe_load(text)
    # PyYAML reads the key 'on' as True
    assert set(flow[True]) == {"pull_request"}
    code = "\n".join(line.split("#")[0] for line in text.splitlines())
    assert "pull_request_target" not in code and "secrets." not in code
    assert flow["permissions"] == {}
    for job in flow["jobs"].values():
        assert job["permissions"] == {"contents": "read"}
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"])
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_problem_matcher_reads_a_real_sphinx_warning(site_copy):
    site = site_copy()
    article = site / "articles/heart/walking-and-heart-health.md"
    text = article.read_text(encoding="utf-8")
    text = text.replace("authors: [ada-jones]", "authors: [nobody]")  # an ERROR
    # a WARNING at an article's line: healthkb's uncited-statistic (a link to a
    # label or a page that is not there is healthkb's ERROR, and Sphinx's or MyST's
    # own message for it is not given again: no Sphinx WARNING is left to read)
    article.write_text(text + "\nAbout 40% of people improved.\n", "utf-8")
    line = text.count("\n") + 2
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-n", ".", "_build"],
        cwd=site,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    matchers = json.loads(
        (REPO / ".github/sphinx-problem-matcher.json").read_text(encoding="utf-8")
    )["problemMatcher"]
    assert {m["severity"] for m in matchers} == {"warning", "error"}
    found = []
    for matcher in matchers:
        [pattern] = matcher["pattern"]
        regexp = re.compile(pattern["regexp"])
        found += [
            (Path(m[pattern["file"]]).name, m[pattern["line"]], matcher["severity"])
            for m in map(regexp.match, result.stderr.splitlines())
            if m
        ]
    assert ("walking-and-heart-health.md", str(line), "warning") in found, result.stderr
    assert ("walking-and-heart-health.md", "3", "error") in found, result.stderr
    # the ERROR pattern does not take WARNING lines, nor the other way round
    assert len(found) == len(set(found))
