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
from docutils.parsers.rst import roles as docutils_roles
from docutils.parsers.rst.languages import en as docutils_en

from healthkb.model import markdown_scan as scan
from healthkb.problems import Problem, problem
from healthkb.rules.directive_specs import SPECS
from healthkb.rules.structure_rules import structure_mistakes
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


#: roles of Sphinx (its std domain and the default Python domain, unprefixed),
#: sphinx-design, sphinxcontrib-bibtex and MyST; docutils' own, with their English
#: aliases ({sub}, {sup}), are added below
_SITE_ROLES = {
    "abbr", "any", "command", "dfn", "doc", "download", "envvar", "file",
    "guilabel", "kbd", "keyword", "mailheader", "makevar", "manpage",
    "menuselection", "mimetype", "newsgroup", "numref", "option", "program",
    "ref", "regexp", "samp", "term", "token", "confval", "eq", "cve", "cwe",
    "attr", "class", "const", "data", "deco", "exc", "func", "meth", "mod", "obj",
    "type", "sub-ref", "octicon", "fa", "fab", "far", "fas", "fa-brands",
    "fa-regular", "fa-solid", "material-outlined", "material-regular",
    "material-round", "material-sharp", "material-twotone", "bdg", "bdg-link",
    "bdg-ref", "footcite", "footcite:p", "footcite:t", "footcite:ps",
    "footcite:ts", "footcite:ct", "footcite:cts", "cite", "cite:p", "cite:t",
    "cite:ps", "cite:ts", "cite:ct", "cite:cts", "cite:alp", "cite:alps",
    "cite:author", "cite:authors", "cite:authorpar", "cite:authorpars",
    "cite:cauthor", "cite:cauthors", "cite:empty", "cite:label", "cite:labelpar",
    "cite:year", "cite:yearpar",
}  # fmt: skip
#: sphinx-design's badges: bdg-<colour>, bdg-link-<colour>, bdg-ref-<colour>, and
#: each with "-line"
_BADGE = re.compile(
    r"^bdg(?:-link|-ref)?-(?:primary|secondary|success|info|warning|danger|light|"
    r"muted|dark|white|black)(?:-line)?$"
)
#: Sphinx's domains: {py:func}, {std:ref}, ... are roles the build knows
_DOMAINS = ("c", "cpp", "js", "math", "py", "rst", "std")


def known_role(name: str) -> bool:
    """Whether the build knows the role {name} (the site's extensions, Sphinx's and
    docutils' roles)."""
    return (
        name in _SITE_ROLES
        or bool(_BADGE.match(name))
        or name in docutils_roles._role_registry
        or name in docutils_en.roles
        or name.partition(":")[0] in _DOMAINS
        and ":" in name
    )


def role_verdict(name: str) -> str | None:
    """What is wrong with a {name} role the site has not got, or None."""
    if known_role(name):
        return None
    return (
        f"there is no role {{{name}}} on this site: check the spelling (e.g. "
        "{footcite:p}, {doc}, {term}) or write plain text"
    )


def reported_roles(body: str, first_line: int) -> set[str]:
    """The names of the roles of *body* that :func:`check_unsupported` reports as
    unknown to the site."""
    return {r.name for r in scan.roles(body, first_line) if role_verdict(r.name)}


#: what Sphinx's highlighter takes besides Pygments' lexer names
_SPHINX_LANGUAGES = frozenset({"default", "none", "guess", "py3", "python3", "pycon3"})
#: the directives whose argument is a code block's language
_CODE_DIRECTIVES = frozenset({"code-block", "sourcecode", "code"})


def code_language(block: scan.Block) -> str:
    """The language a code block names (```` ```python ````, ``{code-block} python``),
    or ""."""
    if block.type not in ("fence", "colon_fence"):
        return ""
    name = block.directive
    if name is None:
        words = block.info.split()
        return words[0] if block.type == "fence" and words else ""
    if name in _CODE_DIRECTIVES:
        words = block.info.strip().split()[1:]
        return words[0] if words else ""
    return ""


def known_language(language: str) -> bool:
    """Whether the build can colour code in *language* (Pygments' lexer names)."""
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    if language in _SPHINX_LANGUAGES:
        return True
    try:
        get_lexer_by_name(language)
    except ClassNotFound:
        return False
    return True


def unknown_languages(body: str, first_line: int) -> set[str]:
    """The code languages of *body* the build cannot colour."""
    return {
        language
        for block in scan.blocks(body, first_line)
        if (language := code_language(block)) and not known_language(language)
    }


def directive_problems(block: scan.Block) -> list[tuple[int, str, str]]:
    """(line, message, subject) of each mistake in a directive's first line and
    options the build would warn about: a required argument missing (subject: the
    directive's name), too many arguments (the same), an option the directive has
    not got (``name:option``). What each takes: :mod:`directive_specs`, from the
    build's own directives."""
    name = block.directive if block.type in ("fence", "colon_fence") else None
    spec = SPECS.get(name or "")
    if name is None or spec is None:
        return []
    required, optional, spaces, options = spec
    words = _DIRECTIVE_ARGUMENT.sub("", block.info.strip(), count=1).split()
    found = []
    if required and not words:
        found.append((block.line, f"{{{name}}} needs {_argument_words(required)} "
            f"after its name on its first line ('{block.markup}{{{name}}} ...'), "
            "such as its title or its file: add it", name))  # fmt: skip
    elif (required or optional) and not spaces and len(words) > required + optional:
        found.append((block.line, f"{{{name}}} takes at most "
            f"{_argument_words(required + optional)} after its name, and its first "
            f"line has {len(words)}: remove the extra words or put them in the text",
            name))  # fmt: skip
    for offset, row in enumerate(block.content.split("\n"), start=1):
        match = _OPTION.match(row) if options is not None else None
        if not match:
            break
        key = match.group(1)
        if key not in options:
            allowed = ", ".join(f":{o}:" for o in options) or "none"
            found.append((block.line + offset, f"{{{name}}} has no option ':{key}:' "
                f"(it has {allowed}): correct its spelling or remove the line",
                f"{name}:{key}"))  # fmt: skip
    return found


_DIRECTIVE_ARGUMENT = re.compile(r"^\{[^}\s]+\}")
_OPTION = re.compile(r"^\s*:([\w-]+):(?:\s|$)")


def _argument_words(count: int) -> str:
    return "one word or title" if count == 1 else f"{count} words"


def reported_directive_options(body: str, first_line: int) -> set[str]:
    """The subjects :func:`directive_problems` reports on *body*."""
    return {
        subject
        for block in scan.blocks(body, first_line)
        for _, _, subject in directive_problems(block)
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
        for line, message, _ in directive_problems(block):
            add(line, message)
        language = code_language(block)
        if language and not known_language(language):
            add(
                block.line,
                f"the code language '{language}' is not known, so the code would be "
                "shown without its colours: write a known name (e.g. python, json, "
                "text) after the backticks, or none",
            )
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
    for line, message, _ in footnote_mistakes(body, first_line):
        if message:
            add(line, message)
    for line, message, _ in structure_mistakes(body, first_line):
        add(line, message)
    return found


_FOOTNOTE = (
    "footnotes are not supported: they would take the numbers of the references. "
    "Put the note in the text, or cite its source with {footcite:p}`key`"
)
_FOOTNOTE_LABEL = re.compile(r"^\s*\[\^([^\]]+)\]:")


def footnote_mistakes(body: str, first_line: int) -> list[tuple[int, str, str]]:
    """(line, message, subject) of each footnote definition the build would warn
    about beyond the refused reference (reported on its own): one no reference names
    (subject ``unused``) and one defined again (``twice:label``); and the subject
    ``missing:label`` of a reference with no definition (docutils' "Too many
    autonumbered footnote references", at the reference check reports)."""
    rows = body.split("\n")
    references = {
        piece.text
        for block in scan.blocks(body, first_line)
        for piece in block.inline
        if piece.kind == "footnote"
    }
    defined: set[str] = set()
    found = []
    for block in scan.blocks(body, first_line):
        if block.type != "footnote_reference_open":
            continue
        index = block.line - first_line
        match = _FOOTNOTE_LABEL.match(rows[index]) if 0 <= index < len(rows) else None
        if not match:
            continue
        label = match.group(1)
        if label in defined:
            found.append((block.line, f"the note [^{label}] is written twice, and "
                f"footnotes are not supported: {_FOOTNOTE_FIX}", f"twice:{label}"))  # fmt: skip
        elif label not in references:
            found.append((block.line, f"the note [^{label}] is not referenced, and "
                f"footnotes are not supported: {_FOOTNOTE_FIX}", "unused"))  # fmt: skip
        defined.add(label)
    found += [(0, "", f"missing:{label}") for label in sorted(references - defined)]
    return found


_FOOTNOTE_FIX = (
    "put the note in the text, or cite its source with {footcite:p}`key`, and "
    "remove this line"
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
            elif verdict := role_verdict(piece.name):
                add(piece.line, verdict)
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
