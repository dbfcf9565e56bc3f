"""The ``article-list`` directive: a list of articles filtered by topic or keyword.

The directive only leaves a placeholder and records its query; the list is filled
in at ``doctree-resolved`` from the domain, when every article is known. The same
:func:`items_node` renders the generated keyword pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from healthkb.model.article import keyword_key
from healthkb.model.byline import long_date
from healthkb.model.listing import SORTS, ListQuery
from healthkb.problems import problem
from healthkb.sphinxext import catalogue
from healthkb.sphinxext.incremental.domain import get_domain, register_per_doc
from healthkb.sphinxext.page_parts import ShownItem, article_lists
from healthkb.sphinxext.problem_log import report

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment


class article_list(nodes.General, nodes.Element):
    """Placeholder for an article list; replaced when the page is written."""


def _sort(argument: str | None) -> str:
    return directives.choice(argument, SORTS)


class ArticleList(SphinxDirective):
    """Options ``:topic:``, ``:keyword:``, ``:sort: published|reviewed|title``
    (dates newest first) and ``:limit: N``."""

    has_content = False
    option_spec: ClassVar = {
        "topic": directives.unchanged_required,
        "keyword": directives.unchanged_required,
        "sort": _sort,
        "limit": directives.positive_int,
    }

    def run(self) -> list[nodes.Node]:
        query = ListQuery(
            topic=self.options.get("topic", "").strip(),
            keyword=self.options.get("keyword", "").strip(),
            sort=self.options.get("sort", "title"),
            limit=self.options.get("limit", 0),
        )
        lists = get_domain(self.env).data.setdefault("lists", {})
        lists.setdefault(self.env.docname, []).append((self.lineno, query))
        node = article_list(index=len(lists[self.env.docname]) - 1)
        self.set_source_info(node)
        return [node]


def queries(env: BuildEnvironment, docname: str) -> list[ListQuery]:
    return [q for _, q in get_domain(env).data.get("lists", {}).get(docname, [])]


def items_node(
    builder: Builder, fromdoc: str, items: Sequence[ShownItem]
) -> nodes.Element:
    """The markup of every article list: title link, description, last reviewed."""
    if not items:
        return nodes.paragraph(
            "", "No articles yet.", classes=["hk-article-list-empty"]
        )
    return bullet_list(
        (builder.get_relative_uri(fromdoc, item.docname), item) for item in items
    )


def bullet_list(linked: Iterable[tuple[str, ShownItem]]) -> nodes.bullet_list:
    """The list of *linked* items, each with the address its title links to."""
    # 'no-search': the list repeats other pages' text; search should find those pages
    bullets = nodes.bullet_list(classes=["hk-article-list", "no-search"])
    for uri, item in linked:
        link = nodes.reference("", item.title, internal=True, refuri=uri)
        bullets += nodes.list_item(
            "",
            nodes.paragraph("", "", link, classes=["hk-article-title"]),
            nodes.paragraph("", item.description, classes=["hk-article-description"]),
            nodes.paragraph(
                "",
                f"Last reviewed {long_date(item.reviewed)}"
                if item.reviewed
                else "Not yet reviewed",
                classes=["hk-article-reviewed"],
            ),
            classes=["hk-article-item"],
        )
    return bullets


def resolve(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(article_list))
    if not placeholders:
        return
    items = catalogue.list_items(get_domain(app.env))
    lists = article_lists(items, queries(app.env, docname))
    for node in placeholders:
        node.replace_self(items_node(app.builder, docname, lists[node["index"]]))


def check_lists(app: Sphinx, env: BuildEnvironment) -> None:
    """A keyword no article uses, or a topic with no folder, is most likely a typo."""
    domain = get_domain(env)
    used = set(catalogue.keywords(domain))
    articles_dir = domain.site.settings.articles_dir
    found = []
    for docname in sorted(domain.data.get("lists", {})):
        path = Path(env.doc2path(docname)).relative_to(env.srcdir).as_posix()
        for line, query in domain.data["lists"][docname]:
            if query.keyword and keyword_key(query.keyword) not in used:
                message = (
                    f"no article has the keyword '{query.keyword}': "
                    "check its spelling against the articles' keywords"
                )
                found.append(problem(path, line, "article-list", message))
            if (
                query.topic
                and not (Path(env.srcdir, articles_dir, query.topic)).is_dir()
            ):
                message = (
                    f"there is no topic folder '{articles_dir}/{query.topic}': "
                    "give the folder name of a topic"
                )
                found.append(problem(path, line, "article-list", message))
    report(env, found)


def setup(app: Sphinx) -> None:
    register_per_doc("lists", __name__)
    app.add_node(article_list)
    app.add_directive("article-list", ArticleList)
    app.connect("doctree-resolved", resolve)
    app.connect("env-check-consistency", check_lists)
