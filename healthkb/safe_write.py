"""Write files so a reader never sees half a file: temp file, then atomic rename."""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Collection
from pathlib import Path


class TargetExists(FileExistsError):
    """The file to create is already there (and overwriting was not asked for)."""


def write_text_atomic(target: Path, text: str, *, overwrite: bool) -> None:
    """Write *text* (UTF-8, ``\\n`` line endings as given) to *target* in one step."""
    write_bytes_atomic(target, text.encode("utf-8"), overwrite=overwrite)


def write_bytes_atomic(target: Path, data: bytes, *, overwrite: bool) -> None:
    """Write *data* to *target* in one step.

    Without *overwrite*, a hard link publishes the temp file only if *target* does
    not exist yet, so two editors can never overwrite each other's new article.
    """
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
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
                    with target.open("xb") as handle:
                        handle.write(data)
                except FileExistsError:
                    raise TargetExists(str(target)) from None
    finally:
        tmp.unlink(missing_ok=True)


def store_pickle(
    target: Path, value: object, *, replaces: str, keep: Collection[Path] = ()
) -> bool:
    """Pickle *value* to *target* atomically (parallel builds may race) and delete
    the older files of its kind (names matching *replaces* in the same folder),
    except those in *keep*.

    A cache is an optimisation: False, not an error, if the folder is read-only.
    """
    kept = {path.resolve() for path in keep}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=target.parent, delete=False, suffix=".tmp"
        ) as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        Path(out.name).replace(target)
        for old in target.parent.glob(replaces):
            if old != target and old.resolve() not in kept:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True
