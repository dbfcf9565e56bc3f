"""Rules over an article's body: title, leftovers, unsafe markup, uncited statistics.

Each rule is a small function ``(path, body, first_line) -> list[Problem]``; the
phrase lists live here, once, for the build and the command line alike.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from healthkb.model import markdown_scan as scan
from healthkb.model.front_matter import FrontMatter
from healthkb.problems import Problem, problem
from healthkb.rules.chatter_furniture import whole_lines
from healthkb.rules.key_figure_rules import check_key_figures
from healthkb.rules.markup_rules import check_unsupported

_TODO = re.compile(r"\b(TODO|TBD|FIXME|XXX)\b")
#: Scaffold placeholders look like ``<<describe the article>>``.
PLACEHOLDER = re.compile(r"<<[^<>\n]*>>")
_HTML_TAG = re.compile(r"<!--|<\s*/?\s*[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?\s*>")
_UNSAFE_SCHEME = re.compile(r"\b(javascript|vbscript|data)\s*:", re.IGNORECASE)
_LINK_TARGET = re.compile(
    r"(?:\]\(\s*<?|^\s*:link:\s*|\{button-link\}\s*|<|\]:\s*)data\s*:", re.IGNORECASE
)
# Each alternative starts only where a number starts and never backtracks into it:
# a 60,000-digit number is read once, not once per digit.
_STATISTIC = re.compile(
    r"(?<![\d.,])\d++(?:[.,]\d++)*+\s?%|(?<![\d,])\d[\d,]*+\s+(?:adults|people|participants|patients|children|women|men|"
    r"volunteers|subjects|outpatients)\b",
    re.IGNORECASE,
)


def check_title(path: str, body: str, first_line: int) -> list[Problem]:
    tops = [
        (line, text)
        for line, level, text in scan.headings(body, first_line)
        if level == 1
    ]
    if not tops:
        return [
            problem(
                path,
                first_line,
                "title",
                "the article has no title: add one line '# Title of the article' after the front matter",
            )
        ]
    return [
        problem(
            path,
            line,
            "title",
            f"a second top-level heading '# {text}': an article has one title; make this a section with '## '",
        )
        for line, text in tops[1:]
    ]


def check_leftovers(
    path: str, body: str, first_line: int, *, learnt: bool = True
) -> list[Problem]:
    """Chatter and leftovers in the text; *learnt*: the detector's learnt layer
    judges it too (articles: it learnt from health articles' prose, not from the
    site's own pages, which talk about articles, pages and files by design)."""
    # imported here: its patterns and learnt weights take ~0.5 s to load, which a
    # check whose articles are all judged from kept results never needs
    from healthkb.rules.chatter import between_leftovers, find_chatter

    found = []
    # a wrapped paragraph's lines are pieces, judged by their phrases only
    whole = whole_lines(body.split("\n"))
    lines = list(scan.prose_lines(body, first_line))
    alone = [
        whole[n - first_line] if 0 <= n - first_line < len(whole) else True
        for n, _ in lines
    ]
    texts = [text for _, text in lines]
    headed = {number for number, _level, _text in scan.headings(body, first_line)}
    # the learnt layer never judges a line with a link (chatter_model._ADDRESS: a
    # source or a cross-reference); the reader's text has the link's words only
    linked = {
        piece.line
        for piece in scan.inline_pieces(body, first_line)
        if piece.kind in ("link", "autolink")
        or (piece.kind == "role" and piece.name in ("doc", "ref", "download"))
    }
    findings = between_leftovers(
        texts,
        [
            # a heading is the editor's structure, a title of a few words: the
            # learnt layer, which never saw a line's role, judges only the text
            # ("Skin note 40: teeth trial" reads like "Note: ..." to it)
            find_chatter(
                t, whole_line=a, learnt=learnt and n not in headed and n not in linked
            )
            for (n, _), t, a in zip(lines, texts, alone, strict=True)
        ],
        alone,
    )
    for (number, text), chatter in zip(lines, findings, strict=True):
        if (
            chatter
            and chatter.tentative
            and (PLACEHOLDER.search(text) or _TODO.search(text))
        ):
            chatter = None  # the placeholder's or the TODO's own message says it
        if chatter and chatter.tentative:
            found.append(
                problem(
                    path,
                    number,
                    "likely-leftover",
                    f"this line reads like {chatter.kind}: '{chatter.cue}': remove it "
                    "if a writing tool or web page left it; if it is the article's own "
                    "text, add to the front matter silence: {likely-leftover: "
                    "<why it belongs>}",
                )
            )
        elif chatter:
            found.append(
                problem(
                    path,
                    number,
                    "leftover",
                    f"drafting leftover '{chatter.cue}': remove it, readers should see "
                    f"only the article (this is {chatter.kind})",
                )
            )
        if _TODO.search(text) and not chatter:  # one finding a line: no echo
            found.append(
                problem(
                    path,
                    number,
                    "leftover",
                    "a TODO/TBD note is in the text: finish it or remove it",
                )
            )
        if placeholder := PLACEHOLDER.search(text):
            found.append(
                problem(
                    path,
                    number,
                    "placeholder",
                    f"placeholder {placeholder.group(0)} is not filled in: replace it with real text",
                )
            )
    return found


def check_front_placeholders(path: str, front: FrontMatter) -> list[Problem]:
    """Scaffold placeholders left in front-matter values, one problem per field."""
    found = []
    for key, value in front.data.items():
        texts = _strings_in(value)
        match = next((m for t in texts if (m := PLACEHOLDER.search(t))), None)
        if match:
            found.append(
                problem(
                    path,
                    front.line_of(key),
                    "placeholder",
                    f"the field '{key}' still has the placeholder {match.group(0)}: "
                    "replace it with the real value",
                )
            )
    return found


def _strings_in(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings_in(k), *_strings_in(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings_in(v)]
    return []


def check_markup(path: str, body: str, first_line: int) -> list[Problem]:
    """Raw HTML, the raw directives and script links never reach readers."""
    found = []
    source = body.split("\n")
    html_lines: set[int] = set()
    for block in scan.blocks(body, first_line):
        name = block.directive if block.type in ("fence", "colon_fence") else None
        if name in ("raw", "eval-rst"):
            found.append(
                problem(
                    path,
                    block.line,
                    "raw-html",
                    f"the {name} directive is not allowed: write the content in Markdown",
                )
            )
        if block.type == "html_block" and _HTML_TAG.search(
            PLACEHOLDER.sub(" ", block.content)
        ):
            html_lines.add(block.line)
        for piece in block.inline:
            if piece.kind == "html" and not _in_placeholder(
                piece.text, source[piece.line - first_line]
            ):
                html_lines.add(piece.line)
    found += [
        problem(
            path,
            line,
            "raw-html",
            "raw HTML is not allowed in articles: use Markdown (links, emphasis, lists) "
            "or a sphinx-design component instead",
        )
        for line in sorted(html_lines)
    ]
    code_spans: dict[int, list[str]] = {}
    for piece in scan.inline_pieces(body, first_line):
        if piece.kind == "code":
            code_spans.setdefault(piece.line, []).append(piece.text)
    for line in scan.lines(body, first_line):
        if line.code:
            continue
        text = line.text
        for span in code_spans.get(line.number, ()):
            text = text.replace(span, " ")
        # Markdown decodes entities in link targets: javascript&#58; is javascript:
        decoded = html.unescape(text)
        if _UNSAFE_SCHEME.search(decoded) and _is_link_like(decoded):
            found.append(
                problem(
                    path,
                    line.number,
                    "unsafe-link",
                    "links must be https://, http:// or mailto: (javascript:, data: and vbscript: "
                    "links are not allowed): fix the link target",
                )
            )
    return found


def _in_placeholder(tag: str, source_line: str) -> bool:
    """``<<describe it>>`` parses as a tag ``<describe it>``: it is a placeholder."""
    return any(tag in m.group(0) for m in PLACEHOLDER.finditer(source_line))


def html_in_text(path: str, line: int, field: str, value: str) -> list[Problem]:
    """A plain-text field (description, keyword, author name) must not hold HTML."""
    value = PLACEHOLDER.sub("", value)  # <<describe it>> is a placeholder, not a tag
    if not _HTML_TAG.search(value):
        return []
    return [
        problem(
            path,
            line,
            "raw-html",
            f"'{field}' contains HTML ({_HTML_TAG.search(value).group(0)[:40]}): write plain text",
        )
    ]


def _is_link_like(text: str) -> bool:
    """javascript:/vbscript: anywhere; data: only where a link target stands."""
    if re.search(r"\b(javascript|vbscript)\s*:", text, re.IGNORECASE):
        return True
    return bool(_LINK_TARGET.search(text))


def check_statistics(path: str, body: str, first_line: int) -> list[Problem]:
    """A statistic needs a citation in its paragraph; a list inherits its lead-in's."""
    found = []
    lead_in_cited = False
    for paragraph in scan.paragraphs(body, first_line):
        text = paragraph.text
        cited = bool(scan.CITE_ROLE.search(text))
        statistic = _STATISTIC.search(text)
        if statistic and not cited and not (paragraph.in_list and lead_in_cited):
            found.append(
                problem(
                    path,
                    paragraph.line,
                    "uncited-statistic",
                    f"the statistic '{statistic.group(0)}' has no citation in its paragraph: "
                    "add {footcite:p}`key` for its source",
                )
            )
        if not paragraph.in_list:
            lead_in_cited = cited and text.rstrip().endswith(":")
    return found


BODY_RULES: tuple[Callable[[str, str, int], list[Problem]], ...] = (
    check_title,
    check_leftovers,
    check_markup,
    check_statistics,
    check_key_figures,
    check_unsupported,
)


def check_body(path: str, body: str, first_line: int) -> list[Problem]:
    problems: list[Problem] = []
    for rule in BODY_RULES:
        problems += rule(path, body, first_line)
    return problems


def check_site_page(path: str, body: str, first_line: int) -> list[Problem]:
    """The rules for every page that is not an article (home, topics, glossary,
    about): what no reader may see, whatever page it is on."""
    return (
        check_leftovers(path, body, first_line, learnt=False)
        + check_markup(path, body, first_line)
        + check_unsupported(path, body, first_line, site_page=True)
    )


#: a percentage or a count of people: needs a citation in its paragraph
STATISTIC = _STATISTIC
