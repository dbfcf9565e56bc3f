"""Which files contributed markup may name, and the markup that names them.

Contributed pages are untrusted (SECURITY.md): an image, a download or a link may only
name a file of a safe type inside the site's content folders; directives that paste a
file's text into the page (``include``, ``literalinclude``, ``raw``, ``csv-table``'s
``:file:``/``:url:``) are refused outright, since pasted text would also skip every rule.

:func:`judge_file` gives the verdict in an editor's words; the build applies it to the
doctree's nodes (``sphinxext/confinement.py``) and ``healthkb check`` to MyST's token
stream (:func:`file_problems`), so both say the same thing at the same line.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from healthkb.model.markdown_scan import split_title
from healthkb.problems import Problem, problem

#: what a reader's browser may be sent from contributed content: no SVG (script), HTML
#: or XML; raster images, and PDF as a download.
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"})
DOWNLOAD_SUFFIXES = IMAGE_SUFFIXES | {".pdf"}

#: directives that copy a file's text into the page, and what to do instead
REFUSED_DIRECTIVES = {
    "include": "copy the text into this article",
    "literalinclude": "copy the text into a code block",
    "raw": "write the content in Markdown",
    # its :style: names a plugin to load (an unknown one stopped the whole build)
    "bibliography": "cite with {footcite:p}`key`; the references are listed for you",
}
#: directive options that read a file or a URL into the page
REFUSED_OPTIONS = {"csv-table": ("file", "url")}
#: directives whose argument is an image path
IMAGE_DIRECTIVES = frozenset({"image", "figure"})
#: options (of any directive: sphinx-design cards, grid items) that name an image
IMAGE_OPTIONS = frozenset({"img-top", "img-bottom", "img-background"})
#: deeper nesting than this is refused (docutils recurses per level)
MAX_NESTING = 12

#: directives whose body MyST does not read as Markdown
_NOT_MARKDOWN = frozenset(
    {"eval-rst", "code-block", "code", "sourcecode", "math", "raw", "csv-table"}
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")
_DIRECTIVE_INFO = re.compile(r"^\{([A-Za-z0-9_:+-]+)\}\s*(.*)$")
_OPTION = re.compile(r"^:([A-Za-z0-9_-]+):\s*(.*)$")


_TRUSTED_INCLUDE = re.compile(
    r"^(?P<fence>`{3,}|:{3,})\{include\}[ \t]+(?P<target>[^\n]+?)[ \t]*\n"
    r"(?P<options>(?::[a-z-]+:[^\n]*\n){0,5})(?P=fence)[ \t]*$",
    re.MULTILINE,
)


def _include_target(doc_path: str, target: str) -> str:
    base = "" if target.startswith("/") else posixpath.dirname(doc_path)
    return posixpath.normpath(posixpath.join(base, target.lstrip("/")))


def expand_trusted_includes(
    doc_path: str, text: str, root: Path, trusted: Iterable[str]
) -> str:
    """Paste in the files conf.py trusts (``healthkb_trusted_includes``), before MyST
    reads the page; any other include stays, to be refused."""
    allowed = set(trusted)
    if not allowed or "{include}" not in text:
        return text

    def paste(match: re.Match[str]) -> str:
        rel = _include_target(doc_path, match.group("target"))
        if rel not in allowed:
            return match.group(0)
        lines = (root / rel).read_text(encoding="utf-8").splitlines()
        options = dict(
            _OPTION.match(o).groups() for o in match.group("options").splitlines()
        )
        try:
            start = int(options.get("start-line", "0") or 0)
            end = int(options["end-line"]) if options.get("end-line") else None
        except ValueError:
            return match.group(0)  # left as it is: refused like any other include
        return "\n".join(lines[start:end])

    return _TRUSTED_INCLUDE.sub(paste, text)


def refused_directive(name: str) -> str:
    what = (
        "it copies another file into the page"
        if name != "bibliography"
        else "it reads the bibliography with settings of its own"
    )
    return (
        f"the {name} directive is not allowed in contributed pages ({what}): "
        f"{REFUSED_DIRECTIVES[name]}"
    )


def refused_option(directive: str, option: str) -> str:
    return (
        f"the :{option}: option of {directive} is not allowed in contributed pages (it "
        "reads another file or a web address into the page): write the table's rows "
        "in the directive itself"
    )


def is_local(target: str) -> bool:
    """A path, not a web address, an e-mail address or an in-page anchor."""
    return bool(target) and not _SCHEME.match(target) and not target.startswith("#")


#: longest path and file name a contributed page may name (the OS's limits are 4096
#: and 255: longer ones would make the file system raise, not answer)
MAX_PATH, MAX_NAME = 1000, 200


def _is_link(path: Path) -> bool:
    try:
        return path.is_symlink()
    except OSError:  # a name the file system cannot hold is no file of the site
        return False


def judge_file(
    target: str,
    kind: str,
    doc_path: str,
    root: Path,
    content_dirs: Iterable[str],
) -> str | None:
    """Why *target* (an ``image`` or ``download``) named from *doc_path* may not be
    published, or None when it may. *doc_path* is relative to *root*, the source folder.

    Paths are resolved as Sphinx resolves them: ``/x`` from the source folder, else from
    the page's folder."""
    shown = target if len(target) <= 80 else target[:77] + "..."
    where = f"the {kind} '{shown}'"
    if any(not ch.isprintable() for ch in target):
        return f"{where} contains control characters: retype the file name"
    if "?" in target or "#" in target:
        # Sphinx copies the whole string as a path: 'a.pdf?/../../x' escapes the site
        return f"{where} contains '?' or '#': name the file alone, without them"
    path = target
    if "*" in path:
        return f"{where} uses a wildcard: name the file exactly"
    if len(path) > MAX_PATH or any(len(p) > MAX_NAME for p in path.split("/")):
        return f"{where} is too long for a file name: give the file a shorter name"
    base = "" if path.startswith("/") else posixpath.dirname(doc_path)
    rel = posixpath.normpath(posixpath.join(base, path.lstrip("/")))
    parts = PurePosixPath(rel).parts
    if rel == "." or not parts or parts[0] == "..":
        return (
            f"{where} points outside the site's folder: put the file next to the "
            "article and name it from there"
        )
    if any(part.startswith(".") for part in parts):
        return f"{where} names a hidden file or folder: only visible files can be published"
    dirs = sorted(set(content_dirs))
    if len(parts) < 2 or parts[0] not in dirs:
        folders = ", ".join(f"{d}/" for d in dirs)
        return (
            f"{where} is not in a content folder ({folders}): put the file next to the "
            "article and name it from there"
        )
    for depth in range(1, len(parts) + 1):
        if _is_link(root.joinpath(*parts[:depth])):
            return (
                f"{where} is a symbolic link ({'/'.join(parts[:depth])}): copy the file "
                "into the site instead"
            )
    suffix = PurePosixPath(rel).suffix.lower()
    allowed = IMAGE_SUFFIXES if kind == "image" else DOWNLOAD_SUFFIXES
    if suffix not in allowed:
        kinds = ", ".join(sorted(s.lstrip(".").upper() for s in allowed))
        return (
            f"{where} is a '{suffix or 'no extension'}' file, which cannot be published "
            f"(it could run script or is not a known type): save it as {kinds}"
        )
    return None


# -- MyST's token stream, for ``healthkb check`` ---------------------------------------


def _parser():  # noqa: ANN202 - markdown-it type is internal to myst
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    config = MdParserConfig(enable_extensions={"colon_fence", "deflist", "fieldlist"})
    return create_md_parser(config, RendererHTML)


_MD = None


def _tokens(text: str):  # noqa: ANN202
    global _MD
    if _MD is None:
        _MD = _parser()
    return _MD.parse(text)


def _split_options(content: str) -> tuple[dict[str, str], str, int]:
    """A directive's ``:key: value`` or ``---`` YAML options, its body, and the body's
    line offset within *content*."""
    lines = content.split("\n")
    options: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        for end in range(1, len(lines)):
            if lines[end].strip() == "---":
                for line in lines[1:end]:
                    key, sep, value = line.partition(":")
                    if sep:
                        options[key.strip()] = value.strip()
                return options, "\n".join(lines[end + 1 :]), end + 1
        return options, content, 0
    used = 0
    for line in lines:
        match = _OPTION.match(line)
        if not match:
            break
        options[match.group(1)] = match.group(2).strip()
        used += 1
    return options, "\n".join(lines[used:]), used


def _walk(
    text: str, offset: int, depth: int, trusted: tuple[str, ...] = (), doc: str = ""
) -> Iterator[tuple[int, str, str, str]]:
    """(line, what, name, value) for every file-naming construct; ``what`` is
    ``directive``, ``option``, ``image``, ``download`` or ``nesting``."""
    for token in _tokens(text):
        line = offset + (token.map[0] if token.map else 0)
        if token.type in ("fence", "colon_fence"):
            match = _DIRECTIVE_INFO.match(token.info.strip())
            if not match:
                continue
            name, argument = match.group(1), match.group(2).strip()
            if name == "include" and _include_target(doc, argument) in trusted:
                continue  # pasted in before MyST reads the page
            if name == "raw":
                continue  # reported by the markup rule (raw-html) and blanked
            if name in REFUSED_DIRECTIVES:
                yield line, "directive", name, ""
                continue
            options, body, body_offset = _split_options(token.content)
            for option in REFUSED_OPTIONS.get(name, ()):
                if option in options:
                    yield line, "option", name, option
            if name in IMAGE_DIRECTIVES and argument:
                yield line, "image", name, argument
            for option, value in options.items():
                if option in IMAGE_OPTIONS and value:
                    yield line, "image", name, value
            if name in _NOT_MARKDOWN:
                continue  # their body is code or data, never parsed as Markdown
            if depth >= MAX_NESTING:
                yield line, "nesting", name, ""
                continue
            yield from _walk(body, line + 1 + body_offset, depth + 1, trusted, doc)
        for child in token.children or ():
            if child.type == "image":
                yield line, "image", "image", str(child.attrs.get("src", ""))
            elif child.type == "link_open":
                href = str(child.attrs.get("href", ""))
                # MyST's path: scheme always names a file to copy as a download
                href = unquote(href.removeprefix("path:"))  # as MyST decodes it
                # a link to another page is a cross-reference, not a file
                if is_local(href) and not href.split("#", 1)[0].endswith(".md"):
                    yield line, "download", "link", href
            elif child.type == "myst_role" and child.meta.get("name") == "download":
                target = split_title(child.content)[1].strip()
                yield line, "download", "download", target


def nesting_problem(path: str, line: int) -> Problem:
    return problem(
        path,
        line,
        "unsafe-file",
        f"directives are nested more than {MAX_NESTING} deep here: nest fewer boxes "
        "inside each other",
    )


#: (line, what, name, value) of one file-naming construct (see :func:`_walk`)
FileRef = tuple[int, str, str, str]


def file_refs(
    body: str, first_line: int, trusted: Iterable[str] = (), path: str = ""
) -> list[FileRef]:
    """Every file-naming construct in an article or page body (MyST's tokens)."""
    return [
        (line, what, name, value)
        for line, what, name, value in _walk(body, first_line, 0, tuple(trusted), path)
    ]


def judge_file_refs(
    path: str, refs: Iterable[FileRef], root: Path, content_dirs: Iterable[str]
) -> list[Problem]:
    """The refused ones among *refs* (the files they name are looked at now)."""
    dirs = tuple(content_dirs)
    found: list[Problem] = []
    for line, what, name, value in refs:
        if what == "directive":
            found.append(problem(path, line, "unsafe-file", refused_directive(name)))
        elif what == "option":
            found.append(
                problem(path, line, "unsafe-file", refused_option(name, value))
            )
        elif what == "nesting":
            found.append(nesting_problem(path, line))
        elif is_local(value):
            verdict = judge_file(value, what, path, root, dirs)
            if verdict:
                found.append(problem(path, line, "unsafe-file", verdict))
    return found


def file_problems(
    path: str,
    body: str,
    first_line: int,
    root: Path,
    content_dirs: Iterable[str],
    trusted: Iterable[str] = (),
) -> list[Problem]:
    """Every refused file-naming construct in an article or page body."""
    return judge_file_refs(
        path, file_refs(body, first_line, trusted, path), root, content_dirs
    )


#: content folders besides the articles folder (pages about the site, shared images)
OTHER_CONTENT_DIRS = ("about", "contribute", "images")


def content_dirs(articles_dir: str) -> tuple[str, ...]:
    """The folders contributed files may be published from."""
    return (articles_dir, *OTHER_CONTENT_DIRS)


_CONTENT_FILE_SUFFIXES = frozenset({".md", ".bib", ".yml", ".yaml"})


def symlink_problems(root: Path, dirs: Iterable[str]) -> list[Problem]:
    """Every symbolic link in the content folders or among the site's top-level files:
    a link can make the build publish a file from anywhere on the machine."""
    found = []
    # the content folders and the site's own content files (not conf.py or _templates/,
    # which are trusted and reviewed with the code)
    tops = [root / d for d in dirs] + [
        p for p in root.iterdir() if p.suffix.lower() in _CONTENT_FILE_SUFFIXES
    ]
    for top in tops:
        if top.is_symlink():
            found.append(top)
            continue
        if not top.is_dir():
            continue
        for folder, subdirs, files in os.walk(top):
            for name in sorted(subdirs + files):
                if (Path(folder) / name).is_symlink():
                    found.append(Path(folder) / name)
    return [
        problem(
            link.relative_to(root).as_posix(),
            1,
            "unsafe-markup",
            "this is a symbolic link, which the site does not follow (it could publish "
            "a file from outside the site): replace it with the file itself",
        )
        for link in sorted(set(found))
    ]


def is_symlinked(root: Path, relpath: str) -> bool:
    """Whether *relpath* or a folder on its way is a symbolic link."""
    parts = PurePosixPath(relpath).parts
    # strings, not Path objects: asked for every article of a check
    base = str(root)
    return any(
        os.path.islink(os.path.join(base, *parts[:d]))  # noqa: PTH114, PTH118
        for d in range(1, len(parts) + 1)
    )


def nesting_problems(path: str, text: str) -> list[Problem]:
    """Directives nested deeper than :data:`MAX_NESTING` (docutils would recurse until
    Python gives up, and the whole build with it)."""
    if text.count("```") + text.count(":::") + text.count("~~~") <= 2 * MAX_NESTING:
        return []  # too few fences to nest that deep: skip the parse
    return [
        nesting_problem(path, line)
        for line, what, _, _ in _walk(text, 1, 0)
        if what == "nesting"
    ][:1]


#: a run of emphasis or bracket marks long enough to nest past Python's recursion limit
_DEEP_RUN = re.compile(r"[*_\[]{200,}")


def deep_markup_problems(path: str, text: str) -> list[Problem]:
    """A page MyST cannot turn into a tree (thousands of nested ``*`` or ``[``): an
    error at its line instead of a RecursionError that stops the whole build."""
    run = _DEEP_RUN.search(text)
    if not run:
        return []
    from markdown_it.tree import SyntaxTreeNode

    try:
        SyntaxTreeNode(_tokens(text))
    except RecursionError:
        return [
            problem(
                path,
                text.count("\n", 0, run.start()) + 1,
                "unsafe-markup",
                "this line nests too many * _ or [ marks for the site to read: remove "
                "the extra marks",
            )
        ]
    return []
