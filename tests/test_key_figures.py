"""Key figures: numbers kept as written, bars in proportion, errors an editor can act
on, and the directive in a Sphinx build (HTML and a located error)."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

import pytest
from helpers.site import soup, warnings_of
from sphinx.testing.util import SphinxTestApp

from healthkb.model.key_figures import KeyFigure, bar_svg, parse_key_figure


def test_value_kept_as_written_with_unit():
    figure, message = parse_key_figure("79.0", unit="%")
    assert message == ""
    assert figure == KeyFigure(("79.0",), "%", 100.0)
    assert figure.display == "79.0%"
    assert figure.fractions == pytest.approx((0.79,))
    assert figure.bar_label == "Bar: 79.0%, out of 100%"


def test_comparison_and_other_units():
    figure, _ = parse_key_figure("67.6", "40.9", "%")
    assert figure.display == "67.6% vs 40.9%"
    assert figure.bar_label == "Bars: 67.6% and 40.9%, out of 100%"
    people, _ = parse_key_figure("214", unit="adults")
    assert people.display == "214 adults"
    assert people.fractions == ()
    assert bar_svg(people) == ""
    scaled, _ = parse_key_figure("13", unit="treatments", maximum="20")
    assert scaled.fractions == pytest.approx((0.65,))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("lots",), "'lots' is not a number"),
        (("", None, "%"), "'' is not a number"),
        (("120", None, "%"), "'120' is outside 0 to 100"),
        (("5", None, "mg", "0"), "':max: 0' must be a number above 0"),
        (("nan", None, "%"), "'nan' is not a number"),
    ],
)
def test_bad_values_are_refused(args, expected):
    figure, message = parse_key_figure(*args)
    assert figure is None
    assert message.startswith(expected)


def test_bar_svg_is_well_formed_and_proportional():
    figure, _ = parse_key_figure("67.6", "40.9", "%")
    svg = ET.fromstring(bar_svg(figure))
    assert svg.get("role") == "img"
    assert svg.get("aria-label") == "Bars: 67.6% and 40.9%, out of 100%"
    fills = [r for r in svg if "hk-bar-fill" in r.get("class")]
    assert [float(r.get("width")) for r in fills] == [67.6, 40.9]


def test_bar_label_is_escaped():
    figure = KeyFigure(("5",), '"><script>', 10.0)
    svg = bar_svg(figure)
    assert "<script>" not in svg
    assert (
        ET.fromstring(svg).get("aria-label")
        == 'Bar: 5 "><script>, out of 10 "><script>'
    )


ARTICLE = """---
description: A test article about walking.
authors: [the-team]
published: 2026-01-10
reviewed: 2026-06-01
keywords: [Walking, Exercise, Heart health]
---

# Walking figures

Walking is good {{footcite:p}}`smith2020heart`.

::::{{key-figures}}
:::{{key-figure}}
:value: {value}
:unit: %

of people walked more {{footcite:p}}`smith2020heart`
:::
::::
"""


def _build(site_copy, make_app, value: str) -> SphinxTestApp:
    site = site_copy()
    (site / "articles/heart/figures.md").write_text(
        ARTICLE.format(value=value), encoding="utf-8"
    )
    app = make_app("html", srcdir=site, freshenv=True)
    app.build(force_all=True)
    return app


def test_directive_renders_number_bar_and_citation(site_copy, make_app):
    app = _build(site_copy, make_app, "42.5")
    assert warnings_of(app) == ""
    page = soup(app.outdir / "articles/heart/figures.html")
    figure = page.select_one(".hk-key-figures .hk-key-figure")
    assert figure.select_one(".hk-key-figure-number").get_text() == "42.5%"
    assert figure.select_one("svg.hk-bar")["aria-label"] == "Bar: 42.5%, out of 100%"
    assert (
        "of people walked more" in figure.select_one(".hk-key-figure-text").get_text()
    )
    assert figure.select_one(".hk-key-figure-text a.footnote-reference")


def test_directive_reports_a_bad_number_at_its_line(site_copy, make_app):
    app = _build(site_copy, make_app, "about half")
    warnings = warnings_of(app)
    assert re.search(
        r"articles/heart/figures\.md:\d+: ERROR: "
        r"key figure: 'about half' is not a number.*\[healthkb\.key-figure\]",
        warnings,
    ), warnings
    # the text is kept, not silently dropped
    page = soup(app.outdir / "articles/heart/figures.html")
    assert "of people walked more" in page.select_one(".hk-key-figure").get_text()


def test_the_rule_reports_once_in_the_build_and_in_the_cli(site_copy, make_app, capsys):
    from healthkb.cli import main

    app = _build(site_copy, make_app, "120")
    warnings = warnings_of(app)
    line = ARTICLE.format(value="120").splitlines().index(":::{key-figure}") + 1
    expected = "'120' is outside 0 to 100"
    assert warnings.count(expected) == 1, warnings
    assert re.search(
        rf"articles/heart/figures\.md:{line}: ERROR: .*{expected}", warnings
    )
    status = main(["--root", str(app.srcdir), "check"])
    out = capsys.readouterr().out
    assert status == 1
    assert f"articles/heart/figures.md:{line}: error: key figure: {expected}" in out
    assert "[healthkb.key-figure]" in out


def test_rule_needs_a_value_line():
    from healthkb.rules.key_figure_rules import check_key_figures

    body = "::::{key-figures}\n:::{key-figure}\n:unit: %\n\ntext\n:::\n::::\n"
    (found,) = check_key_figures("a.md", body, 10)
    assert (found.line, found.rule) == (11, "key-figure")
    assert "no ':value:' line" in found.message
    good = body.replace(":unit: %", ":value: 5\n:unit: %")
    assert check_key_figures("a.md", good, 10) == []
