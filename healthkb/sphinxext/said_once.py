"""One message per problem: a warning Sphinx or an extension gives while it reads a
page is not given when healthkb reported the same thing on that page, in check's
words at the line check names.

When it reads a page (``source-read``), the build notes what the image, citation
and directive rules reported there (:class:`healthkb.rules.checks.Said`): the
missing images, the citation keys not in references.bib, the refused or unknown
directives. Sphinx then parses the page in the same process (a parallel reader
too) and says the same in its words, often at another line (an inline image or
citation is given its paragraph's first line):

- ``image.not_readable`` (Sphinx's image collector), for a missing image, and
  ``download.not_readable`` (its download collector) for a {download} role's
  missing file;
- ``bibtex.key_not_found`` (sphinxcontrib-bibtex's footcite role, or its cite
  role when pages are written), for a key, or a refused ``{cite:p}`` role;
- ``myst.directive_unknown`` (MyST), for a directive the site does not have;
- ``myst.role_unknown`` (MyST), for a role the site does not have;
- ``myst.directive_option`` (MyST), for an option a directive has not got, and
  docutils' "Directive 'x': 1 argument(s) required, 0 supplied" (or "maximum N
  argument(s) allowed"), for its first line;
- ``ref.footnote`` (Sphinx, MyST) for a footnote not referenced or defined twice,
  and docutils' errors for a reference with no definition;
- ``misc.highlighting_failure`` (Sphinx, when pages are written), for a code
  block's language Pygments does not know;
- ``myst.header`` (MyST), for a heading that skips a level; docutils' "Content
  block expected" for a directive without its text, and its list-table errors
  for rows that are not a list of cells; ``myst.directive_option``'s "Invalid
  option value" for a value the option's converter refuses; docutils' errors for
  a {table} that is not one table, a csv-table without body rows and a grid's
  argument; sphinx-design's "The parent of a ... should be a ..." and Sphinx's
  ".. hlist content is not a list", at check's line.

Each is dropped when its page and subject are among those noted; any other (a
page healthkb did not judge, a subject its rules did not report) is given, so the
strict build fails on each problem exactly once.
"""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING, Any

from docutils import nodes

from healthkb import _compat
from healthkb.sphinxext.incremental.domain import get_domain, register_per_doc

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from healthkb.rules.checks import Said

#: per process: docname -> what the rules said about it when it was last read
_SAID: dict[str, Said] = {}
#: the same per document in the build's environment (merged from parallel readers),
#: for a warning given after reading (a citation role resolved when pages are written)
SAID = "said"

#: the message of each dropped warning: its subject is the group "s"
_IMAGE = re.compile(r"^image file not readable: (?P<s>.+)$")
_DOWNLOAD = re.compile(r"^download file not readable: (?P<s>.+)$")
_KEY = re.compile(r'^could not find bibtex key "(?P<s>.+)"$')
_DIRECTIVE = re.compile(r"^Unknown directive type: '(?P<s>[^']+)'$")
_LANGUAGE = re.compile(r"^Pygments lexer name '(?P<s>[^']+)' is not known$")
_OPTION = re.compile(r"^'(?P<d>[^']+)': Unknown option key: '(?P<k>[^']+)'")
_ARGUMENTS = re.compile(
    r"^Directive '(?P<s>[^']+)': (?:\d+ argument\(s\) required, 0 supplied"
    r"|maximum \d+ argument\(s\) allowed, \d+ supplied)\.?$"
)
_FOOTNOTE_UNUSED = re.compile(r"^Footnote \[[^\]]*\] is not referenced\.$")
_FOOTNOTE_TWICE = re.compile(
    r"^Duplicate footnote definition found for label: '(?P<s>.+)'$"
)
_FOOTNOTE_MISSING = re.compile(
    r"^(?:Too many autonumbered footnote references: only \d+ corresponding "
    r'footnotes? available\.|Unknown target name: "(?P<s>.+)"\.)$'
)
_ROLE = re.compile(r'^Unknown interpreted text role "(?P<s>[^"]+)"\.$')
_HEADING = re.compile(
    r"^(?:Non-consecutive header level increase; H(?P<p>\d+) to H(?P<l>\d+)"
    r"|Document headings start at H(?P<first>\d+), not H1)$"
)
_CONTENT = re.compile(
    r'^Content block expected for the "(?P<s>[^"]+)" directive; none found\.$'
)
_VALUE = re.compile(r"^'(?P<d>[^']+)': Invalid option value for '(?P<k>[^']+)': ")
#: docutils' list-table and table errors, by structure_rules' subject
_LIST_TABLE = re.compile(
    r'^Error parsing content block for the "(?P<name>list-table|table)" directive: '
    r"(?:(?P<one>exactly one bullet list expected\.)"
    r"|(?P<row>two-level bullet list expected, but row \d+ does not contain a "
    r"second-level bullet list\.)"
    r"|(?P<differ>uniform two-level bullet list expected, but row \d+ does not "
    r"contain the same number of items as row 1 \(\d+ vs \d+\)\.)"
    r"|(?P<table>exactly one table expected\.))"
)
#: each _LIST_TABLE group -> structure_rules' subject for it
_TABLE_SUBJECTS = {
    "one": "list-table:one-list",
    "row": "list-table:row",
    "differ": "list-table:rows-differ",
    "table": "table:one-table",
}
#: docutils' check of a table's dimensions
_TABLE_ROWS = re.compile(
    r"^(?:\d+ header row\(s\) specified but only \d+ row\(s\) of data supplied "
    r'\("(?P<a>[^"]+)" directive\)\.|Insufficient data supplied \(\d+ row\(s\)\); '
    r'no data remaining for table body, required by "(?P<b>[^"]+)" directive\.)'
)
#: sphinx-design's grid argument (structure_rules.ARGUMENTS)
_GRID_ARGUMENT = re.compile(
    r"^Invalid directive argument: argument must be 1 or 4 \(xs sm md lg\) values"
)
_PARENT = re.compile(r"^The parent of a '(?P<c>[^']+)' should be a '[^']+' \[")
_HLIST = re.compile(r"^\.\. hlist content is not a list$")


def note(env: BuildEnvironment, docname: str, said: Said) -> None:
    """Keep what the rules reported about *docname*, read now in this process."""
    _SAID[docname] = said
    get_domain(env).data.setdefault(SAID, {})[docname] = said


def _env(node: nodes.Node) -> BuildEnvironment | None:
    return getattr(getattr(node.document, "settings", None), "env", None)


def _said(location: Any) -> Said | None:
    """What the rules said about the page a warning's *location* names: a
    (docname, line) pair, a docname, or a node (a reference names its page; another
    node is of the page being read)."""
    if isinstance(location, tuple) and location and isinstance(location[0], str):
        return _SAID.get(location[0])
    if isinstance(location, str):  # a docname, or docutils' "file:line"
        return _SAID.get(location) or _said_of_file(location)
    if not isinstance(location, nodes.Node):
        return None
    env = _env(location)
    refdoc = location.get("refdoc") if isinstance(location, nodes.Element) else None
    if refdoc:
        kept = get_domain(env).data.get(SAID, {}) if env is not None else {}
        return _SAID.get(refdoc) or kept.get(refdoc)
    source = location.document.get("source") if location.document else None
    if env is not None and source:  # a node of a page being written
        docname = env.path2doc(source)
        kept = get_domain(env).data.get(SAID, {})
        if docname:
            return _SAID.get(docname) or kept.get(docname)
    current = getattr(env, "current_document", None)
    docname = getattr(current, "docname", None)
    return _SAID.get(docname) if docname else None


def _said_of_file(location: str) -> Said | None:
    """What was said about the page a docutils location ("/site/a/b.md:12") names."""
    file = re.sub(r":\d+$", "", location).replace("\\", "/")
    stem = posixpath.splitext(file)[0]
    for docname, said in _SAID.items():
        if stem == docname or stem.endswith(f"/{docname}"):
            return said
    return None


def reported_image(location: Any, message: str) -> bool:
    said, match = _said(location), _IMAGE.match(message)
    return bool(said and match and posixpath.normpath(match["s"]) in said.images)


def reported_download(location: Any, message: str) -> bool:
    """Sphinx names the missing file by its full path; check from the site folder."""
    said, match = _said(location), _DOWNLOAD.match(message)
    if not (said and match):
        return False
    file = match["s"].replace("\\", "/")
    return any(file == d or file.endswith(f"/{d}") for d in said.downloads)


def reported_key(location: Any, message: str) -> bool:
    """A key not in references.bib, or cited with a refused role: sphinxcontrib-bibtex
    finds no entry for ``{cite:p}`` without a bibliography on the page."""
    said, match = _said(location), _KEY.match(message)
    return bool(said and match and match["s"] in said.keys | said.cites)


def reported_directive(location: Any, message: str) -> bool:
    said, match = _said(location), _DIRECTIVE.match(message)
    return bool(said and match and match["s"] in said.directives)


def reported_role(location: Any, message: str) -> bool:
    said, match = _said(location), _ROLE.match(message)
    return bool(said and match and match["s"] in said.roles)


def reported_language(location: Any, message: str) -> bool:
    said, match = _said(location), _LANGUAGE.match(message)
    return bool(said and match and match["s"] in said.languages)


def reported_option(location: Any, message: str) -> bool:
    said, match = _said(location), _OPTION.match(message)
    return bool(said and match and f"{match['d']}:{match['k']}" in said.options)


def reported_arguments(location: Any, message: str) -> bool:
    said, match = _said(location), _ARGUMENTS.match(message)
    return bool(said and match and match["s"] in said.options)


def reported_footnote(location: Any, message: str) -> bool:
    """A footnote not referenced or defined twice (Sphinx's and MyST's
    ``ref.footnote``) that check's rule reported on the page."""
    said = _said(location)
    if not said:
        return False
    if _FOOTNOTE_UNUSED.match(message):
        return "unused" in said.footnotes
    twice = _FOOTNOTE_TWICE.match(message)
    return bool(twice and f"twice:{twice['s']}" in said.footnotes)


def reported_footnote_reference(location: Any, message: str) -> bool:
    """docutils' errors for a footnote reference with no definition, reported by
    check at the reference (footnotes are refused)."""
    said, match = _said(location), _FOOTNOTE_MISSING.match(message)
    if not (said and match):
        return False
    missing = {s for s in said.footnotes if s.startswith("missing:")}
    return f"missing:{match['s']}" in missing if match["s"] else bool(missing)


def _line(location: Any) -> int | None:
    """The line of a (docname, line) location, None for any other."""
    if isinstance(location, tuple) and len(location) > 1:
        return location[1] if isinstance(location[1], int) else None
    return None


def reported_heading(location: Any, message: str) -> bool:
    """MyST's warning for a heading that skips a level, at the line check named."""
    said, match = _said(location), _HEADING.match(message)
    line = _line(location)
    if not (said and match and isinstance(line, int)):
        return False
    parent, level = (0, match["first"]) if match["first"] else (match["p"], match["l"])
    return f"heading:{line}:H{parent}-H{level}" in said.structure


def reported_structure(location: Any, message: str) -> bool:
    """docutils' errors for a directive without its text or a list-table's rows,
    and MyST's for an option value, that check's structure rules reported."""
    said = _said(location)
    if not said:
        return False
    if content := _CONTENT.match(message):
        return f"content:{content['s']}" in said.structure
    if value := _VALUE.match(message):
        return f"value:{value['d']}:{value['k']}" in said.structure
    if table := _LIST_TABLE.match(message):
        return (
            next(s for group, s in _TABLE_SUBJECTS.items() if table[group])
            in said.structure
        )
    if rows := _TABLE_ROWS.match(message):
        return f"table-rows:{rows['a'] or rows['b']}" in said.structure
    if _GRID_ARGUMENT.match(message):
        return "argument:grid" in said.structure
    return False


def reported_at_line(location: Any, message: str) -> bool:
    """sphinx-design's warning for a component outside its parent, and Sphinx's
    for an hlist that is not a list, at the line check named."""
    said = _said(location)
    line = _line(location)
    if not (said and isinstance(line, int)):
        return False
    if parent := _PARENT.match(message):
        return f"parent:{parent['c']}:{line}" in said.structure
    return bool(_HLIST.match(message)) and f"hlist:{line}" in said.structure


def setup(app: Sphinx) -> None:
    register_per_doc(SAID, __name__)
    for module, attr, kind, reported, package in (
        (
            "sphinx.environment.collectors.asset",
            "logger",
            ("image", "not_readable"),
            reported_image,
            "Sphinx",
        ),
        (
            "sphinx.environment.collectors.asset",
            "logger",
            ("download", "not_readable"),
            reported_download,
            "Sphinx",
        ),
        (
            "sphinxcontrib.bibtex.foot_roles",
            "logger",
            ("bibtex", "key_not_found"),
            reported_key,
            "sphinxcontrib-bibtex",
        ),
        (
            "sphinxcontrib.bibtex.domain",
            "logger",
            ("bibtex", "key_not_found"),
            reported_key,
            "sphinxcontrib-bibtex",
        ),
        (
            "myst_parser.warnings_",
            "",
            ("myst", "directive_unknown"),
            reported_directive,
            "myst-parser",
        ),
        (
            "myst_parser.warnings_",
            "",
            ("myst", "role_unknown"),
            reported_role,
            "myst-parser",
        ),
        (
            "myst_parser.warnings_",
            "",
            ("myst", "directive_option"),
            reported_option,
            "myst-parser",
        ),
        (
            "sphinx.util.docutils",
            "logger",
            ("docutils", None),
            reported_arguments,
            "Sphinx",
        ),
        (
            "sphinx.transforms",
            "logger",
            ("ref", "footnote"),
            reported_footnote,
            "Sphinx",
        ),
        (
            "myst_parser.warnings_",
            "",
            ("ref", "footnote"),
            reported_footnote,
            "myst-parser",
        ),
        (
            "sphinx.util.docutils",
            "logger",
            ("docutils", None),
            reported_footnote_reference,
            "Sphinx",
        ),
        (
            "myst_parser.warnings_",
            "",
            ("myst", "header"),
            reported_heading,
            "myst-parser",
        ),
        (
            "myst_parser.warnings_",
            "",
            ("myst", "directive_option"),
            reported_structure,
            "myst-parser",
        ),
        (
            "sphinx.util.docutils",
            "logger",
            ("docutils", None),
            reported_structure,
            "Sphinx",
        ),
        (
            "sphinx_design.tabs",
            "LOGGER",
            ("design", "tab"),
            reported_at_line,
            "sphinx-design",
        ),
        (
            "sphinx_design.grids",
            "LOGGER",
            ("design", "grid"),
            reported_at_line,
            "sphinx-design",
        ),
        (
            "sphinx.directives.other",
            "logger",
            (None, None),
            reported_at_line,
            "Sphinx",
        ),
        (
            "sphinx.highlighting",
            "logger",
            ("misc", "highlighting_failure"),
            reported_language,
            "Sphinx",
        ),
    ):
        _compat.drop_reported_warnings(module, attr, kind, reported, package)
