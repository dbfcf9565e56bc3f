"""A note app's HTML export (Google Keep's Takeout form): the note's name, date
and labels are no article; the text's first line is the headline."""

from __future__ import annotations

from healthkb.importer.html_draft import html_to_draft

NOTE = """<html><head><title>winter food</title></head><body>
<div class="note"><div class="heading">5 Jan 2026, 10:00:00</div>
<div class="title">winter food</div>
<div class="content">Eating well in winter<br>Simple ideas for warm meals.<br><br>Soups<br>\
Soups are warm and cheap to make.</div>
<div class="chips"><span class="chip label"><span class="label-name">to check</span></span></div>
</div></body></html>"""


def test_the_first_line_is_the_headline_and_the_name_goes():
    dropped: list[tuple[str, str]] = []
    text = html_to_draft(NOTE, chrome=dropped)
    lines = [line for line in text.split("\n") if line.strip()]
    assert lines[0] == "# Eating well in winter"
    assert "Simple ideas for warm meals." in lines
    assert "Soups are warm and cheap to make." in lines
    assert not any("winter food" in line or "to check" in line for line in lines)
    assert {"winter food", "to check"} <= {words for _, words in dropped}


def test_a_page_without_a_note_is_unchanged():
    page = "<html><body><div class='content'><h1>Soups</h1><p>Warm.</p></div></body></html>"
    lines = [line for line in html_to_draft(page).split("\n") if line.strip()]
    assert lines == ["# Soups", "Warm."]
