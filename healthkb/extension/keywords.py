"""Keywords in Sphinx: index entries, search terms, and the generated keyword pages.

Primary keywords become main index entries, secondary ones ordinary entries, so
``genindex`` and the search index know them. Keyword pages come from
``html-collect-pages``: nothing is written into the source folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform

from healthkb.article import keyword_key
from healthkb.extension import catalogue
from healthkb.extension.article_list import items_node
from healthkb.extension.dependents import computed
from healthkb.extension.domain import get_domain
from healthkb.keywords import KEYWORDS_DIR, KEYWORDS_INDEX, Keyword
from healthkb.listing import ListQuery, select

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.application import Sphinx
    from sphinx.builders.html import StandaloneHTMLBuilder


class search_terms(nodes.General, nodes.Element):
    """The keywords as text for Sphinx's full-text search; not shown (the page's
    keyword links are drawn by the template)."""


def _skip(self: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


class KeywordEntries(SphinxTransform):
    """Index entries and search terms for an article's keywords, under its title."""

    default_priority = 500

    def apply(self, **kwargs: Any) -> None:
        record = get_domain(self.env).articles.get(self.env.docname)
        section = self.document.next_node(nodes.section)
        if record is None or section is None or not section["ids"]:
            return
        target = section["ids"][0]
        meta = record.meta
        entries = [("single", k, target, "main", None) for k in meta.keywords]
        entries += [("single", k, target, "", None) for k in meta.secondary_keywords]
        index = addnodes.index(entries=entries, inline=False)
        terms = search_terms("", nodes.Text(", ".join(meta.all_keywords)))
        section.insert(1, index)
        section.insert(2, terms)


def collect_pages(app: Sphinx) -> Iterator[tuple[str, dict[str, Any], str]]:
    """The A–Z page and one page per keyword; stale keyword pages are removed."""
    builder: StandaloneHTMLBuilder = app.builder  # type: ignore[assignment]
    domain = get_domain(app.env)
    index = computed(app.env)["keywords"]
    if not index:
        return
    _remove_stale(Path(builder.outdir), builder.out_suffix, index.values())
    items = {item.docname: item for item in catalogue.list_items(domain)}
    yield (
        KEYWORDS_INDEX,
        _page(builder, KEYWORDS_INDEX, "Keywords A–Z", _a_to_z(builder, index)),
        "page.html",
    )
    for keyword in index.values():
        chosen = select([items[d] for d in keyword.articles], ListQuery(sort="title"))
        body = nodes.section("", ids=[keyword.slug])
        body += nodes.title("", keyword.name)
        count = len(chosen)
        all_keywords = nodes.reference(
            "",
            "All keywords A–Z",
            internal=True,
            refuri=builder.get_relative_uri(keyword.pagename, KEYWORDS_INDEX),
        )
        body += nodes.paragraph(
            "",
            f"{count} article{'s' if count != 1 else ''} with this keyword. ",
            all_keywords,
        )
        body += items_node(builder, keyword.pagename, chosen)
        yield (
            keyword.pagename,
            _page(builder, keyword.pagename, keyword.name, body),
            "page.html",
        )


def _page(
    builder: StandaloneHTMLBuilder, pagename: str, title: str, body: nodes.Element
) -> dict[str, Any]:
    return {
        "title": title,
        "body": builder.render_partial(body)["fragment"],
        "healthkb_keyword_page": True,
    }


def _a_to_z(builder: StandaloneHTMLBuilder, index: dict[str, Keyword]) -> nodes.Element:
    page = nodes.section("", ids=["keywords-a-z"])
    page += nodes.title("", "Keywords A–Z")
    page += nodes.paragraph(
        "", "Every keyword used on this site, with the number of articles that use it."
    )
    by_letter: dict[str, list[Keyword]] = {}
    for keyword in index.values():
        by_letter.setdefault(keyword.letter, []).append(keyword)
    letters = sorted(by_letter, key=lambda c: (c == "#", c))
    jump = nodes.paragraph("", "", classes=["hk-letters"])
    for n, letter in enumerate(letters):
        if n:
            jump += nodes.Text(" · ")
        jump += nodes.reference(
            "", letter, internal=True, refuri=f"#{_letter_id(letter)}"
        )
    page += jump
    for letter in letters:
        part = nodes.section("", ids=[_letter_id(letter)])
        part += nodes.title("", letter)
        bullets = nodes.bullet_list(classes=["hk-keyword-index"])
        for keyword in by_letter[letter]:
            uri = builder.get_relative_uri(KEYWORDS_INDEX, keyword.pagename)
            count = len(keyword.articles)
            bullets += nodes.list_item(
                "",
                nodes.paragraph(
                    "",
                    "",
                    nodes.reference("", keyword.name, internal=True, refuri=uri),
                    nodes.Text(f" ({count})"),
                ),
            )
        part += bullets
        page += part
    return page


def _letter_id(letter: str) -> str:
    return "letter-other" if letter == "#" else f"letter-{letter.lower()}"


def _remove_stale(outdir: Path, suffix: str, keywords: Any) -> None:
    """A keyword no article uses any more must not keep its page from an old build."""
    folder = outdir / KEYWORDS_DIR
    if not folder.is_dir():
        return
    wanted = {f"{k.slug}{suffix}" for k in keywords} | {f"index{suffix}"}
    for page in folder.glob(f"*{suffix}"):
        if page.name not in wanted:
            page.unlink()


def article_links(app: Sphinx, pagename: str) -> dict[str, list[dict[str, Any]]]:
    """For the end of an article: its keywords, each with its keyword page, and the
    related articles."""
    domain = get_domain(app.env)
    record = domain.articles[pagename]
    index = computed(app.env)["keywords"]
    keywords = []
    for words, primary in (
        (record.meta.keywords, True),
        (record.meta.secondary_keywords, False),
    ):
        for word in words:
            keyword = index[keyword_key(word)]
            keywords.append(
                {
                    "name": word,
                    "primary": primary,
                    "url": app.builder.get_relative_uri(pagename, keyword.pagename),
                }
            )
    related = [
        {
            "title": item.title,
            "description": item.description,
            "url": app.builder.get_relative_uri(pagename, item.docname),
        }
        for item in computed(app.env)["related"].get(pagename, ())
    ]
    return {"keyword_links": keywords, "related": related}


def site_links(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Glossary and keyword A–Z links for the footer of every page."""
    targets = []
    if "glossary" in app.env.found_docs:
        targets.append(("Glossary", "glossary"))
    if computed(app.env)["keywords"]:
        targets.append(("Keywords A–Z", KEYWORDS_INDEX))
    context["healthkb_site_links"] = [
        {
            "title": title,
            # on the page itself, a link to its top
            "url": app.builder.get_relative_uri(pagename, target)
            if target != pagename
            else "#",
        }
        for title, target in targets
    ]


def setup(app: Sphinx) -> None:
    app.add_node(
        search_terms,
        html=(_skip, None),
        latex=(_skip, None),
        text=(_skip, None),
        man=(_skip, None),
        texinfo=(_skip, None),
    )
    app.add_transform(KeywordEntries)
    app.connect("html-collect-pages", collect_pages)
    app.connect("html-page-context", site_links)
