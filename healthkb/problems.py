"""Problems found in articles and sources, and the catalogue of rules that find them.

A :class:`Problem` is what both the command line and the Sphinx build report: the
file, the line, the level, a message that tells an editor what to do, and the rule id
(also the Sphinx warning subtype, so ``suppress_warnings = ["healthkb.<rule>"]`` works).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    summary: str


# One place for every rule: ids are stable (they appear in output, suppressions and
# front-matter ``silence:`` lists).
_RULE_LIST = [
    Rule("encoding", Level.ERROR, "The file is not valid UTF-8 text."),
    Rule("front-matter", Level.ERROR, "The front matter block is missing or not YAML."),
    Rule("field-missing", Level.ERROR, "A required front-matter field is missing."),
    Rule(
        "field-type", Level.ERROR, "A front-matter field has the wrong kind of value."
    ),
    Rule(
        "field-unknown",
        Level.WARNING,
        "A front-matter field is not part of the schema.",
    ),
    Rule(
        "date", Level.ERROR, "A date is not a real ISO date or dates are out of order."
    ),
    Rule("author", Level.ERROR, "An author or reviewer key is not in authors.yml."),
    Rule("authors-file", Level.ERROR, "authors.yml is missing or malformed."),
    Rule("keywords", Level.ERROR, "Keywords are too few, too many or duplicated."),
    Rule(
        "keyword-variant",
        Level.WARNING,
        "A keyword differs from another only in case or spacing.",
    ),
    Rule(
        "description", Level.WARNING, "The description is too long for search results."
    ),
    Rule("title", Level.ERROR, "The article has no single top-level heading."),
    Rule("citation", Level.ERROR, "A citation key is not in references.bib."),
    Rule(
        "bibliography",
        Level.ERROR,
        "A references.bib entry is malformed or incomplete.",
    ),
    Rule(
        "bibliography-tidy",
        Level.WARNING,
        "A references.bib entry is read, but should be written more plainly.",
    ),
    Rule(
        "retracted-source",
        Level.ERROR,
        "A cited source was retracted or withdrawn.",
    ),
    Rule(
        "corrected-source",
        Level.WARNING,
        "A cited source has a correction or an expression of concern.",
    ),
    Rule(
        "retraction-acknowledgement",
        Level.WARNING,
        "A retracted-sources: entry names a source not cited, or not known to be "
        "retracted.",
    ),
    Rule(
        "bibliography-unused",
        Level.WARNING,
        "A references.bib entry is cited by no article.",
    ),
    Rule(
        "review-history",
        Level.ERROR,
        "A history: entry is malformed, or the reviewed date has no entry.",
    ),
    Rule("review-overdue", Level.WARNING, "The article's next review date has passed."),
    Rule("leftover", Level.ERROR, "Drafting leftovers or AI chatter are in the text."),
    Rule(
        "likely-leftover",
        Level.WARNING,
        "A line reads like writing-tool chatter to the detector's learnt layer: remove "
        "it, or silence the rule with a reason if it is the article's text.",
    ),
    Rule("placeholder", Level.ERROR, "A scaffold placeholder has not been filled in."),
    Rule("raw-html", Level.ERROR, "Raw HTML or the raw directive is in the text."),
    Rule(
        "unsafe-file",
        Level.ERROR,
        "Markup names a file outside the content folders, of an unsafe type, or pastes "
        "another file into the page.",
    ),
    Rule(
        "unsafe-markup",
        Level.ERROR,
        "Markup that could redirect readers or break the build (meta tags, control "
        "characters, symbolic links).",
    ),
    Rule(
        "unsafe-link",
        Level.ERROR,
        "A javascript:, data: or similar link is in the text.",
    ),
    Rule(
        "uncited-statistic",
        Level.WARNING,
        "A paragraph gives a statistic without a citation.",
    ),
    Rule(
        "readability", Level.WARNING, "The text reads above the target reading grade."
    ),
    Rule("related", Level.ERROR, "A related: entry names no existing article."),
    Rule(
        "article-list",
        Level.WARNING,
        "An article-list names a keyword or topic that has no articles.",
    ),
    Rule("duplicate", Level.ERROR, "Two articles share a title or a file name."),
    Rule(
        "silence",
        Level.ERROR,
        "A silence: entry is malformed or names an unknown rule.",
    ),
    Rule(
        "markup",
        Level.ERROR,
        "Markdown the site cannot show: readers would see stray marks or nothing.",
    ),
    Rule("image", Level.ERROR, "An image is missing, remote or has no description."),
    Rule("config", Level.ERROR, "A healthkb_* setting in conf.py is invalid."),
    Rule(
        "parser-settings",
        Level.ERROR,
        "Front matter tries to change parser settings or the page head.",
    ),
    Rule(
        "moved",
        Level.ERROR,
        "A moved.yml entry is not a page address, or its new page does not exist.",
    ),
    Rule(
        "doc-link",
        Level.ERROR,
        "A link ({doc}, {ref}, a card's or button's, a Markdown link) names no page "
        "or label of the site, a {download} no file of it, or a label is defined "
        "twice.",
    ),
    Rule(
        "glossary",
        Level.ERROR,
        "A {term} is not in the glossary, or the glossary is malformed.",
    ),
    Rule(
        "contents",
        Level.ERROR,
        "A table of contents ({toctree}) where none may be, or listing a page above "
        "its own folder (which could make the site's contents loop).",
    ),
    Rule(
        "topic-index",
        Level.ERROR,
        "An article's topic folder has no index.md, so no page lists it.",
    ),
    Rule(
        "file-name",
        Level.ERROR,
        "A content file the build cannot read or link: .MD/.markdown, '#' or '?'.",
    ),
    Rule(
        "key-figure",
        Level.ERROR,
        "A key figure's number is missing, not a number or out of range.",
    ),
]
RULES: dict[str, Rule] = {rule.id: rule for rule in _RULE_LIST}


@dataclass(frozen=True, order=True)
class Problem:
    """One problem at a place in a file."""

    path: str
    line: int
    rule: str
    message: str
    level: Level = Level.ERROR

    def format(self) -> str:
        """``path:line: level: message [healthkb.rule]``, Sphinx's own shape."""
        return f"{self.path}:{self.line}: {self.level}: {self.message} [healthkb.{self.rule}]"

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "level": str(self.level),
            "rule": self.rule,
            "message": self.message,
        }


def problem(path: str, line: int, rule: str, message: str) -> Problem:
    """A problem at the rule's default level."""
    return Problem(path, max(line, 1), rule, message, RULES[rule].level)
