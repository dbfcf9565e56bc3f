"""Kinds of draft set 18 missed, each with new examples in other words: a Liquid
comment (the writer's note, never a comment thread) and a Liquid link to the site's
own post."""

from __future__ import annotations

from helpers.import_runs import draft_body

from healthkb.importer.draft import parse_draft

PARAGRAPH = (
    "Asthma makes the airways narrow and swollen. A preventer inhaler, used every "
    "day, calms the swelling over a few weeks."
)

# -- a Liquid comment and a link to the site's own post -------------------------


def test_a_liquid_comment_is_the_writers_note_and_the_text_after_it_stays():
    draft = parse_draft(
        "# Puffers at school\n\n"
        "{% comment %}\nAJ: check the inhaler names with the school nurse.\n"
        "{% endcomment %}\n\n"
        f"{PARAGRAPH}\n\nAsk your nurse about a spacer.\n",
        "a.md",
    )
    body = draft_body(draft)
    assert PARAGRAPH in body and "Ask your nurse about a spacer." in body
    assert "school nurse" not in body and "{%" not in body
    removed = {r.text: r.kind for r in draft.removed}
    assert (
        "writer's note" in removed["AJ: check the inhaler names with the school nurse."]
    )
    assert "page's comments" not in " ".join(removed.values())


def test_a_liquid_link_to_the_sites_own_post_keeps_its_words():
    draft = parse_draft(
        f"# Puffers at school\n\n{PARAGRAPH} See [our spacer guide]"
        "({% link _posts/2026-01-02-spacers.md %}) for more.\n",
        "a.md",
    )
    body = draft_body(draft)
    assert "See our spacer guide for more." in body
    assert "{%" not in body and "_posts" not in body
    notes = [text for _, text in draft.notes]
    assert any("our spacer guide" in t and "spacers" in t for t in notes)
