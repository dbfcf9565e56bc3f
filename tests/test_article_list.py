"""The article-list directive: filters, sorting, limits, markup, topic and home
pages, and clear warnings for lists that cannot match."""

from __future__ import annotations

import re
from datetime import date

import pytest
from helpers.keyword_site import front_matter
from helpers.site import soup, warnings_of

from healthkb.model.listing import ListItem, ListQuery, select

ARTICLES = front_matter()


def titles(page, section_id: str | None = None) -> list[str]:
    scope = page.find(id=section_id) if section_id else page.select_one("article")
    return [a.get_text() for a in scope.select(".hk-article-item .hk-article-title a")]


def expected(
    *, topic: str = "", keyword: str = "", sort: str = "title", limit: int = 0
) -> list[str]:
    """Worked out from the test root's front matter, independently of healthkb."""
    chosen = [
        d
        for d in ARTICLES.values()
        if (not topic or d["topic"] == topic)
        and (
            not keyword
            or keyword.casefold()
            in {k.casefold() for k in d["keywords"] + d.get("secondary-keywords", [])}
        )
    ]
    chosen.sort(key=lambda d: d["title"].casefold())
    if sort != "title":
        chosen.sort(key=lambda d: d[sort], reverse=True)
    return [d["title"] for d in (chosen[:limit] if limit else chosen)]


for _doc, _data in ARTICLES.items():
    _data["topic"] = _doc.split("/")[1]


def item(doc: str, title: str, published: str, reviewed: str, *keys: str) -> ListItem:
    return ListItem(
        doc,
        title,
        f"About {title}",
        date.fromisoformat(published),
        date.fromisoformat(reviewed),
        doc.split("/")[0],
        frozenset(keys),
    )


ITEMS = [
    item("heart/b", "beta", "2026-01-01", "2026-05-01", "walking"),
    item("heart/a", "Alpha", "2026-03-01", "2026-05-01", "salt"),
    item("lungs/c", "Gamma", "2026-02-01", "2026-06-01", "walking", "heart health"),
]


def test_select_filters_sorts_and_limits():
    assert [i.title for i in select(ITEMS, ListQuery())] == ["Alpha", "beta", "Gamma"]
    assert [i.title for i in select(ITEMS, ListQuery(topic="heart"))] == [
        "Alpha",
        "beta",
    ]
    by_kw = select(ITEMS, ListQuery(keyword="Heart  Health"))
    assert [i.title for i in by_kw] == ["Gamma"]
    assert [i.title for i in select(ITEMS, ListQuery(sort="published"))] == [
        "Alpha",
        "Gamma",
        "beta",
    ]
    # equal review dates keep title order
    assert [i.title for i in select(ITEMS, ListQuery(sort="reviewed", limit=2))] == [
        "Gamma",
        "Alpha",
    ]
    assert select(ITEMS, ListQuery(topic="heart", keyword="heart health")) == []


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_lists_on_pages(app):
    app.build(force_all=True)
    home = soup(app.outdir / "index.html")
    assert titles(home, "recently-reviewed") == expected(sort="reviewed", limit=3)
    lists = soup(app.outdir / "lists.html")
    assert titles(lists, "by-keyword") == expected(keyword="Exercise")
    assert len(titles(lists, "by-keyword")) == 3
    assert titles(lists, "newest-first") == expected(sort="published")
    assert titles(lists, "heart-by-review-date-two") == expected(
        topic="heart", sort="reviewed", limit=2
    )
    assert titles(lists, "nothing-yet") == []
    assert lists.find(id="nothing-yet").select_one(
        ".hk-article-list-empty"
    ).get_text() == ("No articles yet.")


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_topic_pages_list_their_articles_with_description_and_review_date(app):
    app.build(force_all=True)
    for topic in ("heart", "lungs"):
        page = soup(app.outdir / f"articles/{topic}/index.html")
        assert titles(page) == expected(topic=topic)
        for li in page.select(".hk-article-item"):
            link = li.select_one(".hk-article-title a")
            doc = f"articles/{topic}/{link['href'].removesuffix('.html')}"
            data = ARTICLES[doc]
            assert link.get_text() == data["title"]
            assert (
                li.select_one(".hk-article-description").get_text()
                == data["description"]
            )
            reviewed = data["reviewed"]
            assert li.select_one(".hk-article-reviewed").get_text() == (
                f"Last reviewed {reviewed.day} {reviewed:%B %Y}"
            )
        # the hidden toctree still puts the articles in the navigation
        nav = {a.get_text() for a in page.select(".sidebar-tree a")}
        assert set(expected(topic=topic)) <= nav


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_list_text_is_not_indexed_as_the_list_pages_own(app):
    app.build(force_all=True)
    from helpers.keyword_site import search_index

    index = search_index(app.outdir)
    # "gentle" is only in the swimming article's description, which lists show
    assert "gentle" in soup(app.outdir / "lists.html").get_text()
    stem = app.builder.indexer.lang.stem("gentle").lower()
    for kind in ("terms", "titleterms"):
        found = index[kind].get(stem, [])
        found = found if isinstance(found, list) else [found]
        for page in ("lists", "index", "articles/heart/index"):
            assert index["docnames"].index(page) not in found


@pytest.mark.sphinx(
    "html", testroot="keywords", srcdir="keywords-bad-lists", freshenv=True
)
def test_bad_lists_are_reported_with_file_and_line(app):
    (app.srcdir / "lists.md").write_text(
        "# Lists\n\n"
        "```{article-list}\n:keyword: Exercize\n```\n\n"
        "```{article-list}\n:topic: kidneys\n```\n\n"
        "```{article-list}\n:sort: oldest\n```\n",
        encoding="utf-8",
    )
    app.build(force_all=True)
    warnings = warnings_of(app)
    assert re.search(
        r"lists\.md:3: WARNING: no article has the keyword 'Exercize': "
        r"check its spelling .*\[healthkb\.article-list\]",
        warnings,
    )
    assert re.search(
        r"lists\.md:7: WARNING: there is no topic folder 'articles/kidneys'.*"
        r"\[healthkb\.article-list\]",
        warnings,
    )
    assert re.search(
        r"lists\.md:12: WARNING: 'article-list': Invalid option value for 'sort': "
        r"oldest: \"oldest\" unknown; "
        r"choose from \"published\", \"reviewed\", or \"title\"",
        warnings,
    )
