"""Body rules: each flags its input with the right rule and line, and leaves good text alone."""

from __future__ import annotations

import pytest

from healthkb.rules.content_rules import check_body

GOOD = """
# Title

A paragraph with a statistic of 40% {footcite:p}`smith2020heart`.

In detail {footcite:p}`smith2020heart`:

- 30.6% improved by 18 months.

```python
# not a heading, <b>not html</b>, TODO in code is fine
```

Use `<br>` in inline code freely.
"""


def rules(body: str) -> list[tuple[str, int]]:
    return [(p.rule, p.line) for p in check_body("a.md", body, 1)]


def test_good_body_has_no_problems():
    assert rules(GOOD) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Okay, here's a draft blog post about asthma.", "leftover"),
        ("(To be populated by AI)", "leftover"),
        ("As an AI language model I cannot", "leftover"),
        ("Lorem ipsum dolor sit amet.", "leftover"),
        ("TODO: add the trial results.", "leftover"),
        ("<<describe the article>>", "placeholder"),
        ("<script>alert(1)</script>", "raw-html"),
        ("Click <img src=x onerror=alert(1)> here", "raw-html"),
        ("<!-- hidden note -->", "raw-html"),
        ("[click](javascript:alert(1))", "unsafe-link"),
        ("[click](JaVaScRiPt:alert(1))", "unsafe-link"),
        ("[img](data:text/html;base64,PHNjcmlwdD4=)", "unsafe-link"),
        ("Of 214 adults, most improved.", "uncited-statistic"),
        ("About 67% reached remission.", "uncited-statistic"),
    ],
)
def test_each_rule_flags_its_line(text, rule):
    body = f"\n# Title\n\nFine text.\n\n{text}\n"
    assert (rule, 6) in rules(body)


def test_raw_directive_is_flagged():
    assert ("raw-html", 4) in rules("\n# Title\n\n```{raw} html\n<b>x</b>\n```\n")


def test_button_link_with_javascript_is_flagged():
    assert ("unsafe-link", 4) in rules(
        "\n# Title\n\n```{button-link} javascript:alert(1)\nGo\n```\n"
    )
    assert ("unsafe-link", 5) in rules(
        "\n# Title\n\n:::{card} Card\n:link: javascript:alert(1)\n:::\n"
    )


def test_data_in_ordinary_prose_is_not_a_link():
    assert rules("\n# Title\n\nThe data: collected by hand.\n") == []
