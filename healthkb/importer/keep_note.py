"""A note from a note-taking app's HTML export (Google Keep through Takeout:
``div.note`` holding ``div.heading`` with the date, ``div.title`` with the
note's name, ``div.content`` with the text as lines between ``<br>``, then
``div.attachments`` and ``div.chips`` with the note's labels). The note's name
is what the writer filed it under ("VNS explainer"), not the headline: the
headline is the text's first line (made the page's ``<h1>``). The date, the name and the labels are taken
out (listed); each line of the text becomes a paragraph of its own, so the
draft reader sees the lines as the writer typed them."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

_KIND = "the note app's date, name or labels (not the article)"


def _by_class(root: Tag, name: str) -> list[Tag]:
    return [t for t in root.find_all("div") if name in (t.get("class") or [])]


def open_keep_note(soup: BeautifulSoup, dropped: list[tuple[str, str]]) -> None:
    """Rewrite a note export's ``div.note`` as the note's text (in place)."""
    for note in _by_class(soup, "note"):
        contents = _by_class(note, "content")
        if len(contents) != 1 or not _by_class(note, "title"):
            continue
        for name in ("heading", "title", "chips"):
            for part in _by_class(note, name):
                text = " ".join(part.get_text(" ").split())
                if text:
                    dropped.append((_KIND, text))
                part.decompose()
        content = contents[0]
        lines: list[str] = [""]
        for child in content.children:
            if isinstance(child, Tag) and child.name == "br":
                lines.append("")
            else:
                lines[-1] += child.get_text() if isinstance(child, Tag) else str(child)
        holder = soup.new_tag("div")
        for line in (line.strip() for part in lines for line in part.split("\n")):
            if line:
                # the text's first line is its headline
                paragraph = soup.new_tag("p" if holder.contents else "h1")
                paragraph.string = line
                holder.append(paragraph)
        content.replace_with(holder)
