"""The sidebar shows the reader's topic and its neighbours, not every article."""

from __future__ import annotations

from furo.navigation import get_navigation_tree
from generate import write_site
from helpers.site import soup, warnings_of

from healthkb.sphinxext.navigation import (
    WINDOW,
    _furo_attr,
    _furo_text,
    parents,
    render,
    window,
)


def test_window_keeps_the_current_item_and_its_neighbours():
    items = [f"d{i}" for i in range(40)]
    shown, cut = window(items, "d20", size=3)
    assert shown == ["d17", "d18", "d19", "d20", "d21", "d22", "d23"] and cut
    assert window(items, "d0", size=3)[0] == items[:7]
    assert window(items, "d39", size=3)[0] == items[-7:]
    assert window(items, None, size=3)[0] == items[:7]
    assert window(items[:7], "d3", size=3) == (items[:7], False)


def test_article_sidebar_is_bounded_topic_page_is_complete(make_app, tmp_path):
    # 8 topics of ~20 articles: more than one window of each
    articles = write_site(tmp_path / "site", 160, seed=5, words=40)
    app = make_app("html", srcdir=tmp_path / "site")
    app.build()
    assert warnings_of(app) == ""
    article = articles[80]
    page = soup(app.outdir / f"{article.docname}.html")
    tree = page.select_one(".sidebar-tree")
    topics = tree.select("li.toctree-l1")
    assert (
        1 < len(topics) <= 2 * WINDOW + 2
    )  # a window of topics (+ "All topics" if cut)
    current_topic = tree.select_one("li.toctree-l1.current > a")
    assert current_topic.get_text() == article.topic.replace("-", " ").capitalize()
    siblings = tree.select("li.toctree-l2")
    assert len(siblings) == 2 * WINDOW + 2  # 13 neighbours + "All of <topic>"
    here = tree.select_one("li.current-page > a")
    assert here.get_text() == article.title
    more = tree.select_one("li.hk-nav-more > a")
    assert more["href"] == "index.html" and more.get_text().startswith("All of ")
    # every sibling link points into the reader's own topic
    same_topic = {f"{a.slug}.html" for a in articles if a.topic == article.topic}
    hrefs = [
        a["href"]
        for a in tree.select("li.toctree-l2 > a")
        if a["href"] not in ("#", "index.html")
    ]
    assert hrefs and set(hrefs) <= same_topic
    # the topic page still lists every article of the topic
    topic = article.topic
    page = soup(app.outdir / "articles" / topic / "index.html")
    # (as the shipped topic pages: an article list, the toctree hidden)
    listed = {a["href"] for a in page.select("article .hk-article-list a")}
    assert listed == {f"{a.slug}.html" for a in articles if a.topic == topic}


def test_the_sidebar_in_furos_markup_is_what_furo_makes_of_it(make_app, tmp_path):
    """With the speed-ups the sidebar is written in furo's markup at once
    (speedups/furo_navigation.py): on every page it is what furo's own rewriting
    (BeautifulSoup) makes of the plain tree, also for titles with markup characters
    and both kinds of quote."""
    write_site(tmp_path / "site", 60, seed=3, words=30)
    odd = 'Parkinson\'s & "shaking" <palsy>'
    topic = sorted((tmp_path / "site" / "articles").iterdir())[1]
    index = topic / "index.md"
    first, rest = index.read_text(encoding="utf-8").split("\n", 1)
    # (backslashes: the title's text is "<palsy>", not raw HTML)
    written = odd.replace("<", "\\<").replace(">", "\\>")
    index.write_text(f"# {written}\n{rest}", encoding="utf-8")
    other = sorted((tmp_path / "site" / "articles").iterdir())[2] / "index.md"
    first, rest = other.read_text(encoding="utf-8").split("\n", 1)
    other.write_text(f'# The "sleep" diary\n{rest}', encoding="utf-8")
    with (tmp_path / "site" / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write("\nsmartquotes = False  # the title keeps its ASCII quotes\n")
    app = make_app("html", srcdir=tmp_path / "site")
    app.build()
    assert warnings_of(app) == ""
    env = app.env
    up = parents(env)
    compared = 0
    for doc in sorted(env.found_docs):

        def uri(target: str, doc: str = doc) -> str:
            return app.builder.get_relative_uri(doc, target)

        plain = render(env, doc, uri, up)
        styled = render(env, doc, uri, up, furo=True)
        assert styled == get_navigation_tree(plain)
        compared += "has-children" in styled
    assert compared > 50  # most pages have a nested, checkable list
    # and the page built carries that markup (the speed-ups are on by default)
    page = next(p for p in sorted(topic.glob("*.md")) if p.name != "index.md")
    doc = f"articles/{topic.name}/{page.stem}"
    html = (app.outdir / f"{doc}.html").read_text(encoding="utf-8")
    tree = render(env, doc, lambda t: app.builder.get_relative_uri(doc, t), up)
    assert get_navigation_tree(tree) in html
    # both quotes in an attribute: BeautifulSoup writes &quot;
    label = "Toggle navigation of Parkinson's &amp; &quot;shaking&quot; &lt;palsy&gt;"
    assert f'aria-label="{label}"' in html


def test_text_and_attributes_are_written_as_beautifulsoup_writes_them():
    from bs4.formatter import HTMLFormatter

    minimal = HTMLFormatter.REGISTRY["minimal"]  # furo's str(soup)
    values = ["plain", "a & b", "<x>", 'say "hi"', "it's", 'it\'s "both"', "&amp;", ""]
    for value in values:
        assert _furo_text(value) == minimal.substitute(value)
        written = minimal.quoted_attribute_value(minimal.attribute_value(value))
        assert _furo_attr("title", value) == f"title={written}"
