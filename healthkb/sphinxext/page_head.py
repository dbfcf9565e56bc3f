"""The page head: Content-Security-Policy on every page; on articles, schema.org
JSON-LD and the OpenGraph description; a link to the Atom feed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from healthkb.sphinxext import pagefind
from healthkb.sphinxext.incremental.domain import get_domain
from healthkb.web.csp import inline_scripts, policy, script_hash
from healthkb.web.html_tags import start_tag
from healthkb.web.structured_data import medical_web_page, script_json

if TYPE_CHECKING:
    from pybtex.database import Entry
    from sphinx.application import Sphinx
    from sphinx.config import Config

    from healthkb.model.site import Site

FEED = "feed.xml"


def configure(app: Sphinx, config: Config) -> None:
    """One setting, html_baseurl, drives canonical URLs, OpenGraph and the 404 page."""
    base = config.html_baseurl
    if base and not base.endswith("/"):
        config.html_baseurl = base = base + "/"
    if base and not config.ogp_site_url:
        config.ogp_site_url = base
    if base:
        # the 404 page is served at any depth, so its links are absolute paths
        config.notfound_urls_prefix = urlsplit(base).path or "/"
    if config.ogp_social_cards is None:
        config.ogp_social_cards = {"enable": False}  # needs matplotlib; no images


def page_url(app: Sphinx, pagename: str) -> str:
    base = app.config.html_baseurl
    return base + app.builder.get_target_uri(pagename) if base else ""


def csp_policy(app: Sphinx, *, wasm: bool = False) -> str:
    """The policy with hashes of the theme's fixed inline scripts (computed once)."""
    cached = getattr(app.builder, "_healthkb_csp_hashes", None)
    if cached is None:
        hashes = []
        dirs = [
            *app.builder.theme.get_theme_dirs(),
            *(Path(app.confdir) / p for p in app.config.templates_path),
        ]
        for directory in dirs:
            for template in sorted(Path(directory).rglob("*.html")):
                hashes += [
                    script_hash(body)
                    for body in inline_scripts(template.read_text(encoding="utf-8"))
                ]
        cached = hashes
        app.builder._healthkb_csp_hashes = cached  # type: ignore[attr-defined]
    return policy(cached, wasm=wasm)


def before_opengraph(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Security policy first in the head; the article's description for OpenGraph."""
    tags = [
        start_tag(
            "meta",
            http_equiv="Content-Security-Policy",
            content=csp_policy(app, wasm=pagefind.needs_wasm(app, pagename)),
        )
    ]
    record = get_domain(app.env).articles.get(pagename)
    if record is not None:
        context["meta"] = {
            **(context.get("meta") or {}),
            "og:description": record.meta.description,
        }
        context["meta"].setdefault("og:type", "article")
        # written before OpenGraph runs, which otherwise adds one cut from the body
        tags.append(
            start_tag("meta", name="description", content=record.meta.description)
        )
    context["metatags"] = "\n".join(tags) + context.get("metatags", "")


def after_page(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """JSON-LD for articles and the feed link on every page."""
    extra = []
    if app.config.html_baseurl:
        extra.append(
            start_tag(
                "link",
                rel="alternate",
                type="application/atom+xml",
                title=f"{app.config.project}: articles",
                href=context["pathto"](FEED, 1),
            )
        )
    domain = get_domain(app.env)
    record = domain.articles.get(pagename)
    if record is not None:
        entries, notices = _source_lookups(domain.site)
        title = (
            app.env.titles[pagename].astext()
            if pagename in app.env.titles
            else record.title
        )
        data = medical_web_page(
            title=title,
            meta=record.meta,
            authors=domain.site.authors,
            sources=[entries[key] for key in record.citations if key in entries],
            notices=notices,
            url=page_url(app, pagename),
            language=app.config.language or "",
            publisher=app.config.project,
        )
        extra.append(f'<script type="application/ld+json">{script_json(data)}</script>')
    if extra:
        context["metatags"] = context.get("metatags", "") + "\n" + "\n".join(extra)


#: (bibliographies, standings) -> every entry by key and the notices readers see
_LOOKUPS: list[tuple[object, object, dict[str, Any], dict[str, Any]]] = []


def _source_lookups(site: Site) -> tuple[dict[str, Entry], dict[str, Any]]:
    """Every source by key (a later file's entry wins) and each noticed source's
    shown notices, made once per loaded site: made per page they cost a pass over
    every source, 30,000 at 10,000 articles, so the writing phase was quadratic."""
    if not _LOOKUPS or (
        _LOOKUPS[0][0] is not site.bibliographies
        or _LOOKUPS[0][1] is not site.standings
    ):
        entries = {k: e for bib in site.bibliographies for k, e in bib.entries.items()}
        notices = {k: s.shown for k, s in site.standings.items() if s.notices}
        _LOOKUPS[:] = [(site.bibliographies, site.standings, entries, notices)]
    return _LOOKUPS[0][2], _LOOKUPS[0][3]


def setup(app: Sphinx) -> None:
    # sphinxext-opengraph reads context["meta"] at the default priority (500)
    app.connect("html-page-context", before_opengraph, priority=450)
    app.connect("html-page-context", after_page, priority=550)
