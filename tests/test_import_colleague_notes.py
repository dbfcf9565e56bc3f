"""An editor's note to a colleague ("remind Priya to send the chart", "Confirm
the dose table with Omar") is removed; advice to readers that asks them to
check with someone stays."""

from __future__ import annotations

import pytest

from healthkb.importer.colleague_notes import drop_colleague_notes, is_colleague_note


@pytest.mark.parametrize(
    "line",
    [
        "remind Priya to send the chart before we publish",
        "Confirm the dose table with Omar",
        "Note: ping Sara about whether we can use the leaflet photo",
        "chase Tom for the final figures, we need them by Monday.",
    ],
)
def test_notes_to_colleagues(line):
    assert is_colleague_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ask your pharmacist if you are not sure how to take it.",
        "Check with your GP before you stop a medicine.",
        "Ask Dr Rahman at the clinic about the test.",
        "Check your blood pressure at the same time each day",
        "Confirm your appointment with the surgery.",
    ],
)
def test_reader_advice_stays(line):
    assert not is_colleague_note(line)


def test_dropped_lines_are_listed():
    lines = [(1, "Take it with food."), (2, "remind Priya to send the chart")]
    kept, removed = drop_colleague_notes(lines)
    assert kept == [(1, "Take it with food.")]
    assert [(r.line, r.text) for r in removed] == [
        (2, "remind Priya to send the chart")
    ]
