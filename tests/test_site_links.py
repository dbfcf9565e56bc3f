"""{doc} targets, glossary terms and topic pages, as ``healthkb check`` reads them."""

from __future__ import annotations

from pathlib import Path

from healthkb.rules.site_link_rules import (
    Glossary,
    check_links,
    check_topic_pages,
    read_glossary,
    resolve_doc,
)

PATH = "articles/heart/walking.md"


def test_doc_targets_resolve_as_sphinx_does():
    assert resolve_doc("articles/heart/walking", "running") == "articles/heart/running"
    assert (
        resolve_doc("articles/heart/walking", "../lungs/air.md") == "articles/lungs/air"
    )
    assert resolve_doc("articles/heart/walking", "/glossary") == "glossary"


def glossary(text: str) -> Glossary:
    found = Glossary()
    read_glossary("glossary.md", text, found)
    return found


def test_glossary_terms_options_and_duplicates():
    terms = glossary(
        "# Glossary\n\n```{glossary}\n:sorted:\n\nECT\n  Electroconvulsive therapy.\n\n"
        "Open-label\n  Everyone knows.\n\nect\n  Again.\n```\n"
        "\nECG\n  Not in a glossary.\n"
    )
    assert terms.terms == {"ect": ("glossary.md", 6), "open-label": ("glossary.md", 9)}
    assert [(p.line, p.rule) for p in terms.problems] == [(12, "glossary")]
    assert glossary(":::{glossary}\nVNS\n  Vagus nerve stimulation.\n:::\n").terms == {
        "vns": ("glossary.md", 2)
    }


def test_links_and_terms_in_an_article():
    docnames = {"articles/heart/running", "glossary", "index"}
    terms = glossary("```{glossary}\nECT\n  Electroconvulsive therapy.\n```\n")
    body = (
        "See {doc}`running`, {doc}`the glossary </glossary>` and {term}`ect`.\n"
        "Also {doc}`jogging` and {term}`Cardiologist <cardiologist>`.\n"
        "```\n{doc}`inside-code` {term}`inside-code`\n```\n"
    )
    problems = check_links(PATH, body, 10, docnames, terms)
    assert [(p.line, p.rule) for p in problems] == [(11, "doc-link"), (11, "glossary")]
    assert "jogging" in problems[0].message and "cardiologist" in problems[1].message


def test_topic_pages_must_list_their_articles(tmp_path: Path):
    (tmp_path / "articles/heart").mkdir(parents=True)
    (tmp_path / "articles/heart/index.md").write_text(
        "```{toctree}\n:glob:\n\nwalk*\n```\n"
    )
    (tmp_path / "articles/lungs").mkdir()
    (tmp_path / "articles/lungs/index.md").write_text(
        "```{toctree}\n:maxdepth: 1\n\n"
        "Breathing <breathing>\n/articles/lungs/air\n```\n"
    )
    (tmp_path / "articles/kidneys").mkdir()
    paths = [
        "articles/heart/walking.md",
        "articles/heart/running.md",
        "articles/lungs/breathing.md",
        "articles/lungs/air.md",
        "articles/lungs/smoke.md",
        "articles/kidneys/care.md",
    ]
    problems = check_topic_pages(tmp_path, paths)
    assert [p.path for p in problems] == [
        "articles/heart/running.md",
        "articles/kidneys/care.md",
        "articles/lungs/smoke.md",
    ]
    assert "has no index.md" in problems[1].message
    assert "add 'smoke' to the toctree" in problems[2].message
