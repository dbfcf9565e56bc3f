"""Every mistake an article may make with the roles and directives the site has
is one verdict: when the strict build (``-W -n``, serial) fails on it, ``healthkb
check`` reports it at the same file and line, and the build says it once, in
check's words (no Sphinx, MyST, docutils or extension warning beside it).

Each case is one article with one typical mistake (a missing target, a bad option
or argument, a malformed table, ...). The cases marked ``GAP`` are known
disagreements still open (the build fails on what check lets through): each is an
expected failure, strict, so the day it is fixed the mark must go.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers.site_runs import build_messages, run_build, run_check
from test_one_verdict import DEFAULT_KEYWORDS, FRONT

ROOT = Path(__file__).parent / "roots" / "test-basic"
FOLDER = "articles/lungs"
#: a label of another page, for the cases that link to one that exists
LABELLED = "\n(breathing-label)=\n## Breathing label part\n\nText.\n"

#: name -> article body (its first line is line 13 of the file)
CASES = {
    # links to a label, a page or a term
    "ref-missing": "See {ref}`no-such-label` here.\n",
    "ref-missing-with-title": "See {ref}`the part <no-such-label>` here.\n",
    "ref-to-a-label": "See {ref}`breathing-label`.\n",
    "ref-to-a-label-of-its-own": "(my-part)=\n## My part\n\nSee {ref}`my-part`.\n",
    "numref-missing": "See {numref}`no-such-figure` here.\n",
    "any-missing": "See {any}`no-such-thing` here.\n",
    "duplicate-label": "(same)=\n## Part one\n\nText.\n\n(same)=\n## Part two\n\nText.\n",
    "label-of-another-page": "(breathing-label)=\n## Part one\n\nText.\n",
    "card-link-label-missing": (
        ":::{card} Title\n:link: no-such-label\n:link-type: ref\n\nText.\n:::\n"
    ),
    "card-link-page-missing": (
        ":::{card} Title\n:link: nowhere-page\n:link-type: doc\n\nText.\n:::\n"
    ),
    "card-link-page": (
        ":::{card} Title\n:link: breathing-exercises\n:link-type: doc\n\nText.\n:::\n"
    ),
    "button-ref-missing": "```{button-ref} no-such-label\nGo\n```\n",
    "button-ref-page-missing": (
        "```{button-ref} nowhere-page\n:ref-type: doc\n\nGo\n```\n"
    ),
    "download-missing": "Get {download}`the form <form.pdf>` here.\n",
    "download-missing-from-the-site-folder": (
        "Get {download}`/articles/lungs/leaflet.pdf` too.\n"
    ),
    "download-there": "Get {download}`the picture <picture.png>` here.\n",
    "footcite-t-missing": "As {footcite:t}`nosuch2020key` found.\n",
    # roles
    "unknown-role": "This is {nosuchrole}`text` here.\n",
    "abbr": "The {abbr}`BMI (body mass index)` is a number.\n",
    "sub-and-sup": "H{sub}`2`O and x{sup}`2`.\n",
    # footnotes (refused: their numbers would clash with the references')
    "footnote-without-definition": "A fact[^nodef].\n",
    "footnote-definition-unused": "A fact.\n\n[^lonely]: A note.\n",
    "footnote-defined-twice": "A fact[^a].\n\n[^a]: One.\n\n[^a]: Two.\n",
    # headings, code, substitutions
    "heading-level-jump": "#### Deep heading\n\nText.\n",
    "heading-level-jump-after-sections": (
        "## Part\n\nText.\n\n### Sub-part\n\nText.\n\n## Next part\n\n"
        "#### Too deep\n\nText.\n"
    ),
    "heading-deep-inside-a-note": ":::{note}\n#### In a note\n\nText.\n:::\n",
    "heading-deep-in-a-list": "- An item\n\n  #### In a list\n",
    "code-unknown-language": "```nosuchlang\nx = 1\n```\n",
    "code-block-unknown-language": "```{code-block} nosuchlang\nx = 1\n```\n",
    "code-known-language": '```json\n{"a": 1}\n```\n',
    "substitution": "The {{ name }} here.\n",
    # directives: options, arguments, content
    "code-block-unknown-option": (
        "```{code-block} python\n:nosuchoption: 1\n\nx = 1\n```\n"
    ),
    "note-unknown-option": ":::{note}\n:nosuch: 1\n\nText.\n:::\n",
    "note-without-content": ":::{note}\n:::\n",
    "warning-with-options-only": "```{warning}\n:class: big\n\n```\n",
    "tip-with-yaml-options-only": ":::{tip}\n---\nclass: big\n---\n:::\n",
    "note-with-options": ":::{note}\n:class: tip\n:name: a-note\n\nText.\n:::\n",
    "dropdown-open": ":::{dropdown} Title\n:open:\n\nText.\n:::\n",
    "grid-item-card-too-many-words": (
        "::::{grid} 1\n:::{grid-item-card} A title in words\nText.\n:::\n::::\n"
    ),
    "list-table-with-options": (
        "```{list-table} A title\n:header-rows: 1\n\n* - a\n  - b\n* - c\n  - d\n```\n"
    ),
    "admonition-without-title": ":::{admonition}\nText.\n:::\n",
    "figure-unknown-option": (
        "```{figure} picture.png\n:nosuch: 1\n:alt: A picture\n\nCaption.\n```\n"
    ),
    "figure-without-file": "```{figure}\n:alt: A picture\n\nCaption.\n```\n",
    "image-bad-width": "```{image} picture.png\n:alt: A picture\n:width: huge\n```\n",
    "figure-bad-height": (
        "```{figure} picture.png\n:alt: A picture\n:height: 50%\n\nCaption.\n```\n"
    ),
    "image-width-in-percent": (
        "```{image} picture.png\n:alt: A picture\n:width: 50%\n```\n"
    ),
    "dropdown-unknown-option": ":::{dropdown} Title\n:nosuch: 1\n\nText.\n:::\n",
    "tab-item-outside-tab-set": "::::{tab-item} A\nText.\n::::\n",
    "grid-item-in-a-note": "::::{note}\n:::{grid-item}\nText.\n:::\n::::\n",
    "tab-items-in-a-tab-set": (
        "::::{tab-set}\n:::{tab-item} A\nText.\n:::\n:::{tab-item} B\nMore.\n:::\n::::\n"
    ),
    "grid-bad-argument": "::::{grid} many\n:::{grid-item}\nText.\n:::\n::::\n",
    "grid-three-sizes": "::::{grid} 1 2 3\n:::{grid-item}\nText.\n:::\n::::\n",
    "grid-four-sizes": "::::{grid} 1 2 auto 4\n:::{grid-item}\nText.\n:::\n::::\n",
    "topic-without-title": ":::{topic}\nText.\n:::\n",
    "rubric-without-title": "```{rubric}\n```\n",
    "seealso-without-content": "```{seealso}\n```\n",
    "hlist-not-a-list": "```{hlist}\nNot a list.\n```\n",
    "hlist-two-lists": "```{hlist}\n- a\n- b\n\n1. c\n```\n",
    "hlist-of-items": "```{hlist}\n:columns: 2\n\n- a\n- b\n- c\n```\n",
    "key-figure-without-value": "```{key-figure}\n```\n",
    # tables
    "list-table-rows-differ": "```{list-table}\n* - a\n  - b\n* - c\n```\n",
    "list-table-not-a-list": "```{list-table}\nNot a list.\n```\n",
    "list-table-row-not-a-list": (
        "```{list-table}\n:header-rows: 1\n\n* - a\n  - b\n* just text\n```\n"
    ),
    "list-table-longer-row": ("```{list-table} Sizes\n* - a\n* - b\n  - c\n```\n"),
    "csv-table-too-many-header-rows": "```{csv-table}\n:header-rows: 5\n\na,b\n```\n",
    "csv-table-only-header-rows": (
        '```{csv-table}\n:header-rows: 2\n\n"a, quoted",b\nc,d\n```\n'
    ),
    "csv-table-with-a-body": (
        '```{csv-table}\n:header-rows: 1\n\n"a, quoted",b\nc,d\n```\n'
    ),
    "table-without-table": "```{table} A title\nNot a table.\n```\n",
    "table-with-text-after": (
        "```{table} A title\n| a | b |\n|---|---|\n| c | d |\n\nA note.\n```\n"
    ),
    "table-of-one-table": "```{table} A title\n| a | b |\n|---|---|\n| c | d |\n```\n",
    "markdown-table-ragged": "| a | b |\n|---|---|\n| c | d | e |\n",
}
#: the disagreements still open (see the module docstring)
GAPS: set[str] = set()


def _path(name: str) -> str:
    return f"{FOLDER}/case-{name}.md"


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    """One site with every case, checked once and built once (serial, -W -n)."""
    folder = tmp_path_factory.mktemp("gaps")
    site = folder / "site"
    shutil.copytree(ROOT, site)
    (site / FOLDER / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    page = site / FOLDER / "breathing-exercises.md"
    page.write_text(page.read_text("utf-8").rstrip("\n") + "\n" + LABELLED, "utf-8")
    for name, body in CASES.items():
        front = FRONT.format(keywords=DEFAULT_KEYWORDS, title=f"Case {name}")
        (site / _path(name)).write_text(front + body, encoding="utf-8")
    problems = json.loads(run_check(site, "--format", "json").out)["problems"]
    build = run_build(site, folder / "html", "-n")
    assert not build.crashed(), build.text
    return site, problems, build.text


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="GAP"))
        if name in GAPS
        else name
        for name in CASES
    ],
)
def test_the_build_fails_only_on_what_check_reports_once(verdicts, name):
    site, problems, text = verdicts
    path = _path(name)
    checked = [p for p in problems if p["path"] == path]
    built = build_messages(site, text, path)
    # every message of the build is check's, at a line check names, in its words
    assert built == sorted((p["line"], f"healthkb.{p['rule']}") for p in checked), (
        built,
        checked,
    )
    for p in checked:
        said = f"{site / path}:{p['line']}: {p['level'].upper()}: {p['message']} ["
        assert text.count(said) == 1, (said, text)
    # nothing about the article without a line or a type (Sphinx's duplicate label)
    unlocated = [
        line
        for line in text.splitlines()
        if str(site / path) in line and not line.rstrip().endswith("]")
    ]
    assert not unlocated, unlocated


# an application of its own registers directives for the whole process
@pytest.mark.child_process
def test_check_knows_the_roles_the_build_has(tmp_path):
    """check's list of roles (it runs without Sphinx) is the build's: every role
    docutils, Sphinx's domains and the site's extensions register is known, and a
    misspelt one is not."""
    from docutils.parsers.rst import roles
    from sphinx.application import Sphinx

    from healthkb.rules.markup_rules import known_role

    site = tmp_path / "site"
    shutil.copytree(ROOT, site)
    app = Sphinx(site, site, tmp_path / "out", tmp_path / "dt", "html", status=None)
    names = set(roles._roles) | set(roles._role_registry)  # noqa: SLF001
    for domain in app.env.domains.values():
        names |= {f"{domain.name}:{role}" for role in domain.roles}
        if domain.name in ("std", "py"):  # the default domains: unprefixed too
            names |= set(domain.roles)
    assert {name for name in names if not known_role(name)} == set()
    for misspelt in ("footcit:p", "nosuchrole", "refs", "bdg-pink"):
        assert not known_role(misspelt)


# an application of its own registers directives for the whole process
@pytest.mark.child_process
def test_check_knows_what_each_directive_takes(tmp_path):
    """healthkb/rules/directive_specs.py is what the build's directives take, which
    refuse to run without content and how their option values are read (run
    tools/directive_specs.py after an upgrade)."""
    import importlib.util

    from healthkb.rules.directive_specs import CONTENT_REQUIRED, SPECS, VALUES

    tool = Path(__file__).parent.parent / "tools/directive_specs.py"
    spec = importlib.util.spec_from_file_location("directive_specs_tool", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    site = tmp_path / "site"
    shutil.copytree(ROOT, site)
    assert module.live_tables(site) == (SPECS, CONTENT_REQUIRED, VALUES)
