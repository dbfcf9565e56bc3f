"""Helpers for the keyword test root: its front matter read independently of healthkb,
built pages, and the search index as data."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

ROOT = Path(__file__).parent.parent / "roots" / "test-keywords"


def front_matter(srcdir: Path = ROOT) -> dict[str, dict]:
    """docname -> front matter (plus ``title``) of every article, read with YAML."""
    found = {}
    for path in sorted((srcdir / "articles").glob("*/*.md")):
        if path.name == "index.md":
            continue
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        data = yaml.safe_load(front)
        data["title"] = next(
            line[2:] for line in body.splitlines() if line.startswith("# ")
        )
        found[path.relative_to(srcdir).with_suffix("").as_posix()] = data
    return found


def search_index(outdir: Path) -> dict:
    text = (outdir / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


def html_files(outdir: Path) -> dict[str, bytes]:
    """Every output file except Sphinx's build-info stamp, by relative path."""
    return {
        p.relative_to(outdir).as_posix(): p.read_bytes()
        for p in sorted(outdir.rglob("*"))
        if p.is_file() and p.name not in {".buildinfo", ".buildinfo.bak"}
    }
