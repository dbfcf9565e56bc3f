"""The wheel carries everything a build needs: built from the checkout, installed
into a fresh virtual environment (offline: this venv's other packages are borrowed
through a ``.pth`` line, healthkb itself comes only from the wheel), it builds the
shipped site in a folder outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from helpers.site import REPO, copy_shipped_site

PACKAGE = REPO / "healthkb"


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def package_files() -> set[str]:
    """Every file of the package in the checkout that is not a compiled cache."""
    return {
        p.relative_to(REPO).as_posix()
        for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # a copy: building in the checkout would leave build/ and *.egg-info in it
    source = out / "source"
    for name in ("pyproject.toml", "README.md"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes((REPO / name).read_bytes())
    for name in package_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes((REPO / name).read_bytes())
    run(
        sys.executable,
        *("-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index"),
        *("-w", out / "dist", source),
        cwd=out,
    )
    (found,) = (out / "dist").glob("healthkb-*.whl")
    return found


def test_wheel_holds_every_file_of_the_package(wheel: Path):
    with zipfile.ZipFile(wheel) as archive:
        inside = set(archive.namelist())
    missing = sorted(package_files() - inside)
    assert missing == []
    assert "healthkb/sphinxext/templates/healthkb-pagefind-search.html" in inside


@pytest.mark.slow
def test_site_builds_from_the_installed_wheel(wheel: Path, tmp_path: Path):
    fresh = tmp_path / "venv"
    venv.create(fresh, with_pip=False)
    python = fresh / "bin" / "python"
    fresh_site = Path(
        run(
            python,
            "-c",
            "import sysconfig; print(sysconfig.get_path('purelib'))",
            cwd=tmp_path,
        ).strip()
    )
    run(
        sys.executable,
        *("-m", "pip", "install", "--no-index", "--no-deps", "--no-compile"),
        *("--target", fresh_site, wheel),
        cwd=tmp_path,
    )
    # the other dependencies, from this venv; its editable healthkb .pth is not read
    borrowed = sysconfig.get_path("purelib")
    (fresh_site / "zz-borrowed.pth").write_text(borrowed + "\n", encoding="utf-8")
    env = {
        k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}
    }
    env["SOURCE_DATE_EPOCH"] = "1795653000"  # a fixed "today"
    where = run(
        python, "-c", "import healthkb; print(healthkb.__file__)", cwd=tmp_path, env=env
    )
    assert Path(where.strip()).is_relative_to(fresh_site)

    site = copy_shipped_site(tmp_path / "site")
    out = tmp_path / "html"
    run(
        python,
        *("-m", "sphinx", "-b", "html", "-W", "--keep-going", "-q", "-j", "1"),
        *("-d", tmp_path / "doctrees", site, out),
        cwd=tmp_path,
        env=env,
    )
    # the Pagefind search page (template and script from the wheel) and keyword pages
    assert "search-results" in (out / "search.html").read_text(encoding="utf-8")
    assert (out / "_static" / "healthkb-pagefind.js").is_file()
    assert (out / "keywords" / "index.html").is_file()
    assert len(list((out / "keywords").glob("*.html"))) > 1
