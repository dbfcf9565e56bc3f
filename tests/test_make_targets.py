"""Every contributor command is reachable from make, with its arguments passed on."""

from __future__ import annotations

import subprocess

import pytest
from helpers.site import REPO


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (["check"], ".venv/bin/healthkb check"),
        (
            [
                "new",
                "TITLE=Sleep and you",
                "TOPIC=mental-health",
                "AUTHOR=natalie-singh",
            ],
            '.venv/bin/healthkb new "Sleep and you" --topic "mental-health" '
            '--author "natalie-singh"',
        ),
        (
            ["import", "DRAFT=d.txt", "TOPIC=lungs"],
            '.venv/bin/healthkb import "d.txt" --topic "lungs"',
        ),
        (
            ["import", "DRAFT=d.txt", "TOPIC=lungs", "FORCE=1"],
            '.venv/bin/healthkb import "d.txt" --topic "lungs"  --force',
        ),
        (
            ["keywords", "ARTICLE=articles/a/b.md"],
            '.venv/bin/healthkb keywords "articles/a/b.md"',
        ),
        (["reviews"], ".venv/bin/healthkb reviews"),
    ],
)
def test_make_runs_the_command(target, expected):
    # -n prints the commands without running them; -o skips the venv set-up step
    result = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", *target],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    assert expected in [line.strip() for line in result.stdout.splitlines()]
