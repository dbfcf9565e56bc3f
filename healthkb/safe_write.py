"""Write files so a reader never sees half a file: temp file, then atomic rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class TargetExists(FileExistsError):
    """The file to create is already there (and overwriting was not asked for)."""


def write_text_atomic(target: Path, text: str, *, overwrite: bool) -> None:
    """Write *text* to *target* in one step.

    Without *overwrite*, a hard link publishes the temp file only if *target* does
    not exist yet, so two editors can never overwrite each other's new article.
    """
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        if overwrite:
            tmp.replace(target)
        else:
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise TargetExists(str(target)) from None
            except OSError:
                # no hard links on this file system: exclusive create still never
                # overwrites, though a reader could see the file while it is written
                try:
                    with target.open("x", encoding="utf-8", newline="\n") as handle:
                        handle.write(text)
                except FileExistsError:
                    raise TargetExists(str(target)) from None
    finally:
        tmp.unlink(missing_ok=True)
