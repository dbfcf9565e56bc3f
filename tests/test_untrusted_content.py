"""Contributed content runs no code, reads no file outside the content folders, plants
no script and takes no other page down (SECURITY.md).

One site gets every attack of issue 13 as its own article; secrets lie *outside* the
site, each with a marker. It is checked and built once. Each test then asserts one class
of the threat model: nothing evaluated, nothing from outside published, only safe file
types copied, the same (rule, file, line) from ``healthkb check`` and the build, and the
harmless articles still written.
"""

from __future__ import annotations

import inspect
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.site_runs import Run, run_build, run_check

MARKER = f"HKSECRET{secrets.token_hex(6)}"
#: a PNG header followed by the marker: a "valid" image holding a secret
PNG = b"\x89PNG\r\n\x1a\n" + MARKER.encode()

HEADER = """---
description: A fictional article that carries one attack.
authors: [ada-jones]
published: 2026-01-10
reviewed: 2026-06-01
keywords: [Heart health, Walking, Exercise]
{extra}---

# Attack {name}

Walking helps the heart {{footcite:p}}`smith2020heart`.

"""


@dataclass(frozen=True)
class Attack:
    name: str
    body: str
    #: a piece of the message both tools must give (empty: nothing to report)
    message: str
    rule: str = "unsafe-file"
    extra: str = ""


def attacks(outside: Path) -> list[Attack]:
    """*outside* is the folder beside the site that holds the secrets."""
    up = "../../../outside"  # from articles/heart/ to the folder beside the site
    return [
        Attack("jinja", "Sum {{ 6*7 }} and {{ lipsum.__globals__ }}", ""),
        Attack(
            "literalinclude",
            f"```{{literalinclude}} {outside}/secret.txt\n```",
            "literalinclude directive is not allowed",
        ),
        Attack(
            "include",
            f"```{{include}} {up}/secret.txt\n```",
            "include directive is not allowed",
        ),
        Attack(
            "csv-file",
            f"```{{csv-table}} T\n:file: {up}/secret.txt\n```",
            ":file: option of csv-table",
        ),
        Attack(
            "csv-url",
            "```{csv-table} T\n:url: file:///etc/hostname\n```",
            ":url: option of csv-table",
        ),
        Attack(
            "raw",
            f"```{{raw}} html\n:file: {up}/secret.txt\n```",
            "raw directive",
            "raw-html",
        ),
        Attack(
            "download", f"{{download}}`x <{up}/secret.txt>`", "points outside the site"
        ),
        Attack("link", f"[x]({up}/secret.txt)", "points outside the site"),
        Attack("git", "[x](../../.git/config)", "hidden file or folder"),
        Attack("path-scheme", f"[x](path:{up}/secret.txt)", "points outside the site"),
        Attack("path-autolink", "<path:../../.git/config>", "hidden file or folder"),
        Attack("image", f"![x]({up}/secret.png)", "points outside the site"),
        Attack("absolute-image", "![x](/conf.py)", "is not in a content folder"),
        Attack(
            "card",
            f"```{{card}} T\n:img-top: {up}/secret.png\n\nbody\n```",
            "points outside the site",
        ),
        Attack(
            "nested-card",
            f":::{{note}}\n```{{card}} T\n:img-bottom: {up}/secret.png\n\nbody\n```\n:::",
            "points outside the site",
        ),
        Attack("svg", "![x](drawing.svg)", "'.svg' file, which cannot be published"),
        Attack("html", "[x](page.html)", "'.html' file, which cannot be published"),
        Attack("symlinked-image", "![x](linked.png)", "is a symbolic link"),
        Attack(
            "nesting",
            "\n".join(":" * (60 - i) + "{note}" for i in range(40))
            + "\ndeep\n"
            + "\n".join(":" * (21 + i) for i in range(40)),
            "nested more than",
        ),
        # super-linear inputs (issue 13): they must finish and agree, nothing more
        Attack("spaces", "## Two" + " " * 4000 + "x\n\n## Three" + " " * 4000, ""),
        Attack("digits", "A number: " + "1" * 60000 + ".", ""),
        Attack("backticks", "`" * 5000 + " a " + "`" * 4999, ""),
        Attack(
            "emphasis", "*" * 1200 + "a" + "*" * 1200, "nests too many", "unsafe-markup"
        ),
        Attack(
            "query-escape",
            f"{{download}}`x <a.pdf?/{up}/secret.txt>` ![y](ok.png#/{up}/secret.png)",
            "contains '?' or '#'",
        ),
        Attack("long-name", "![a heart](" + "a" * 300 + ".png)", "too long"),
        Attack(
            "code-block",
            f"```{{code-block}} markdown\n![a heart]({up}/secret.png)\n```",
            "",
        ),
        Attack(
            "percent",
            "[one](%2e%2e/%2e%2e/%2e%2e/outside/secret.txt)",
            "points outside",
        ),
        Attack(
            "bibliography",
            "```{bibliography}\n:style: nosuchstyle\n```",
            "bibliography directive is not allowed",
        ),
        Attack("control", "A control \x01 character.", "control character", "encoding"),
        # a toctree in an article listing the home page makes the contents a loop,
        # which crashed the build in sphinxcontrib-bibtex's walk of it
        Attack(
            "toctree-loop",
            "```{toctree}\n:glob:\n\n/*\n```",
            "only allowed on a topic page",
            "contents",
        ),
        Attack(
            "toctree-up",
            "```{toctree}\n\n../../index\n```",
            "only allowed on a topic page",
            "contents",
        ),
        Attack(
            "far-date", "", "not a plausible date", "date", "review-due: 9999-12-31\n"
        ),
        Attack(
            "long-keyword",
            "",
            "characters long",
            "keywords",
            "secondary-keywords: [" + "Verylong" * 40 + "]\n",
        ),
        Attack(
            "instruction-keyword",
            "",
            "is not a keyword",
            "keywords",
            'secondary-keywords: ["Pick from these when you publish:"]\n',
        ),
    ]


_LOCATED = re.compile(
    r"^(?:.*/)?(?P<path>articles/[^:]+):(?P<line>\d+):\s*(?:ERROR|WARNING|error|warning):"
    r"\s*(?P<message>.*?)\s*\[healthkb\.(?P<rule>[a-z-]+)\]\s*$",
    re.MULTILINE,
)


@dataclass
class Outcome:
    site: Path
    out: Path
    check: Run
    build: Run
    attacks: list[Attack]

    def located(self, run: Run) -> set[tuple[str, str, int]]:
        return {
            (m["rule"], m["path"], int(m["line"]))
            for m in _LOCATED.finditer(run.text)
            if "/atk-" in m["path"] or m["path"].startswith("articles/heart/atk-")
        }


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    import shutil

    from helpers.site import ROOTS

    base = tmp_path_factory.mktemp("untrusted")
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"{MARKER},b\n{MARKER},d\n", encoding="utf-8")
    (outside / "secret.png").write_bytes(PNG)
    site = base / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    # a conf.py that even asks for substitutions: the extension must refuse them
    conf = site / "conf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8").replace(
            '["colon_fence"]', '["colon_fence", "substitution"]'
        ),
        encoding="utf-8",
    )
    (site / ".git").mkdir()
    (site / ".git/config").write_text(
        f"[remote]\n  token = {MARKER}\n", encoding="utf-8"
    )
    heart = site / "articles/heart"
    (heart / "drawing.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', encoding="utf-8"
    )
    (heart / "page.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    (heart / "linked.png").symlink_to(outside / "secret.png")
    (heart / "atk-symlinked.md").symlink_to(outside / "secret.txt")
    (site / "articles/evil").mkdir()
    (site / "articles/evil/index.md").symlink_to(outside / "secret.txt")
    cases = attacks(outside)
    for attack in cases:
        (heart / f"atk-{attack.name}.md").write_text(
            HEADER.format(name=attack.name, extra=attack.extra) + attack.body + "\n",
            encoding="utf-8",
        )
    out = base / "html"
    return Outcome(site, out, run_check(site), run_build(site, out), cases)


def test_nothing_crashes_and_both_tools_fail(outcome: Outcome) -> None:
    for run in (outcome.check, outcome.build):
        assert not run.crashed(), run.text[-3000:]
        assert run.status != 0


def test_substitutions_are_shown_never_run(outcome: Outcome) -> None:
    page = (outcome.out / "articles/heart/atk-jinja.html").read_text(encoding="utf-8")
    assert "{{ 6*7 }}" in page
    assert "Sum 42" not in page
    assert "function" not in page.split("Sum", 1)[1][:200]


def test_each_attack_is_reported_at_its_line_by_check_and_build(
    outcome: Outcome,
) -> None:
    check, build = outcome.located(outcome.check), outcome.located(outcome.build)
    for attack in outcome.attacks:
        path = f"articles/heart/atk-{attack.name}.md"
        if not attack.message:
            # shown as text (test above); it may be reported as a template leftover
            assert {c for c in check if c[1] == path} == {
                c for c in build if c[1] == path
            }
            continue
        in_check = {c for c in check if c[1] == path}
        in_build = {c for c in build if c[1] == path}
        assert in_check, f"check is silent about {attack.name}"
        assert any(r == attack.rule for r, _, _ in in_check), (attack, in_check)
        assert in_check == in_build, (attack.name, in_check, in_build)
        assert attack.message in outcome.check.text
    symlinked = ("unsafe-markup", "articles/heart/atk-symlinked.md", 1)
    assert symlinked in check
    assert symlinked in build


def test_no_secret_or_outside_file_is_published(outcome: Outcome) -> None:
    for path in outcome.out.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path
    copied = [
        p.name
        for folder in ("_images", "_downloads")
        for p in (outcome.out / folder).rglob("*")
        if p.is_file()
    ]
    assert not copied, copied


def test_refused_pages_are_not_written_and_the_others_are(outcome: Outcome) -> None:
    heart = outcome.out / "articles/heart"
    for never in ("atk-symlinked", "atk-nesting", "atk-control"):
        assert not (heart / f"{never}.html").exists()
    assert (heart / "walking-and-heart-health.html").is_file()
    assert (outcome.out / "articles/lungs/breathing-exercises.html").is_file()
    # the pages whose markup was refused are written without it
    card = (heart / "atk-card.html").read_text(encoding="utf-8")
    assert "<img" not in card


# -- every route that reads a file is known --------------------------------------------

#: what reads a file in the source of a directive, role or collector
_FILE_ACCESS = re.compile(
    r"relfn2path|note_dependency|open\(|read_text|read_bytes|urlopen|file_insertion"
)
#: every registered directive, role and environment collector that reads a file, and
#: how healthkb confines it (reviewed by hand; a new one fails the test below)
REVIEWED = {
    ("directive", "include"): "refused (RefusedDirective); trusted includes pasted in",
    ("directive", "literalinclude"): "refused (RefusedDirective)",
    ("directive", "raw"): "refused; raw_enabled off",
    ("directive", "csv-table"): ":file:/:url: refused (ConfinedCSVTable)",
    (
        "directive",
        "bibliography",
    ): "refused (RefusedDirective): its :style: loads a plugin",
    ("directive", "footbibliography"): "reads only conf.py's bibtex_bibfiles",
    ("directive", "sources"): "healthkb's: reads only conf.py's bibtex_bibfiles",
    (
        "directive",
        "topic-cards",
    ): "healthkb's: reads topic index.md pages, not symlinks",
    ("collector", "ImageCollector"): "image nodes judged by ConfineFiles first",
    ("collector", "DownloadFileCollector"): "download nodes judged by ConfineFiles",
    ("collector", "DependenciesCollector"): "records dependencies, reads nothing",
}


def _source(obj: object) -> str:
    target = obj if inspect.isclass(obj) or inspect.isfunction(obj) else type(obj)
    try:
        return inspect.getsource(target)
    except (OSError, TypeError):
        return ""


def test_every_file_reading_directive_role_and_collector_is_reviewed(
    make_app, tmp_path: Path
) -> None:  # noqa: ANN001
    import importlib
    import shutil

    from docutils.parsers.rst import directives, roles
    from helpers.site import ROOTS
    from sphinx.environment.collectors import EnvironmentCollector

    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    app = make_app("html", srcdir=site)
    found: dict[tuple[str, str], object] = {}
    for name in set(directives._directive_registry) | set(directives._directives):
        if name in directives._directives:
            found["directive", name] = directives._directives[name]
        else:
            module, cls = directives._directive_registry[name]
            found["directive", name] = getattr(
                importlib.import_module(f"docutils.parsers.rst.directives.{module}"),
                cls,
            )
    for name in set(roles._role_registry) | set(roles._roles):
        found["role", name] = roles._roles.get(name) or roles._role_registry[name]
    for domain in app.env.domains.sorted():
        for name, cls in domain.directives.items():
            found["directive", f"{domain.name}:{name}"] = cls
        for name, role in domain.roles.items():
            found["role", f"{domain.name}:{name}"] = role
    for listeners in app.events.listeners.values():
        for listener in listeners:
            owner = getattr(listener.handler, "__self__", None)
            if isinstance(owner, EnvironmentCollector):
                found["collector", type(owner).__name__] = owner
    assert len(found) > 200  # the registries were really read
    from healthkb.sphinxext.confinement import ConfinedCSVTable, RefusedDirective

    for name in ("include", "literalinclude", "raw", "bibliography"):
        assert found["directive", name] is RefusedDirective
    assert found["directive", "csv-table"] is ConfinedCSVTable
    reading = {key for key, obj in found.items() if _FILE_ACCESS.search(_source(obj))}
    unreviewed = reading - set(REVIEWED)
    assert not unreviewed, (
        f"these read files and are not confined or reviewed: {sorted(unreviewed)}"
    )
    app.cleanup()


def test_an_incremental_build_repeats_the_errors(outcome: Outcome) -> None:
    again = run_build(outcome.site, outcome.out, fresh=False)
    assert again.status != 0
    first = {c for c in outcome.located(outcome.build) if c[1].endswith("atk-card.md")}
    assert first
    assert first <= outcome.located(again)
    assert not (outcome.out / "_images").exists() or not any(
        (outcome.out / "_images").iterdir()
    )
