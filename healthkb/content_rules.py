"""Rules over an article's body: title, leftovers, unsafe markup, uncited statistics.

Each rule is a small function ``(path, body, first_line) -> list[Problem]``; the
phrase lists live here, once, for the build and the command line alike.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from healthkb import markdown_scan as scan
from healthkb.chatter import find_chatter
from healthkb.frontmatter import FrontMatter
from healthkb.key_figure_rules import check_key_figures
from healthkb.problems import Problem, problem

_TODO = re.compile(r"\b(TODO|TBD|FIXME|XXX)\b")
#: Scaffold placeholders look like ``<<describe the article>>``.
PLACEHOLDER = re.compile(r"<<[^<>\n]*>>")
_HTML_TAG = re.compile(r"<!--|<\s*/?\s*[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?\s*>")
_UNSAFE_SCHEME = re.compile(r"\b(javascript|vbscript|data)\s*:", re.IGNORECASE)
_LINK_TARGET = re.compile(
    r"(?:\]\(\s*<?|^\s*:link:\s*|\{button-link\}\s*|<|\]:\s*)data\s*:", re.IGNORECASE
)
_RAW_DIRECTIVE = re.compile(r"\{(raw|eval-rst)\}")
_STATISTIC = re.compile(
    r"\d+(?:\.\d+)?\s?%|\b\d[\d,]*\s+(?:adults|people|participants|patients|children|women|men|"
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


def check_leftovers(path: str, body: str, first_line: int) -> list[Problem]:
    found = []
    for line in scan.lines(body, first_line):
        if line.code:
            continue
        text = scan.prose(line.text)
        chatter = find_chatter(text)
        if chatter:
            found.append(
                problem(
                    path,
                    line.number,
                    "leftover",
                    f"drafting leftover '{chatter.cue}': remove it, readers should see only the article "
                    f"(this is {chatter.kind})",
                )
            )
        if _TODO.search(text):
            found.append(
                problem(
                    path,
                    line.number,
                    "leftover",
                    "a TODO/TBD note is in the text: finish it or remove it",
                )
            )
        if PLACEHOLDER.search(text):
            found.append(
                problem(
                    path,
                    line.number,
                    "placeholder",
                    f"placeholder {PLACEHOLDER.search(text).group(0)} is not filled in: replace it with real text",
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
    """Raw HTML, the raw directive and script links never reach readers."""
    found = []
    for line in scan.lines(body, first_line):
        if line.fence and _RAW_DIRECTIVE.search(line.fence):
            found.append(
                problem(
                    path,
                    line.number,
                    "raw-html",
                    "the raw directive is not allowed: write the content in Markdown",
                )
            )
        if line.code:
            continue
        # a <<placeholder>> is reported as such, not as an HTML tag
        text = PLACEHOLDER.sub(" ", scan.prose(line.text))
        if _HTML_TAG.search(text):
            found.append(
                problem(
                    path,
                    line.number,
                    "raw-html",
                    "raw HTML is not allowed in articles: use Markdown (links, emphasis, lists) "
                    "or a sphinx-design component instead",
                )
            )
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
    for start, text in scan.paragraphs(body, first_line):
        cited = bool(scan.CITE_ROLE.search(text))
        is_list = bool(re.match(r"([-*+]|\d+[.)])\s", text))
        statistic = _STATISTIC.search(text)
        if (
            statistic
            and not text.startswith("#")
            and not cited
            and not (is_list and lead_in_cited)
        ):
            found.append(
                problem(
                    path,
                    start,
                    "uncited-statistic",
                    f"the statistic '{statistic.group(0)}' has no citation in its paragraph: "
                    "add {footcite:p}`key` for its source",
                )
            )
        if not is_list:
            lead_in_cited = cited and text.rstrip().endswith(":")
    return found


BODY_RULES: tuple[Callable[[str, str, int], list[Problem]], ...] = (
    check_title,
    check_leftovers,
    check_markup,
    check_statistics,
    check_key_figures,
)


def check_body(path: str, body: str, first_line: int) -> list[Problem]:
    problems: list[Problem] = []
    for rule in BODY_RULES:
        problems += rule(path, body, first_line)
    return problems


#: a percentage or a count of people: needs a citation in its paragraph
STATISTIC = _STATISTIC
