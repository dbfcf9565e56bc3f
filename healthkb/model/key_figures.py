"""Key figures: a number shown large with a simple bar, as plain data and safe HTML.

Pure Python, used by the ``key-figure`` directive. The number is kept exactly as the
editor wrote it (``79.0`` stays ``79.0``); the bar is an inline SVG with a text
alternative, so it needs no image file and reads out in screen readers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from healthkb.web.html_tags import start_tag

BAR_HEIGHT, BAR_GAP = 10, 4


@dataclass(frozen=True)
class KeyFigure:
    #: the numbers as written; a second one is the comparison ("67.6% vs 40.9%")
    values: tuple[str, ...]
    unit: str = ""
    #: what a full bar stands for; None: no bar
    maximum: float | None = None

    def formatted(self, value: str) -> str:
        if not self.unit:
            return value
        return f"{value}{self.unit}" if self.unit == "%" else f"{value} {self.unit}"

    @property
    def display(self) -> str:
        return " vs ".join(self.formatted(v) for v in self.values)

    @property
    def fractions(self) -> tuple[float, ...]:
        if not self.maximum:
            return ()
        return tuple(float(v) / self.maximum for v in self.values)

    @property
    def bar_label(self) -> str:
        """The text alternative of the bar chart."""
        numbers = " and ".join(self.formatted(v) for v in self.values)
        whole = self.formatted(_plain_number(self.maximum or 0))
        noun = "Bar" if len(self.values) == 1 else "Bars"
        return f"{noun}: {numbers}, out of {whole}"


def parse_key_figure(
    value: str, compare: str | None = None, unit: str = "", maximum: str | None = None
) -> tuple[KeyFigure | None, str]:
    """Validate the directive's options; on failure return ``(None, message)``."""
    values = tuple(v.strip() for v in (value, compare) if v is not None)
    for v in values:
        number = _number(v)
        if number is None:
            return (
                None,
                f"'{v}' is not a number: write it as digits, e.g. ':value: 79.0'",
            )
    unit = unit.strip()
    top: float | None = 100.0 if unit == "%" else None
    if maximum is not None:
        top = _number(maximum.strip())
        if top is None or top <= 0:
            return (
                None,
                f"':max: {maximum}' must be a number above 0 "
                "(what a full bar stands for)",
            )
    if top is not None:
        for v in values:
            if not 0 <= float(v) <= top:
                return (
                    None,
                    f"'{v}' is outside 0 to {_plain_number(top)}: "
                    "check the number or set ':max:'",
                )
    return KeyFigure(values, unit, top), ""


def bar_svg(figure: KeyFigure) -> str:
    """One horizontal bar per value on a light track, as inline SVG."""
    if not figure.fractions:
        return ""
    height = len(figure.fractions) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
    parts = [
        start_tag(
            "svg",
            class_="hk-bar",
            role="img",
            aria_label=figure.bar_label,
            viewBox=f"0 0 100 {height}",
            preserveAspectRatio="none",
            width="100%",
            height=height,
            focusable="false",
            xmlns="http://www.w3.org/2000/svg",
        )
    ]
    for index, fraction in enumerate(figure.fractions):
        y = index * (BAR_HEIGHT + BAR_GAP)
        fill = "hk-bar-fill" if index == 0 else "hk-bar-fill hk-bar-compare"
        width = _plain_number(round(fraction * 100, 2))
        for cls, w in (("hk-bar-track", "100"), (fill, width)):
            parts.append(
                start_tag("rect", class_=cls, x=0, y=y, width=w, height=BAR_HEIGHT)
                + "</rect>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _number(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _plain_number(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)
