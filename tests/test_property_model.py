"""The article model never raises: any front matter and body give problems, not a crash.

Random YAML text, random field mappings dumped to YAML, and random bodies go through
``split_article``, ``parse_article_meta``, ``analyse_article`` and the text the Markdown
parser is given; every problem they return is well formed (the file, a line inside
it, a declared rule).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import yaml
from helpers.site import ROOTS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthkb.model.article import KNOWN, parse_article_meta
from healthkb.model.front_matter import FrontMatter, normalise_text, split_article
from healthkb.model.parser_input import front_matter_for_parser
from healthkb.model.site import Site
from healthkb.problems import RULES, Problem
from healthkb.rules.checks import ArticleReport, analyse_article

PATH = "articles/heart/random.md"
# Modest counts keep `make test` quick; no deadline (no wall-clock limits in tests).
FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

BODY = "\n# A title\n\nWalking helps {footcite:p}`smith2020heart`.\n"
GOOD_FRONT = (
    "description: A test.\nauthors: [ada-jones]\npublished: 2026-01-10\n"
    "reviewed: 2026-06-01\nkeywords: [Heart health, Walking, Exercise]\n"
)


@cache
def site() -> Site:
    return Site.load(ROOTS / "test-basic")


def assert_well_formed(problems: list[Problem], text: str) -> None:
    last_line = normalise_text(text).count("\n") + 1
    for p in problems:
        assert p.path == PATH
        assert p.rule in RULES
        assert 1 <= p.line <= last_line, p
        assert p.message.strip()


scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.dates(min_value=dt.date(1, 1, 1))
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
keys = st.sampled_from(
    [*KNOWN, "title", "myst", "html_meta", "substitutions"]
) | st.text(max_size=12)
field_maps = st.dictionaries(keys, values, max_size=12)
yaml_characters = st.sampled_from(list(":-[]{},&*!|>'\"#%@`?\t \n")) | st.characters()
yaml_text = st.text(yaml_characters, max_size=200)


@FAST
@given(yaml_text)
def test_random_yaml_front_matter(front: str):
    text = f"---\n{front}\n---\n{BODY}"
    report = analyse_article(site(), PATH, text)
    assert isinstance(report, ArticleReport)
    assert_well_formed(report.problems, text)
    assert isinstance(front_matter_for_parser(PATH, text), str)


@FAST
@given(field_maps)
def test_random_fields_dumped_to_yaml(fields: dict):
    front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
    text = f"---\n{front}---\n{BODY}"
    split = split_article(PATH, text)
    assert_well_formed(split.problems, text)
    if split.front.present and not split.problems:
        meta, problems = parse_article_meta(
            PATH, split.front, known_authors=site().authors.keys()
        )
        assert_well_formed(problems, text)
        assert meta is None or meta.published <= meta.reviewed < meta.review_due
    report = analyse_article(site(), PATH, text)
    assert_well_formed(report.problems, text)
    # The parser's copy keeps the body on the same lines.
    parsed = front_matter_for_parser(PATH, text)
    assert parsed.split("\n")[-len(BODY.split("\n")) :] == BODY.split("\n")
    assert parsed.count("\n") == normalise_text(text).count("\n")


@FAST
@given(st.dictionaries(st.text(max_size=12), values, max_size=10))
def test_random_data_straight_into_the_schema(data: dict):
    meta, problems = parse_article_meta(
        PATH, FrontMatter(data=data, present=True), known_authors={"ada-jones"}
    )
    assert meta is None or set(meta.authors) <= {"ada-jones"}
    for p in problems:
        assert p.path == PATH and p.rule in RULES and p.line >= 1


@FAST
@given(
    st.text(max_size=400)
    | st.text(
        st.sampled_from(list("#`~:{}<>[]()*-_!\n \t|%$\\")) | st.characters(),
        max_size=400,
    )
)
def test_random_body(body: str):
    text = f"---\n{GOOD_FRONT}---\n{body}"
    report = analyse_article(site(), PATH, text)
    assert_well_formed(report.problems, text)
    assert report.meta is not None  # the fields are good whatever the body says


@FAST
@given(st.text(max_size=300))
def test_any_text_splits(text: str):
    split = split_article(PATH, text)
    assert_well_formed(split.problems, text)
    assert isinstance(front_matter_for_parser(PATH, text), str)
