"""The generated keyword pages: an A–Z page and one page per keyword.

They come from ``html-collect-pages`` (nothing is written into the source folder)
and are rendered by the ``healthkb/keyword.html`` and ``healthkb/keywords.html``
templates, shipped in this package (a site's ``_templates`` can override them); the
list of articles on a keyword page is the ``article-list`` markup (:func:`items_node`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from healthkb.model.keyword_index import KEYWORDS_DIR, KEYWORDS_INDEX, Keyword
from healthkb.model.settings import setting
from healthkb.sphinxext import catalogue
from healthkb.sphinxext.article_list import bullet_list, items_node
from healthkb.sphinxext.bibtex_input import from_confdir
from healthkb.sphinxext.incremental.cross_document import computed
from healthkb.sphinxext.incremental.domain import get_domain
from healthkb.sphinxext.page_parts import (
    AtoZEntry,
    KeywordPage,
    ShownItem,
    a_to_z,
    keyword_page,
)

TEMPLATES = Path(__file__).parent / "templates"

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from sphinx.application import Sphinx
    from sphinx.builders.html import StandaloneHTMLBuilder
    from sphinx.config import Config


def collect_pages(app: Sphinx) -> Iterator[tuple[str, dict[str, Any], str]]:
    """The A–Z page and one page per keyword, those that changed since the last build
    (see :mod:`healthkb.sphinxext.incremental.cross_document`); pages of unused keywords are removed."""
    builder: StandaloneHTMLBuilder = app.builder  # type: ignore[assignment]
    index: dict[str, Keyword] = computed(app.env).get("keywords", {})
    if builder.format != "html" or not index:
        return
    _remove_stale(builder, index.values())
    stale = computed(app.env).get("stale_pages", set())

    def wanted(pagename: str) -> bool:
        """Changed since the output was last written, or missing from it."""
        return (
            pagename in stale or not Path(builder.get_outfilename(pagename)).is_file()
        )

    if wanted(KEYWORDS_INDEX):
        context = {"title": "Keywords A–Z", **_a_to_z(builder, index)}
        yield KEYWORDS_INDEX, context, "healthkb/keywords.html"
    items = {item.docname: item for item in catalogue.list_items(get_domain(app.env))}
    pages = [
        (keyword, keyword_page(keyword, items))
        for keyword in index.values()
        if wanted(keyword.pagename)
    ]
    lists = ListsRenderedOnce(builder, pages) if setting(app, "speedups") else None
    for keyword, page in pages:
        context = {
            "title": page.name,
            "healthkb_keyword": {
                "name": page.name,
                "slug": page.slug,
                "count": len(page.articles),
                "a_to_z_url": builder.get_relative_uri(
                    keyword.pagename, KEYWORDS_INDEX
                ),
                # no headings inside: render_partial cannot number them outside
                # the writing phase (a build with nothing to write still gets here)
                "articles_html": lists.fragment(keyword.pagename, page.articles)
                if lists is not None
                else _fragment(builder, keyword.pagename, page.articles),
            },
        }
        yield keyword.pagename, context, "healthkb/keyword.html"


def _fragment(
    builder: StandaloneHTMLBuilder, pagename: str, articles: Sequence[ShownItem]
) -> str:
    return builder.render_partial(items_node(builder, pagename, articles))["fragment"]


class ListsRenderedOnce:
    """The keyword pages' article lists, each article rendered once for them all.

    Rendering a page's list (``render_partial``: a docutils publish of the list)
    was most of a keyword page's cost, and an article is on as many pages as it has
    keywords (~95 articles a page at 10,000). Here every article, linked as from the
    pages that list it, is in one list rendered once, which is cut into its items;
    a page's list is the list's opening tag, its items and the closing tag. The
    writer renders each item on its own (an item of three paragraphs never makes
    its list "simple"); the first page is rendered both ways and compared, and any
    difference, or an answer not cut as expected, renders every page as before.
    Part of the speed-ups (``healthkb_speedups``).
    """

    _ITEM = '<li class="hk-article-item">'

    def __init__(
        self,
        builder: StandaloneHTMLBuilder,
        pages: Sequence[tuple[Keyword, KeywordPage]],
    ) -> None:
        self.builder = builder
        self.pieces: dict[tuple[str, ShownItem], str] | None = None
        linked = {
            (builder.get_relative_uri(keyword.pagename, item.docname), item): None
            for keyword, page in pages
            for item in page.articles
        }
        if not linked:
            return
        html = builder.render_partial(bullet_list(linked))["fragment"]
        first, last = html.find(self._ITEM), html.rfind("</li>\n")
        if first < 0 or last < 0:
            return
        self.head, self.tail = html[:first], html[last + len("</li>\n") :]
        cut = html[first : last + len("</li>\n")].split(self._ITEM)[1:]
        if len(cut) != len(linked) or not all(p.endswith("</li>\n") for p in cut):
            return
        self.pieces = {
            key: self._ITEM + piece for key, piece in zip(linked, cut, strict=True)
        }
        keyword, page = next((k, p) for k, p in pages if p.articles)
        expected = _fragment(builder, keyword.pagename, page.articles)
        if self._joined(keyword.pagename, page.articles) != expected:
            self.pieces = None

    def _joined(self, pagename: str, articles: Sequence[ShownItem]) -> str | None:
        if self.pieces is None or not articles:
            return None
        parts = []
        for item in articles:
            uri = self.builder.get_relative_uri(pagename, item.docname)
            piece = self.pieces.get((uri, item))
            if piece is None:
                return None
            parts.append(piece)
        return self.head + "".join(parts) + self.tail

    def fragment(self, pagename: str, articles: Sequence[ShownItem]) -> str:
        joined = self._joined(pagename, articles)
        if joined is None:
            return _fragment(self.builder, pagename, articles)
        return joined


def _a_to_z(
    builder: StandaloneHTMLBuilder, index: dict[str, Keyword]
) -> dict[str, Any]:
    by_letter: dict[str, list[AtoZEntry]] = {}
    for entry in a_to_z(index):
        by_letter.setdefault(entry.letter, []).append(entry)
    letters = [
        {
            "letter": letter,
            "id": "letter-other" if letter == "#" else f"letter-{letter.lower()}",
            "keywords": [
                {
                    "name": k.name,
                    "count": k.count,
                    "url": builder.get_relative_uri(KEYWORDS_INDEX, k.pagename),
                }
                for k in by_letter[letter]
            ],
        }
        for letter in sorted(by_letter, key=lambda c: (c == "#", c))
    ]
    return {"healthkb_keywords": {"letters": letters}}


def _remove_stale(builder: StandaloneHTMLBuilder, keywords: Iterable[Keyword]) -> None:
    """A keyword no article uses any more must not keep its page from an old build."""
    folder = Path(builder.outdir) / KEYWORDS_DIR
    if not folder.is_dir():
        return
    pages = [KEYWORDS_INDEX, *(k.pagename for k in keywords)]
    wanted = {Path(builder.get_outfilename(p)) for p in pages}
    for page in folder.rglob(f"*{builder.out_suffix}"):
        if page not in wanted:
            page.unlink()


def add_templates(app: Sphinx, config: Config) -> None:
    """After the site's own template folders, so the site can override ours."""
    ours = from_confdir(TEMPLATES, Path(app.confdir))
    if ours not in config.templates_path:
        config.templates_path = [*config.templates_path, ours]


def setup(app: Sphinx) -> None:
    app.connect("html-collect-pages", collect_pages)
