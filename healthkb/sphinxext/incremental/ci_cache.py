"""Make a restored doctree cache usable in CI: file times from content, not checkout.

Sphinx decides what to read again by comparing each source's modification time with
the time it last read it. A fresh checkout gives every file the current time, so a
restored ``_build/.doctrees`` would still read everything. ``save`` records a hash of
every site file beside the doctrees; ``restore`` gives each file whose content is
unchanged an old time (so Sphinx keeps what it read) and leaves every changed or new
file with its checkout time (so Sphinx reads it again).

    python -m healthkb.sphinxext.incremental.ci_cache save|restore DOCTREES [SITE]
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

MANIFEST = "healthkb-source-hashes.json"
#: 2000-01-01 UTC: before any read time Sphinx can have recorded
UNCHANGED_MTIME = 946_684_800
_SKIP_DIRS = {".git", ".venv", "_build", "node_modules", "__pycache__"}


def site_files(root: Path) -> list[Path]:
    """Every file a build could depend on (sources, templates, static, data)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
        found += [Path(folder) / f for f in sorted(files)]
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save(root: Path, doctrees: Path) -> int:
    """Record the hash of every site file; returns how many."""
    hashes = {p.relative_to(root).as_posix(): _digest(p) for p in site_files(root)}
    doctrees.mkdir(parents=True, exist_ok=True)
    (doctrees / MANIFEST).write_text(
        json.dumps(hashes, indent=0, sort_keys=True), encoding="utf-8"
    )
    return len(hashes)


def restore(root: Path, doctrees: Path) -> tuple[int, int]:
    """Date back the unchanged files; returns (unchanged, changed or new)."""
    try:
        recorded = json.loads((doctrees / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0, len(site_files(root))  # no usable cache: a cold build
    unchanged = changed = 0
    for path in site_files(root):
        if recorded.get(path.relative_to(root).as_posix()) == _digest(path):
            os.utime(path, (UNCHANGED_MTIME, UNCHANGED_MTIME))
            unchanged += 1
        else:
            changed += 1
    return unchanged, changed


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3) or args[0] not in ("save", "restore"):
        sys.stderr.write(
            "usage: python -m healthkb.sphinxext.incremental.ci_cache save|restore DOCTREES [SITE]\n"
        )
        return 2
    doctrees = Path(args[1])
    root = Path(args[2] if len(args) == 3 else ".").resolve()
    if args[0] == "save":
        sys.stdout.write(f"build cache: {save(root, doctrees)} file hashes saved\n")
    else:
        same, other = restore(root, doctrees)
        sys.stdout.write(
            f"build cache: {same} files unchanged since the cached build, "
            f"{other} changed or new (read again)\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
