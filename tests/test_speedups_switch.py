"""``healthkb_speedups`` changes how fast a site builds, never what it builds.

Each build runs in its own process (parallel reads fork, which is unsafe inside an
xdist worker), writes outside the repository, and the whole output folder is
compared file by file with the switch on and off: the shipped site with ``-j 2``
(forking however few the pages) and a small generated one with ``-j 1`` and ``-j 2``.
The shipped site is built with ``-j 2`` only: the serial path is the generated
site's too, and two more shipped builds cost the suite half a minute.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from generate import write_site
from helpers.site import copy_shipped_site

# 2026-11-26 00:30 UTC: a fixed "today", so review dates do not depend on the day
EPOCH = "1795653000"


def build(site: Path, out: Path, *, speedups: bool, jobs: str) -> dict[str, bytes]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": "0"}
    args = ["-b", "html", "-W", "--keep-going", "-E", "-q", "-j", jobs]
    args += ["-D", f"healthkb_speedups={int(speedups)}"]
    if jobs != "1":
        # fork readers and writers however small the site (Sphinx's own with the
        # switch off, speedups/parallel_write.py's with it on)
        args += ["-D", "healthkb_serial_below=0"]
    args += ["-d", f"{out}.doctrees", str(site), str(out)]
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def assert_switch_took_effect(tmp_path: Path) -> None:
    """The speed-ups' traces are there with the switch on and not with it off (else
    the comparison would compare a build with itself): the template cache, and the
    saved environment referring to the parse cache instead of holding the entries."""
    for name, on in (("on", True), ("off", False)):
        doctrees = tmp_path / f"{name}.doctrees"
        assert (doctrees / "healthkb-templates").is_dir() is on
        (parsed,) = (doctrees / "healthkb-bib").glob("healthkb-bib-*.pickle")
        env_bytes = (doctrees / "environment.pickle").read_bytes()
        assert (parsed.name.encode() in env_bytes) is on


def assert_same_output(on: dict[str, bytes], off: dict[str, bytes]) -> None:
    assert sorted(on) == sorted(off)
    differing = [name for name in on if on[name] != off[name]]
    assert differing == []


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["2"])
def test_shipped_site_is_the_same_with_and_without_speedups(tmp_path, jobs):
    site = copy_shipped_site(tmp_path / "site")
    on = build(site, tmp_path / "on", speedups=True, jobs=jobs)
    off = build(site, tmp_path / "off", speedups=False, jobs=jobs)
    assert any(name.startswith("articles/") for name in on)
    assert_switch_took_effect(tmp_path)
    assert_same_output(on, off)


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_generated_site_is_the_same_with_and_without_speedups(tmp_path, jobs):
    articles = write_site(tmp_path / "site", 24, seed=5)
    on = build(tmp_path / "site", tmp_path / "on", speedups=True, jobs=jobs)
    off = build(tmp_path / "site", tmp_path / "off", speedups=False, jobs=jobs)
    pages = [name for name in on if name.endswith(".html")]
    assert len(pages) > len(articles)
    assert_switch_took_effect(tmp_path)
    assert_same_output(on, off)
