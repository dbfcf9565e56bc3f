"""The pre-commit hook runs ``healthkb check`` on changed articles; the build applies
the same readability and placeholder rules as the command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from helpers.site import REPO, warnings_of
from sphinx.testing.util import SphinxTestApp

HEALTHKB = Path(sys.executable).parent / "healthkb"
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
HARD = (
    "Cardiovascular rehabilitation interventions demonstrate considerable "
    "physiological "
    "improvements, particularly regarding cardiorespiratory functionality. "
) * 4


def test_hook_manifest_follows_pre_commit_conventions():
    [hook] = yaml.safe_load(
        (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    )
    assert hook["id"] == "healthkb-check" and hook["entry"] == "healthkb check"
    assert hook["language"] == "python" and hook["pass_filenames"] is True
    files = re.compile(hook["files"])
    assert files.search("articles/heart/walking.md") and not files.search("README.md")
    assert not files.search("tests/roots/test-basic/articles/heart/x.md")
    config = yaml.safe_load(
        (REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    )
    [local] = config["repos"]
    assert local["repo"] == "local"
    assert local["hooks"][0]["files"] == hook["files"]
    assert local["hooks"][0]["entry"].endswith("healthkb check")


def _git(site: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=site, check=True, capture_output=True)


def test_pre_commit_blocks_a_bad_article(site_copy, tmp_path):
    site = site_copy()
    config = yaml.safe_load(
        (REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    )
    config["repos"][0]["hooks"][0]["entry"] = (
        f"{HEALTHKB} check"  # no .venv in the copy
    )
    (site / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump(config), encoding="utf-8"
    )
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache")}
    _git(site, "init", "-q")
    _git(site, "add", "-A")
    bad = site / "articles/heart/walking-and-heart-health.md"
    bad.write_text(
        bad.read_text(encoding="utf-8") + "\nOkay, here's a draft.\n", encoding="utf-8"
    )
    _git(site, "add", "-A")
    result = subprocess.run(
        [
            str(PRE_COMMIT),
            "run",
            "--files",
            "articles/heart/walking-and-heart-health.md",
            "README.md",
        ],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "articles/heart/walking-and-heart-health.md:20: error: drafting leftover"
        in result.stdout
    )
    good = site / "articles/lungs/breathing-exercises.md"
    result = subprocess.run(
        [str(PRE_COMMIT), "run", "--files", str(good.relative_to(site))],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_build_warns_readability_and_honours_silence(site_copy):
    site = site_copy()
    article = site / "articles/heart/walking-and-heart-health.md"
    text = article.read_text(encoding="utf-8") + "\n" + HARD + "\n"
    article.write_text(text, encoding="utf-8")
    app = SphinxTestApp("html", srcdir=site, freshenv=True)
    try:
        app.build(force_all=True)
        warnings = warnings_of(app)
        assert re.search(
            r"articles/heart/walking-and-heart-health\.md:11: WARNING: "
            r"the text reads at US school grade "
            r"[\d.]+, above the site's target of 9.* \[healthkb\.readability\]",
            warnings,
        )
    finally:
        app.cleanup()
    article.write_text(
        text.replace(
            "---\n\n#",
            "silence:\n  readability: quotes a technical abstract\n---\n\n#",
            1,
        ),
        encoding="utf-8",
    )
    app = SphinxTestApp("html", srcdir=site, freshenv=True)
    try:
        app.build(force_all=True)
        assert warnings_of(app) == ""
    finally:
        app.cleanup()
