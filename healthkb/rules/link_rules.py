"""Markdown links inside the site: ``[text](page.md)``, ``[text](#section)``.

The build reports a missing page or section as MyST's ``xref_missing``; check must
say the same without a build, and say what to write. A link to a glossary entry's
anchor never works (MyST knows only heading anchors): that is the {term} role's job.
Section anchors are MyST's own heading slugs, for headings up to
``myst_heading_anchors`` deep.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

from myst_parser.slugs import github_slugify, unique_slug

from healthkb.model import markdown_scan as scan
from healthkb.model.front_matter import normalise_text, split_article
from healthkb.problems import Problem, problem

_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def heading_slugs(body: str, first_line: int, depth: int) -> set[str]:
    """The anchors MyST gives the headings of *body* (levels 1..*depth*)."""
    slugs: list[str] = []
    level = 0
    for block in scan.blocks(body, first_line):
        if block.type == "heading_open":
            level = int(block.tag[1:])
        elif block.type == "inline" and level:
            if level <= depth:
                title = "".join(
                    p.text for p in block.inline if p.kind in ("text", "code")
                )
                slugs.append(unique_slug(github_slugify(title), slugs))
            level = 0
    return set(slugs)


def md_link_targets(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, target) of each Markdown link that is not a web address."""
    return [
        (piece.line, piece.name)
        for piece in scan.inline_pieces(body, first_line)
        if piece.kind == "link" and piece.name and not _SCHEME.match(piece.name)
    ]


def check_md_links(
    root: Path, path: str, body: str, first_line: int, depth: int
) -> list[Problem]:
    links = md_link_targets(body, first_line)
    own = heading_slugs(body, first_line, depth) if to_own_page(links) else set()
    return check_md_link_targets(root, path, links, own, depth)


def broken_md_links(
    root: Path, path: str, body: str, first_line: int, depth: int
) -> list[str]:
    """The targets (as written) of the Markdown links :func:`check_md_links` reports."""
    links = md_link_targets(body, first_line)
    own = heading_slugs(body, first_line, depth) if to_own_page(links) else set()
    return [
        name
        for line, name in links
        if check_md_link_targets(root, path, [(line, name)], own, depth)
    ]


def to_own_page(links: list[tuple[int, str]]) -> bool:
    """Whether a link is to a section of its own page (``#anchor``)."""
    return any(not unquote(name).partition("#")[0] for _, name in links)


def check_md_link_targets(
    root: Path,
    path: str,
    links: list[tuple[int, str]],
    own_slugs: set[str],
    depth: int,
) -> list[Problem]:
    """The links among *links* that lead nowhere; *own_slugs*: the anchors of the
    page's own headings (the pages linked to are read now)."""
    found = []
    for line, name in links:
        target, _, anchor = unquote(name).partition("#")
        message = _problem(root, path, own_slugs, depth, target, anchor)
        if message:
            found.append(problem(path, line, "doc-link", message))
    return found


def _problem(
    root: Path,
    path: str,
    own_slugs: set[str],
    depth: int,
    target: str,
    anchor: str,
) -> str | None:
    if target:
        base = "" if target.startswith("/") else posixpath.dirname(path)
        rel = posixpath.normpath(posixpath.join(base, target.lstrip("/")))
        file = root / rel
        if rel.startswith("..") or not file.resolve().is_relative_to(root.resolve()):
            return f"the link '{target}' points outside the site: link to a page of the site"
        if not file.is_file() and (root / f"{rel}.md").is_file():
            file, rel = root / f"{rel}.md", f"{rel}.md"
        if not file.is_file():
            return (
                f"the link target '{target}' is not a page of the site: give the "
                "page's path with .md (e.g. '../topic/file-name.md'), or use "
                "{doc}`/articles/topic/file-name`"
            )
        if not anchor:
            return None
        if anchor.startswith("term-"):
            return (
                f"a link to the glossary's '#{anchor}' does not work: write "
                f"{{term}}`{anchor.removeprefix('term-').replace('-', ' ')}` instead"
            )
        if file.suffix != ".md":
            return None
        try:
            split = split_article(rel, normalise_text(file.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            return None  # the page itself is reported
        body, first_line = (
            (split.body, split.body_line)
            if split.front.present
            else (normalise_text(file.read_text(encoding="utf-8")), 1)
        )
        slugs = heading_slugs(body, first_line, depth)
    elif not anchor:
        return None
    else:
        slugs = own_slugs
    if anchor in slugs:
        return None
    return (
        f"there is no section '#{anchor}' on {target or 'this page'}: link to a heading "
        f"(its anchor is its text in lower case with hyphens, headings up to level "
        f"{depth} have one), or remove the '#...' part"
        if depth
        else f"sections have no anchors on this site, so '#{anchor}' leads nowhere: "
        "link to the page without '#...'"
    )
