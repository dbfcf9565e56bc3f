"""One Sphinx application kept between saves; its incremental build is run again."""

from __future__ import annotations

import io
import re
import sys
import threading
import traceback
from pathlib import Path

from sphinx.application import Sphinx

_ANSI = re.compile(r"\x1b\[[0-9;]*m")

#: what the preview skips: Pagefind indexes the whole site on every build
PREVIEW_OVERRIDES = {"healthkb_pagefind": "0"}  # as `-D healthkb_pagefind=0` gives it


class _Tee(io.TextIOBase):
    """Sphinx's warning stream: to the terminal and kept for the previewed page."""

    def __init__(self, terminal: io.TextIOBase) -> None:
        self.terminal = terminal
        self.lines: list[str] = []

    def write(self, text: str) -> int:
        self.terminal.write(text)
        plain = _ANSI.sub("", text)
        self.lines.extend(line for line in plain.splitlines() if line.strip())
        return len(text)

    def flush(self) -> None:
        self.terminal.flush()


class WarmBuild:
    """Builds *srcdir* into *outdir*; ``rebuild`` re-reads only what changed."""

    def __init__(
        self, srcdir: Path, outdir: Path, doctreedir: Path, *, quiet: bool = False
    ) -> None:
        self.srcdir, self.outdir, self.doctreedir = srcdir, outdir, doctreedir
        self.quiet = quiet
        self.app: Sphinx | None = None
        self.problems: list[str] = []
        self.generation = 0
        self.lock = threading.Lock()

    def _new_app(self) -> Sphinx:
        status = io.StringIO() if self.quiet else sys.stdout
        self._warnings = _Tee(io.StringIO() if self.quiet else sys.stderr)
        return Sphinx(
            str(self.srcdir),
            str(self.srcdir),
            str(self.outdir),
            str(self.doctreedir),
            "html",
            confoverrides=dict(PREVIEW_OVERRIDES),
            status=status,
            warning=self._warnings,
            parallel=1,  # one document per save: forking workers costs more than it saves
            keep_going=True,
        )

    def rebuild(self, *, restart: bool = False) -> list[str]:
        """Build what changed; a broken file is reported, never raised."""
        with self.lock:
            try:
                if restart or self.app is None:
                    self.app = None
                    self.app = self._new_app()
                else:
                    _forget_last_write(self.app)
                self._warnings.lines.clear()
                self.app.build()
                self.problems = list(self._warnings.lines)
            except Exception as exc:  # noqa: BLE001 - the server must outlive any file
                self.app = None  # its state may be half-updated: start afresh next save
                text = "".join(traceback.format_exception_only(exc)).strip()
                sys.stderr.write(f"healthkb serve: build failed: {text}\n")
                self.problems = [
                    *getattr(self, "_warnings", _Tee(io.StringIO())).lines,
                    text,
                ]
            self.generation += 1
            return self.problems


def _forget_last_write(app: Sphinx) -> None:
    """Drop what the builder kept from the last build, as a new process would not have it.

    Sphinx makes a new search indexer only when it writes pages; a save that writes
    none (an article deleted) would otherwise dump the previous indexer, which still
    holds the deleted page's entries. The environment also carries the indexer's
    tables (Sphinx pickles it before writing, so a new process starts without what
    the last write added): they are emptied, and healthkb's stale_output restores
    the unchanged pages' entries from searchindex.js as it does in a new process.
    """
    env = app.env
    for name in [n for n in vars(env) if n.startswith("_search_index_")]:
        setattr(env, name, type(getattr(env, name))())
    builder = app.builder
    if hasattr(builder, "indexer"):
        builder.indexer = None
    if hasattr(builder, "previous_search_index"):
        builder.previous_search_index = None
