"""No script reaches a reader: each route for markup or a script link, one payload.

One site (a copy of ``test-basic`` whose conf.py even asks MyST for HTML extensions)
gets every payload, each with its own marker ``hkx-<id>``; it is built once. Each test
then searches every built HTML page, the feed and the sitemap for its marker in an
executable form: a script element, an ``on*`` attribute, a javascript:/data:/vbscript:
URL in a link, image, form or frame, or a meta refresh. Values the JSON-LD repeats
must be there only as escaped data with web URLs, and every page's
Content-Security-Policy must allow no inline script but the theme's hashed ones.
Routes in an article's body are also rejected by ``healthkb check`` (file and line).
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from helpers.site import ROOTS
from helpers.site_runs import Run, run_build, run_check

ARTICLE = """---
description: {description}
authors: [{author}]
published: 2026-01-10
reviewed: 2026-06-01
keywords: [{keyword}, Walking, Exercise]
{extra}---

# Injection test {id} {title}

Walking helps the heart {{footcite:p}}`{cite}`.

{body}
"""


@dataclass(frozen=True)
class Payload:
    id: str
    #: what the article (or a site file) carries
    body: str = ""
    description: str = "A fictional article that carries one payload."
    keyword: str = "Heart health"
    title: str = ""
    extra: str = ""
    author: str = "ada-jones"
    cite: str = "smith2020heart"
    #: rule healthkb check reports for this article (None: the value is shown as text)
    rule: str | None = None

    @property
    def marker(self) -> str:
        return f"hkx-{self.id}"

    @property
    def path(self) -> str:
        return f"articles/heart/inj-{self.id}.md"


def js(marker: str) -> str:
    return f"alert('{marker}')"


PAYLOADS = (
    Payload("block", body="<script>alert('hkx-block')</script>", rule="raw-html"),
    Payload(
        "inline",
        body='Text <img src="x" onerror="alert(\'hkx-inline\')"> more.',
        rule="raw-html",
    ),
    Payload(
        "raw",
        body="```{raw} html\n<script>alert('hkx-raw')</script>\n```",
        rule="raw-html",
    ),
    Payload(
        "rawcolon",
        body=":::{raw} html\n<script>alert('hkx-rawcolon')</script>\n:::",
        rule="raw-html",
    ),
    Payload(
        "evalrst",
        body="```{eval-rst}\n.. raw:: html\n\n"
        "   <script>alert('hkx-evalrst')</script>\n```",
        rule="raw-html",
    ),
    Payload("mdjs", body="[click](javascript:alert('hkx-mdjs'))", rule="unsafe-link"),
    Payload(
        "mdcase", body="[click](JaVaScRiPt:alert('hkx-mdcase'))", rule="unsafe-link"
    ),
    Payload(
        "mdentity",
        body="[click](javascript&#58;alert('hkx-mdentity'))",
        rule="unsafe-link",
    ),
    Payload(
        "mddata", body="[click](data:text/html;hkx-mddata,alert)", rule="unsafe-link"
    ),
    Payload("auto", body="<javascript:alert('hkx-auto')>", rule="unsafe-link"),
    Payload(
        "reflink",
        body="[click][evil]\n\n[evil]: javascript:alert('hkx-reflink')",
        rule="unsafe-link",
    ),
    Payload("image", body="![x](javascript:alert('hkx-image'))", rule="unsafe-link"),
    Payload(
        "button",
        body="```{button-link} javascript:alert('hkx-button')\nClick\n```",
        rule="unsafe-link",
    ),
    Payload(
        "buttondata",
        body="```{button-link} data:text/html;hkx-buttondata,x\nClick\n```",
        rule="unsafe-link",
    ),
    Payload(
        "card",
        body="```{card} Card\n:link: javascript:alert('hkx-card')\n\nBody\n```",
        rule="unsafe-link",
    ),
    Payload(
        "carddata",
        body="```{card} Card\n:link: data:text/html;hkx-carddata,x\n\nBody\n```",
        rule="unsafe-link",
    ),
    Payload(
        "mystreenable",
        extra="myst:\n  disable_syntax: []\n",
        body="<script>alert('hkx-mystreenable')</script>",
        rule="parser-settings",
    ),
    Payload(
        "mystimage",
        extra="myst:\n  enable_extensions: [html_image]\n",
        body='<img src="x" onerror="alert(\'hkx-mystimage\')">',
        rule="parser-settings",
    ),
    Payload(
        "htmlmeta",
        extra='html_meta: {"http-equiv=refresh": '
        "\"0; url=javascript:alert('hkx-htmlmeta')\"}\n",
        rule="parser-settings",
    ),
    Payload(
        "mysthtmlmeta",
        extra='myst:\n  html_meta: {"http-equiv=refresh": '
        "\"0; url=javascript:alert('hkx-mysthtmlmeta')\"}\n",
        rule="parser-settings",
    ),
    Payload("title", title="<script>alert('hkx-title')</script>", rule="raw-html"),
    Payload(
        "description",
        description="\"<script>alert('hkx-description')</script>\"",
        rule="raw-html",
    ),
    Payload(
        "keyword", keyword="\"<script>alert('hkx-keyword')</script>\"", rule="raw-html"
    ),
    Payload("author", author="evil-author", rule=None),
    Payload("bibtex", cite="evil2020entry", rule=None),
)

AUTHORS = """evil-author:
  name: "<script>alert('hkx-author')</script>"
  role: "<img src=x onerror=alert('hkx-author')>"
"""
BIB = """
@misc{evil2020entry,
  author = {Test, Tess},
  title  = {<script>alert('hkx-bibtex')</script>},
  note   = {<img src=x onerror=alert('hkx-bibtex')>},
  year   = {2020},
  url    = {javascript:alert('hkx-bibtex')},
  howpublished = {Journal of Test Cardiology}
}
"""
#: conf.py asks for HTML in MyST; the extension must refuse it anyway.
CONF = (
    '\nmyst_enable_extensions = ["colon_fence", "html_image", "html_admonition"]\n'
    "myst_disable_syntax = []\n"
    'html_baseurl = "https://health.example.org/"\n'
)

SAFE_SCHEMES = {"", "http", "https", "mailto"}
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "srcset",
    "xlink:href",
}


@dataclass
class Built:
    site: Path
    out: Path
    build: Run
    check: Run


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("injection")
    site = root / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    for p in PAYLOADS:
        text = ARTICLE.format(**{**p.__dict__, "id": p.id})
        (site / p.path).write_text(text, encoding="utf-8")
    with (site / "authors.yml").open("a", encoding="utf-8") as f:
        f.write(AUTHORS)
    with (site / "references.bib").open("a", encoding="utf-8") as f:
        f.write(BIB)
    with (site / "conf.py").open("a", encoding="utf-8") as f:
        f.write(CONF)
    out = root / "html"
    return Built(site, out, run_build(site, out), run_check(site))


def executable_uses(html: str, marker: str) -> list[str]:
    """Every place *marker* appears in a form a browser would run or follow."""
    found = []
    page = BeautifulSoup(html, "html.parser")
    for tag in page.find_all(True):
        if tag.name in (
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "template",
        ) and marker in str(tag):
            is_json_ld = (
                tag.name == "script" and tag.get("type") == "application/ld+json"
            )
            if not is_json_ld or "<" in (tag.string or ""):
                found.append(f"<{tag.name}> element: {str(tag)[:120]}")
        for name, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if marker not in text:
                continue
            if name.lower().startswith("on"):
                found.append(f"{name}= on <{tag.name}>")
            if name.lower() in URL_ATTRIBUTES and not _safe_url(text):
                found.append(f"{name}={text!r} on <{tag.name}>")
        if tag.name == "meta" and tag.get("http-equiv", "").lower() == "refresh":
            found.append(f"meta refresh: {tag}")
    return found


def _safe_url(url: str) -> bool:
    cleaned = "".join(ch for ch in url if ch.isprintable() and not ch.isspace())
    return urlsplit(cleaned).scheme.lower() in SAFE_SCHEMES


def test_the_build_fails_but_does_not_crash(built: Built):
    assert built.build.status == 1, built.build.text
    assert "Traceback" not in built.build.text
    assert built.check.status == 1, built.check.text


def test_myst_never_parses_html_whatever_conf_py_says(built: Built, make_app):
    app = make_app("html", srcdir=built.site)
    assert {"html_block", "html_inline"} <= set(app.config.myst_disable_syntax)
    assert not {"html_image", "html_admonition"} & set(
        app.config.myst_enable_extensions
    )
    assert {"html_block", "html_inline"} <= set(app.env.myst_config.disable_syntax)


def xml_executable_uses(xml: bytes, marker: str) -> list[str]:
    """The same search in a feed or sitemap: script elements, on* attributes, unsafe
    links, and HTML-typed content (a feed reader renders it as HTML)."""
    found = []
    for element in ElementTree.fromstring(xml).iter():
        name = element.tag.rsplit("}", 1)[-1]
        text = "".join(element.itertext())
        if name == "script" and marker in text:
            found.append(f"<{name}> element")
        for attr, value in element.attrib.items():
            if marker in value and (
                attr.lower().startswith("on") or not _safe_url(value)
            ):
                found.append(f"{attr}={value!r} on <{name}>")
        if element.get("type") in ("html", "xhtml") and marker in text:
            found += executable_uses(text, marker)
    return found


@pytest.mark.parametrize("payload", PAYLOADS, ids=[p.id for p in PAYLOADS])
def test_payload_never_reaches_feed_or_sitemap(built: Built, payload: Payload):
    files = [built.out / "feed.xml", built.out / "sitemap.xml"]
    assert all(f.is_file() for f in files), built.build.text
    leaks = {
        f.name: u
        for f in files
        if (u := xml_executable_uses(f.read_bytes(), payload.marker))
    }
    assert leaks == {}


def json_ld(page: Path) -> tuple[str, object]:
    """The raw text and the data of the page's JSON-LD."""
    script = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find(
        "script", type="application/ld+json"
    )
    assert script is not None, page
    return script.string, json.loads(script.string)


def urls_in(data: object) -> list[str]:
    if isinstance(data, dict):
        found = [
            v
            for k, v in data.items()
            if k in ("url", "@id", "sameAs") and isinstance(v, str)
        ]
        return found + [u for v in data.values() for u in urls_in(v)]
    if isinstance(data, list):
        return [u for v in data for u in urls_in(v)]
    return []


#: payloads in values the JSON-LD repeats: title, description, keyword, author, source
IN_JSON_LD = [
    p
    for p in PAYLOADS
    if p.id in ("title", "description", "keyword", "author", "bibtex")
]


@pytest.mark.parametrize("payload", IN_JSON_LD, ids=[p.id for p in IN_JSON_LD])
def test_json_ld_carries_payload_only_as_escaped_data(built: Built, payload: Payload):
    raw, data = json_ld(built.out / payload.path.replace(".md", ".html"))
    assert payload.marker in json.dumps(
        data
    )  # the route really reaches the JSON-LD ...
    assert "<" not in raw and ">" not in raw  # ... as data that cannot end the element
    assert all(
        _safe_url(url) and urlsplit(url).scheme in ("http", "https")
        for url in urls_in(data)
    )


def test_every_page_has_a_policy_that_refuses_injected_scripts(built: Built):
    """CSP first in the head; inline scripts only by hash; each inline script present
    is one the policy names (so a smuggled one would not run)."""
    pages = sorted(built.out.rglob("*.html"))
    assert len(pages) > len(PAYLOADS)
    for page in pages:
        head = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").head
        csp = head.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert csp is not None, page
        directives = dict(d.strip().split(" ", 1) for d in csp["content"].split(";"))
        script_src = directives["script-src"].split()
        assert "'unsafe-inline'" not in script_src and "data:" not in script_src
        assert directives["object-src"] == "'none'"
        for script in head.parent.find_all("script", src=False):
            if script.get("type") == "application/ld+json":
                continue
            digest = hashlib.sha256((script.string or "").encode()).digest()
            assert f"'sha256-{base64.b64encode(digest).decode()}'" in script_src, (
                page,
                script,
            )


@pytest.mark.parametrize("payload", PAYLOADS, ids=[p.id for p in PAYLOADS])
def test_payload_never_reaches_html(built: Built, payload: Payload):
    pages = sorted(built.out.rglob("*.html"))
    assert pages, built.build.text
    leaks = {
        page.relative_to(built.out).as_posix(): uses
        for page in pages
        if (uses := executable_uses(page.read_text(encoding="utf-8"), payload.marker))
    }
    assert leaks == {}
    # The article itself was built (an unsafe part removed, not the whole page).
    assert (built.out / payload.path.replace(".md", ".html")).is_file()


@pytest.mark.parametrize(
    "payload", [p for p in PAYLOADS if p.rule], ids=[p.id for p in PAYLOADS if p.rule]
)
def test_check_rejects_payload(built: Built, payload: Payload):
    lines = [
        line
        for line in built.check.out.splitlines()
        if line.startswith(f"{payload.path}:")
    ]
    assert any(
        "error:" in line and line.endswith(f"[healthkb.{payload.rule}]")
        for line in lines
    ), lines


def test_detector_finds_each_kind_of_leak():
    """The search itself can fail: it recognises each executable form."""
    leaky = (
        "<script>alert('hkx-t')</script>",
        "<img src=x onerror=\"alert('hkx-t')\">",
        "<a href=\"javascript:alert('hkx-t')\">x</a>",
        '<a href=" JaVaScript:hkx-t">x</a>',
        "<iframe src='data:text/html;hkx-t'></iframe>",
        '<meta http-equiv="refresh" content="0; url=hkx-t">',
        '<script type="application/ld+json">'
        '{"name": "</script><script>hkx-t"}</script>',
    )
    for html in leaky:
        assert executable_uses(html, "hkx-t"), html
    safe = (
        "<p>&lt;script&gt;alert('hkx-t')&lt;/script&gt;</p>",
        '<a href="https://example.org/?q=hkx-t">x</a>',
        '<script type="application/ld+json">'
        '{"name": "\\u003cscript\\u003e hkx-t"}</script>',
    )
    for html in safe:
        assert not executable_uses(html, "hkx-t"), html


def test_check_rejects_html_in_authors_yml(built: Built):
    assert any(
        line.startswith("authors.yml:") and "'evil-author: name' contains HTML" in line
        for line in built.check.out.splitlines()
    ), built.check.out
