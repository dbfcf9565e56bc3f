"""Links between pages: {doc} targets, {term} entries, topic pages listing articles.

A missing {doc} target or glossary term is judged here for both ``healthkb check``
and the build (healthkb.sphinxext.role_targets, when it reads an article), in the
same words. An article that its topic page does not list (or whose folder has no
``index.md``), or a topic page inside a topic folder that the parent does not list,
is in no table of contents, so readers could not reach it: ``check_contents`` reports
it for both, with the fix.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from healthkb._compat import toctree_glob_matches
from healthkb.model import markdown_scan as scan
from healthkb.problems import Problem, problem

_TOCTREE_FENCE = re.compile(r"^\s*(`{3,}|:{3,})\s*\{toctree\}")
_GLOSSARY_FENCE = re.compile(r"^\s*(`{3,}|:{3,})\s*\{glossary\}")
_SKIP_DIRS = {"node_modules", "tests", "benchmarks"}


def role_targets(name: str, body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, target) of each use of the role *name* in the prose (MyST's parse:
    never inside code)."""
    return [
        (role.line, scan.split_title(role.text)[1].strip())
        for role in scan.roles(body, first_line)
        if role.name == name
    ]


def resolve_doc(docname: str, target: str) -> str:
    """The docname a {doc} target names, as Sphinx resolves it."""
    target = target.removesuffix(".md")
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(docname), target))


@dataclass
class Glossary:
    #: casefolded term -> (file, line)
    terms: dict[str, tuple[str, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: normalised label (``(name)=`` above a heading, a directive's ``:name:``) ->
    #: (file, line) of its first definition, on any page
    labels: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: the labels defined more than once (normalised)
    labels_twice: set[str] = field(default_factory=set)
    #: casefolded term -> the term as the glossary writes it
    spellings: dict[str, str] = field(default_factory=dict)


#: roles whose target is a label (Sphinx's std domain); {any} may also name a page
#: or a glossary term
LABEL_ROLES = ("ref", "numref", "any")
_NAME_OPTION = re.compile(r"^\s*:name:\s*(\S.*?)\s*$")


def label_key(name: str) -> str:
    """A label as Sphinx keeps it (docutils' fully_normalize_name): case and runs
    of white space do not count."""
    return " ".join(name.split()).casefold()


def read_labels(path: str, body: str, first_line: int, glossary: Glossary) -> None:
    """Add the labels *body* (of the page *path*) defines, MyST's ``(name)=``
    targets and the ``:name:`` option of its directives; a label defined twice is a
    problem at the second definition (Sphinx keeps one and warns)."""
    for label_line, name in page_labels(body, first_line):
        key = label_key(name)
        if key in glossary.labels:
            first = glossary.labels[key]
            glossary.labels_twice.add(key)
            glossary.problems.append(
                problem(
                    path,
                    label_line,
                    "doc-link",
                    f"the label '{name}' is already used ({first[0]}:{first[1]}), "
                    "so links to it could lead to either place: give this one "
                    "another name",
                )
            )
        else:
            glossary.labels[key] = (path, label_line)


def page_labels(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, name) of each label *body* defines, in order (MyST's parse)."""
    found = []
    for block in scan.blocks(body, first_line):
        if block.type == "myst_target" and block.content.strip():
            found.append((block.line, block.content.strip()))
        elif block.type in ("fence", "colon_fence") and block.directive:
            for offset, row in enumerate(block.content.split("\n"), start=1):
                if not row.strip().startswith(":"):
                    break
                if match := _NAME_OPTION.match(row):
                    found.append((block.line + offset, match.group(1)))
    return found


def label_targets(body: str, first_line: int) -> list[tuple[int, str, str]]:
    """(line, role, target) of each {ref}, {numref} and {any} role of *body*, and
    of each card's ``:link:`` and ``{button-ref}`` that names a label."""
    roles = [
        (line, name, target)
        for name in LABEL_ROLES
        for line, target in role_targets(name, body, first_line)
    ]
    return roles + [t for t in directive_targets(body, first_line) if t[1] != "doc"]


def doc_targets(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, target) of each {doc} role, card ``:link:`` and ``{button-ref}``
    that names a page."""
    return role_targets("doc", body, first_line) + [
        (line, target)
        for line, kind, target in directive_targets(body, first_line)
        if kind == "doc"
    ]


#: sphinx-design's directives that link to a label or a page: directive -> (the
#: option naming the target, or "" for the argument; the option giving its kind;
#: the kind when none is given, "url" and "myst" being no Sphinx reference)
_LINKING = {
    "card": ("link", "link-type", "url"),
    "grid-item-card": ("link", "link-type", "url"),
    "button-ref": ("", "ref-type", "any"),
}


def directive_targets(body: str, first_line: int) -> list[tuple[int, str, str]]:
    """(directive line, kind: ref, any or doc, target) of each sphinx-design card
    and button that links within the site (MyST's parse)."""
    found = []
    for block in scan.blocks(body, first_line):
        name = block.directive if block.type in ("fence", "colon_fence") else None
        if name not in _LINKING:
            continue
        where, kind_option, kind = _LINKING[name]
        options = _options(block.content)
        target = options.get(where) if where else _argument(block.info)
        kind = options.get(kind_option, kind)
        if target and kind in ("ref", "any", "doc"):
            found.append((block.line, kind, target))
    return found


def _options(content: str) -> dict[str, str]:
    options = {}
    for row in content.split("\n"):
        match = re.match(r"^\s*:([\w-]+):\s*(.*?)\s*$", row)
        if not match:
            break
        options[match.group(1)] = match.group(2)
    return options


def _argument(info: str) -> str:
    return info.strip().partition("}")[2].strip()


def names_nothing(
    docname: str, role: str, target: str, docnames: set[str], glossary: Glossary
) -> bool:
    """Whether the {role} target *target* of *docname* leads nowhere: no label of
    the site (and, for {any}, no page nor glossary term either)."""
    if label_key(target) in glossary.labels:
        return False
    if role == "any":
        return (
            resolve_doc(docname, target) not in docnames
            and target.casefold() not in glossary.terms
        )
    return True


def read_glossary(path: str, text: str, glossary: Glossary) -> None:
    """Add the terms of every glossary directive in *text* (the file *path*)."""
    inside = False
    fence = ""
    for number, line in enumerate(text.split("\n"), start=1):
        match = _GLOSSARY_FENCE.match(line)
        if not inside and match:
            inside, fence = True, match.group(1)
            continue
        if not inside:
            continue
        if line.strip() == fence:
            inside = False
            continue
        if not line.strip() or line[0].isspace() or line.startswith(":"):
            continue
        key = line.strip().casefold()
        if key in glossary.terms:
            first = glossary.terms[key]
            glossary.problems.append(
                problem(
                    path,
                    number,
                    "glossary",
                    f"the term '{line.strip()}' is already defined "
                    f"({first[0]}:{first[1]}): keep one definition",
                )
            )
        else:
            glossary.terms[key] = (path, number)
            glossary.spellings[key] = line.strip()


def site_pages(root: Path) -> list[Path]:
    """Every Markdown page of the site (not in hidden, ``_`` or tooling folders)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d for d in dirs if not d.startswith((".", "_")) and d not in _SKIP_DIRS
        )
        # symbolic links are refused by name (Site.load), never read
        base = Path(folder)
        found += [
            base / f
            for f in sorted(files)
            if f.endswith(".md") and not os.path.islink(os.path.join(folder, f))  # noqa: PTH114, PTH118
        ]
    return found


def check_links(
    path: str, body: str, first_line: int, docnames: set[str], glossary: Glossary
) -> list[Problem]:
    """Missing {doc} targets, {term} entries and {ref} labels in one article's
    body."""
    return judge_role_targets(
        path,
        doc_targets(body, first_line),
        role_targets("term", body, first_line),
        docnames,
        glossary,
        label_targets(body, first_line),
    )


def judge_role_targets(
    path: str,
    docs: Iterable[tuple[int, str]],
    terms: Iterable[tuple[int, str]],
    docnames: set[str],
    glossary: Glossary,
    refs: Iterable[tuple[int, str, str]] = (),
) -> list[Problem]:
    """The {doc} targets (line, target) that name no page, the {term} entries
    that are not in the glossary and the {ref}, {numref} and {any} targets (line,
    role, target) that name no label."""
    docname = path.removesuffix(".md")
    found = []
    for line, target in docs:
        if resolve_doc(docname, target) not in docnames:
            found.append(
                problem(
                    path,
                    line,
                    "doc-link",
                    f"the link {{doc}}`{target}` names no page: give the article's "
                    "path without .md (e.g. '/articles/topic/file-name', or "
                    "'file-name' in the same topic)",
                )
            )
    for line, term in terms:
        if term.casefold() not in glossary.terms:
            found.append(
                problem(
                    path,
                    line,
                    "glossary",
                    f"the term '{term}' is not in the glossary: add it to "
                    "glossary.md or remove the {term} role",
                )
            )
    for line, role, target in refs:
        if names_nothing(docname, role, target, docnames, glossary):
            found.append(
                problem(
                    path,
                    line,
                    "doc-link",
                    f"the link {{{role}}}`{target}` names no label of the site: "
                    f"write '({target})=' on the line above the heading it should "
                    "lead to, or link the page with {doc}`/articles/topic/file-name`",
                )
            )
    return found


def check_topic_pages(root: Path, paths: Iterable[str]) -> list[Problem]:
    """Each article's folder needs an ``index.md`` topic page whose toctree lists it."""
    found = []
    listings: dict[str, list[str] | None] = {}
    for path in sorted(paths):
        folder, name = posixpath.split(path.removesuffix(".md"))
        if folder not in listings:
            listings[folder] = _toctree_patterns(root / folder / "index.md", folder)
        patterns = listings[folder]
        if patterns is None:
            found.append(
                problem(
                    path,
                    1,
                    "topic-index",
                    f"the folder {folder}/ has no index.md, so no page lists this "
                    "article and readers cannot reach it: add a topic page there "
                    "(copy another topic's index.md)",
                )
            )
        elif not any(
            toctree_glob_matches(path.removesuffix(".md"), pattern)
            for pattern in patterns
        ):
            found.append(
                problem(
                    path,
                    1,
                    "topic-index",
                    f"{folder}/index.md does not list this article, so readers "
                    f"cannot reach it: add '{name}' to the toctree there (or use "
                    "':glob:' with '*')",
                )
            )
    return found


def _topic_pages(root: Path, articles_dir: str) -> list[Path]:
    """Every ``index.md`` under the articles folder, at any depth, in order."""
    return sorted((root / articles_dir).rglob("index.md"))


def check_nested_topic_pages(
    root: Path, articles_dir: str, topic_pages: list[Path] | None = None
) -> list[Problem]:
    """A topic page in a folder inside a topic folder is reached only if its parent
    topic page's toctree lists it: a ``*`` glob matches that folder's own pages, not
    the pages of the folders inside it. A parent folder without a topic page lists
    nothing: that is said on the topic page too (its parent's articles, if it has
    any, say so on their own pages; the build warns on each page no toctree lists)."""
    found = []
    base = root / articles_dir
    for page in (
        _topic_pages(root, articles_dir) if topic_pages is None else topic_pages
    ):
        rel = page.relative_to(root)
        parts = page.relative_to(base).parts
        if len(parts) < 3 or any(p.startswith((".", "_")) for p in parts):
            continue
        folder = rel.parent.parent.as_posix()
        patterns = _toctree_patterns(root / folder / "index.md", folder)
        docname = rel.with_suffix("").as_posix()
        entry = f"{parts[-2]}/index"
        if patterns is None:
            message = (
                f"the folder {folder}/ has no index.md, so no page lists this topic "
                "page and readers cannot reach it or its articles: add a topic page "
                f"there (copy another topic's index.md) whose toctree lists '{entry}' "
                "(with ':glob:', the line '*/index' lists every folder's)"
            )
        elif any(toctree_glob_matches(docname, p) for p in patterns):
            continue
        else:
            message = (
                f"{folder}/index.md does not list this topic page, so readers cannot "
                f"reach it or its articles: add '{entry}' to the toctree there (with "
                "':glob:', the line '*/index' lists every folder's)"
            )
        found.append(problem(rel.as_posix(), 1, "topic-index", message))
    return found


def check_contents(
    root: Path, articles_dir: str, articles: Iterable[str], pages: Iterable[str]
) -> list[Problem]:
    """Every contents rule (check and the build both call this): *articles* are the
    article paths, *pages* every page's path."""
    articles, pages = sorted(articles), list(pages)
    topic_pages = _topic_pages(root, articles_dir)  # one walk for both rules
    return (
        check_topic_pages(root, articles)
        + check_nested_topic_pages(root, articles_dir, topic_pages)
        + check_loose_pages(pages, articles_dir)
        + check_unread_files(root, articles_dir)
        + _empty(root, articles_dir, articles, pages, topic_pages)
    )


def _empty(
    root: Path,
    articles_dir: str,
    articles: list[str],
    pages: Iterable[str],
    topic_pages: list[Path],
) -> list[Problem]:
    """An empty topic (one message, on its page), and a glob line matching no page
    on the other topic pages."""
    empty = check_empty_topics(root, articles_dir, articles, topic_pages)
    reported = {p.path for p in empty}
    rest = [
        page
        for page in topic_pages
        if page.relative_to(root).as_posix() not in reported
        and not any(
            part.startswith((".", "_"))
            for part in page.relative_to(root / articles_dir).parts
        )
    ]
    return empty + check_empty_globs(root, rest, pages)


def _toctree_patterns(index: Path, folder: str) -> list[str] | None:
    """Docname patterns the toctrees of *index* include; None if there is no index."""
    toctrees = _toctree_entries(index, folder)
    if toctrees is None:
        return None
    return [entry.pattern for entries in toctrees for entry in entries]


@dataclass(frozen=True)
class TocEntry:
    """One line of a toctree: where it is, as written, and the docnames it names
    (a ``fnmatch`` pattern: a glob's own, or the one name escaped)."""

    line: int
    written: str
    pattern: str
    glob: bool


def _toctree_entries(index: Path, folder: str) -> list[list[TocEntry]] | None:
    """The entries of each toctree of *index*; None if there is no index."""
    try:
        text = index.read_bytes().decode("utf-8-sig")
    except OSError:
        return None
    except UnicodeDecodeError:
        # reported as an encoding problem: taken as listing every page, so that no
        # more is piled up (not a glob line of its own to judge)
        return [[TocEntry(1, "*", "*", glob=False)]]
    toctrees: list[list[TocEntry]] = []
    fence, glob = "", False
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        stripped = line.strip()
        match = _TOCTREE_FENCE.match(line)
        if not fence and match:
            fence, glob = match.group(1), False
            toctrees.append([])
            continue
        if not fence:
            continue
        if stripped == fence:
            fence = ""
        elif stripped.startswith(":"):
            glob = glob or stripped.startswith(":glob:")
        elif stripped:
            target = scan.split_title(stripped)[1].strip()
            # Sphinx globs an entry with a wildcard and no "Title <...>" of its own,
            # as written; it takes '.md' off any other
            globbed = glob and target == stripped and any(c in target for c in "*?[")
            target = target if globbed else target.removesuffix(".md")
            name = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            toctrees[-1].append(
                TocEntry(
                    number,
                    stripped,
                    name
                    if glob
                    else name.replace("[", "[[]")
                    .replace("*", "[*]")
                    .replace("?", "[?]"),
                    globbed,
                )
            )
    return toctrees


def check_empty_globs(
    root: Path, topic_pages: Iterable[Path], pages: Iterable[str]
) -> list[Problem]:
    """A toctree glob line of a topic page that matches no page fails the strict
    build (Sphinx: "toctree glob pattern didn't match any documents"), as Sphinx
    matches: against every page but the topic page itself, an earlier line's pages
    taken out of the toctree's later lines."""
    docnames = {posixpath.splitext(p)[0] for p in pages}
    found = []
    for page in topic_pages:
        rel = page.relative_to(root).as_posix()
        folder, own = posixpath.dirname(rel), rel.removesuffix(".md")
        for entries in _toctree_entries(page, folder) or []:
            left = docnames - {own}
            for entry in entries:
                if not entry.glob:
                    left.discard(entry.pattern)
                    continue
                matched = {d for d in left if toctree_glob_matches(d, entry.pattern)}
                left -= matched
                if not matched:
                    found.append(
                        problem(
                            rel,
                            entry.line,
                            "topic-index",
                            f"the toctree line '{entry.written}' matches no page, "
                            "which fails the build: remove it (a folder's own articles "
                            "match '*', the topic pages of its folders '*/index')",
                        )
                    )
    return found


def check_loose_pages(paths: Iterable[str], articles_dir: str) -> list[Problem]:
    """A page straight in the articles folder is in no topic: it is neither checked as
    an article nor listed anywhere, so readers would not find it."""
    return [
        problem(
            path,
            1,
            "topic-index",
            f"this page is in {articles_dir}/ but in no topic folder, so it is not checked "
            f"as an article and no topic page lists it: move it to {articles_dir}/<topic>/",
        )
        for path in sorted(paths)
        if posixpath.dirname(path) == articles_dir
        and posixpath.basename(path) != "index.md"
    ]


_SKIP_TOP = {"_build", "_static", "_templates", ".venv", "node_modules"}
_BAD_NAME = re.compile(r"[#?]")


def check_unread_files(root: Path, articles_dir: str) -> list[Problem]:
    """Content files no rule would read: Markdown spelt ``.MD``/``.markdown`` (the
    build skips them), names with ``#`` or ``?`` (no link can reach them), and pages
    in ``_`` folders under the articles folder (published, but not as articles)."""
    found = []
    for folder, dirs, files in os.walk(root):
        rel_folder = Path(folder).relative_to(root)
        top = rel_folder.parts[0] if rel_folder.parts else ""
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and not (not rel_folder.parts and (d in _SKIP_TOP or d in _SKIP_DIRS))
        )
        for name in sorted(files):
            path = (rel_folder / name).as_posix()
            suffix = Path(name).suffix
            markdown = suffix.lower() in (".md", ".markdown")
            rule = "file-name"
            if markdown and suffix != ".md":
                message = (
                    f"'{name}' is not read by the build (only .md files are): rename "
                    f"it to '{Path(name).stem}.md'"
                )
            elif markdown and _BAD_NAME.search(name):
                message = (
                    "a file name with '#' or '?' cannot be linked to: rename it with "
                    "letters, digits and hyphens only"
                )
            elif (
                suffix == ".md"
                and top == articles_dir
                and any(p.startswith("_") for p in rel_folder.parts)
            ):
                message = (
                    "a page in a folder starting with '_' is published but not "
                    "checked as an article: move it to "
                    f"{articles_dir}/<topic>/, or out of the site folder"
                )
                rule = "topic-index"
            else:
                continue
            found.append(problem(path, 1, rule, message))
    return found


def check_empty_topics(
    root: Path,
    articles_dir: str,
    paths: Iterable[str],
    topic_pages: list[Path] | None = None,
) -> list[Problem]:
    """A topic page with no article yet in its folder or the folders inside it: its
    toctree matches nothing, which fails the strict build."""
    # a topic with sub-topics that have articles is not empty
    topics = {
        parent
        for p in paths
        for parent in _folders_above(posixpath.dirname(p), articles_dir)
    }
    return [
        problem(
            page.relative_to(root).as_posix(),
            1,
            "topic-index",
            f"the topic '{page.parent.name}' has no articles yet, so its page lists "
            f'nothing: add one with make new TITLE="..." TOPIC={page.parent.name}',
        )
        for page in (
            _topic_pages(root, articles_dir) if topic_pages is None else topic_pages
        )
        if page.parent.relative_to(root).as_posix() not in topics
        and page.parent != root / articles_dir
        and not any(
            p.startswith((".", "_"))
            for p in page.parent.relative_to(root / articles_dir).parts
        )
    ]


def _folders_above(folder: str, articles_dir: str) -> Iterable[str]:
    """*folder* and each folder it is in, up to (not including) *articles_dir*."""
    while folder and folder != articles_dir and folder != ".":
        yield folder
        folder = posixpath.dirname(folder)


def reports_empty_glob(
    root: Path,
    articles_dir: str,
    articles: Iterable[str],
    pages: Iterable[str],
    page: str,
    written: str,
) -> bool:
    """Whether the contents rules report the toctree glob line *written* of the
    topic page *page* as matching nothing (or the topic as empty): what Sphinx's
    "toctree glob pattern didn't match any documents" says there."""
    topic_pages = [p for p in _topic_pages(root, articles_dir) if p == root / page]
    return any(
        p.path == page and (p.line == 1 or f"'{written}'" in p.message)
        for p in _empty(root, articles_dir, sorted(articles), list(pages), topic_pages)
    )
