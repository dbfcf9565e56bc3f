"""``healthkb move OLD NEW``: move or rename an article without breaking a link.

The file moves (``git mv`` in a git checkout), every {doc} link, Markdown link and
``related:`` entry that names it is rewritten, and ``moved.yml`` records the old
address so the build leaves a page there that sends readers to the new one.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

from healthkb.cli.errors import UserError
from healthkb.model.front_matter import split_article
from healthkb.model.front_matter_edit import set_fields
from healthkb.model.moves import MOVED_FILE, is_address, record_move, rewrite_links
from healthkb.model.site import Site, is_article_path
from healthkb.rules.checks import resolve_related
from healthkb.rules.site_link_rules import site_pages
from healthkb.safe_write import write_text_atomic

_PLAIN = re.compile(r"^[\w./-]+$")


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "move",
        help="move or rename an article; links follow, the old address redirects",
    )
    parser.add_argument(
        "old", type=Path, help="the article now, articles/topic/name.md"
    )
    parser.add_argument("new", type=Path, help="where it goes, articles/topic/name.md")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from healthkb.cli.commands.check import load_site

    site = load_site(Path(args.root))
    old_path, new_path = (_site_path(site, p) for p in (args.old, args.new))
    old_file, new_file = site.root / old_path, site.root / new_path
    if not old_file.is_file():
        raise UserError(f"{old_path}: no such article")
    for path in (old_path, new_path):
        if not is_article_path(Path(path), site.settings):
            raise UserError(
                f"{path}: not an article path: articles are "
                f"{site.settings.articles_dir}/<topic>/<name>.md"
            )
    old, new = old_path.removesuffix(".md"), new_path.removesuffix(".md")
    if not is_address(new):
        raise UserError(
            f"{new_path}: use only letters, digits, '-', '_' and '.' in the name"
        )
    if new_file.exists():
        raise UserError(f"{new_path} already exists: choose another name")
    if not (new_file.parent / "index.md").is_file():
        raise UserError(
            f"{new_file.parent.relative_to(site.root).as_posix()}/ is not a topic "
            "(no index.md): create the topic first or choose an existing one"
        )
    moved_file = site.root / MOVED_FILE
    moved_text = moved_file.read_text(encoding="utf-8") if moved_file.exists() else ""
    try:
        moved_text = record_move(moved_text, old, new)
    except ValueError as exc:
        raise UserError(f"fix {MOVED_FILE} first: {exc}") from None

    pages = [site.relpath(p) for p in site_pages(site.root)]
    docnames = {p.removesuffix(".md") for p in pages}
    after = (docnames - {old}) | {new}
    edits: dict[str, str] = {}
    for page in pages:
        text = (site.root / page).read_text(encoding="utf-8")
        target_path = new_path if page == old_path else page
        rewritten = rewrite_links(text, page, target_path, old, new, docnames)
        rewritten = _rewrite_related(
            rewritten, page, target_path, old, new, docnames, after
        )
        if rewritten != text:
            edits[page] = rewritten

    _move_file(site.root, old_file, new_file)
    for page, text in edits.items():
        target = new_file if page == old_path else site.root / page
        write_text_atomic(target, text, overwrite=True)
    write_text_atomic(moved_file, moved_text, overwrite=True)
    changed = sorted(p for p in edits if p != old_path)
    sys.stderr.write(
        f"moved {old_path} -> {new_path}; links updated in {len(changed)} pages"
        + (f" ({', '.join(changed)})" if changed else "")
        + f"; {MOVED_FILE} records the old address\n"
    )
    return 0


def _site_path(site: Site, path: Path) -> str:

    file = path if path.is_absolute() else site.root / path
    try:
        return file.resolve().relative_to(site.root).as_posix()
    except ValueError:
        raise UserError(f"{path}: not inside the site folder {site.root}") from None


def _rewrite_related(
    text: str,
    path: str,
    new_path: str,
    old: str,
    new: str,
    before: set[str],
    after: set[str],
) -> str:
    """``related:`` entries that named *old* name *new*; in the moved article, the
    entries that would now resolve elsewhere name their article in full."""
    split = split_article(path, text)
    related = split.front.data.get("related")
    if split.problems or not isinstance(related, list):
        return text
    doc, new_doc = path.removesuffix(".md"), new_path.removesuffix(".md")
    entries = []
    for entry in related:
        found = resolve_related(doc, str(entry), before) if entry is not None else None
        if found is None:
            entries.append(entry)
            continue
        wanted = new if found == old else found
        if resolve_related(new_doc, str(entry), after) == wanted:
            entries.append(entry)
        else:
            entries.append(wanted)
    if entries == related:
        return text
    shown = ", ".join(
        str(e) if _PLAIN.match(str(e)) else json.dumps(str(e)) for e in entries
    )
    return set_fields(text, {"related": [f"related: [{shown}]"]})


def _move_file(root: Path, old: Path, new: Path) -> None:
    """``git mv`` when the file is tracked (history follows it), else a rename."""
    try:
        tracked = (
            subprocess.run(
                ["git", "ls-files", "--error-unmatch", str(old)],
                cwd=root,
                capture_output=True,
                check=False,
            ).returncode
            == 0
        )
    except OSError:  # no git on this machine
        tracked = False
    if tracked:
        subprocess.run(["git", "mv", str(old), str(new)], cwd=root, check=True)
    else:
        old.rename(new)
