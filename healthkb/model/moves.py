"""Moved and removed pages: the ``moved.yml`` record and the link rewriting of
``healthkb move``.

``moved.yml`` maps an old page address (a docname, like ``articles/heart/walking``) to
the page that replaced it, or to nothing when the page was removed. It is content, so
it is untrusted: an address is a plain site path (no scheme, no ``..``, no leading
``/``), and the build sends readers only to pages it has just built.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from healthkb.model import markdown_scan as scan
from healthkb.model.front_matter import normalise_text, parse_yaml
from healthkb.problems import Problem, problem

MOVED_FILE = "moved.yml"
#: a docname: path segments of letters, digits, '_', '-' and '.', no '..'
_ADDRESS = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$")
_DOC_ROLE = re.compile(r"(\{doc\}`)([^`]*)(`)")
#: an inline Markdown link or image target: ``](target)`` or ``](target "title")``
_MD_LINK = re.compile(r"(\]\()([^)\s]+)((?:\s+\"[^\"]*\")?\))")
_HEADER = (
    "# Pages that moved (old address: new address) or were removed (old address:\n"
    "# nothing). Written by 'healthkb move'; the build leaves a page at each old\n"
    "# address that sends readers on.\n"
)


@dataclass
class Moves:
    #: old docname -> new docname, or None for a removed page
    targets: dict[str, str | None] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def is_address(text: str) -> bool:
    return bool(_ADDRESS.match(text)) and ".." not in text.split("/")


def parse_moves(text: str, path: str = MOVED_FILE) -> Moves:
    """Read ``moved.yml``; every entry that is not two plain site addresses is a
    problem (and left out), never a link."""
    moves = Moves()
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.split("\n")
    ):
        return moves
    front, problems = parse_yaml(path, normalise_text(text), first_line=1)
    moves.problems += problems
    for old, new in front.data.items():
        line = front.line_of(old)
        if not is_address(old):
            moves.problems.append(
                problem(
                    path,
                    line,
                    "moved",
                    f"'{old}' is not a page address of this site: write it like "
                    "articles/topic/name (no .md, no http://, no ..)",
                )
            )
            continue
        if new is not None and not (isinstance(new, str) and is_address(new)):
            moves.problems.append(
                problem(
                    path,
                    line,
                    "moved",
                    f"'{old}' must move to a page of this site written like "
                    f"articles/topic/name, not '{new}' (other sites are not allowed)",
                )
            )
            continue
        moves.targets[old] = new
        moves.lines[old] = line
    return moves


def final_target(moves: Moves, old: str) -> str | None:
    """Follow a chain of moves (a -> b -> c gives c); None for removed or a loop."""
    seen = {old}
    target = moves.targets.get(old)
    while target is not None and target in moves.targets:
        if target in seen:
            return None
        seen.add(target)
        target = moves.targets[target]
    return target


def record_move(text: str, old: str, new: str | None) -> str:
    """``moved.yml`` text with *old* -> *new* added; entries that pointed at *old*
    now point at *new*, and *new* is no longer an old address (a page lives there)."""
    moves = parse_moves(text)
    if moves.problems:
        raise ValueError(moves.problems[0].format())
    entries = {
        k: (new if v == old else v) for k, v in moves.targets.items() if k != new
    }
    entries[old] = new
    body = "".join(
        f"{k}: {v if v is not None else 'null'}\n" for k, v in sorted(entries.items())
    )
    return _HEADER + body


def _relative(from_doc: str, to_doc: str, *, suffix: str) -> str:
    return posixpath.relpath(to_doc, posixpath.dirname(from_doc) or ".") + suffix


def _resolve(docname: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(docname), target))


def _doc_target(
    target: str, doc: str, new_doc: str, old: str, new: str, docnames: Collection[str]
) -> str:
    """A {doc} target (``name`` or ``Title <name>``) after the move."""
    m = re.match(r"^(?P<title>.*<)(?P<name>[^<>]*)(?P<end>>\s*)$", target)
    title, name, end = (m["title"], m["name"], m["end"]) if m else ("", target, "")
    bare = name.strip()
    suffix = ".md" if bare.endswith(".md") else ""
    resolved = _resolve(doc, bare.removesuffix(".md"))
    if resolved != old and (doc == new_doc or resolved not in docnames):
        return target  # not affected (a broken link stays as it was: check reports it)
    to = new if resolved == old else resolved
    rewritten = (
        "/" + to + suffix
        if bare.startswith("/")
        else _relative(new_doc, to, suffix=suffix)
    )
    if rewritten == bare:
        return target
    return f"{title}{rewritten}{end}"


def _file_target(target: str, path: str, new_path: str, old: str, new: str) -> str:
    """A Markdown link target (a file path, maybe with #anchor) after the move."""
    if "://" in target or target.startswith(("#", "mailto:", "/")) or ":" in target:
        return target
    file, hash_, anchor = target.partition("#")
    if not file:
        return target
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), file))
    moved = {old + ".md": new + ".md", old: new}
    to = moved.get(resolved, resolved)
    if to == resolved and path == new_path:
        return target
    rewritten = posixpath.relpath(to, posixpath.dirname(new_path) or ".")
    return rewritten + hash_ + anchor


def rewrite_links(
    text: str,
    path: str,
    new_path: str,
    old: str,
    new: str,
    docnames: Collection[str],
) -> str:
    """*text* (the page at *path*, to be at *new_path*) with {doc} and Markdown links
    to the page *old* pointing at *new*; a page that itself moves keeps its other
    relative links pointing where they did. Code is left alone."""
    doc, new_doc = path.removesuffix(".md"), new_path.removesuffix(".md")
    lines = normalise_text(text).split("\n")
    for line in scan.lines("\n".join(lines), 1):
        if line.code:
            continue
        original = lines[line.number - 1]
        changed = _DOC_ROLE.sub(
            lambda m: m[1] + _doc_target(m[2], doc, new_doc, old, new, docnames) + m[3],
            original,
        )
        changed = _MD_LINK.sub(
            lambda m: m[1] + _file_target(m[2], path, new_path, old, new) + m[3],
            changed,
        )
        lines[line.number - 1] = changed
    return "\n".join(lines)


def site_address(root: Path, file: Path) -> str:
    """The docname of *file* (relative to *root*, without ``.md``)."""
    return file.resolve().relative_to(root.resolve()).as_posix().removesuffix(".md")
