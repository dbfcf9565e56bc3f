"""The front-matter JSON Schema: generated from the article model, in sync with the
file editors' tools read, and agreeing with ``healthkb check`` on real articles and on
broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from healthkb.model import article
from healthkb.model.article import parse_article_meta
from healthkb.model.front_matter import split_article
from healthkb.model.front_matter_schema import (
    SCHEMA_FILE,
    front_matter_schema,
    schema_text,
)

REPO = Path(__file__).parent.parent
VALIDATOR = Draft202012Validator(front_matter_schema())
AUTHORS = {"ada-jones", "ben-okafor"}
GOOD = """---
description: A test article.
authors: [ada-jones]
reviewers: [ben-okafor]
published: 2026-01-10
reviewed: 2026-06-01
keywords: [Heart health, Walking, Exercise]
{extra}
---

# Title
"""


def test_schema_file_is_what_the_model_generates():
    Draft202012Validator.check_schema(front_matter_schema())
    assert (REPO / SCHEMA_FILE).read_text(encoding="utf-8") == schema_text(), (
        "run: python -m healthkb.model.front_matter_schema"
    )


def test_a_new_model_field_needs_its_schema(monkeypatch):
    monkeypatch.setattr(article, "KNOWN", (*article.KNOWN, "audience"))
    with pytest.raises(LookupError, match="audience"):
        front_matter_schema()


def _front(path: Path):
    return split_article(path.name, path.read_text(encoding="utf-8")).front


def test_every_shipped_and_test_article_is_valid():
    files = sorted((REPO / "articles").rglob("*.md")) + sorted(
        (REPO / "tests/roots").glob("*/articles/*/*.md")
    )
    articles = [f for f in files if f.name != "index.md"]
    assert len(articles) >= 4
    for file in articles:
        errors = [e.message for e in VALIDATOR.iter_errors(_front(file).data)]
        assert errors == [], file


@pytest.mark.parametrize(
    ("extra", "rule"),
    [
        ("layout: wide", "field-unknown"),
        ("myst: {enable_extensions: [html_image]}", "parser-settings"),
        ("review-due: 2027-02-30x", "date"),
        ("silence: {raw-html: needed}", "silence"),
        ("history: [{date: 2026-06-01, by: ada-jones, when: later}]", "review-history"),
        ("orphan: maybe", None),  # Sphinx reads orphan; only the schema types it
        ("description: " + "x" * 161, "description"),
    ],
)
def test_schema_and_check_refuse_the_same_mistakes(extra, rule):
    text = GOOD.format(extra=extra)
    if extra.startswith("description:"):
        text = text.replace("description: A test article.\n", "")
    front = split_article("a.md", text).front
    assert not VALIDATOR.is_valid(front.data)
    if rule:
        _, problems = parse_article_meta("a.md", front, known_authors=AUTHORS)
        assert rule in {p.rule for p in problems}


def test_a_missing_required_field_is_refused_by_both():
    text = GOOD.format(extra="").replace("published: 2026-01-10\n", "")
    front = split_article("a.md", text).front
    [error] = VALIDATOR.iter_errors(front.data)
    assert "'published' is a required property" in error.message
    _, problems = parse_article_meta("a.md", front, known_authors=AUTHORS)
    assert [p.rule for p in problems] == ["field-missing"]
