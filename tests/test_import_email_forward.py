"""A draft forwarded by email (Outlook's "____" rule over the writer's own header,
"---------- Forwarded message ---------" in Gmail): the forwarder's note, the mail
system's "CAUTION: … outside of the organisation" banner, signature and disclaimer
wrap the draft as much as the headers do (drafts set 9's d7, which took the banner as
its title). Lines written for this test in the shapes of that draft."""

from __future__ import annotations

import pytest

from healthkb.importer.email_draft import drop_email_wrapping

FORWARD = """From: Lee, Sam <s.lee@trust.example>
Sent: Tuesday, December 1, 2026 16:42
To: editors <editors@site.example>
Subject: FW: piece on sleep

CAUTION: This email originated from outside of the organisation. Do not click links.

Hi all,

Passing this on from Jo, happy for you to edit.

Thanks,
Sam

This e-mail and any attachments are confidential and intended for the addressee.

{rule}
From: Jo Park <jo@example.net>
Sent: 30 November 2026 09:15
To: Lee, Sam <s.lee@trust.example>
Subject: piece on sleep

Hi Sam,

Sleep and your mood

Going to bed at the same time each night can help.

Thanks,
Jo
"""


def _kept(text: str) -> tuple[list[str], list[str]]:
    lines = list(enumerate(text.split("\n"), start=1))
    kept, removed = drop_email_wrapping(lines)
    return [t for _, t in kept if t.strip()], [r.text for r in removed]


@pytest.mark.parametrize(
    "rule",
    ["________________________________", "---------- Forwarded message ---------"],
)
def test_the_forwarding_email_goes_and_the_writers_draft_stays(rule):
    kept, removed = _kept(FORWARD.format(rule=rule))
    assert kept == [
        "Sleep and your mood",
        "Going to bed at the same time each night can help.",
    ]
    assert any(line.startswith("CAUTION: This email originated") for line in removed)
    assert "Passing this on from Jo, happy for you to edit." in removed


def test_an_articles_own_from_line_is_not_a_forward():
    text = FORWARD.format(rule="").replace("From: Jo Park <jo@example.net>\n", "")
    text = text.replace("Sent: 30 November 2026 09:15\n", "From: the clinic, a note\n")
    kept, _removed = _kept(text)
    # no rule or forwarding line opens the second block: only the first header goes
    assert "Passing this on from Jo, happy for you to edit." in kept


def test_a_banner_alone_above_a_direct_email_goes():
    text = (
        "From: Jo <jo@example.net>\nTo: editors <e@site.example>\nSubject: sleep\n\n"
        "[EXTERNAL EMAIL]\n\nHi,\n\nSleep and your mood\n\nText here.\n"
    )
    kept, removed = _kept(text)
    assert kept == ["Sleep and your mood", "Text here."]
    assert "[EXTERNAL EMAIL]" in removed
