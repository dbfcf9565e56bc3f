"""A test site in which an article has been moved with ``healthkb move``: its old
address is linked from another article in three ways and from a related: list."""

from __future__ import annotations

import subprocess
from pathlib import Path

from healthkb.cli import main

OLD = "articles/heart/walking-and-heart-health.md"
NEW = "articles/heart/walking.md"
LINKS = (
    "\nSee {doc}`../heart/walking-and-heart-health`, "
    "{doc}`Walking </articles/heart/walking-and-heart-health>` and "
    "[the walking article](../heart/walking-and-heart-health.md).\n"
)


def add_links(site: Path) -> Path:
    other = site / "articles/lungs/breathing-exercises.md"
    text = other.read_text(encoding="utf-8").replace(
        "keywords: [Lung health, Exercise, Pneumonia]",
        "keywords: [Lung health, Exercise, Pneumonia]\nrelated: [walking-and-heart-health]",
    )
    other.write_text(text + LINKS, encoding="utf-8")
    return other


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def moved_site(site: Path) -> Path:
    """*site* (a copy of test-basic) as a git checkout, after the move."""
    add_links(site)
    git(site, "init", "-q")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "site")
    assert main(["--root", str(site), "move", OLD, NEW]) == 0
    return site
