"""Markdown a reader would see as literal text, or that the site cannot show.

Each construct here either reaches the page as stray marks (``$x$``, ``~~``, ``[ ]``,
``[!NOTE]``, ``[@key]``, a role left bare by a missing backtick) or breaks under the
site's rules (remote images under the CSP, {cite:p} with per-article references).
Every one is reported at its line with what to write instead (rule ``markup``, or
``image`` for pictures). The rules read MyST's parse (:mod:`healthkb.model.markdown_scan`).
"""

from __future__ import annotations

import re

from docutils.parsers.rst import directives as docutils_directives

from healthkb.model import markdown_scan as scan
from healthkb.problems import Problem, problem
from healthkb.rules.toctree_rules import (
    ONLY_ON_TOPIC_PAGES,
    on_topic_page,
    refused_entries,
)

_MATH = re.compile(r"\$\$|\$[^$\s\d][^$\n]{0,200}?[^$\s\\]\$(?!\d)|\$[^$\s\d]\$")
_STRIKE = re.compile(r"~~[^~\s]")
_TASK = re.compile(r"^\[[ xX]\]\s")
_ALERT = re.compile(r"^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.IGNORECASE)
_PANDOC_CITE = re.compile(r"\[-?@([\w:.-]+)")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()]+")
_LEFT_ROLE = re.compile(r"\{[a-z][\w:-]{0,40}\}`?")
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)

#: directives of Sphinx, sphinx-design and this site (docutils' own are added below)
_SITE_DIRECTIVES = {
    "admonition", "attention", "caution", "danger", "error", "hint", "important",
    "note", "seealso", "tip", "warning", "versionadded", "versionchanged",
    "deprecated", "rubric", "centered", "hlist", "glossary", "toctree", "only",
    "tabularcolumns", "list-table", "csv-table", "table", "figure", "image",
    "epigraph", "highlights", "pull-quote", "sidebar", "topic", "compound",
    "container", "code", "code-block", "sourcecode", "literalinclude",
    "footbibliography", "bibliography",
    "grid", "grid-item", "grid-item-card", "card", "card-carousel", "tab-set",
    "tab-item", "tab-set-code", "dropdown", "button-link", "button-ref", "div",
    "article-list", "sources", "key-figures", "key-figure", "search-box",
    "healthkb-review-status", "topic-cards",
}  # fmt: skip
#: refused in articles, with what to do instead
_REFUSED = {
    "math": "formulas are not supported (the site loads no maths script): write it "
    "in words, e.g. 'BMI is weight in kg divided by height in metres squared'",
    # include, literalinclude and raw: healthkb.model.file_refs (rule unsafe-file)
    "cite": "use {footcite:p}`key` (references are numbered per article)",
}


def known_directive(name: str) -> bool:
    return name in _SITE_DIRECTIVES or name in docutils_directives._directive_registry


#: sphinxcontrib-bibtex's own citation roles, refused (its footcite roles are used)
REFUSED_CITE_ROLES = frozenset({"cite", "cite:p", "cite:t", "cite:ps"})


def refused_cite_keys(body: str, first_line: int) -> set[str]:
    """The keys of the refused citation roles of *body* (``{cite:p}`key```)."""
    return {
        key.strip()
        for role in scan.roles(body, first_line)
        if role.name in REFUSED_CITE_ROLES
        for key in role.text.split(",")
        if key.strip()
    }


def directive_verdict(name: str, *, site_page: bool = False) -> str | None:
    """What is wrong with a ``{name}`` directive on this site (refused, or no such
    directive), or None when it may be used."""
    if name in _REFUSED and not (site_page and name == "include"):
        return _REFUSED[name]
    if name not in ("raw", "eval-rst") and not known_directive(name):
        return (
            f"there is no directive '{{{name}}}' on this site: check the spelling "
            "(e.g. {note}, {warning}, {figure}) or write plain Markdown"
        )
    return None


def reported_directives(
    body: str, first_line: int, *, site_page: bool = False
) -> set[str]:
    """The names of the directives of *body* that :func:`check_unsupported`
    reports (refused, or unknown to the site)."""
    return {
        block.directive
        for block in scan.blocks(body, first_line)
        if block.type in ("fence", "colon_fence")
        and block.directive
        and directive_verdict(block.directive, site_page=site_page)
    }


def check_unsupported(
    path: str, body: str, first_line: int, *, site_page: bool = False
) -> list[Problem]:
    """*site_page*: a page of the site (home, topic, about) may include a file."""
    found: list[Problem] = []

    def add(line: int, message: str, rule: str = "markup") -> None:
        found.append(problem(path, line, rule, message))

    previous = ""
    for block in scan.blocks(body, first_line):
        name = block.directive if block.type in ("fence", "colon_fence") else None
        verdict = directive_verdict(name, site_page=site_page) if name else None
        if verdict:
            add(block.line, verdict)
        if name == "toctree":
            if not on_topic_page(path):
                add(block.line, ONLY_ON_TOPIC_PAGES, "contents")
            else:
                for entry in refused_entries(block):
                    add(entry.line, entry.message, "contents")
        if name in ("image", "figure"):
            target = block.info.strip().split(None, 1)[1:] or [""]
            _check_image(add, block.line, target[0].strip(), alt="directive")
        if block.type == "inline":
            _check_inline(add, block, first_inline=previous)
        previous = block.type if block.type != "inline" else previous
    return found


_FOOTNOTE = (
    "footnotes are not supported: they would take the numbers of the references. "
    "Put the note in the text, or cite its source with {footcite:p}`key`"
)


def _check_inline(report, block: scan.Block, first_inline: str) -> None:  # noqa: ANN001
    said: set[str] = set()

    def add(line: int, message: str, rule: str = "markup") -> None:
        if message not in said:  # once per paragraph: "$$ ... $$" is one mistake
            said.add(message)
            report(line, message, rule)

    in_link = False
    starts = True
    for piece in block.inline:
        if piece.kind == "link":
            in_link = True
        elif piece.kind == "link_end":
            in_link = False
        elif piece.kind == "footnote":
            add(piece.line, _FOOTNOTE)
        elif piece.kind == "image":
            _check_image(add, piece.line, piece.name, alt=piece.text)
        elif piece.kind == "role":
            if piece.name in REFUSED_CITE_ROLES:
                add(
                    piece.line,
                    f"{{{piece.name}}} does not work here: {_REFUSED['cite']}",
                )
            elif piece.name in ("math", "eq"):
                add(piece.line, _REFUSED["math"])
        elif piece.kind == "text":
            _check_text(add, piece, block, first=starts, in_link=in_link)
        if piece.kind != "break":
            starts = False


def _check_text(
    add, piece: scan.Inline, block: scan.Block, *, first: bool, in_link: bool
) -> None:  # noqa: ANN001, E501
    text = piece.text
    if _MATH.search(text):
        add(piece.line, "$...$ maths is not supported (readers see the $ signs): "
            "write the formula in words")  # fmt: skip
    if _STRIKE.search(text):
        add(piece.line, "~~strikethrough~~ is not supported (readers see the ~~): "
            "delete the struck-out text")  # fmt: skip
    if first and "list_item_open" in block.inside and _TASK.match(text):
        add(piece.line, "task lists ('- [ ]') are not supported (readers see the "
            "brackets): write a plain list item '- ...'")  # fmt: skip
    if first and "blockquote_open" in block.inside and (alert := _ALERT.match(text)):
        kind = alert.group(1).lower()
        kind = "important" if kind == "important" else kind
        add(piece.line, f"GitHub alerts ('> [!{alert.group(1)}]') are not supported: "
            f"write a MyST admonition, ':::{{{kind}}}' then the text then ':::'")  # fmt: skip
    if match := _PANDOC_CITE.search(text):
        add(piece.line, f"'[@{match.group(1)}]' is not a citation here: cite with "
            f"{{footcite:p}}`{match.group(1)}`")  # fmt: skip
    if match := _LEFT_ROLE.search(text):
        add(piece.line, f"'{match.group(0)}' shows as plain text: a role is written "
            "{name}`text` with one backtick before and after the text (is a "
            "backtick missing or extra?)")  # fmt: skip
    if not in_link and (match := _BARE_URL.search(text)):
        url = match.group(0).rstrip(".,;:")
        add(piece.line, f"the address '{url[:60]}' is not a link: write it as "
            f"<{url if '://' in url else 'https://' + url}> or [what it is]({url})")  # fmt: skip


def _check_image(add, line: int, target: str, *, alt: str) -> None:  # noqa: ANN001
    if not target:
        return
    if _REMOTE.match(target):
        add(line, f"the image '{target[:60]}' is on another site, which the site's "
            "security policy does not load: put the image in the repository next to "
            "the article and give its file name", "image")  # fmt: skip
    elif alt != "directive" and not alt.strip():
        add(line, f"the image '{target}' has no description: write what it shows "
            f"between the brackets, ![what the image shows]({target})", "image")  # fmt: skip


def image_targets(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, target) of every local image (Markdown images, image and figure
    directives), for the missing-file check."""
    found = []
    for block in scan.blocks(body, first_line):
        if block.type in ("fence", "colon_fence") and block.directive in (
            "image",
            "figure",
        ):
            parts = block.info.strip().split(None, 1)
            if len(parts) == 2:
                found.append((block.line, parts[1].strip()))
        found += [(p.line, p.name) for p in block.inline if p.kind == "image"]
    return [(line, t) for line, t in found if t and not _REMOTE.match(t)]


#: directives the build must not run once refused (an include of the topic page
#: makes Sphinx recurse through the toctree and crash)
# include and literalinclude run, into confinement's refusal (rule unsafe-file, the
# same as check's file_refs); raw and eval-rst are blanked: nothing of them is parsed
NOT_RUN = frozenset({"raw", "eval-rst"})


def refused_lines(
    body: str, first_line: int, *, path: str, site_page: bool = False
) -> list[tuple[int, int]]:
    """(first, end) file lines of each refused directive of the page *path*, to
    blank before parsing (a site page may include a file; a refused toctree would
    make the contents loop). On a topic page only a toctree's refused entries go:
    the rest still lists the topic's articles."""
    allowed = {"include"} if site_page else set()
    spans = []
    for block in scan.blocks(body, first_line):
        if block.type not in ("fence", "colon_fence"):
            continue
        if block.directive in NOT_RUN - allowed:
            spans.append((block.line, block.end))
        elif block.directive == "toctree":
            if not on_topic_page(path):
                spans.append((block.line, block.end))
            else:
                spans += [(e.line, e.line + 1) for e in refused_entries(block)]
    return spans
