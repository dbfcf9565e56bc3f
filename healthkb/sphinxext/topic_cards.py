"""The ``topic-cards`` directive: one card per topic folder (its page's title and
first sentence), so a new topic appears on the home page without editing it.

The cards are sphinx-design's grid cards, as the home page had them by hand. Topic
titles and descriptions are editors' text: they go into the cards as plain text
nodes after parsing, never into the Markdown that is parsed.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from healthkb.model import markdown_scan as scan
from healthkb.model.file_refs import is_symlinked
from healthkb.model.front_matter import normalise_text
from healthkb.sphinxext.incremental.domain import get_domain

_CARD = """:::{{grid-item-card}} HKTITLE{n}
:link: {docname}
:link-type: doc

HKTEXT{n}
:::
"""


def topic_pages(root: Path, articles_dir: str) -> list[tuple[str, str, str]]:
    """(docname, title, description) of each topic folder's index.md, by title."""
    found = []
    for page in sorted((root / articles_dir).glob("*/index.md")):
        if page.parent.name.startswith((".", "_")):
            continue
        if is_symlinked(root, page.relative_to(root).as_posix()):
            continue  # refused by name (Site.load); its target is never read
        try:
            text = normalise_text(page.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue  # the build reports an unreadable page itself
        titles = [t for _, level, t in scan.headings(text, 1) if level == 1]
        paragraphs = list(scan.paragraphs(text, 1))
        docname = page.relative_to(root).with_suffix("").as_posix()
        title = titles[0] if titles else page.parent.name.replace("-", " ").capitalize()
        found.append((docname, title, paragraphs[0].text if paragraphs else ""))
    return sorted(found, key=lambda t: (t[1].casefold(), t[0]))


class TopicCards(SphinxDirective):
    def run(self) -> list[nodes.Node]:
        settings = get_domain(self.env).site.settings
        topics = topic_pages(Path(self.env.srcdir), settings.articles_dir)
        if not topics:
            return [nodes.paragraph("", "No topics yet.")]
        for docname, _, _ in topics:  # re-read the home page when a topic page changes
            self.env.note_dependency(self.env.doc2path(docname))
        cards = "".join(
            _CARD.format(n=n, docname="/" + docname)
            for n, (docname, _, _) in enumerate(topics)
        )
        text = f"::::{{grid}} 1 2 2 3\n:gutter: 2\n\n{cards}::::\n"
        parsed = self.parse_text_to_nodes(text)
        words = {f"HKTITLE{n}": t for n, (_, t, _) in enumerate(topics)}
        words |= {f"HKTEXT{n}": d for n, (_, _, d) in enumerate(topics)}
        for container in parsed:
            for text_node in list(container.findall(nodes.Text)):
                if str(text_node) in words:
                    text_node.parent.replace(
                        text_node, nodes.Text(words[str(text_node)])
                    )
        return parsed


def setup(app) -> None:  # noqa: ANN001
    app.add_directive("topic-cards", TopicCards)
