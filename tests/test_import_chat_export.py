"""A chat export with the draft pasted as one message: the longest message is
the draft, the rest (messages, system lines, timestamps) goes and a shared
picture is reported. Forms other than set 11's Android WhatsApp export."""

from __future__ import annotations

import pytest

from healthkb.importer.chat_export import read_chat_export
from healthkb.importer.draft import parse_draft

DRAFT = [
    "Looking after your feet",
    "",
    "Check your feet every day for cuts and blisters.",
    "",
    "Wear shoes that fit well.",
]

IPHONE = [
    "[04/11/2025, 14:02:11] Sam: \u200eMessages and calls are end-to-end encrypted.",
    "[04/11/2025, 14:03:40] Sam: here it is",
    f"[04/11/2025, 14:04:02] Sam: {DRAFT[0]}",
    *DRAFT[1:],
    "[04/11/2025, 14:05:10] Priya: \u200eimage omitted",
    "[04/11/2025, 14:06:00] Priya: looks good to me",
]
SIGNAL = [
    "[2025-11-04 14:03] Sam: here it is",
    f"[2025-11-04 14:04] Sam: {DRAFT[0]}",
    *DRAFT[1:],
    "[2025-11-04 14:05] Priya: <attached: 00000012-PHOTO-2025-11-04.jpg>",
    "[2025-11-04 14:06] Priya: looks good to me",
]
TELEGRAM = [
    "Sam, [04.11.2025 14:03]",
    "here it is",
    "Sam, [04.11.2025 14:04]",
    *DRAFT,
    "Priya, [04.11.2025 14:05]",
    "Photo omitted",
    "Priya, [04.11.2025 14:06]",
    "looks good to me",
]


def _numbered(lines: list[str]) -> list[tuple[int, str]]:
    return list(enumerate(lines, 1))


@pytest.mark.parametrize(
    "chat", [IPHONE, SIGNAL, TELEGRAM], ids=["iphone", "signal", "telegram"]
)
def test_the_longest_message_is_the_draft(chat):
    found = read_chat_export(_numbered(chat))
    assert [t for _, t in found.lines if t.strip()] == [t for t in DRAFT if t]
    removed = " ".join(r.text for r in found.removed)
    assert "looks good to me" in removed and "here it is" in removed
    assert len(found.notes) == 1 and "picture" in found.notes[0][1]


def test_edited_mark_goes():
    chat = [*SIGNAL[:3], f"{DRAFT[2]} <This message was edited>", *SIGNAL[4:]]
    lines = [t for _, t in read_chat_export(_numbered(chat)).lines]
    assert DRAFT[2] in lines and not any("edited" in t for t in lines)


def test_text_with_a_few_times_is_no_chat():
    text = ["Clinic times", "", "10:00 - 12:00 Monday: walk-in", "Bring your card."]
    assert read_chat_export(_numbered(text)).lines == _numbered(text)


def test_draft_title_from_the_message():
    draft = parse_draft("\n".join(IPHONE), "chat.txt")
    assert draft.title == DRAFT[0]
