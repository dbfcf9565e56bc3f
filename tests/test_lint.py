"""The code base stays ruff clean (lint and format), as CI would check it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).parent.parent
RUFF = Path(sys.executable).parent / "ruff"
TARGETS = ["healthkb", "tests", "benchmarks"]


def test_ruff_check_is_clean():
    result = subprocess.run(
        [RUFF, "check", *TARGETS], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_ruff_format_is_clean():
    result = subprocess.run(
        [RUFF, "format", "--check", *TARGETS], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
