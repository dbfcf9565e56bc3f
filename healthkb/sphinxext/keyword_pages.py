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
from healthkb.sphinxext import catalogue
from healthkb.sphinxext.article_list import items_node
from healthkb.sphinxext.bibtex_input import from_confdir
from healthkb.sphinxext.incremental.cross_document import computed
from healthkb.sphinxext.incremental.domain import get_domain
from healthkb.sphinxext.page_parts import AtoZEntry, a_to_z, keyword_page

TEMPLATES = Path(__file__).parent / "templates"

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

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
    for keyword in index.values():
        if not wanted(keyword.pagename):
            continue
        page = keyword_page(keyword, items)
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
                "articles_html": builder.render_partial(
                    items_node(builder, keyword.pagename, page.articles)
                )["fragment"],
            },
        }
        yield keyword.pagename, context, "healthkb/keyword.html"


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
