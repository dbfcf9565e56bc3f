"""A web page (a content system's or Google Docs' HTML export) as a plain-text draft.

The article is taken from the page (``<article>``, ``<main>`` or the usual content
containers) and the site around it is dropped; what is left is written as the
Markdown-like text :func:`healthkb.importer.draft.parse_draft` reads: headings as
``#``, lists as ``-``/``1.``, links, bold and italics.  Nothing in the page runs:
scripts, styles, frames and forms are removed before any text is read, and only
``http``, ``https`` and ``mailto`` links are kept.

A Google Docs export (File > Download > Web page) marks bold and italics with CSS
classes (``<span class="c3">`` with ``.c3{font-weight:700}`` in its ``<style>``),
its title and subtitle with ``<p class="title">``/``"subtitle"``, its nested lists
with ``lst-kix_…-1`` classes, every link through ``https://www.google.com/url?q=``
and its comments with ``[a]`` anchors: the classes are read from the style before
it is dropped, links are unwrapped to the real address, and comments are kept as
lines at the end (the chatter detector removes and reports them).
"""

from __future__ import annotations

import re
import warnings
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning

from healthkb.importer.confluence_page import read_confluence_page
from healthkb.importer.email_layout import drop_substack_widgets, open_email_layout
from healthkb.importer.html_footnotes import footnotes_as_sources
from healthkb.importer.keep_note import open_keep_note
from healthkb.importer.keyword_labels import english_keyword_labels
from healthkb.importer.sharepoint_page import read_sharepoint_page
from healthkb.rules.chatter import find_chatter

#: never content: removed with everything inside them
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "svg",
    "canvas",
    "nav",
    "footer",
    "aside",
    "head",
)
#: class or id words of a site's furniture around the article
_FURNITURE = re.compile(
    # Jetpack's "jp-relatedposts" box; a theme's author bio under the post
    r"(?:^|[-_ ])(?:comments?|share|sharing|social|related|relatedposts|sidebar|"
    r"subscribe|author-bio|author-box|about-(?:the-)?author|"
    # Squarespace's "blog-item-author-profile", a theme's links to the previous
    # and next posts ("item-pagination", "post-navigation")
    r"author-profile|author-card|pagination|post-navigation|post-nav|prev-next|"
    r"newsletter|breadcrumbs?|cookies?|menu|navbar|nav|footer|widget|widgets|ads?|"
    r"advert|promo|popup|modal|skip-link|site-header|masthead|logo|cat-links|"
    r"categories|byline-date|byline-wrapper|posted-on|feedback|visually-hidden|sr-only|"
    r"screen-reader-text|cta)(?:$|[-_ ])",
    re.IGNORECASE,
)
_CONTENT = (
    "article",
    "main",
    '[itemprop="articleBody"]',
    ".entry-content",
    ".post-content",
    ".article-body",
    ".post-body",
    "#content",
)
#: a post's own title and author in blog themes (Blogger, WordPress, schema.org)
_POST_TITLE = ".entry-title, .post-title, [itemprop='headline']"
_POST_AUTHOR = (
    # the byline in the post's header (Blogger's "Posted by NAME | Desk" above the
    # text) comes first in the page, before the footer's account name
    ".post-header .byline, "
    ".post-author .fn, .author.vcard .fn, .byline .author, [itemprop='author'] "
    "[itemprop='name'], a[rel~='author'], .p-author, .author-name, "
    "a[class*='author'], "
    # page builders' author markup: Wix's data-hook="user-name", a test id or
    # data attribute naming the author
    "[data-hook='user-name'], [data-hook*='author-name'], "
    "[data-testid*='author-name'], [class*='author-name'], "
    # a link to the writer's profile page (Substack's "/@name", "/author/name")
    "a[href*='/@'], a[href*='/author/'], a[href*='/authors/'], a[href*='?author=']"
)
#: a link or button showing only a count (likes, comments, shares): "12", "1.2K"
_COUNTER = re.compile(r"^\d{1,6}(?:[.,]\d)?[KkM]?$")
_CHROME = "the site's menu, banner or button"
#: what a piece of the page around the article is, by the class, id or tag of the
#: box it stands in (the nearest box that says), in the report's words
_CHROME_KINDS = (
    (
        re.compile(r"comment|respond|repl(?:y|ies)|responses|discussion", re.I),
        "the page's reader comments and comment form",
    ),
    (
        re.compile(r"related|you-may-like|recommended|more-posts", re.I),
        "the site's links to related posts",
    ),
    (
        re.compile(r"(?:^|[-_ ])(?:share|sharing|social)", re.I),
        "the page's share buttons",
    ),
    (re.compile(r"subscribe|newsletter|signup|sign-up", re.I), "a subscribe box"),
    (
        re.compile(
            r"author-bio|author-box|about-(?:the-)?author|author-profile|author-card",
            re.I,
        ),
        "the post's author box",
    ),
    (
        re.compile(r"pagination|post-navigation|post-nav|prev-next", re.I),
        "the links to the previous and next posts",
    ),
    (re.compile(r"footer|colophon|site-info", re.I), "the page's footer"),
)
#: a theme's box of the post's details (Joomla's "article-info": the writer,
#: category, dates and hits; "entry-meta", "post-meta")
_DETAILS_BOX = re.compile(
    r"(?:^|[-_ ])(?:article-info|entry-meta|post-meta|article-meta|post-info)(?:$|[-_ ])",
    re.I,
)
#: what the importer lists as taken out: the tags a reader sees, not code
_SHOWN_DROPS = frozenset({"nav", "footer", "aside", "form", "button", "input"})
#: a citation marker written as a superscript number ("<sup>1</sup>", "<sup>2,3</sup>")
_SUP_MARKER = re.compile(r"^\[?(\d{1,3}(?:\s{0,2}[,\u2013-]\s{0,2}\d{1,3}){0,9})\]?$")
#: a photo's credit line under it ("Photo by Anthony Tran on Unsplash")
_PHOTO_CREDIT = re.compile(
    r"^\W{0,3}(?:photo|image|picture|illustration)(?:graph)?(?:[ \t]+credit)?[ \t]*"
    r"(?:by|:|\u00a9|courtesy)",
    re.IGNORECASE,
)
_INLINE = frozenset(
    {"a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small"}
    | {"span", "strong", "sub", "sup", "time", "u"}
)
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")
#: "Headline | Site name", "Headline - Site name"
_SITE_NAME = re.compile(r" [|\u2013\u2014-] ")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]{0,30}:", re.IGNORECASE)
_SAFE_LINK = re.compile(r"^(?:https?://|mailto:)[^\s<>\"]{1,2000}$", re.IGNORECASE)
#: ".c3{color:#000;font-weight:700}" in a Google Docs export's style
_CSS_CLASS = re.compile(r"\.(c\d{1,4})\{([^{}]{0,2000})\}")
_DRAFT_IMAGE = re.compile(r"^draft-image-\d{1,4}$")
_GOOGLE_LIST_LEVEL = re.compile(r"^lst-kix_\w{1,40}-(\d)$")


def _emphasis_classes(soup: BeautifulSoup) -> tuple[set[str], set[str]]:
    """(bold classes, italic classes) from a Google Docs export's style."""
    bold: set[str] = set()
    italic: set[str] = set()
    for style in soup.find_all("style"):
        for name, rules in _CSS_CLASS.findall(style.get_text()):
            rules = rules.replace(" ", "").lower()
            if re.search(r"font-weight:(?:700|800|900|bold)", rules):
                bold.add(name)
            if "font-style:italic" in rules:
                italic.add(name)
    return bold, italic


def _real_link(href: str) -> str:
    """Google Docs' ``https://www.google.com/url?q=REAL&sa=D…`` as REAL."""
    parts = urlsplit(href)
    if parts.netloc in ("www.google.com", "google.com") and parts.path == "/url":
        return parse_qs(parts.query).get("q", [""])[0]
    return href


#: deeper than any page a content system, Google Docs or Word writes (they nest
#: ~10-40 elements): the walks below recurse once per level, and a page nested
#: thousands deep is an attack on them (a RecursionError, or minutes of work)
MAX_NESTING = 150


#: more text than an article has (the draft limit): refused before the walks below,
#: which cost ~100 µs per element
MAX_TEXT_CHARACTERS = 1024 * 1024


class TooMuchText(ValueError):
    """The page holds more than :data:`MAX_TEXT_CHARACTERS` of text."""


class NestedTooDeep(ValueError):
    """The page nests its elements more than :data:`MAX_NESTING` deep."""

    def __init__(self, depth: int) -> None:
        super().__init__(depth)
        self.depth = depth


#: a DOCTYPE with an internal subset: "<!DOCTYPE html [ <!ENTITY …> ]>"
_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^>\[]{0,500}\[.*?\]\s*>", re.I | re.S)


def nesting_depth(soup: BeautifulSoup, limit: int = MAX_NESTING) -> int:
    """How deep the page's elements nest, counted without recursion; stops
    counting once past *limit*."""
    deepest = 0
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            break
        stack += [(c, depth + 1) for c in node.contents if isinstance(c, Tag)]
    return deepest


def html_to_draft(
    html: str,
    *,
    draft_images: bool = False,
    chrome: list[tuple[str, str]] | None = None,
) -> str:
    """The page's article as draft text (headline first).

    :param draft_images: the HTML is our own conversion of a Word document, whose
        kept pictures are ``<img src="draft-image-N">`` (a web page's never are)
    :param chrome: collects (kind, text) of what was taken out of the article or
        around it (menus, banners, buttons, photo credits, links to the site's
        own pages), for the report
    """
    dropped: list[tuple[str, str]] = [] if chrome is None else chrome
    declared = _INTERNAL_SUBSET.search(html[:100_000])
    if declared is not None:
        # entities a page declares itself are an XML trick (they can multiply
        # into gigabytes): never expanded, and the declaration is no text
        dropped.append(
            (
                "the page's own entity declarations (not expanded: a name such as "
                "'&name;' stays as written, replace it with its words)",
                " ".join(declared[0].split())[:200],
            )
        )
        html = html[: declared.start()] + "<!DOCTYPE html>" + html[declared.end() :]
    with warnings.catch_warnings():
        # a note app's XHTML export (Evernote's, with its <?xml …?> line) is read
        # as the HTML it is: no warning for the editor to puzzle over
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    depth = nesting_depth(soup)
    if depth > MAX_NESTING:
        raise NestedTooDeep(depth)
    open_keep_note(soup, dropped)  # a note app's export: its text, not its name
    shown = (
        len(text)
        for text in soup.find_all(string=True)
        if text.parent is None or text.parent.name not in ("script", "style")
    )
    if sum(shown) > MAX_TEXT_CHARACTERS:
        raise TooMuchText
    if not draft_images:
        # a page cannot smuggle in a token that names a Word picture
        for img in soup.find_all("img", src=_DRAFT_IMAGE):
            img["src"] = ""
    # a Confluence export: its page rebuilt as an <article>, its wiki's parts listed
    confluence = read_confluence_page(soup, dropped)
    # a SharePoint page: its Title area is the headline, its other web parts go
    read_sharepoint_page(soup, dropped)
    open_email_layout(soup, dropped)  # a campaign's layout tables are boxes
    drop_substack_widgets(soup, dropped)
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    tags = _post_tags(soup) or (confluence.labels if confluence else [])
    if not tags and (tags := _meta_keywords(soup)):
        # a note app's tags (Evernote writes them as the page's keywords)
        dropped.append(
            (
                "the page's <meta name=\"keywords\"> (a note app's tags), read as "
                "the article's keywords: check them",
                ", ".join(tags),
            )
        )
    _drop_task_lists(soup, dropped)
    # read before the footer that holds it goes (Medium's "By NAME on DATE")
    author = next(
        (
            a
            for a in soup.select(_POST_AUTHOR)
            if a.get_text(strip=True) and not _in_comments(a)
        ),
        None,
    )
    author_text = author.get_text(" ", strip=True) if author is not None else ""
    # the theme's author element may hold the whole byline ("Posted by NAME |
    # Desk"): the name is what follows "by"; the byline parser reads the role
    author_name = _BYLINE_WORDS.sub("", author_text) or _meta_author(soup)
    for avatar in soup.select(
        "img[class*='avatar'], img[class*='author'], img[class*='profile-image'], "
        "[data-hook*='avatar'] img"
    ):
        avatar.decompose()  # the writer's photo: no picture of the article
    search_description = _meta_description(soup)
    card_title = _card_title(soup)
    standfirst = False
    #: the standfirsts found by their class: what they hold is theirs, not a theme's
    #: "widget" (HubSpot wraps its synopsis in "hs_cos_wrapper_widget")
    standfirsts: set[int] = set()
    #: the headline each of them stands under, by the headline's id
    standfirst_of: dict[int, Tag] = {}
    bold, italic = _emphasis_classes(soup)
    for tag in soup.find_all("span", class_=True):
        classes = set(tag.get("class", []))
        # inside a heading the emphasis is the heading's own style
        if tag.find_parent(re.compile(r"^h[1-6]$")) is None:
            if classes & bold:
                tag.name = "strong"
            elif classes & italic:
                tag.name = "em"
    _read_docs_paste(soup)
    # a second "# " line right under the title is what the draft parser takes for
    # the standfirst (the description candidate)
    for name in ("title", "subtitle"):
        for paragraph in soup.find_all("p", class_=name):
            paragraph.name = "h1"
    # a blog export's standfirst (Medium's h-entry "p-summary")
    for summary in soup.select(
        '[data-field="subtitle"], .p-summary, .nhsuk-lede-text, .lede, .standfirst, '
        ".subtitle, .post-subtitle, .dek, .subheadline, .article-excerpt, "
        # the block editor's and Bootstrap's lead paragraph
        ".post-excerpt, p.lead, "
        # a theme's prefixed one (Ghost's "gh-article-excerpt", its custom excerpt)
        'p[class*="-article-excerpt"], p[class*="-post-excerpt"]'
    ):
        if summary.find(_BLOCKS) is None and summary.get_text(strip=True):
            summary.name = "h1"
            standfirst = True
    for headline in soup.find_all("h1"):
        # right under the headline, a paragraph a theme names as its standfirst
        # ("pw-subtitle-paragraph", "c-article__dek", "entry-summary")
        after = headline.find_next_sibling(True)
        if (
            after is not None
            and after.name in ("p", "h2", "div")
            and after.find(_BLOCKS) is None
            and _STANDFIRST_CLASS.search(" ".join(after.get("class", [])))
            and after.get_text(strip=True)
        ):
            after.name = "h1"
            standfirst = True
            standfirsts |= {id(t) for t in after.descendants}
            standfirst_of[id(headline)] = after
    # a Docs or Substack footnote is a source: "[1]" in the text, "[1] …" at the end
    footnotes_as_sources(soup)
    for anchor in soup.select('a[id^="cmnt_ref"], a[id^="ftnt_ref"]'):
        # a comment's or footnote's marker in the text; the comment itself stays
        (anchor.find_parent("sup") or anchor).decompose()
    for tag in soup.find_all(_DROP_TAGS):
        if tag.name in _SHOWN_DROPS and not tag.decomposed:
            _note(tag, dropped)
        tag.decompose()
    # the article first: a blog's theme wraps the post itself in "widget" boxes, so
    # furniture is removed around and inside the article, never above it
    root = _article_root(soup)
    # read before the theme's footer goes
    post_title = soup.select_one(_POST_TITLE)
    title_text = post_title.get_text(" ", strip=True) if post_title else ""
    above = {id(tag) for tag in root.parents}
    for tag in soup.find_all(_is_furniture):
        if id(tag) not in above | standfirsts and not tag.decomposed:
            _note(tag, dropped)
            tag.decompose()
    details_writer = False
    if author is not None and not author.decomposed:
        # the details box that holds the writer's element: its writer is read
        # (the byline is written from it), the rest is the page's (the category,
        # the dates, the hits); a box the writer is not read from stays
        for box in author.parents:
            if box is root or root not in box.parents:
                break
            if _DETAILS_BOX.search(" ".join(box.get("class", []))) and (
                box.find("h1") is None
            ):
                _note(box, dropped, "the post's details: its writer, dates and views")
                box.decompose()
                details_writer = True  # the byline line is written from its name
                break
    _labelled_fields(root)
    _drop_page_header(soup, root, dropped)
    _drop_counters(root, dropped)
    _drop_tag_links(soup, root, dropped)
    _drop_heading_anchors(root)
    _drop_post_details(root, dropped)
    if author is not None and not author.decomposed and root in author.parents:
        # the author's name alone in the post's header: the byline below says it
        block = (
            author
            # a link around the name's paragraph (HubSpot's author card)
            if author.name in _NOTE_BLOCKS or author.find(_NOTE_BLOCKS) is not None
            else author.find_parent(_NOTE_BLOCKS + ("div",))
        )
        if block is not None and block.get_text(" ", strip=True) == author_text:
            block.decompose()
    if author_text and author is not None:
        # the byline's own element, and what holds it or it holds, are the byline
        byline = {id(author)} | {id(t) for t in author.parents}
        byline |= {id(t) for t in author.descendants}
        for box in root.select("[class*='author'], [data-hook*='author']"):
            # the theme's author box under the post ("BlogItem-author" with the
            # name again): the byline says who wrote it
            if (
                id(box) not in byline
                and not box.decomposed
                and box.get_text(" ", strip=True) == author_text
            ):
                _note(box, dropped, "the post's author box")
                box.decompose()
    for caption in root.find_all("figcaption"):
        if _PHOTO_CREDIT.match(caption.get_text(" ", strip=True)):
            _note(caption, dropped, "a photo's credit line")
            caption.decompose()
    for link in root.find_all("a", href=True):
        href = _real_link(link["href"].strip())
        text = link.get_text(" ", strip=True)
        # a path on the page's own site ("/a-z/anxiety", "../causes.html"), which
        # means nothing here; other schemes (javascript:) are never links
        if text and href and not href.startswith("#") and not _SCHEME.match(href):
            dropped.append(
                (
                    f"the link to the site's own page '{href}' (kept as plain text: "
                    "link the matching article yourself)",
                    text,
                )
            )
    if root.find("h1") is None and not title_text:
        _styled_headline(root, dropped)
    lines: list[str] = []
    #: read from outside the article (its title, its author): not "taken out"
    used = [t for t in (post_title, author) if t is not None]
    if root.find("h1") is None:
        # the post's own title (Blogger: <h3 class="post-title entry-title">) before
        # an <h1> elsewhere, which on a blog is the blog's name
        headline = soup.find("h1")
        if title_text:
            lines += [f"# {' '.join(title_text.split())}", ""]
            if root in post_title.parents:
                # the post's title inside the post (Tumblr's "h2.post-title"): it is
                # the headline just written, not a heading of the text too
                post_title.decompose()
        elif headline is not None:
            used.append(headline)
            lines += [f"# {headline.get_text(' ', strip=True)}", ""]
        elif page_title:
            # no headline anywhere: the page title, without the site's name
            lines += [f"# {_SITE_NAME.split(page_title)[0]}", ""]
        # the theme's standfirst under that headline, outside the post's body too
        # (HubSpot's "post-synopsis" in the post's header): the second "# " line
        under = standfirst_of.get(id(post_title if title_text else headline))
        if under is not None and not under.decomposed and root not in under.parents:
            used.append(under)
            lines += [f"# {under.get_text(' ', strip=True)}", ""]
    headline = root.find("h1")
    if (
        search_description
        and not standfirst
        and _about_the_post(
            search_description,
            root.get_text(" "),
            # the page's card names the post: its description is the post's too
            _cards_the_post(
                card_title,
                headline.get_text(" ", strip=True) if headline else title_text,
            ),
        )
    ):
        # the post's search description, as its writer set it (Blogger's "Search
        # description", an SEO plugin's): the draft parser reads the label
        lines += [f"Description: {search_description}", ""]
    _name_bylines(root)
    by_line = root.find(string=re.compile(r"^\W{0,4}by\b", re.I))
    if author_name and (
        details_writer or (not by_line and not _own_byline(root, author))
    ):
        # the post's author, named in the theme's footer rather than the article
        # (a byline of the text's own, "Posted by NAME | Desk", names the writer)
        lines += [f"By {' '.join(author_name.split())}", ""]
    _blocks(root, lines)
    _note_outside(soup, root, used, dropped)
    # (a label in another shape or language, "Schlagwörter:", counts as well)
    labelled = [t for _, t in english_keyword_labels(list(enumerate(lines)))]
    own_section = any(
        _KEYWORD_HEADING.search(h.get_text(" ", strip=True))
        for h in root.find_all(re.compile(r"^h[1-6]$"))
    ) or any(
        (_KEYWORD_LABEL.match(line) and not _bare_label(labelled, index))
        or (line.startswith("#") and _KEYWORD_HEADING.search(line.lstrip("# ")))
        for index, line in enumerate(labelled)
    )
    if tags and own_section:
        # the post's own keyword section is the writer's choice: the theme's tag
        # links and hashtags ("#vns" in its footer, the primary tag) are not added
        dropped.append(
            (
                "the blog's tag links (the post has its own keyword section)",
                ", ".join(tags),
            )
        )
    elif tags:
        # the post's tags are its keywords: the draft parser reads this section
        lines += ["", f"Tags: {', '.join(t.lstrip('#') for t in tags)}"]
    return "\n".join(lines).strip() + "\n"


#: what an exponent follows: a number (10<sup>9</sup>) or a unit (kg/m<sup>2</sup>)
_EXPONENT_BASE = re.compile(r"(?:\d|(?:^|[\s/(])(?:m|cm|mm|km|kg|g|ft|in|s|l))$", re.I)


_SUPERSCRIPTS = str.maketrans(
    "0123456789+-",
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207a\u207b",
)


def _cites(sup: str, before: str) -> bool:
    """Whether a superscript is a citation marker: a number after punctuation or a
    word ("diseases.<sup>1</sup>"), never an exponent ("kg/m<sup>2</sup>")."""
    if not _SUP_MARKER.match(sup):
        return False
    if sup.startswith("["):
        return True
    before = before.rstrip()
    return bool(before) and not _EXPONENT_BASE.search(before)


def _note(tag: Tag, dropped: list[tuple[str, str]], kind: str = _CHROME) -> None:
    """The text a reader saw in *tag*, one entry per line of it (a menu item, a
    banner's paragraph), for the report's list of what went."""
    pieces: list[tuple[int, str]] = []
    blocks: dict[int, Tag] = {}
    for string in tag.find_all(string=True):
        if type(string) is not NavigableString or not string.strip():
            continue
        block = string.find_parent(_NOTE_BLOCKS) or tag
        blocks[id(block)] = block
        if pieces and pieces[-1][0] == id(block):
            pieces[-1] = (id(block), pieces[-1][1] + " " + string)
        else:
            pieces.append((id(block), str(string)))
    # a button's words stand in its value ("<input type=submit value='Post Comment'>")
    buttons = [tag] if tag.name == "input" else tag.find_all("input")
    for button in buttons:
        value = str(button.get("value") or "").strip()
        if value and str(button.get("type") or "").lower() in _BUTTON_TYPES:
            blocks[id(button)] = button
            pieces.append((id(button), value))
    for block_id, piece in pieces:
        text = " ".join(piece.split())
        what = kind if kind != _CHROME else _chrome_kind(blocks.get(block_id, tag))
        dropped.append((what, text if len(text) <= 120 else text[:117] + "…"))


_BUTTON_TYPES = frozenset({"submit", "button", "reset"})


def _note_outside(
    soup: BeautifulSoup, root: Tag, used: list[Tag], dropped: list[tuple[str, str]]
) -> None:
    """List what a reader saw outside the article that no other step listed (a
    related-posts box after the post, a heading between it and the comments), so
    the report names everything that went."""
    page = soup.body or soup
    if root is page:
        return
    keep = {id(root), *(id(t) for t in used)}
    seen: list[tuple[NavigableString, Tag]] = []
    for string in page.find_all(string=True):
        if type(string) is not NavigableString or not string.strip():
            continue
        if any(id(parent) in keep for parent in string.parents):
            continue
        seen.append((string, string.find_parent(_NOTE_BLOCKS) or string.parent))
    # one entry per block a reader saw (a heading, a paragraph, a list item)
    pieces: list[tuple[Tag, str]] = []
    for string, block in seen:
        if pieces and pieces[-1][0] is block:
            pieces[-1] = (block, pieces[-1][1] + " " + string)
        else:
            pieces.append((block, str(string)))
    for block, piece in pieces:
        text = " ".join(piece.split())
        dropped.append(
            (_chrome_kind(block), text if len(text) <= 120 else text[:117] + "…")
        )


def _chrome_kind(tag: Tag) -> str:
    """What the box around *tag* is (comments, footer, share bar …), else the
    general words for the site's menu, banner or button."""
    for box in (tag, *tag.parents):
        if not isinstance(box, Tag) or box.name in ("html", "body"):
            break
        words = " ".join([box.name, *box.get("class", []), box.get("id", "") or ""])
        for pattern, kind in _CHROME_KINDS:
            if pattern.search(words):
                return kind
    return _CHROME


#: a class word of a theme's standfirst under the headline
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[-_ ])(?:excerpt|subtitle|sub-title|standfirst|strapline|lede|lead|dek|"
    r"deck|summary|synopsis|teaser|subhead(?:ing|line)?)(?:$|[-_ ])",
    re.IGNORECASE,
)
#: a link to a tag's or category's page of the blog
_TAG_PAGE = re.compile(
    # Squarespace's "/blog?tag=relapse" too
    # Tumblr's "/tagged/relapse" too
    r"/(?:tags?|tagged|category|categories)/[^/]|[?&](?:tags?|category)=[^&]",
    re.IGNORECASE,
)


#: a theme's box for the post's tags ("Blog-meta-item--tags", "tag-list")
_TAG_BOX = re.compile(r"(?:^|[-_ ])(?:tags|tag-list|categories)(?:$|[-_ ])", re.I)
#: a tag list's label: "Topics:", "Tagged:", "Tags:"
_TAG_LABEL = re.compile(r"^[^:]{1,20}:\s*")


def _tag_words(text: str) -> str:
    return " ".join(re.sub(r"[,\u00b7\u2022|]", " ", text).split())


def _drop_tag_links(
    soup: BeautifulSoup, root: Tag, dropped: list[tuple[str, str]]
) -> None:
    """The post's tag or category links ("Diet" above the headline): read as its
    keywords, never a paragraph (a link inside a sentence stays)."""
    above = {id(tag) for tag in root.parents} | {id(root)}
    for link in soup.find_all("a", href=_TAG_PAGE):
        if link.decomposed:
            continue
        box = link.find_parent(("p", "li", "div", "section", "span", "ul")) or link
        if link.find_next_sibling(re.compile(r"^h[1-6]$")) is not None:
            # the post's primary tag standing alone right above its headline, in
            # the same header (Ghost's "gh-article-tag"): the category, no title
            box = link
        shown = box.get_text(" ", strip=True)
        links = (
            link.get_text(" ", strip=True)
            if box is link
            else " ".join(a.get_text(" ", strip=True) for a in box.find_all("a"))
        )
        if (labelled := _TAG_LABEL.match(shown)) is not None or _TAG_BOX.search(
            " ".join([*box.get("class", []), box.get("data-hook", "") or ""])
        ):
            # a label and separators between the links ("Topics: a, b"), or a
            # box the theme names for its tags: the page's own tag line (a list
            # under a "Tags" heading is its text)
            shown = shown[labelled.end() :] if labelled else shown
            shown, links = _tag_words(shown), _tag_words(links)
        if id(box) in above or " ".join(shown.split()) != " ".join(links.split()):
            continue  # the link is part of the text around it
        _note(box, dropped, "the post's tags or categories, read as its keywords")
        box.decompose()


#: a heading's permalink sign ("#", "¶", "§", a link emoji), no words
_ANCHOR_SIGN = re.compile(r"^[#\u00b6\u00a7\U0001f517]$")


def _drop_heading_anchors(root: Tag) -> None:
    """A heading's permalink (Substack's and Sphinx's "#"/"¶" link to the heading
    itself) is no part of the heading's words."""
    for heading in root.find_all(re.compile(r"^h[1-6]$")):
        for link in heading.find_all("a", href=re.compile(r"^#")):
            if _ANCHOR_SIGN.match(link.get_text(strip=True)):
                link.decompose()
    first = root.find(re.compile(r"^h[1-6]$"))
    links = first.find_all("a") if first is not None else []
    if len(links) == 1 and links[0].get_text(strip=True) == first.get_text(strip=True):
        # the post's headline as a link to the post's own page (a blog's
        # permalink on its list and post pages): the headline's words only
        links[0].unwrap()


_DETAIL_TAGS = frozenset({"a", "time", "span", "abbr", "small"})


def _drop_post_details(root: Tag, dropped: list[tuple[str, str]]) -> None:
    """Above the headline, a line made only of links and dates (the author's link,
    the date, the category): the post's details, never its title."""
    headline = root.find("h1")
    if headline is None:
        return
    for box in root.find_all(("div", "p", "ul")):
        if box.decomposed or headline in box.descendants:
            continue
        if box.find_next("h1") is not headline:
            break  # past the headline: the article itself
        children = [c for c in box.children if isinstance(c, Tag)]
        loose = "".join(
            str(c) for c in box.children if type(c) is NavigableString
        ).strip(" \t\n|\u00b7\u2022,-\u2013")
        text = box.get_text(" ", strip=True)
        if (
            len(children) >= 2
            and all(c.name in _DETAIL_TAGS for c in children)
            and box.find("time") is not None
            and not loose
            and len(text) <= 160
        ):
            _note(box, dropped, "the post's details: author, date, category")
            box.decompose()


def _drop_counters(root: Tag, dropped: list[tuple[str, str]]) -> None:
    """A like, comment or share count ("12"): a button's number, not text. A
    footnote's number (inside ``<sup>``, or a link to "#fn1") stays."""
    for tag in root.find_all(("a", "button", "div", "p")):
        if tag.decomposed or not _COUNTER.match(tag.get_text(strip=True)):
            continue
        if (
            (tag.get("href") or "").startswith("#")
            # a citation's number linked to its paper ("<a href=doi>1</a>")
            or _CITED_PAPER.match(tag.get("href") or "")
            or tag.find_parent(("sup", "sub", "li", "table"))
        ):
            continue
        if tag.name in ("a", "button") or not tag.find(_BLOCKS):
            _note(tag, dropped, "a count of likes, comments or shares")
            tag.decompose()


_NOTE_BLOCKS = ("li", "p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "button")


def _drop_page_header(
    soup: BeautifulSoup, root: Tag, dropped: list[tuple[str, str]]
) -> None:
    """A page's own banner (``<header>`` outside the article: its menu, a banner
    quote, "Scroll down to continue reading"), when the article has its headline
    elsewhere; and a menu (a list of links to the site's own pages) anywhere."""
    inside = {id(tag) for tag in root.parents}
    for header in soup.find_all("header"):
        if header.decomposed or id(header) in inside or header.find_parent("article"):
            continue
        elsewhere = [h for h in soup.find_all("h1") if header not in h.parents]
        if header.find("h1") is not None and not elsewhere:
            continue  # it holds the article's only headline
        if elsewhere or root is not soup.body:
            _note(header, dropped)
            header.decompose()
    for menu in soup.find_all(("ul", "ol")):
        if not menu.decomposed and _is_menu(menu):
            _note(menu, dropped)
            menu.decompose()


def _is_menu(menu: Tag) -> bool:
    """Three or more items, each only a link to a page of the same site."""
    items = menu.find_all("li", recursive=False)
    if len(items) < 3:
        return False
    for item in items:
        links = item.find_all("a")
        href = (links[0].get("href") or "") if len(links) == 1 else ""
        if (
            not links
            or links[0].get_text(" ", strip=True) != item.get_text(" ", strip=True)
            or re.match(r"^(?:https?:|mailto:)", href, re.IGNORECASE)
        ):
            return False
    return True


def _styled_headline(root: Tag, dropped: list[tuple[str, str]]) -> None:
    """A page builder's headline: the first paragraph, before any other text, that
    is all bold or set in a large font, becomes the ``<h1>`` (never the
    ``<title>``, which on such pages is the site's name)."""
    asides: list[Tag] = []
    for block in root.find_all(("p", "div", "h2", "h3")):
        text = block.get_text(" ", strip=True)
        if not text or block.find(("p", "div")) is not None:
            continue
        if _aside_above_headline(block, text):
            # a note tool's "Note to self: …" in italics above the headline
            asides.append(block)
            continue
        bold = block.find(("b", "strong"))
        if (
            # a note tool writes each line as a <div> (Evernote)
            block.name in ("p", "div")
            and len(text.split()) <= 16
            and (
                (bold is not None and bold.get_text(" ", strip=True) == text)
                or _large_type(block)
            )
        ):
            block.name = "h1"
            for aside in asides:
                # the writer's note above the headline: theirs, not the article's
                _note(aside, dropped, "the writer's note above the headline")
                aside.decompose()
        return


def _font_size(block: Tag) -> float | None:
    """The type size, in points, of the one element that holds all *block*'s
    text (``px`` read as 0.75 pt), if its style gives one."""
    whole = block.get_text(" ", strip=True)
    for tag in (block, *block.find_all(style=True)):
        size = re.search(
            r"font-size:\s*(\d{1,3}(?:\.\d{1,2})?)\s*(px|pt)\b", tag.get("style") or ""
        )
        if size and tag.get_text(" ", strip=True) == whole:
            return float(size[1]) * (0.75 if size[2] == "px" else 1.0)
    return None


def _labelled_fields(root: Tag) -> None:
    """A content system's field shown with its label (Drupal's ``field__label``
    over its ``field__item`` values: "Tags" over three links, "Page last
    reviewed" beside a date) as one line, "Label: value, value", so the draft
    parser reads the label with its values rather than each as a paragraph."""
    for label in root.select(".field__label"):
        field = label.parent
        if field is None or field.decomposed:
            continue
        name = label.get_text(" ", strip=True).rstrip(":")
        values = [
            item.get_text(" ", strip=True)
            for item in field.select(".field__item")
            if item.find(class_="field__item") is None
        ]
        values = [v for v in values if v]
        if not name or not values or field.find(_BLOCKS) is not None:
            continue
        paragraph = BeautifulSoup("", "lxml").new_tag("p")
        paragraph.string = f"{name}: {', '.join(values)}"
        field.clear()
        field.append(paragraph)


def _read_docs_paste(soup: BeautifulSoup) -> None:
    """Text pasted from Google Docs into a content system (its clipboard's
    ``<b id="docs-internal-guid-…">`` envelope round the paragraphs): bold and
    italics are the spans' own ``style`` (``font-weight:700``,
    ``font-style:italic``), not tags; the envelope is no bold; its first
    paragraph set in headline type (Docs' Title style, 26pt) is the headline, and
    one right under it in type between the body's and the headline's (the
    Subtitle style) the standfirst, both read as the ``<h1>`` lines the draft
    parser takes for them."""
    for envelope in soup.select('[id^="docs-internal-guid-"]'):
        if envelope.name == "b":
            envelope.name = "div"
        if envelope.parent is not None and not envelope.get_text(strip=True):
            # an HTML parser closes the <b> before the first <p>: the paste is
            # what holds the empty envelope
            envelope = envelope.parent
        for span in envelope.find_all("span", style=True):
            if span.find_parent(re.compile(r"^h[1-6]$")) is not None:
                continue  # inside a heading the weight is the heading's style
            style = span["style"].replace(" ", "").lower()
            if re.search(r"font-weight:(?:[6-9]00|bold)", style):
                span.name = "strong"
            elif "font-style:italic" in style:
                span.name = "em"
        first = envelope.find(("p", "h1", "h2", "h3", "ul", "ol", "table"))
        if first is None or first.name != "p" or not _large_type(first):
            continue
        title = _font_size(first)
        first.name = "h1"
        under = first.find_next_sibling(("p", "h1", "h2", "h3", "ul", "ol", "table"))
        size = _font_size(under) if under is not None and under.name == "p" else None
        if title is not None and size is not None and 13.0 <= size < title:
            under.name = "h1"


def _picture_named(img: Tag) -> str:
    """How the report names a picture: its alt text, its address, or for a file
    beside the export (a note tool's "Note.resources/Image.png", which may hold
    spaces and brackets) the file's own name."""
    src = (img.get("src") or "").strip()
    if not img.get("alt") and src and not _SCHEME.match(src):
        src = src.replace("\\", "/").rsplit("/", 1)[-1]
    return img.get("alt") or src


def _aside_above_headline(block: Tag, text: str) -> bool:
    """A line all in italics with a sentence's full stop: a note, not the text."""
    italic = block.find(("i", "em"))
    return (
        italic is not None
        and italic.get_text(" ", strip=True) == text
        and text.endswith(".")
    )


def _large_type(block: Tag) -> bool:
    """The block, or the one element that holds all its text, is set at 24px or
    more (18pt, 1.5em: the note apps' units too)."""
    styled = [block, *block.find_all(style=True)]
    for tag in styled:
        size = re.search(
            r"font-size:\s*(\d{1,3}(?:\.\d{1,2})?)\s*(px|pt|em|rem)\b",
            tag.get("style") or "",
        )
        if (
            size
            and float(size.group(1)) >= _LARGE_TYPE[size.group(2)]
            and tag.get_text(" ", strip=True) == block.get_text(" ", strip=True)
        ):
            return True
    return False


#: the smallest headline type in each unit (24px is 18pt and 1.5em)
_LARGE_TYPE = {"px": 24.0, "pt": 18.0, "em": 1.5, "rem": 1.5}


def _meta_description(soup: BeautifulSoup) -> str:
    """The page's ``<meta name="description">``, if it is one plain sentence."""
    meta = soup.find("meta", attrs={"name": re.compile(r"^description$", re.I)})
    text = " ".join(str(meta.get("content", "")).split()) if meta else ""
    return text if 40 <= len(text) <= 200 and not find_chatter(text) else ""


def _about_the_post(description: str, article: str, carded: bool = False) -> bool:
    """Whether a page's description is the post's own, not the blog's ("Mind
    Matters blog: news and views on mental health"): nearly all its words (of four
    letters or more) are in the article's text, or half of them when the page's
    card (*carded*) names the post."""
    words = set(re.findall(r"[^\W\d_]{4,}", description.casefold()))
    said = set(re.findall(r"[^\W\d_]{4,}", article.casefold()))
    share = 0.5 if carded else 0.8
    return len(words) >= 4 and len(words & said) >= share * len(words)


def _meta_author(soup: BeautifulSoup) -> str:
    """The author the page's head names (``<meta name="author">``,
    ``article:author``, ``itemprop="author"``) when no element shows one: a name,
    never a profile's address."""
    for attrs in (
        {"name": "author"},
        {"property": "article:author"},
        {"itemprop": "author"},
    ):
        meta = soup.find("meta", attrs=attrs)
        name = " ".join(str(meta.get("content", "")).split()) if meta else ""
        if (
            name
            and not re.search(r"[/@]|\.(?:com|org|net)\b", name)
            and (len(name.split()) <= 6)
        ):
            return name
    return ""


#: a box of readers' comments, by its class or id ("comment-author-name" is a
#: commenter's, never the post's author)
_COMMENTS_BOX = re.compile(r"comment|respond|repl(?:y|ies)|discussion", re.I)


def _in_comments(tag: Tag) -> bool:
    """*tag* stands in a comment's box (up to the article: a post's or page's
    own class may say "comments-open")."""
    for box in (tag, *tag.parents):
        if not isinstance(box, Tag) or box.name in ("article", "main", "body"):
            return False
        if _COMMENTS_BOX.search(
            " ".join([*box.get("class", []), box.get("id", "") or ""])
        ):
            return True
    return False


def _card_title(soup: BeautifulSoup) -> str:
    """The title of the page's Open Graph card (``og:title``), or ""."""
    card = soup.find("meta", attrs={"property": "og:title"})
    return " ".join(str(card.get("content", "")).split()) if card else ""


def _cards_the_post(card_title: str, headline: str) -> bool:
    """The page's Open Graph card is the post's: its title starts with the post's
    headline ("How to support … — Brightwell Health Notes"), not the blog's name."""
    headline = " ".join(headline.split()).casefold()
    return len(headline) >= 12 and card_title.casefold().startswith(headline)


def _meta_keywords(soup: BeautifulSoup) -> list[str]:
    """The keywords the page's head names (``<meta name="keywords">``)."""
    found = soup.find("meta", attrs={"name": re.compile(r"^keywords$", re.I)})
    words = str(found.get("content") or "") if found is not None else ""
    return list(
        dict.fromkeys(
            w.strip() for w in re.split(r"[,;]", words) if 0 < len(w.strip()) <= 60
        )
    )


def _drop_task_lists(soup: BeautifulSoup, dropped: list[tuple[str, str]]) -> None:
    """A list whose every item has a checkbox (a note app's checklist: "send for
    review", "find a nicer photo") is the writer's to-do list, not the article."""
    for listed in soup.find_all(("ul", "ol")):
        items = listed.find_all("li", recursive=False)
        if items and all(
            li.find("input", attrs={"type": "checkbox"}) is not None for li in items
        ):
            _note(listed, dropped, "the writer's to-do list (a checklist)")
            listed.decompose()


def _post_tags(soup: BeautifulSoup) -> list[str]:
    """A blog's tag links (``rel="tag"``) or its "Tagged: a, b" line; never its
    category ("Categorized as Conditions": ``rel="category tag"``)."""
    found = [
        a.get_text(" ", strip=True)
        for a in soup.select('a[rel~="tag"]')
        if "category" not in a.get("rel", [])
    ]
    if not found:
        # links to the blog's tag pages, outside its menus ("Diet" above a Ghost
        # post's headline)
        found = [
            a.get_text(" ", strip=True)
            for a in soup.find_all(
                "a", href=re.compile(r"/(?:tags?|tagged)/[^/]", re.I)
            )
            if a.find_parent(("nav", "footer", "aside", "header", "ul")) is None
            or a.find_parent("article") is not None
            # a list the theme names for the post's tags (Joomla's "ul.tags" of
            # pills, schema.org's itemprop="keywords"), outside the site's menus
            or (
                a.find_parent(("nav", "footer", "aside", "header")) is None
                and _in_tag_list(a)
            )
        ]
    if not found:
        for box in soup.select('[class*="tags"]'):
            text = box.get_text(" ", strip=True)
            found += re.split(r"\s*,\s*", re.sub(r"^[^:]{0,20}:\s*", "", text))
    # a hashtag's own mark ("#long term outcomes") is no part of the keyword
    found = [t[1:].strip() if t.startswith("#") else t for t in found]
    return list(dict.fromkeys(t for t in found if t and len(t) <= 60))


def _in_tag_list(link: Tag) -> bool:
    """Whether *link* stands in a list the theme names for the post's tags."""
    for box in [link, *link.parents][:4]:
        if box.get("itemprop") == "keywords" or _TAG_BOX.search(
            " ".join(box.get("class", []))
        ):
            return True
    return False


def _is_furniture(tag: Tag) -> bool:
    if tag.name in ("html", "body", "article", "main"):
        return False
    words = " ".join([*tag.get("class", []), tag.get("id", "") or ""])
    if words and _NOTES_BOX.search(words) and tag.find(class_=_REACTION):
        # a social blog's "notes" under the post (Tumblr's replies, reblogs and
        # likes): only with such items in it, never a page's own notes section
        return True
    return bool(words and _FURNITURE.search(words))


#: a box of the post's notes, and a reader's reaction in it
_NOTES_BOX = re.compile(r"(?:^|[-_ ])(?:post-)?notes(?:-list)?(?:$|[ ])", re.I)
_REACTION = re.compile(
    r"(?:^|[-_ ])(?:reblogs?|repl(?:y|ies)|likes?|reactions?)$", re.I
)


def _article_root(soup: BeautifulSoup) -> Tag:
    for selector in _CONTENT:
        found = soup.select(selector)
        if found:
            # the biggest one: a page can have small <article> teasers too
            return max(found, key=lambda t: len(t.get_text()))
    return soup.body or soup


def _blocks(node: Tag, lines: list[str]) -> None:
    # text and inline tags between blocks (a blog's "text <a>link</a> text<br>")
    # are one paragraph, ended by a block or a line break
    run: list[str] = []

    def flush() -> None:
        text = " ".join("".join(run).split())
        if text:
            lines.extend([text, ""])
        run.clear()

    for child in node.children:
        if not isinstance(child, Tag):
            # type(), not isinstance(): comments and doctypes are strings too
            if type(child) is NavigableString:
                run.append(str(child))
            continue
        name = child.name
        if name in _INLINE and child.find(_BLOCKS) is None:
            pictures = child.find_all("img") if name != "img" else []
            if not pictures:
                run.append(_inline_raw_of(child))
                continue
        flush()
        if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            headline, byline = _heading_and_byline(child)
            if headline:
                lines += [f"{'#' * int(name[1])} {headline}", ""]
            if byline:
                lines += [byline, ""]
        elif name == "p":
            # a picture kept from a Word document stands on its own line, as a token
            # the importer replaces with the picture's file once it has its name
            pictures = [
                img.extract()
                for img in child.find_all("img")
                if _DRAFT_IMAGE.match(img.get("src") or "")
            ]
            text = _inline(child)
            if text:
                lines += [text, ""]
            lines += [line for img in pictures for line in (img["src"], "")]
        elif name in ("ul", "ol"):
            indent = "  " * (_google_list_level(child) or 0)
            # an item with no text (an avatar's link) is no item
            items = _list_items(child)
            if not items:
                continue
            for number, item in enumerate(items, 1):
                marker = f"{number}." if name == "ol" else "-"
                lines.append(f"{indent}{marker} {item}")
            following = child.find_next_sibling()
            if not (
                following is not None
                and following.name in ("ul", "ol")
                and _google_list_level(following) is not None
                and _google_list_level(child) is not None
            ):
                lines.append("")
        elif name == "figure" and (caption := _picture_caption(child)) is not None:
            # the caption belongs to its picture: reported with it, not left alone
            img = child.find("img")
            lines += [f"[Image: {_picture_named(img)}; caption: {caption}]", ""]
        elif name == "blockquote":
            # a quotation stays one
            lines += [f"> {_inline(child)}", ""]
        elif name == "table":
            lines += [*_pipe_table(child), ""]
        elif name == "img" and _DRAFT_IMAGE.match(child.get("src") or ""):
            lines += [child["src"], ""]
        elif name == "img":
            lines += [f"[Image: {_picture_named(child)}]", ""]
        elif name == "br":
            continue
        elif child.find(_BLOCKS) is not None or name in ("div", "section", "header"):
            _blocks(child, lines)
        else:
            text = _inline(child)
            if text:
                lines += [text, ""]
    flush()


def _list_items(listing: Tag) -> list[str]:
    """The list's items' texts in order, a nested list's items after their parent's
    (the article format has one list level; Word and web pages nest lists inside
    items)."""
    texts: list[str] = []
    for item in listing.find_all("li", recursive=False):
        text = _inline(item)
        if text:
            texts.append(text)
        for inner in item.find_all(("ul", "ol")):
            if inner.find_parent("li") is item:
                texts += _list_items(inner)
    return texts


def _picture_caption(figure: Tag) -> str | None:
    """The caption of a figure holding one web picture and a short caption."""
    caption = figure.find("figcaption")
    pictures = figure.find_all("img")
    if (
        caption is None
        or len(pictures) != 1
        or _DRAFT_IMAGE.match(pictures[0].get("src") or "")
        or caption.find(("p", "div", "ul", "ol", "table")) is not None
    ):
        return None
    text = _inline(caption)
    return text if 0 < len(text) <= 300 else None


#: a heading over the post's own keyword section ("Tags", "SEO keywords")
_KEYWORD_HEADING = re.compile(
    r"^\W{0,4}(?:[\w-]+[ \t]+){0,3}(?:key[ \t]?words?|tags)\b", re.I
)
#: the post's own keyword line in its text ("**Keywords:** a; b", "Tags: a, b")
_KEYWORD_LABEL = re.compile(
    r"^\W{0,4}(?:[\w-]+[ \t]+){0,2}(?:key[ \t]?words?|tags)\W{0,4}[ \t]*:", re.I
)


def _name_bylines(root: Tag) -> None:
    """A paragraph the document styles as its byline (Word's or LibreOffice's
    "Byline" or "Author" style, a theme's ``p.byline``) without a "By": the
    writer's name and role ("Natalie Singh (Health Editor)"), read as "By ..." so
    the byline parser takes it."""
    for para in root.select("p.byline"):
        text = " ".join(para.get_text(" ", strip=True).split())
        if text and len(text) <= 120 and not _BYLINE_WORDS.match(text):
            para.clear()
            para.append(f"By {text}")


def _own_byline(root: Tag, author: Tag | None) -> bool:
    """Whether the text has a byline of its own ("Posted by NAME | Desk" as its
    first paragraph) apart from the theme's author element: then the text names
    the writer, and the theme's account link (Substack's "/@name") is the
    publication's. A byline that holds the theme's author element is the
    theme's own, read as before."""
    for found in root.find_all(string=_BYLINE_WORDS):
        block = found.find_parent(("p", "div", "span", "em", "strong")) or found.parent
        if author is None or (
            author is not block
            and block not in author.parents
            and author not in block.descendants
        ):
            return True
    return False


def _bare_label(lines: list[str], index: int) -> bool:
    """A "Tags:" label left with nothing after it (the tag box's label, once its
    links went as the post's tags) and no list under it: no keyword section."""
    if _KEYWORD_LABEL.sub("", lines[index]).strip(" *_"):
        return False
    after = next((line for line in lines[index + 1 :] if line.strip()), "")
    return not re.match(r"^\s*(?:[-*+]|\d+[.)])\s", after)


#: the words in front of a name in a byline element ("Posted by", "By", "Written by:")
_BYLINE_WORDS = re.compile(
    r"^\W{0,4}(?:(?:written|posted|published|words|story)[ \t]+)?by\b[ \t]*:?[ \t]*",
    re.I,
)


def _heading_and_byline(heading: Tag) -> tuple[str, str]:
    """A heading's text, and a byline set on its own line inside it ("Headline<br>
    By NAME"), which is the author's, not the headline's."""
    breaks = heading.find_all("br")
    if breaks:
        last = breaks[-1]
        after = "".join(
            str(t) if isinstance(t, NavigableString) else t.get_text(" ")
            for t in last.next_siblings
        )
        if re.match(r"^\s*by\s+[A-Z]", after, re.IGNORECASE) and len(after) <= 80:
            for sibling in list(last.next_siblings):
                sibling.extract()
            return _inline(heading), " ".join(after.split())
    return _inline(heading), ""


def _inline_raw_of(tag: Tag) -> str:
    """One inline tag as :func:`_inline_raw` writes it inside a paragraph."""
    wrapper = BeautifulSoup("<p></p>", "html.parser").p
    assert wrapper is not None
    wrapper.append(tag.__copy__())
    return _inline_raw(wrapper)


def _google_list_level(tag: Tag) -> int | None:
    """A Google Docs list's nesting level (``lst-kix_…-1`` is one in), else None."""
    for name in tag.get("class", []):
        match = _GOOGLE_LIST_LEVEL.match(name)
        if match:
            return int(match.group(1))
    return None


def _pipe_table(table: Tag) -> list[str]:
    """A Markdown pipe table, the first row as its header."""
    rows = []
    for row in table.find_all("tr"):
        cells = [_inline(c).replace("|", "\\|") for c in row.find_all(("th", "td"))]
        if any(cells):
            rows.append(cells)
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    # a header row's bold is the header's own style (Google Docs marks it so)
    rows[0] = [re.sub(r"^\*\*(.*)\*\*$", r"\1", cell) for cell in rows[0]]
    lines = [f"| {' | '.join(r)} |" for r in rows]
    return [lines[0], "|" + " --- |" * width, *lines[1:]]


#: where a linked citation marker points: its reference on the page, or its paper
_CITED_PAPER = re.compile(
    r"^(?:#|https?://(?:dx\.)?doi\.org/|https?://(?:www\.)?pubmed\.ncbi\.nlm\.nih\.gov/"
    r"|https?://(?:www\.)?ncbi\.nlm\.nih\.gov/pmc/)",
    re.IGNORECASE,
)


def _is_marker_link(link: Tag, text: str) -> bool:
    """A citation marker written as a link ("<a href=doi><span>[1]</span></a>"):
    bracketed numbers, or bare ones linking to a paper or the page's reference."""
    if link.find("sup") is not None or not _SUP_MARKER.match(text):
        return False  # a superscript inside is read as the marker on its own
    return text.startswith("[") or bool(_CITED_PAPER.match(link.get("href") or ""))


def _inline(node: Tag) -> str:
    return " ".join(_inline_raw(node).split())


def _inline_raw(node: Tag) -> str:
    """The inline text with the spaces at tag edges kept ("tasks. <b>Feeling"
    must not become "tasks.Feeling")."""
    parts: list[str] = []
    for child in node.children:
        if type(child) is NavigableString:
            parts.append(str(child))
        elif isinstance(child, Tag):
            raw = _inline_raw(child)
            text = raw.strip()
            lead = " " if raw[:1].isspace() else ""
            trail = " " if raw[-1:].isspace() else ""
            if child.name in ("strong", "b") and text:
                parts.append(f"{lead}**{' '.join(text.split())}**{trail}")
            elif child.name in ("em", "i") and text:
                parts.append(f"{lead}*{' '.join(text.split())}*{trail}")
            elif child.name == "a" and _is_marker_link(child, text):
                # "[1]" linked to its paper or its reference: the marker alone
                parts.append(f" [{_SUP_MARKER.match(text).group(1)}]{trail}")
            elif child.name == "a":
                href = _real_link((child.get("href") or "").strip())
                parts.append(
                    f"{lead}[{text}]({href}){trail}" if _SAFE_LINK.match(href) else raw
                )
            elif child.name == "img":
                parts.append(f" [Image: {_picture_named(child)}] ")
            elif child.name == "br":
                parts.append(" ")
            elif child.name == "sup" and _cites(text, "".join(parts)):
                # a citation marker: the importer places [N] markers
                marker = re.sub(r"\s", "", _SUP_MARKER.match(text).group(1))
                marker = f" [{marker.replace(chr(0x2013), '-')}]"
                before = "".join(parts).rstrip()
                if before[-1:] in ".,;:":
                    # "diseases.<sup>1</sup>": the marker goes before the stop
                    parts[:] = [before[:-1], marker, before[-1], trail]
                else:
                    parts.append(marker + trail)
            elif child.name == "sup" and re.fullmatch(r"[0-9+-]{1,4}", text):
                # an exponent (kg/m², 10⁹): its superscript characters
                parts.append(text.translate(_SUPERSCRIPTS) + trail)
            elif child.name in ("ul", "ol"):
                continue  # nested lists are read as their own block
            else:
                parts.append(raw)
    return "".join(parts)
