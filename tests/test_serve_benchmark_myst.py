"""``benchmarks/serve.py --myst``: the MyST project it gives ``myst start``, the
server CPU it reads, and the options it refuses (no myst needed for these)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers.site import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import serve  # noqa: E402
from generate import glossary_terms, write_site  # noqa: E402


def test_myst_project_has_the_same_articles_and_the_given_template(
    tmp_path: Path,
) -> None:
    theme = tmp_path / "theme"
    serve.write_myst_project(tmp_path / "myst", 30, theme)
    write_site(tmp_path / "bare", 30, bare=True)
    site = tmp_path / "myst"
    assert not (site / "conf.py").exists()
    config = (site / "myst.yml").read_text(encoding="utf-8")
    assert f"template: {theme.resolve().as_posix()}\n" in config
    # the article a run edits is the same text as the Sphinx sites' plain version
    article = serve.first_article(site)
    bare = tmp_path / "bare" / article.relative_to(site)
    assert article.read_text(encoding="utf-8") == bare.read_text(encoding="utf-8")
    assert f"http://127.0.0.1:1/{article.stem}" in serve.myst_urls(1, article, site)


def test_myst_glossary_is_a_definition_list_of_every_term(tmp_path: Path) -> None:
    serve.write_myst_project(tmp_path / "myst", 5, tmp_path / "theme")
    lines = (tmp_path / "myst" / "glossary.md").read_text(encoding="utf-8").split("\n")
    terms = glossary_terms()
    for term in terms:
        at = lines.index(term)
        assert lines[at + 1].startswith(": ")
    assert sum(line.startswith(": ") for line in lines) == len(terms)


def test_session_cpu_counts_the_live_processes_of_the_session() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "sum(range(20_000_000)); print(1, flush=True); input()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert child.stdout is not None
        child.stdout.readline()  # its work is done
        assert serve.session_cpu(child.pid) > 0
    finally:
        child.kill()
        child.wait()
    assert serve.session_cpu(child.pid) == 0  # no process left in that session


@pytest.mark.parametrize(
    "extra",
    [
        ["--myst", "/usr/bin/true"],
        ["--myst-template", "."],
        ["--only", "myst start"],
    ],
)
def test_myst_options_go_together(extra: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        serve.main(["--articles", "1", *extra])
    assert stop.value.code == 2


def test_a_theme_without_its_packages_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # myst start would install them itself, from the network
    with pytest.raises(SystemExit):
        serve.main(["--myst", "/usr/bin/true", "--myst-template", str(tmp_path)])
    assert "node_modules is missing" in capsys.readouterr().err
