"""One build at a time per build folder.

Two ``make html`` on one tree would read and write the same saved environment at once
(one dies with a traceback, now and then). The lock is taken in ``setup()``, before
Sphinx loads the saved environment, on a file in the doctree folder, and released when
the build finishes (or the process ends); a second build says so in one line and
waits. A process that already holds the lock (an application made but not yet built,
then another on the same folder) does not wait for itself.
"""

from __future__ import annotations

import fcntl
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

_HELD: dict[Path, IO[bytes]] = {}


def acquire(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = (folder / ".healthkb-build.lock").resolve()
    if path in _HELD:
        return
    handle = path.open("ab")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        sys.stderr.write(
            f"healthkb: another build is using {folder}; waiting for it to finish\n"
        )
        sys.stderr.flush()
        fcntl.flock(handle, fcntl.LOCK_EX)
    _HELD[path] = handle


def release(folder: Path) -> None:
    handle = _HELD.pop((folder / ".healthkb-build.lock").resolve(), None)
    if handle is not None:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def setup(app: Sphinx) -> None:
    acquire(Path(app.doctreedir))
    app.connect("build-finished", finished, priority=999)  # after every writer


def finished(app: Sphinx, exception: Exception | None) -> None:
    release(Path(app.doctreedir))
